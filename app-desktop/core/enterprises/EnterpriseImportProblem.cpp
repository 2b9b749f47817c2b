#include "core/enterprises/EnterpriseImportProblem.h"

#include "domain/EnterpriseImportFields.h"

#include <QCborMap>
#include <QCoreApplication>

namespace gridsafe {

QList<EnterpriseImportProblem> EnterpriseImportProblem::fromArray(const QCborArray &problems)
{
    QList<EnterpriseImportProblem> list;
    list.reserve(problems.size());
    for (const QCborValue &value : problems) {
        const QCborMap problem = value.toMap();
        list.append({int(problem.value(QStringLiteral("row")).toInteger()),
                     problem.value(QStringLiteral("field")).toString(),
                     problem.value(QStringLiteral("message")).toString()});
    }
    return list;
}

QString EnterpriseImportProblem::fieldLabel() const
{
    // The enterprise rules name the record's fields; the user knows the import's columns.
    static const QStringList fields = enterpriseImportFields(); // asked for each of many problems
    QString key = field;
    if (key == QLatin1String("risk"))
        key = QLatin1String(importfield::kRiskReportedOn);
    else if (key.endsWith(QLatin1String("Id")) && fields.contains(key.chopped(2)))
        key.chop(2);
    return fields.contains(key) ? enterpriseImportFieldLabel(key) : field;
}

QString EnterpriseImportProblem::line() const
{
    //: 第 N 行 字段：原因
    return QCoreApplication::translate("EnterpriseImportProblem", "Row %1, %2: %3")
        .arg(row)
        .arg(fieldLabel(), message);
}

} // namespace gridsafe
