#include "ui/filings/FilingSubmitDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/PendingGrids.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

FilingSubmitDialog::FilingSubmitDialog(ClientSession &session, qint64 townId, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId),
    m_summaryLabel(new QLabel(this)),
    m_blockedLabel(new QLabel(this)),
    m_gapList(new QListWidget(this)),
    m_noteEdit(new QLineEdit(this)),
    m_errorLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("filingSubmitDialog"));
    if (const std::optional<Region> town = session.replica()->region(townId))
        m_townName = town->name;
    //: 报送网格划分备案
    setWindowTitle(tr("Submit the division of %1 to the district").arg(m_townName));
    m_summaryLabel->setObjectName(QStringLiteral("filingSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_blockedLabel->setObjectName(QStringLiteral("filingBlockedLabel"));
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_gapList->setObjectName(QStringLiteral("filingGapList"));
    m_noteEdit->setObjectName(QStringLiteral("filingNoteEdit"));
    m_noteEdit->setMaxLength(kMaxRetireReasonLength * 2);
    m_noteEdit->setPlaceholderText(tr("optional, e.g. re-division after the merger of two villages"));
    m_errorLabel->setObjectName(QStringLiteral("filingErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons->setObjectName(QStringLiteral("filingSubmitButtons"));
    //: 报送
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FilingSubmitDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    //: 报送说明
    form->addRow(tr("&Note to the district:"), m_noteEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_gapList, 1);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(560, 420);
    describe();
    showError({});
    m_noteEdit->setFocus();
}

FilingSubmitDialog *FilingSubmitDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                               QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kFilingSubmit))
        return nullptr;
    const qint64 townId = refused.args.value(QStringLiteral("townId")).toInteger();
    if (!session.replica()->region(townId))
        return nullptr;
    auto *dialog = new FilingSubmitDialog(session, townId, parent);
    dialog->m_noteEdit->setText(refused.args.value(QStringLiteral("note")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this filing: %1").arg(refused.errorMessage));
    return dialog;
}

void FilingSubmitDialog::describe()
{
    const std::optional<Region> town = m_session.replica()->region(m_townId);
    if (!town)
        return;
    const TownDivision division = ReplicaRecords(*m_session.replica()).townDivision(*town);
    m_divisionRevision = division.division ? division.division->revision : 0;
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    QList<CoverageGap> gaps = findCoverageGaps(division, today);
    gaps.erase(
        std::remove_if(gaps.begin(), gaps.end(), [](const CoverageGap &gap) { return gap.isFilingGap(); }),
        gaps.end());
    const auto active = std::count_if(division.grids.cbegin(), division.grids.cend(),
                                      [](const Grid &grid) { return grid.status == Grid::Status::Active; });
    m_summaryLabel->setText(tr("The district receives the division as it is now (revision %1): %2 grids over "
                               "%3 villages, communities and parks, each grid with its inspector.")
                                .arg(m_divisionRevision)
                                .arg(active)
                                .arg(division.areas.size()));
    const QList<ShownGrid> shown =
        PendingGrids::overlay(division.grids, m_townId, m_session.outbox()->entries());
    const bool queued =
        std::any_of(shown.cbegin(), shown.cend(), [](const ShownGrid &grid) { return grid.isPending(); });
    m_gapList->clear();
    for (const CoverageGap &gap : gaps)
        m_gapList->addItem(describeCoverageGap(gap));
    m_gapList->setVisible(!gaps.isEmpty());
    QString blocked;
    if (!gaps.isEmpty())
        blocked =
            tr("The division has %n coverage gap(s). Fix them first: the district files only a division "
               "in which every area is in a grid and every grid has a certified inspector.",
               nullptr, int(gaps.size()));
    else if (queued)
        blocked =
            tr("Changes to this town's grids are still waiting to be sent. Submit once they have reached "
               "the server, so the district sees them.");
    m_blockedLabel->setText(blocked);
    m_blockedLabel->setVisible(!blocked.isEmpty());
    m_ready = blocked.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ready);
}

void FilingSubmitDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void FilingSubmitDialog::save()
{
    if (!m_ready)
        return;
    QCborMap args;
    args.insert(QStringLiteral("townId"), m_townId);
    args.insert(QStringLiteral("divisionRevision"), m_divisionRevision);
    auto note = normalizeOptionalName(m_noteEdit->text(), tr("note"), kMaxRetireReasonLength);
    if (!note) {
        showError(note.error().message);
        m_noteEdit->setFocus();
        return;
    }
    if (!note.value().isEmpty())
        args.insert(QStringLiteral("note"), note.value());
    const QString summary = tr("Submit the division of %1 for filing").arg(m_townName);
    auto queued = m_refusedId.isEmpty()
                      ? m_session.submit(QString::fromLatin1(cmd::kFilingSubmit), args, summary)
                      : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    accept();
}

} // namespace gridsafe
