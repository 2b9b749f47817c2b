#pragma once
// What gridsafe-bench prints: one JSON object per line for each figure ({"metric": NAME,
// "value": X, "unit": …} and any parameters, e.g. "rows": 100000), then a summary people
// read. Machines take the lines that start with '{'.

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace gridsafe::bench {

class BenchReport
{
public:
    BenchReport();
    void metric(const QString &name, double value, const QString &unit, const QJsonObject &parameters = {},
                const QString &readable = {});
    void note(const QString &line);
    void printSummary();

private:
    QTextStream m_out;
    QStringList m_summary;
};

} // namespace gridsafe::bench
