#include "ui/inspectors/InspectorTrainingButtons.h"

#include "core/ClientSession.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "domain/InspectorStanding.h"
#include "ui/OwnedDialog.h"
#include "ui/inspectors/InspectorsPage.h"
#include "ui/training/CertificateIssueDialog.h"
#include "ui/training/CertificateRevokeDialog.h"
#include "ui/training/ExamDialog.h"
#include "ui/training/TrainingHistoryDialog.h"
#include "ui/training/TrainingPlanDialog.h"
#include "ui/training/TrainingSessionDialog.h"

#include <QPushButton>

namespace gridsafe {

namespace {

bool mayRun(const ClientSession &session, const char *command)
{
    return roleMayRun(session.user().role, QString::fromLatin1(command));
}

} // namespace

InspectorTrainingButtons::InspectorTrainingButtons(ClientSession &session, InspectorsPage &page) :
    QObject(&page),
    m_session(session),
    m_page(page),
    //: 记录培训…
    m_trainingButton(new QPushButton(tr("Training…"))),
    //: 考核…
    m_examButton(new QPushButton(tr("Exam…"))),
    //: 发证…
    m_issueButton(new QPushButton(tr("Certify…"))),
    //: 吊销…
    m_revokeButton(new QPushButton(tr("Revoke…"))),
    //: 年度计划…
    m_planButton(new QPushButton(tr("Plan…"))),
    //: 培训考核记录…
    m_recordsButton(new QPushButton(tr("Records…")))
{
    m_trainingButton->setObjectName(QStringLiteral("recordTrainingButton"));
    m_trainingButton->setToolTip(tr("Record a training session of the town and who attended"));
    m_examButton->setObjectName(QStringLiteral("recordExamButton"));
    m_examButton->setToolTip(tr("Record the selected inspector's exam result"));
    m_issueButton->setObjectName(QStringLiteral("issueCertificateButton"));
    m_issueButton->setToolTip(tr("Issue a certificate to the selected inspector on a passed exam"));
    m_revokeButton->setObjectName(QStringLiteral("revokeCertificateButton"));
    m_revokeButton->setToolTip(tr("Revoke the selected inspector's valid certificate"));
    m_planButton->setObjectName(QStringLiteral("trainingPlanButton"));
    m_planButton->setToolTip(tr("The town's training plan for this year"));
    const struct
    {
        QPushButton *button;
        const char *command;
        void (InspectorTrainingButtons::*open)();
    } buttons[] = {
        {m_trainingButton, cmd::kTrainingRecord, &InspectorTrainingButtons::recordTraining},
        {m_examButton, cmd::kExamRecord, &InspectorTrainingButtons::recordExam},
        {m_issueButton, cmd::kCertificateIssue, &InspectorTrainingButtons::issueCertificate},
        {m_revokeButton, cmd::kCertificateRevoke, &InspectorTrainingButtons::revokeCertificate},
        {m_planButton, cmd::kTrainingSetPlan, &InspectorTrainingButtons::editPlan},
    };
    for (const auto &entry : buttons) {
        // Shown only to roles that may use them (reviewers read, they do not train).
        entry.button->setVisible(mayRun(session, entry.command));
        page.addToolButton(entry.button);
        connect(entry.button, &QPushButton::clicked, this, entry.open);
    }
    // Every role may read the records; editing in them follows the role.
    m_recordsButton->setObjectName(QStringLiteral("trainingRecordsButton"));
    m_recordsButton->setToolTip(tr("The town's training sessions and exam results"));
    page.addHeadingButton(m_recordsButton);
    connect(m_recordsButton, &QPushButton::clicked, this, &InspectorTrainingButtons::showRecords);
    connect(&page, &InspectorsPage::selectionChanged, this, &InspectorTrainingButtons::update);
    update();
}

void InspectorTrainingButtons::update()
{
    const std::optional<ShownInspector> shown = m_page.selectedInspector();
    const bool confirmed = shown && shown->inspector.id > 0 && !shown->isPending();
    const bool active = confirmed && shown->inspector.active;
    bool certified = false;
    if (confirmed) {
        const QList<Certificate> certificates =
            ReplicaRecords(*m_session.replica()).certificates(shown->inspector.townId);
        certified = inspectorStanding(shown->inspector, certificates, {}, std::nullopt, chinaToday())
                        .hasValidCertificate();
    }
    m_trainingButton->setEnabled(m_page.town().has_value());
    m_planButton->setEnabled(m_page.town().has_value());
    m_recordsButton->setEnabled(m_page.town().has_value());
    m_examButton->setEnabled(active);
    m_issueButton->setEnabled(active);
    m_revokeButton->setEnabled(certified);
}

void InspectorTrainingButtons::recordTraining()
{
    if (const std::optional<qint64> town = m_page.town())
        openOwnedDialog(new TrainingSessionDialog(m_session, *town, &m_page));
}

void InspectorTrainingButtons::recordExam()
{
    if (const std::optional<ShownInspector> shown = m_page.selectedInspector())
        openOwnedDialog(new ExamDialog(m_session, shown->inspector, &m_page));
}

void InspectorTrainingButtons::issueCertificate()
{
    if (const std::optional<ShownInspector> shown = m_page.selectedInspector())
        openOwnedDialog(new CertificateIssueDialog(m_session, shown->inspector, &m_page));
}

void InspectorTrainingButtons::revokeCertificate()
{
    const std::optional<ShownInspector> shown = m_page.selectedInspector();
    if (!shown)
        return;
    const QList<Certificate> certificates =
        ReplicaRecords(*m_session.replica()).certificates(shown->inspector.townId);
    const InspectorStanding standing =
        inspectorStanding(shown->inspector, certificates, {}, std::nullopt, chinaToday());
    if (standing.validCertificate)
        openOwnedDialog(new CertificateRevokeDialog(m_session, *standing.validCertificate, &m_page));
}

void InspectorTrainingButtons::editPlan()
{
    if (const std::optional<qint64> town = m_page.town())
        openOwnedDialog(new TrainingPlanDialog(m_session, *town, chinaToday().year(), &m_page));
}

void InspectorTrainingButtons::showRecords()
{
    if (const std::optional<qint64> town = m_page.town())
        openOwnedDialog(new TrainingHistoryDialog(m_session, *town, &m_page));
}

} // namespace gridsafe
