#include "ui/grids/RegionEditDialog.h"

#include "core/ClientSession.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace gridsafe {

RegionEditDialog::RegionEditDialog(ClientSession &session, const Region &town, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_region(town)
{
    build(tr("Add a village, community or park to %1").arg(town.name));
}

RegionEditDialog::RegionEditDialog(ClientSession &session, const Region &region, bool rename,
                                   QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_region(region),
    m_rename(rename)
{
    build(tr("Rename %1").arg(region.name));
}

void RegionEditDialog::build(const QString &title)
{
    setObjectName(QStringLiteral("regionEditDialog"));
    setWindowTitle(title);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("regionNameEdit"));
    m_name->setMaxLength(kMaxRegionNameLength);
    form->addRow(tr("Name:"), m_name);
    if (m_rename) {
        m_name->setText(m_region.name);
        m_name->selectAll();
    } else {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("regionKindCombo"));
        for (RegionKind kind : {RegionKind::Village, RegionKind::Community, RegionKind::Park})
            m_kind->addItem(regionKindDisplayName(kind), regionKindName(kind));
        form->addRow(tr("Kind:"), m_kind);
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("regionCodeEdit"));
        m_code->setPlaceholderText(tr("optional, 12 digits, e.g. 320412104200"));
        m_code->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
        form->addRow(tr("Code:"), m_code);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("regionEditError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("regionEditButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegionEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void RegionEditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void RegionEditDialog::accept()
{
    // Checked here for convenience; the server checks again.
    auto name = normalizeName(m_name->text(), tr("name"), kMaxRegionNameLength);
    if (!name) {
        showError(name.error().message);
        return;
    }
    QCborMap args;
    QString command;
    QString summary;
    if (m_rename) {
        if (name.value() == m_region.name) {
            QDialog::reject();
            return;
        }
        args.insert(QStringLiteral("regionId"), m_region.id);
        args.insert(QStringLiteral("revision"), m_region.revision);
        args.insert(QStringLiteral("name"), name.value());
        command = QString::fromLatin1(cmd::kRegionRename);
        summary = tr("Rename %1 to %2").arg(m_region.name, name.value());
    } else {
        const QString code = m_code->text().trimmed();
        if (!code.isEmpty() && code.size() != 12) {
            showError(tr("A village or community code has 12 digits (e.g. 320412104200)."));
            return;
        }
        args.insert(QStringLiteral("parentId"), m_region.id);
        args.insert(QStringLiteral("kind"), m_kind->currentData().toString());
        args.insert(QStringLiteral("name"), name.value());
        if (!code.isEmpty())
            args.insert(QStringLiteral("code"), code);
        command = QString::fromLatin1(cmd::kRegionCreate);
        summary = tr("Add %1 to %2").arg(name.value(), m_region.name);
    }
    auto queued = m_session.submit(command, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace gridsafe
