#include "ui/grids/GridEditDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

GridEditDialog::GridEditDialog(ClientSession &session, qint64 townId, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId)
{
    build();
    fillAreas({});
    m_codeEdit->setText(suggestedCode());
    const std::optional<Region> town = m_session.replica()->region(townId);
    setWindowTitle(tr("New grid in %1").arg(town ? town->name : QString()));
}

GridEditDialog::GridEditDialog(ClientSession &session, const ShownGrid &grid, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(grid.grid.townId),
    m_grid(grid.grid),
    m_buildsOn(grid.lastPendingCommand)
{
    build();
    m_codeEdit->setText(grid.grid.code);
    m_nameEdit->setText(grid.grid.name);
    m_kindBox->setCurrentIndex(m_kindBox->findData(Grid::kindName(grid.grid.kind)));
    m_partEdit->setText(grid.grid.part);
    fillAreas(grid.grid.areaIds);
    setWindowTitle(tr("Edit grid %1").arg(grid.grid.name));
}

GridEditDialog *GridEditDialog::reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent)
{
    const QCborMap &args = refused.args;
    QList<qint64> areas;
    for (const QCborValue &area : args.value(QStringLiteral("areaIds")).toArray())
        areas.append(area.toInteger());
    GridEditDialog *dialog = nullptr;
    if (refused.name == QLatin1String(cmd::kGridCreate)) {
        dialog = new GridEditDialog(session, args.value(QStringLiteral("townId")).toInteger(), parent);
        dialog->m_nameEdit->setText(args.value(QStringLiteral("name")).toString());
    } else if (refused.name == QLatin1String(cmd::kGridUpdate)) {
        // Corrected against the grid as the server has it now.
        const std::optional<Grid> current =
            session.replica()->grid(args.value(QStringLiteral("gridId")).toInteger());
        if (!current || current->status != Grid::Status::Active)
            return nullptr;
        dialog = new GridEditDialog(session, ShownGrid{*current, {}, {}}, parent);
        const QCborValue name = args.value(QStringLiteral("name"));
        if (name.isString())
            dialog->m_nameEdit->setText(name.toString());
        if (areas.isEmpty())
            areas = current->areaIds;
    } else {
        return nullptr;
    }
    if (const QCborValue code = args.value(QStringLiteral("code")); code.isString())
        dialog->m_codeEdit->setText(code.toString());
    if (const QCborValue kind = args.value(QStringLiteral("kind")); kind.isString())
        dialog->m_kindBox->setCurrentIndex(std::max(0, dialog->m_kindBox->findData(kind.toString())));
    if (const QCborValue part = args.value(QStringLiteral("part")); part.isString())
        dialog->m_partEdit->setText(part.toString());
    dialog->m_areaList->clear();
    dialog->fillAreas(areas);
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void GridEditDialog::build()
{
    setObjectName(QStringLiteral("gridEditDialog"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("gridNameEdit"));
    m_nameEdit->setMaxLength(kMaxGridNameLength * 2); // the exact limit is checked on save
    m_nameEdit->setPlaceholderText(tr("e.g. Yuzhuang Village grid"));
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("gridCodeEdit"));
    m_codeEdit->setMaxLength(kMaxGridCodeLength);
    m_codeEdit->setToolTip(tr("Letters A–Z, digits and hyphens, unique in the town, such as WG-01."));
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("gridKindBox"));
    m_kindBox->addItem(tr("Village or community grid"), Grid::kindName(Grid::Kind::Village));
    m_kindBox->addItem(tr("Park or functional-zone grid (town staff)"), Grid::kindName(Grid::Kind::Park));
    m_partEdit = new QLineEdit(this);
    m_partEdit->setObjectName(QStringLiteral("gridPartEdit"));
    m_partEdit->setMaxLength(kMaxGridPartLength);
    m_partEdit->setPlaceholderText(tr("Only when a village is split: e.g. north of the 312 road"));

    m_areaList = new QListWidget(this);
    m_areaList->setObjectName(QStringLiteral("gridAreaList"));
    m_areaList->setMinimumHeight(220);
    // A click on an area's name ticks it, as on its box (which Qt toggles by itself).
    connect(m_areaList, &QListWidget::itemPressed, this,
            [this](QListWidgetItem *item) { m_pressedState = item->checkState(); });
    connect(m_areaList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->checkState() == m_pressedState)
            item->setCheckState(m_pressedState == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("gridEditError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("gridEditButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GridEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Grid code:"), m_codeEdit);
    form->addRow(tr("Grid name:"), m_nameEdit);
    form->addRow(tr("Kind:"), m_kindBox);
    form->addRow(tr("Part covered:"), m_partEdit);
    auto *areasLabel = new QLabel(tr("Covers (tick at least one village, community or park):"), this);
    areasLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(areasLabel);
    layout->addWidget(m_areaList, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(460, 560);
}

void GridEditDialog::fillAreas(const QList<qint64> &checked)
{
    const Replica &replica = *m_session.replica();
    // Which other active grids already cover each area: a large village may be split, but
    // the user should see it.
    QHash<qint64, QStringList> coveredBy;
    for (const ShownGrid &shown :
         PendingGrids::overlay(replica.grids(m_townId), m_townId, m_session.outbox()->entries())) {
        const Grid &grid = shown.grid;
        if (grid.status != Grid::Status::Active || (m_grid && grid.id == m_grid->id))
            continue;
        for (qint64 area : grid.areaIds)
            coveredBy[area].append(grid.name);
    }
    for (const Region &region : replica.regions()) {
        if (region.townId != m_townId || !isGridArea(region.kind))
            continue;
        QString text = region.name;
        if (coveredBy.contains(region.id))
            //: An area in the list, followed by the grids that already cover it.
            text = tr("%1 — in %2").arg(region.name, coveredBy.value(region.id).join(tr(", ")));
        auto *item = new QListWidgetItem(text, m_areaList);
        item->setData(Qt::AccessibleTextRole, region.name);
        item->setData(Qt::UserRole, region.id);
        item->setToolTip(regionKindDisplayName(region.kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(region.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> GridEditDialog::checkedAreas() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_areaList->count(); ++row) {
        const QListWidgetItem *item = m_areaList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void GridEditDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QList<ShownGrid> GridEditDialog::otherGrids() const
{
    QList<ShownGrid> others;
    for (ShownGrid &shown : PendingGrids::overlay(m_session.replica()->grids(m_townId), m_townId,
                                                  m_session.outbox()->entries())) {
        if (!m_grid || shown.grid.id != m_grid->id)
            others.append(std::move(shown));
    }
    return others;
}

QString GridEditDialog::suggestedCode() const
{
    // As the server chooses: one more than the town's highest WG-NN.
    static const QRegularExpression kAuto(QStringLiteral("^WG-([0-9]{1,5})$"));
    int highest = 0;
    for (const ShownGrid &shown : otherGrids()) {
        if (const auto match = kAuto.match(shown.grid.code); match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return QStringLiteral("WG-%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

QString GridEditDialog::localProblem(const QString &code, const QString &name, Grid::Kind kind,
                                     const QString &part, const QList<qint64> &areas, QWidget **field) const
{
    const Replica &replica = *m_session.replica();
    const auto waiting = [](const ShownGrid &shown) {
        return shown.isPending() ? tr(" (waiting to be sent)") : QString();
    };
    for (const ShownGrid &shown : otherGrids()) {
        if (shown.grid.status != Grid::Status::Active)
            continue;
        // The same rules as the server's (GridCommands): active names and codes are unique.
        if (shown.grid.name == name) {
            *field = m_nameEdit;
            return tr("This town already has a grid named \"%1\"%2. Choose another name.")
                .arg(name, waiting(shown));
        }
        if (shown.grid.code == code) {
            *field = m_codeEdit;
            return tr("Grid \"%1\"%2 already has code %3. Choose another code.")
                .arg(shown.grid.name, waiting(shown), code);
        }
    }
    for (qint64 areaId : areas) {
        const std::optional<Region> area = replica.region(areaId);
        if (area && !gridKindFits(kind, area->kind)) {
            *field = m_kindBox;
            return kind == Grid::Kind::Park
                       ? tr("\"%1\" is a village or community: a park grid covers only parks and functional "
                            "zones.")
                             .arg(area->name)
                       : tr("\"%1\" is a park: choose the park grid kind for it.").arg(area->name);
        }
        for (const ShownGrid &shown : otherGrids()) {
            if (shown.grid.status != Grid::Status::Active || !shown.grid.areaIds.contains(areaId))
                continue;
            if (part.isEmpty()) {
                *field = m_partEdit;
                return tr("\"%1\" is already in grid \"%2\". To split it between grids, say which part this "
                          "grid covers.")
                    .arg(area ? area->name : QString(), shown.grid.name);
            }
            if (shown.grid.part.isEmpty()) {
                *field = m_areaList;
                return tr("Grid \"%2\" covers \"%1\" whole. To split it, first say which part grid \"%2\" "
                          "keeps.")
                    .arg(area ? area->name : QString(), shown.grid.name);
            }
        }
    }
    return {};
}

void GridEditDialog::save()
{
    auto code = normalizeGridCode(m_codeEdit->text());
    if (!code) {
        showError(code.error().message);
        m_codeEdit->setFocus();
        return;
    }
    auto name = normalizeName(m_nameEdit->text(), tr("grid name"), kMaxGridNameLength);
    if (!name) {
        showError(name.error().message);
        m_nameEdit->setFocus();
        return;
    }
    auto part = normalizeOptionalName(m_partEdit->text(), tr("part covered"), kMaxGridPartLength);
    if (!part) {
        showError(part.error().message);
        m_partEdit->setFocus();
        return;
    }
    const Grid::Kind kind =
        Grid::kindFromName(m_kindBox->currentData().toString()).value_or(Grid::Kind::Village);
    const QList<qint64> areas = checkedAreas();
    if (areas.isEmpty()) {
        showError(tr("Tick at least one village, community or park that the grid covers."));
        m_areaList->setFocus();
        return;
    }
    QWidget *field = nullptr;
    if (const QString problem = localProblem(code.value(), name.value(), kind, part.value(), areas, &field);
        !problem.isEmpty()) {
        showError(problem);
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
        return;
    }
    QList<qint64> before = m_grid ? m_grid->areaIds : QList<qint64>();
    std::sort(before.begin(), before.end());
    if (m_grid && m_refusedId.isEmpty() && name.value() == m_grid->name && areas == before
        && code.value() == m_grid->code && kind == m_grid->kind && part.value() == m_grid->part) {
        accept(); // nothing changed: nothing to send
        return;
    }

    QCborArray areaArray;
    for (qint64 area : areas)
        areaArray.append(area);
    QCborMap args;
    QString command;
    QString summary;
    if (m_grid) {
        command = QString::fromLatin1(cmd::kGridUpdate);
        args.insert(QStringLiteral("gridId"), m_grid->id);
        args.insert(QStringLiteral("revision"), m_grid->revision);
        summary = tr("Edit grid %1").arg(name.value());
    } else {
        command = QString::fromLatin1(cmd::kGridCreate);
        args.insert(QStringLiteral("townId"), m_townId);
        summary = tr("Create grid %1").arg(name.value());
    }
    args.insert(QStringLiteral("code"), code.value());
    args.insert(QStringLiteral("name"), name.value());
    args.insert(QStringLiteral("kind"), Grid::kindName(kind));
    args.insert(QStringLiteral("part"), part.value());
    args.insert(QStringLiteral("areaIds"), areaArray);

    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary, m_buildsOn)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
