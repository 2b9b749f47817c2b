#include "core/enterprises/EnterpriseSheet.h"

#include "domain/EnterpriseImportFields.h"

namespace gridsafe {

EnterpriseSheet::EnterpriseSheet(QHash<qint64, QString> regionNames, QHash<qint64, QString> gridNames) :
    m_regionNames(std::move(regionNames)),
    m_gridNames(std::move(gridNames))
{}

SheetExport EnterpriseSheet::start() const
{
    SheetExport sheet;
    sheet.sheetName = QStringLiteral("企业名录");
    for (const QString &field : enterpriseImportFields()) {
        sheet.headers.append(enterpriseImportHeader(field));
        const bool wide = field == QLatin1String("name") || field == QLatin1String("address")
                          || field == QLatin1String("industry");
        sheet.columnWidths.append(field == QLatin1String("creditCode") ? 22 : wide ? 34 : 12);
    }
    return sheet;
}

QList<SheetCell> EnterpriseSheet::row(const Enterprise &e) const
{
    auto text = [](const QString &value) { return SheetCell::ofText(value); };
    QStringList flags;
    for (const QString &flag : e.focusFlags)
        flags.append(focusFlagSheetText(flag));
    QList<SheetCell> cells;
    for (const QString &field : enterpriseImportFields()) {
        if (field == QLatin1String("creditCode"))
            cells.append(text(e.creditCode));
        else if (field == QLatin1String("name"))
            cells.append(text(e.name));
        else if (field == QLatin1String("address"))
            cells.append(text(e.address));
        else if (field == QLatin1String("town"))
            cells.append(text(m_regionNames.value(e.townId)));
        else if (field == QLatin1String("village"))
            cells.append(text(e.villageId ? m_regionNames.value(*e.villageId) : QString()));
        else if (field == QLatin1String("industry"))
            cells.append(text(e.industry.isEmpty() ? QString() : industrySheetText(e.industry)));
        else if (field == QLatin1String("sector"))
            cells.append(text(e.sector ? keySectorSheetText(*e.sector) : QStringLiteral("无")));
        else if (field == QLatin1String("focusFlags"))
            cells.append(text(flags.join(QStringLiteral("、"))));
        else if (field == QLatin1String("scale"))
            cells.append(text(enterpriseScaleSheetText(e.scale)));
        else if (field == QLatin1String("employees"))
            cells.append(e.employees ? SheetCell::ofNumber(*e.employees) : text(QString()));
        else if (field == QLatin1String("legalRepresentative"))
            cells.append(text(e.legalRepresentative));
        else if (field == QLatin1String("safetyContact"))
            cells.append(text(e.safetyContact));
        else if (field == QLatin1String("safetyPhone"))
            cells.append(text(e.safetyPhone));
        else if (field == QLatin1String("status"))
            cells.append(text(enterpriseStatusSheetText(e.status)));
        else if (field == QLatin1String("longitude"))
            cells.append(e.longitude ? SheetCell::ofNumber(*e.longitude) : text(QString()));
        else if (field == QLatin1String("latitude"))
            cells.append(e.latitude ? SheetCell::ofNumber(*e.latitude) : text(QString()));
        else if (field == QLatin1String("grid"))
            cells.append(text(e.gridId ? m_gridNames.value(*e.gridId) : QString()));
        else if (field == QLatin1String("directReason"))
            cells.append(text(e.gridId ? QString() : e.directReason));
        else if (field == QLatin1String("riskLevel"))
            cells.append(e.risk ? text(riskLevelSheetText(e.risk->level))
                                      .withFill(riskLevelColor(e.risk->level).mid(1).toUInt(nullptr, 16))
                                : text(QString()));
        else if (field == QLatin1String("riskKind"))
            cells.append(text(e.risk ? riskReportKindSheetText(e.risk->kind) : QString()));
        else if (field == QLatin1String("riskReportedOn"))
            cells.append(text(e.risk ? e.risk->reportedOn : QString()));
        else
            cells.append(text(QString()));
    }
    return cells;
}

} // namespace gridsafe
