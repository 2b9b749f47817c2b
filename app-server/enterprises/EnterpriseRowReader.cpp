#include "enterprises/EnterpriseRowReader.h"

#include "domain/CivilDate.h"
#include "domain/CreditCode.h"
#include "domain/EnterpriseImportFields.h"
#include "enterprises/EnterpriseRepository.h"
#include "enterprises/RegisterPlaces.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace gridsafe {

namespace {

QString cell(const QCborMap &cells, const char *field)
{
    return cells.value(QLatin1String(field)).toString().trimmed();
}

// Words a sheet uses for "nothing here" in a yes/no column.
bool saysNone(const QString &text)
{
    static const QStringList none{QStringLiteral("无"),     QStringLiteral("否"),  QStringLiteral("非重点"),
                                  QStringLiteral("不涉及"), QStringLiteral("/"),   QStringLiteral("-"),
                                  QStringLiteral("—"),      QStringLiteral("none")};
    return none.contains(text.simplified(), Qt::CaseInsensitive);
}

QString clippedCell(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

} // namespace

std::optional<QString> importDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    // The years a risk report can carry, as the command checks them.
    if (!date.isValid() || date.year() < 1990 || date.year() > 2199)
        return std::nullopt;
    return civilDateText(date);
}

EnterpriseRowReader::EnterpriseRowReader(const Actor &actor, const RegisterPlaces &places,
                                         EnterpriseRepository &repository, QString today) :
    m_actor(actor),
    m_places(places),
    m_repository(repository),
    m_today(std::move(today))
{}

Result<ImportRowOutcome> EnterpriseRowReader::read(const QCborMap &cells, int row)
{
    ImportRowOutcome outcome;
    QList<FieldProblem> &problems = outcome.problems;
    const QString typedCode = cell(cells, importfield::kCreditCode);
    if (typedCode.isEmpty()) {
        problems.append(
            {QLatin1String(importfield::kCreditCode),
             QCoreApplication::translate("EnterpriseRowReader", "The unified social credit code is empty.")});
        return outcome;
    }
    auto code = validateCreditCode(typedCode);
    if (!code) {
        problems.append({QLatin1String(importfield::kCreditCode), code.error().message});
        return outcome;
    }
    if (const auto first = m_rowOfCode.constFind(code.value()); first != m_rowOfCode.cend()) {
        problems.append(
            {QLatin1String(importfield::kCreditCode),
             QCoreApplication::translate("EnterpriseRowReader", "Code %1 is already on row %2 of this file.")
                 .arg(code.value())
                 .arg(*first)});
        return outcome;
    }
    m_rowOfCode.insert(code.value(), row);

    auto registered = m_repository.findByCode(code.value());
    if (!registered)
        return registered.error();
    outcome.before = registered.value();
    Enterprise &e = outcome.after;
    if (outcome.before)
        e = *outcome.before;
    e.creditCode = code.value();
    if (outcome.before && !m_actor.coversTown(outcome.before->townId)) {
        // Another town's register is not this user's to read: say where, not whose.
        problems.append(
            {QLatin1String(importfield::kCreditCode),
             QCoreApplication::translate("EnterpriseRowReader",
                                         "Code %1 is registered in another town; only that town may "
                                         "change it.")
                 .arg(code.value())});
        return outcome;
    }

    if (const QString name = cell(cells, importfield::kName); !name.isEmpty())
        e.name = name;
    else if (!outcome.before)
        problems.append(
            {QLatin1String(importfield::kName),
             QCoreApplication::translate("EnterpriseRowReader", "The enterprise name is empty.")});
    if (const QString address = cell(cells, importfield::kAddress); !address.isEmpty())
        e.address = address;
    const qint64 townBefore = e.townId;
    const std::optional<qint64> villageBefore = e.villageId;
    readPlace(cells, e, problems);
    readClassification(cells, e, problems);
    for (const auto &[field, target] : {std::pair{importfield::kLegalRepresentative, &e.legalRepresentative},
                                        std::pair{importfield::kSafetyContact, &e.safetyContact},
                                        std::pair{importfield::kSafetyPhone, &e.safetyPhone}}) {
        if (const QString text = cell(cells, field); !text.isEmpty())
            *target = text;
    }
    const bool placeChanged = e.townId != townBefore || e.villageId != villageBefore;
    readSupervision(cells, e, placeChanged, problems, outcome.gridFromVillage);
    outcome.report = readRisk(cells, e, problems);

    if (problems.isEmpty()) {
        problems.append(normalizeEnterprise(e));
        if (problems.isEmpty())
            problems.append(m_places.placementProblems(
                m_actor, e, outcome.before ? outcome.before->gridId : std::nullopt));
    }
    if (problems.isEmpty()) {
        if (outcome.report && (!e.risk || e.risk->reportedOn <= outcome.report->reportedOn))
            e.risk = outcome.report;
        if (!outcome.before)
            outcome.kind = ImportRowOutcome::Kind::Create;
        else if (!enterpriseChanges(*outcome.before, e).isEmpty() || outcome.report)
            outcome.kind = ImportRowOutcome::Kind::Update;
        else
            outcome.kind = ImportRowOutcome::Kind::Unchanged;
    }
    return outcome;
}

