#include "ui/AboutDialog.h"

#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gridsafe {

AboutDialog::AboutDialog(ClientSession &session, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About GridSafe"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gridsafe.svg")).pixmap(64, 64));
    auto *title = new QLabel(QStringLiteral("<h2>网格安监 GridSafe</h2>"), this);
    auto *summary =
        new QLabel(tr("Grid-based safety supervision for the towns of a development zone."), this);
    summary->setWordWrap(true);

    const QString server = session.address().toString();
    std::optional<QString> pin = session.pins().pinFor(server);
    const QString fingerprint = pin ? *pin : session.presentedFingerprint();
    const UserInfo &user = session.user();
    auto *facts = new QFormLayout;
    const auto addFact = [&](const QString &label, const QString &value, const char *name) {
        auto *field = new QLabel(value.isEmpty() ? tr("(unknown)") : value, this);
        field->setObjectName(QString::fromLatin1(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setWordWrap(true);
        facts->addRow(label, field);
    };
    addFact(tr("Version:"), QStringLiteral(GRIDSAFE_VERSION), "aboutVersion");
    addFact(tr("Qt:"), QString::fromLatin1(qVersion()), "aboutQtVersion");
    addFact(tr("Server:"), server, "aboutServer");
    addFact(tr("Certificate (SHA-256):"), fingerprint, "aboutFingerprint");
    addFact(tr("Signed in as:"),
            user.username.isEmpty()
                ? QString()
                : tr("%1 (%2, %3)").arg(user.displayName, user.username, roleDisplayName(user.role)),
            "aboutUser");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(summary);
    layout->addLayout(facts);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace gridsafe
