#include "core/enterprises/EnterpriseImportSummary.h"

#include <QCoreApplication>

namespace gridsafe {

EnterpriseImportSummary EnterpriseImportSummary::fromMap(const QCborMap &summary)
{
    auto count = [&summary](const char *key) { return int(summary.value(QLatin1String(key)).toInteger()); };
    EnterpriseImportSummary s;
    s.rows = count("rows");
    s.creates = count("creates");
    s.updates = count("updates");
    s.unchanged = count("unchanged");
    s.refused = count("refused");
    s.problems = count("problems");
    s.gridsFromVillage = count("gridsFromVillage");
    return s;
}

QString EnterpriseImportSummary::checkedText() const
{
    //: 新增 N 家，更新 M 家，无变化 K 家，有问题 P 行；按村自动纳入网格 G 家
    return QCoreApplication::translate("EnterpriseImportSummary",
                                       "%1 new, %2 updated, %3 unchanged, %4 rows with problems; %5 placed "
                                       "in the grid of their village")
        .arg(creates)
        .arg(updates)
        .arg(unchanged)
        .arg(refused)
        .arg(gridsFromVillage);
}

QString EnterpriseImportSummary::committedText() const
{
    //: 已新增 N 家，更新 M 家；无变化 K 家；未导入有问题的 P 行
    return QCoreApplication::translate(
               "EnterpriseImportSummary",
               "Created %1 and updated %2 enterprises; %3 were unchanged; %4 rows with "
               "problems were left out; %5 placed in the grid of their village")
        .arg(creates)
        .arg(updates)
        .arg(unchanged)
        .arg(refused)
        .arg(gridsFromVillage);
}

} // namespace gridsafe
