#include "ui/grids/RegionEditDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
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

#include <algorithm>

namespace gridsafe {

RegionEditDialog::RegionEditDialog(ClientSession &session, const Region &parentRegion, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_region(parentRegion)
{
    build(parentRegion.kind == RegionKind::District
              ? tr("Add a town or street to %1").arg(parentRegion.name)
              : tr("Add a village, community or park to %1").arg(parentRegion.name));
}

RegionEditDialog::RegionEditDialog(ClientSession &session, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_district(true)
{
    build(tr("Create the district"));
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

RegionEditDialog *RegionEditDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent)
{
    const QCborMap &args = refused.args;
    const Replica &replica = *session.replica();
    RegionEditDialog *dialog = nullptr;
    if (refused.name == QLatin1String(cmd::kRegionCreate)) {
        const QString kind = args.value(QStringLiteral("kind")).toString();
        if (kind == regionKindName(RegionKind::District)) {
            dialog = new RegionEditDialog(session, parent);
        } else {
            const std::optional<Region> parentRegion =
                replica.region(args.value(QStringLiteral("parentId")).toInteger());
            if (!parentRegion)
                return nullptr;
            dialog = new RegionEditDialog(session, *parentRegion, parent);
            dialog->m_kind->setCurrentIndex(std::max(0, dialog->m_kind->findData(kind)));
        }
        dialog->m_code->setText(args.value(QStringLiteral("code")).toString());
    } else if (refused.name == QLatin1String(cmd::kRegionRename)) {
        const std::optional<Region> region =
            replica.region(args.value(QStringLiteral("regionId")).toInteger());
        if (!region)
            return nullptr;
        dialog = new RegionEditDialog(session, *region, true, parent);
    } else {
        return nullptr;
    }
    dialog->m_name->setText(args.value(QStringLiteral("name")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
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
        const QList<RegionKind> kinds =
            m_district ? QList<RegionKind>{RegionKind::District}
            : m_region.kind == RegionKind::District
                ? QList<RegionKind>{RegionKind::Town, RegionKind::Street}
                : QList<RegionKind>{RegionKind::Village, RegionKind::Community, RegionKind::Park};
        for (RegionKind kind : kinds)
            m_kind->addItem(regionKindDisplayName(kind), regionKindName(kind));
        form->addRow(tr("Kind:"), m_kind);
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("regionCodeEdit"));
        // 区划代码: 6 digits for the district, 9 for a town or street, 12 below (GB/T 2260).
        const int digits = regionCodeDigits(kinds.first());
        const QString example = digits == 6   ? QStringLiteral("320412")
                                : digits == 9 ? QStringLiteral("320412104")
                                              : QStringLiteral("320412104200");
        m_code->setPlaceholderText(tr("optional, %1 digits, e.g. %2").arg(digits).arg(example));
        m_code->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(digits)), this));
        form->addRow(tr("Division code:"), m_code);
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
        if (name.value() == m_region.name && m_refusedId.isEmpty()) {
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
        const RegionKind kind =
            regionKindFromName(m_kind->currentData().toString()).value_or(RegionKind::Village);
        if (!regionCodeFits(code, kind)) {
            showError(tr("This division code has %1 digits: %2 are needed, or leave it empty.")
                          .arg(code.size())
                          .arg(regionCodeDigits(kind)));
            m_code->setFocus();
            return;
        }
        // The same rule as the server's: names are unique among a parent's children.
        for (const Region &sibling : m_session.replica()->regions()) {
            if (!m_district && sibling.parentId == m_region.id && sibling.name == name.value()) {
                showError(tr("%1 already has \"%2\".").arg(m_region.name, name.value()));
                m_name->setFocus();
                return;
            }
        }
        if (!m_district)
            args.insert(QStringLiteral("parentId"), m_region.id);
        args.insert(QStringLiteral("kind"), regionKindName(kind));
        args.insert(QStringLiteral("name"), name.value());
        if (!code.isEmpty())
            args.insert(QStringLiteral("code"), code);
        command = QString::fromLatin1(cmd::kRegionCreate);
        summary = m_district ? tr("Create the district %1").arg(name.value())
                             : tr("Add %1 to %2").arg(name.value(), m_region.name);
    }
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace gridsafe
