#include "ui/enterprises/EnterpriseDialogs.h"

#include "ui/enterprises/EnterpriseEditDialog.h"
#include "ui/enterprises/EnterpriseSupervisionDialog.h"
#include "ui/enterprises/RiskReportDialog.h"

namespace gridsafe {

QDialog *EnterpriseDialogs::reopenRefused(ClientSession &session, const OutboxEntry &refused, QWidget *parent)
{
    // Each returns nullptr at once for a command that is not its own.
    if (QDialog *dialog = EnterpriseEditDialog::reopen(session, refused, parent))
        return dialog;
    if (QDialog *dialog = EnterpriseSupervisionDialog::reopen(session, refused, parent))
        return dialog;
    return RiskReportDialog::reopen(session, refused, parent);
}

} // namespace gridsafe
