#include "ui/login/LoginDialog.h"

#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "protocol/ProtocolConstants.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridsafe {

LoginDialog::LoginDialog(ClientSession &session, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_serverEdit(new QLineEdit(this)),
    m_userEdit(new QLineEdit(this)),
    m_passwordEdit(new QLineEdit(this)),
    m_statusLabel(new QLabel(this)),
    m_loginButton(new QPushButton(tr("Log in"), this)),
    m_quitButton(new QPushButton(tr("Quit"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    // The product name is a brand and reads the same in every language.
    setWindowTitle(QStringLiteral("网格安监 GridSafe"));

    auto *title = new QLabel(QStringLiteral("网格安监 GridSafe"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Grid-based safety supervision of industrial enterprises"), this);
    subtitle->setWordWrap(true);

    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setPlaceholderText(tr("e.g. 192.168.1.10:%1").arg(kDefaultPort));
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_statusLabel->setObjectName(QStringLiteral("loginStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setMinimumHeight(m_statusLabel->fontMetrics().height() * 2);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    // Enter never quits: a focused Quit button must not become the dialog's default.
    m_quitButton->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_serverEdit);
    form->addRow(tr("User name:"), m_userEdit);
    form->addRow(tr("Password:"), m_passwordEdit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quitButton);
    buttons->addWidget(m_loginButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    setMinimumWidth(420);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_quitButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(&m_session, &ClientSession::loginSucceeded, this, &LoginDialog::onLoginSucceeded);
    connect(&m_session, &ClientSession::loginFailed, this, &LoginDialog::onLoginFailed);
}

void LoginDialog::setServer(const QString &server)
{
    m_serverEdit->setText(server);
}

void LoginDialog::setUser(const QString &user)
{
    m_userEdit->setText(user);
}

void LoginDialog::setPassword(const QString &password)
{
    m_passwordEdit->setText(password);
}

QString LoginDialog::server() const
{
    return m_serverEdit->text().trimmed();
}

QString LoginDialog::user() const
{
    return m_userEdit->text().trimmed();
}

void LoginDialog::setNotice(const QString &text)
{
    showStatus(text, false);
}

void LoginDialog::showStatus(const QString &text, bool isError)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(isError ? QStringLiteral("color: #c0392b;") : QString());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_serverEdit->setEnabled(!busy);
    m_userEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
    m_quitButton->setText(busy ? tr("Cancel") : tr("Quit"));
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    auto address = ServerAddress::parse(m_serverEdit->text());
    QLineEdit *wrong = nullptr;
    if (!address) {
        showStatus(address.error().message, true);
        wrong = m_serverEdit;
    } else if (user().isEmpty()) {
        showStatus(tr("Enter your user name."), true);
        wrong = m_userEdit;
    } else if (m_passwordEdit->text().isEmpty()) {
        showStatus(tr("Enter your password."), true);
        wrong = m_passwordEdit;
    }
    if (wrong) {
        show();
        wrong->setFocus();
        return;
    }
    m_address = address.value();
    setBusy(true);
    showStatus(tr("Connecting to %1…").arg(m_address.toString()), false);
    m_session.login(m_address, user(), m_passwordEdit->text());
}

void LoginDialog::reject()
{
    if (m_busy) {
        // Cancel the attempt, keep the dialog.
        m_session.logout();
        setBusy(false);
        showStatus(tr("Login cancelled."), false);
        return;
    }
    QDialog::reject();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Start where there is something to type.
    for (QLineEdit *edit : {m_serverEdit, m_userEdit, m_passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

void LoginDialog::onLoginSucceeded()
{
    if (!m_busy)
        return;
    setBusy(false);
    m_passwordEdit->clear();
    showStatus(QString(), false);
    Q_EMIT loggedIn();
    accept();
}

void LoginDialog::onLoginFailed(const Error &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    show();
    raise();
    activateWindow();
    showStatus(error.message, true);
    switch (error.code) {
    case ErrorCode::CertificateUnknown: {
        const QString fingerprint = m_session.presentedFingerprint();
        if (!fingerprint.isEmpty())
            askToTrust(fingerprint, error.message);
        break;
    }
    case ErrorCode::CertificateChanged:
        warnCertificateChanged(error.message);
        break;
    case ErrorCode::AuthFailed:
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
        break;
    default:
        // While busy only Cancel could hold the focus; give it back to the form, so that
        // Enter tries again (the default button) rather than pressing Quit.
        m_passwordEdit->setFocus();
        break;
    }
}

void LoginDialog::askToTrust(const QString &fingerprint, const QString &details)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Trust this server?"),
        tr("This is the first connection to %1. Trust this fingerprint?").arg(m_address.toString()),
        QMessageBox::NoButton, this);
    // Buttons named for what they do, as the user guide names them (not 是/否).
    QPushButton *trust = box->addButton(tr("Trust"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton *refuse = box->addButton(tr("Do not trust"), QMessageBox::RejectRole);
    refuse->setObjectName(QStringLiteral("doNotTrustButton"));
    box->setObjectName(QStringLiteral("trustCertificateBox"));
    box->setInformativeText(tr("SHA-256 fingerprint of the server's certificate:\n%1\n\n"
                               "Trust it only if it is the same as the fingerprint your "
                               "administrator gave you.")
                                .arg(fingerprint));
    box->setDetailedText(details);
    box->setDefaultButton(refuse);
    box->setEscapeButton(refuse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const ServerAddress address = m_address;
    connect(box, &QMessageBox::finished, this, [this, box, trust, address, fingerprint] {
        if (box->clickedButton() != trust) {
            showStatus(tr("The server's certificate was not trusted, so no connection was made."), true);
            return;
        }
        if (!m_session.pins().setPin(address.toString(), fingerprint)) {
            showStatus(tr("Cannot save the trusted fingerprint in the data folder."), true);
            return;
        }
        submit();
    });
    box->open();
}

void LoginDialog::warnCertificateChanged(const QString &details)
{
    // No way to continue from here: the administrator must confirm a new certificate.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Certificate changed — possible attack"), details,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("certificateChangedBox"));
    box->setInformativeText(tr("GridSafe will not connect to %1. Ask your administrator whether the "
                               "server was given a new certificate.")
                                .arg(m_address.toString()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace gridsafe