void EnterpriseRowReader::readPlace(const QCborMap &cells, Enterprise &e, QList<FieldProblem> &problems) const
{
    if (const QString town = cell(cells, importfield::kTown); !town.isEmpty()) {
        const std::optional<qint64> id = m_places.townNamed(town);
        if (!id) {
            problems.append({QLatin1String(importfield::kTown),
                             QCoreApplication::translate("EnterpriseRowReader",
                                                         "\"%1\" is not a town or street of the district.")
                                 .arg(clippedCell(town))});
            return;
        }
        if (*id != e.townId)
            e.villageId.reset(); // a village belongs to its town
        e.townId = *id;
    } else if (e.townId == 0) {
        problems.append({QLatin1String(importfield::kTown),
                         QCoreApplication::translate("EnterpriseRowReader", "The town or street is empty.")});
        return;
    }
    if (const QString village = cell(cells, importfield::kVillage); !village.isEmpty()) {
        const std::optional<qint64> id = m_places.areaNamed(e.townId, village);
        const Region *town = m_places.region(e.townId);
        if (!id)
            problems.append({QLatin1String(importfield::kVillage),
                             QCoreApplication::translate("EnterpriseRowReader",
                                                         "\"%1\" is not a village, community or park of %2.")
                                 .arg(clippedCell(village), town ? town->name : QString())});
        else
            e.villageId = id;
    }
}

void EnterpriseRowReader::readClassification(const QCborMap &cells, Enterprise &e,
                                             QList<FieldProblem> &problems) const
{
    if (const QString industry = cell(cells, importfield::kIndustry); !industry.isEmpty()) {
        const std::optional<QString> key = industryFromText(industry);
        if (!key)
            problems.append({QLatin1String(importfield::kIndustry),
                             QCoreApplication::translate(
                                 "EnterpriseRowReader",
                                 "\"%1\" is not a GB/T 4754 industry division: write its code (e.g. C34) or "
                                 "its name (通用设备制造业).")
                                 .arg(clippedCell(industry))});
        else
            e.industry = *key;
    }
    if (const QString sector = cell(cells, importfield::kSector); !sector.isEmpty()) {
        if (saysNone(sector)) {
            e.sector.reset();
        } else if (const auto known = keySectorFromText(sector)) {
            e.sector = known;
        } else {
            problems.append(
                {QLatin1String(importfield::kSector),
                 QCoreApplication::translate(
                     "EnterpriseRowReader",
                     "\"%1\" is not one of the eight key sectors (冶金、有色、建材、机械、轻工、纺织、"
                     "烟草、商贸); leave it empty or write 无 for none.")
                     .arg(clippedCell(sector))});
        }
    }
    if (const QString flags = cell(cells, importfield::kFocusFlags); !flags.isEmpty()) {
        e.focusFlags.clear();
        if (!saysNone(flags)) {
            for (const QString &flag : splitFocusFlagCell(flags))
                e.focusFlags.append(focusFlagFromText(flag));
        }
    }
    if (const QString scale = cell(cells, importfield::kScale); !scale.isEmpty()) {
        if (const auto known = enterpriseScaleFromText(scale))
            e.scale = *known;
        else
            problems.append(
                {QLatin1String(importfield::kScale),
                 QCoreApplication::translate("EnterpriseRowReader", "\"%1\" is neither 规上 nor 规下.")
                     .arg(clippedCell(scale))});
    }
    if (QString employees = cell(cells, importfield::kEmployees); !employees.isEmpty()) {
        employees.remove(QStringLiteral("人"));
        bool ok = false;
        const int count = employees.trimmed().toInt(&ok);
        if (!ok || count < 0 || count > kMaxEmployees)
            problems.append(
                {QLatin1String(importfield::kEmployees),
                 QCoreApplication::translate("EnterpriseRowReader", "\"%1\" is not a number of employees.")
                     .arg(clippedCell(cell(cells, importfield::kEmployees)))});
        else
            e.employees = count;
    }
    if (const QString status = cell(cells, importfield::kStatus); !status.isEmpty()) {
        if (const auto known = enterpriseStatusFromText(status))
            e.status = *known;
        else
            problems.append({QLatin1String(importfield::kStatus),
                             QCoreApplication::translate("EnterpriseRowReader",
                                                         "\"%1\" is not a status: write 在产, 停产 or 关闭.")
                                 .arg(clippedCell(status))});
    }
    const QString longitude = cell(cells, importfield::kLongitude);
    const QString latitude = cell(cells, importfield::kLatitude);
    if (!longitude.isEmpty() || !latitude.isEmpty()) {
        bool lonOk = false;
        bool latOk = false;
        const double lon = longitude.toDouble(&lonOk);
        const double lat = latitude.toDouble(&latOk);
        if (!lonOk || !latOk || !std::isfinite(lon) || !std::isfinite(lat))
            problems.append(
                {QLatin1String(importfield::kLongitude),
                 QCoreApplication::translate(
                     "EnterpriseRowReader",
                     "Longitude and latitude must both be decimal degrees (e.g. 120.05 and 31.78).")});
        else {
            e.longitude = lon;
            e.latitude = lat;
        }
    }
}

