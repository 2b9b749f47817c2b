#include "ui/training/CertificateIssueDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "ui/training/FieldErrors.h"
#include "ui/training/TrainingRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

CertificateIssueDialog::CertificateIssueDialog(ClientSession &session, const Inspector &inspector,
                                               QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_inspector(inspector),
    m_errors(std::make_unique<FieldErrors>(this)),
    m_introLabel(new QLabel(this)),
    m_examBox(new QComboBox(this)),
    m_numberEdit(new QLineEdit(this)),
    m_issuedEdit(new QDateEdit(chinaToday(), this)),
    m_untilEdit(new QDateEdit(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("certificateIssueDialog"));
    //: 发放上岗证: the certificate that lets an inspector hold a grid (上岗证).
    setWindowTitle(tr("Issue certificate to %1").arg(inspector.name));
    m_introLabel->setObjectName(QStringLiteral("certificateIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_examBox->setObjectName(QStringLiteral("certificateExamBox"));
    m_numberEdit->setObjectName(QStringLiteral("certificateNumberEdit"));
    m_numberEdit->setMaxLength(kMaxCertificateNumberLength);
    m_numberEdit->setPlaceholderText(tr("e.g. YG-2026-041"));
    m_numberEdit->setToolTip(
        tr("3–32 letters A–Z, digits and hyphens, never issued before in the district."));
    for (QDateEdit *edit : {m_issuedEdit, m_untilEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_issuedEdit->setObjectName(QStringLiteral("certificateIssuedOnEdit"));
    m_issuedEdit->setMaximumDate(chinaToday());
    m_untilEdit->setObjectName(QStringLiteral("certificateValidUntilEdit"));
    connect(m_issuedEdit, &QDateEdit::dateChanged, this, &CertificateIssueDialog::issuedChanged);
    connect(m_untilEdit, &QDateEdit::dateChanged, this, [this] { m_untilChosen = true; });

    m_buttons->setObjectName(QStringLiteral("certificateIssueButtons"));
    //: 发证
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificateIssueDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    //: The passed exam (考核) the certificate rests on.
    m_errors->addRow(form, tr("&Passed exam:"), m_examBox, QStringLiteral("certificateExamError"));
    m_errors->addRow(form, tr("Certificate &number:"), m_numberEdit,
                     QStringLiteral("certificateNumberError"));
    m_errors->addRow(form, tr("&Issued on:"), m_issuedEdit, QStringLiteral("certificateIssuedOnError"));
    m_errors->addRow(form, tr("&Valid until:"), m_untilEdit, QStringLiteral("certificateValidUntilError"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("certificateIssueError")));
    layout->addWidget(m_buttons);
    resize(480, 360);
    issuedChanged();
    fillExams();
}

CertificateIssueDialog::~CertificateIssueDialog() = default;

CertificateIssueDialog *CertificateIssueDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                       QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kCertificateIssue))
        return nullptr;
    const QCborMap &args = refused.args;
    const qint64 id = args.value(QStringLiteral("inspectorId")).toInteger();
    const QList<Inspector> inspectors = ReplicaRecords(*session.replica()).inspectors();
    const auto found =
        std::find_if(inspectors.cbegin(), inspectors.cend(), [id](const Inspector &i) { return i.id == id; });
    if (found == inspectors.cend())
        return nullptr;
    auto *dialog = new CertificateIssueDialog(session, *found, parent);
    const int exam = dialog->m_examBox->findData(args.value(QStringLiteral("examId")).toInteger());
    if (exam >= 0)
        dialog->m_examBox->setCurrentIndex(exam);
    dialog->m_numberEdit->setText(args.value(QStringLiteral("number")).toString());
    if (const auto issuedOn = parseCivilDate(args.value(QStringLiteral("issuedOn")).toString()))
        dialog->m_issuedEdit->setDate(*issuedOn);
    if (const auto validUntil = parseCivilDate(args.value(QStringLiteral("validUntil")).toString()))
        dialog->m_untilEdit->setDate(*validUntil);
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void CertificateIssueDialog::fillExams()
{
    const ReplicaRecords records(*m_session.replica());
    for (const ExamResult &exam : records.exams(m_inspector.townId)) {
        if (exam.inspectorId == m_inspector.id && exam.passed())
            m_exams.append(exam);
    }
    std::sort(m_exams.begin(), m_exams.end(), [](const ExamResult &a, const ExamResult &b) {
        return a.takenOn != b.takenOn ? a.takenOn > b.takenOn : a.id > b.id;
    });
    for (const ExamResult &exam : std::as_const(m_exams))
        //: A passed exam in the list: its day, subject, and score of pass mark.
        m_examBox->addItem(
            tr("%1 %2 — %3 of %4").arg(exam.takenOn, exam.subject).arg(exam.score).arg(exam.passMark),
            exam.id);
    if (m_exams.isEmpty()) {
        // 先考核、后持证: nothing to issue on.
        m_introLabel->setText(tr("%1 has no passed exam. A certificate rests on a passed exam: record one "
                                 "first.")
                                  .arg(m_inspector.name));
        m_introLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
        for (QWidget *input : {static_cast<QWidget *>(m_examBox), static_cast<QWidget *>(m_numberEdit),
                               static_cast<QWidget *>(m_issuedEdit), static_cast<QWidget *>(m_untilEdit)})
            input->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
        return;
    }
    const QString now = civilDateText(chinaToday());
    QStringList valid;
    for (const Certificate &certificate : records.certificates(m_inspector.townId)) {
        if (certificate.inspectorId == m_inspector.id && certificate.validOn(now))
            valid.append(tr("%1 (valid until %2)").arg(certificate.number, certificate.validUntil));
    }
    m_introLabel->setText(
        valid.isEmpty() ? tr("%1 holds no valid certificate and cannot be given a grid until one is issued.")
                              .arg(m_inspector.name)
                        : tr("%1 already holds %2.").arg(m_inspector.name, valid.join(tr(", "))));
}

void CertificateIssueDialog::issuedChanged()
{
    const QDate issued = m_issuedEdit->date();
    const QSignalBlocker blocker(m_untilEdit); // only the user's changes mark the expiry chosen
    m_untilEdit->setDateRange(issued.addDays(1), issued.addYears(kMaxCertificateYears));
    if (!m_untilChosen)
        m_untilEdit->setDate(issued.addYears(kDefaultCertificateYears));
}

QString CertificateIssueDialog::numberTaken(const QString &number) const
{
    // The replica holds the certificates of the towns this user sees; the server knows all.
    for (const Certificate &certificate : ReplicaRecords(*m_session.replica()).certificates()) {
        if (certificate.number == number)
            return tr("Certificate number %1 has already been issued.").arg(number);
    }
    for (const OutboxEntry &entry : m_session.outbox()->entries()) {
        if (entry.name == QLatin1String(cmd::kCertificateIssue) && entry.commandId != m_refusedId
            && entry.args.value(QStringLiteral("number")).toString() == number)
            return tr("Certificate number %1 is already on a certificate waiting to be sent.").arg(number);
    }
    return {};
}

void CertificateIssueDialog::save()
{
    if (m_exams.isEmpty())
        return;
    // In the server's order: number, number unused, issue day, expiry, exam.
    auto number = normalizeCertificateNumber(m_numberEdit->text());
    if (!number)
        return m_errors->show(m_numberEdit, number.error().message);
    if (const QString taken = numberTaken(number.value()); !taken.isEmpty())
        return m_errors->show(m_numberEdit, taken);
    const QDate issuedOn = m_issuedEdit->date();
    if (Status issued = checkPastDate(issuedOn, chinaToday(), tr("issue date")); !issued)
        return m_errors->show(m_issuedEdit, issued.error().message);
    const QDate validUntil = m_untilEdit->date();
    if (Status until = checkCertificateValidity(issuedOn, validUntil); !until)
        return m_errors->show(m_untilEdit, until.error().message);
    const ExamResult &exam = m_exams.at(std::max(0, m_examBox->currentIndex()));
    if (Status supports = checkExamSupports(parseCivilDate(exam.takenOn).value_or(QDate()), issuedOn);
        !supports)
        return m_errors->show(m_examBox, supports.error().message);

    QCborMap args;
    args.insert(QStringLiteral("inspectorId"), m_inspector.id);
    args.insert(QStringLiteral("examId"), exam.id);
    args.insert(QStringLiteral("number"), number.value());
    args.insert(QStringLiteral("issuedOn"), civilDateText(issuedOn));
    args.insert(QStringLiteral("validUntil"), civilDateText(validUntil));
    //: The outbox's summary: 发放上岗证 YG-2026-041 给 张伟.
    const QString summary = tr("Issue certificate %1 to %2").arg(number.value(), m_inspector.name);
    const QString command = QString::fromLatin1(cmd::kCertificateIssue);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
