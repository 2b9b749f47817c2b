#include "ui/enterprises/EnterpriseFilterBar.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "ui/TownChooser.h"

#include <QComboBox>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

namespace gridsafe {

namespace {

// The chosen item's data, or none for "all".
std::optional<qint64> chosen(const QComboBox *combo)
{
    const QVariant value = combo->currentData();
    return value.isValid() ? std::optional(value.toLongLong()) : std::nullopt;
}

QIcon swatch(const QString &color)
{
    QPixmap square(12, 12);
    square.fill(QColor(color));
    return QIcon(square);
}

void refill(QComboBox *combo, const QString &all, const QList<QPair<QString, qint64>> &items)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(all);
    for (const auto &[name, id] : items)
        combo->addItem(name, id);
    const int at = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(0, at));
}

} // namespace

EnterpriseFilterBar::EnterpriseFilterBar(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("enterpriseSearch"));
    m_search->setPlaceholderText(tr("Name or credit code"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    grid->addWidget(searchLabel, 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 3);

    // Three choices a row: the page must fit a small screen beside the navigation.
    m_town = new TownChooser(session, TownChooser::AllTowns::Offered, this);
    m_town->setObjectName(QStringLiteral("enterpriseTown"));
    m_town->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_town->setMinimumContentsLength(6);
    auto *townLabel = new QLabel(tr("&Town:"), this);
    townLabel->setBuddy(m_town);
    grid->addWidget(townLabel, 0, 4);
    grid->addWidget(m_town, 0, 5);
    m_village = addCombo(tr("&Village:"), 1, 0);
    m_village->setObjectName(QStringLiteral("enterpriseVillage"));
    m_grid = addCombo(tr("&Grid:"), 1, 2);
    m_grid->setObjectName(QStringLiteral("enterpriseGrid"));
    m_category = addCombo(tr("Categor&y:"), 1, 4);
    m_risk = addCombo(tr("&Risk:"), 2, 0);
    m_risk->setObjectName(QStringLiteral("enterpriseRisk"));
    m_sector = addCombo(tr("Sec&tor:"), 2, 2);
    m_flag = addCombo(tr("&Focus:"), 2, 4);
    m_supervision = addCombo(tr("S&upervision:"), 3, 0);
    m_supervision->setObjectName(QStringLiteral("enterpriseSupervision"));
    m_status = addCombo(tr("Stat&us:"), 3, 2);
    m_clear = new QPushButton(tr("C&lear filters"), this);
    grid->addWidget(m_clear, 3, 4, 1, 2, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    fillStaticChoices();
    refreshPlaces();

    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(200);
    connect(m_searchPause, &QTimer::timeout, this, &EnterpriseFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_town, &TownChooser::townChanged, this, [this] {
        m_quiet = true;
        m_village->setCurrentIndex(0);
        m_grid->setCurrentIndex(0);
        refreshPlaces();
        m_quiet = false;
        Q_EMIT filterChanged();
    });
    for (QComboBox *combo :
         {m_village, m_grid, m_category, m_risk, m_sector, m_flag, m_supervision, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_quiet)
                Q_EMIT filterChanged();
        });
    }
    connect(m_clear, &QPushButton::clicked, this, &EnterpriseFilterBar::clear);
}

QComboBox *EnterpriseFilterBar::addCombo(const QString &label, int row, int column)
{
    auto *combo = new QComboBox(this);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(combo);
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->addWidget(caption, row, column);
    grid->addWidget(combo, row, column + 1);
    return combo;
}

void EnterpriseFilterBar::fillStaticChoices()
{
    m_category->addItem(tr("All categories"));
    for (PatrolCategory category :
         {PatrolCategory::KeyIndustry, PatrolCategory::AboveScale, PatrolCategory::BelowScale})
        m_category->addItem(patrolCategoryDisplayName(category), int(category));
    m_risk->addItem(tr("All levels"));
    for (RiskLevel level : allRiskLevels())
        m_risk->addItem(swatch(riskLevelColor(level)), riskLevelDisplayName(level), int(level));
    m_risk->addItem(tr("Not reported"), EnterpriseFilter::kNone);
    m_sector->addItem(tr("All sectors"));
    for (KeySector sector : allKeySectors())
        m_sector->addItem(keySectorDisplayName(sector), int(sector));
    m_sector->addItem(tr("Not a key sector"), EnterpriseFilter::kNone);
    m_flag->addItem(tr("All"));
    const QStringList flags = knownFocusFlags();
    for (int bit = 0; bit < flags.size(); ++bit)
        m_flag->addItem(focusFlagDisplayName(flags.at(bit)), int(1u << bit));
    m_flag->addItem(tr("Other focus"), int(EnterpriseRow::kOtherFlag));
    m_supervision->addItem(tr("All"));
    m_supervision->addItem(tr("In a grid"), int(Supervision::Grid));
    m_supervision->addItem(tr("Town (direct)"), int(Supervision::Direct));
    m_supervision->addItem(tr("Not covered"), int(Supervision::None));
    m_status->addItem(tr("All"));
    for (EnterpriseStatus status :
         {EnterpriseStatus::Operating, EnterpriseStatus::Suspended, EnterpriseStatus::Closed})
        m_status->addItem(enterpriseStatusDisplayName(status), int(status));
}

void EnterpriseFilterBar::refreshPlaces()
{
    Replica *replica = m_session.replica();
    const std::optional<qint64> town = m_town->town();
    QList<QPair<QString, qint64>> villages;
    QList<QPair<QString, qint64>> grids;
    if (replica && town) {
        for (const Region &region : replica->regions()) {
            if (isGridArea(region.kind) && region.townId == town)
                villages.append({region.name, region.id});
        }
        for (const Grid &grid : replica->grids(*town)) {
            if (grid.status == Grid::Status::Active)
                grids.append({grid.name, grid.id});
        }
    }
    const bool quiet = m_quiet;
    m_quiet = true;
    refill(m_village, tr("All villages"), villages);
    refill(m_grid, tr("All grids"), grids);
    m_quiet = quiet;
    m_village->setEnabled(town.has_value());
    m_grid->setEnabled(town.has_value());
}

EnterpriseFilter EnterpriseFilterBar::filter() const
{
    EnterpriseFilter filter;
    filter.search = m_search->text().trimmed();
    filter.townId = m_town->town();
    filter.villageId = chosen(m_village);
    filter.gridId = chosen(m_grid);
    if (const auto value = chosen(m_category))
        filter.category = PatrolCategory(*value);
    if (const auto value = chosen(m_risk))
        filter.riskLevel = int(*value);
    if (const auto value = chosen(m_sector))
        filter.sector = int(*value);
    if (const auto value = chosen(m_flag))
        filter.flag = quint16(*value);
    if (const auto value = chosen(m_supervision))
        filter.supervision = Supervision(*value);
    if (const auto value = chosen(m_status))
        filter.status = EnterpriseStatus(*value);
    return filter;
}

void EnterpriseFilterBar::clear()
{
    m_quiet = true;
    m_search->clear();
    m_searchPause->stop();
    for (QComboBox *combo :
         {m_village, m_grid, m_category, m_risk, m_sector, m_flag, m_supervision, m_status})
        combo->setCurrentIndex(0);
    m_quiet = false;
    Q_EMIT filterChanged();
}

} // namespace gridsafe