void EnterpriseRowReader::readSupervision(const QCborMap &cells, Enterprise &e, bool placeChanged,
                                          QList<FieldProblem> &problems, bool &fromVillage) const
{
    const QString grid = cell(cells, importfield::kGrid);
    const QString direct = cell(cells, importfield::kDirectReason);
    if (!grid.isEmpty() && !direct.isEmpty()) {
        problems.append(
            {QLatin1String(importfield::kGrid),
             QCoreApplication::translate(
                 "EnterpriseRowReader",
                 "A grid and a reason for direct supervision are both given: an enterprise is in a "
                 "grid or supervised directly, not both.")});
        return;
    }
    if (!grid.isEmpty()) {
        const std::optional<qint64> id = m_places.gridNamed(e.townId, grid);
        if (!id) {
            problems.append({QLatin1String(importfield::kGrid),
                             QCoreApplication::translate(
                                 "EnterpriseRowReader",
                                 "\"%1\" is not a grid in use in this town (give its name or code).")
                                 .arg(clippedCell(grid))});
            return;
        }
        e.gridId = id;
        e.directReason.clear();
        return;
    }
    if (!direct.isEmpty()) {
        e.gridId.reset();
        e.directReason = direct;
        return;
    }
    // A grid of another town cannot stay when the enterprise moved.
    if (placeChanged && e.gridId) {
        const Grid *held = m_places.grid(*e.gridId);
        if (!held || held->townId != e.townId)
            e.gridId.reset();
    }
    // 一村一格: with no word on supervision, the one grid covering its village takes it in.
    if (!e.gridId && e.directReason.isEmpty() && e.villageId) {
        if (const std::optional<qint64> only = m_places.onlyGridCovering(*e.villageId)) {
            e.gridId = only;
            fromVillage = true;
        }
    }
}

std::optional<RiskSummary> EnterpriseRowReader::readRisk(const QCborMap &cells, const Enterprise &e,
                                                         QList<FieldProblem> &problems) const
{
    const QString level = cell(cells, importfield::kRiskLevel);
    const QString kind = cell(cells, importfield::kRiskKind);
    const QString on = cell(cells, importfield::kRiskReportedOn);
    if (level.isEmpty() && kind.isEmpty() && on.isEmpty())
        return std::nullopt;
    const auto knownLevel = riskLevelFromText(level);
    if (!knownLevel) {
        problems.append({QLatin1String(importfield::kRiskLevel),
                         level.isEmpty() ? QCoreApplication::translate(
                             "EnterpriseRowReader", "A risk report needs its level (重大, 较大, 一般 or 低).")
                                         : QCoreApplication::translate(
                                               "EnterpriseRowReader",
                                               "\"%1\" is not a risk level: write 重大, 较大, 一般 or 低.")
                                               .arg(clippedCell(level))});
        return std::nullopt;
    }
    const std::optional<QString> date = importDate(on);
    if (!date) {
        problems.append({QLatin1String(importfield::kRiskReportedOn),
                         on.isEmpty() ? QCoreApplication::translate(
                             "EnterpriseRowReader", "A risk level needs the date of its report.")
                                      : QCoreApplication::translate("EnterpriseRowReader",
                                                                    "\"%1\" is not a date (e.g. 2024-03-05).")
                                            .arg(clippedCell(on))});
        return std::nullopt;
    }
    if (*date > m_today) {
        problems.append(
            {QLatin1String(importfield::kRiskReportedOn),
             QCoreApplication::translate("EnterpriseRowReader", "The report date %1 is in the future.")
                 .arg(*date)});
        return std::nullopt;
    }
    // No kind given: the report already registered on that day and level is the same one (a
    // re-import of the sheet), else a periodic report follows a first.
    if (kind.isEmpty() && e.risk && e.risk->reportedOn == *date && e.risk->level == *knownLevel)
        return std::nullopt;
    RiskReportKind reportKind = e.risk ? RiskReportKind::Periodic : RiskReportKind::First;
    if (!kind.isEmpty()) {
        const auto known = riskReportKindFromText(kind);
        if (!known) {
            problems.append(
                {QLatin1String(importfield::kRiskKind),
                 QCoreApplication::translate("EnterpriseRowReader",
                                             "\"%1\" is not a report kind: write 首次, 定期 or 变更.")
                     .arg(clippedCell(kind))});
            return std::nullopt;
        }
        reportKind = *known;
    }
    const RiskSummary report{reportKind, *date, *knownLevel};
    // The same report again (a re-import of the same sheet) is not a new one.
    if (e.risk && e.risk->reportedOn == report.reportedOn && e.risk->level == report.level
        && e.risk->kind == report.kind)
        return std::nullopt;
    return report;
}

} // namespace gridsafe
