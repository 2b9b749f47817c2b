#include "BenchReport.h"

#include <QJsonDocument>

#include <cstdio>

namespace gridsafe::bench {

BenchReport::BenchReport() : m_out(stdout)
{}

void BenchReport::metric(const QString &name, double value, const QString &unit,
                         const QJsonObject &parameters, const QString &readable)
{
    QJsonObject line{
        {QStringLiteral("metric"), name}, {QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}};
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it)
        line.insert(it.key(), it.value());
    m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    m_summary.append(readable.isEmpty()
                         ? QStringLiteral("%1: %2 %3").arg(name).arg(value, 0, 'f', 1).arg(unit)
                         : readable);
}

void BenchReport::note(const QString &line)
{
    m_summary.append(line);
}

void BenchReport::printSummary()
{
    m_out << Qt::endl << "Summary" << Qt::endl;
    for (const QString &line : std::as_const(m_summary))
        m_out << "  " << line << Qt::endl;
}

} // namespace gridsafe::bench
