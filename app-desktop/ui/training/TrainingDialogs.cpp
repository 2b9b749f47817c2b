#include "ui/training/TrainingDialogs.h"

#include "ui/training/CertificateIssueDialog.h"
#include "ui/training/CertificateRevokeDialog.h"
#include "ui/training/ExamDialog.h"
#include "ui/training/TrainingPlanDialog.h"
#include "ui/training/TrainingSessionDialog.h"

namespace gridsafe {

QDialog *TrainingDialogs::reopenRefused(ClientSession &session, const OutboxEntry &refused, QWidget *parent)
{
    // Each returns nullptr at once for a command that is not its own.
    if (QDialog *dialog = TrainingSessionDialog::reopen(session, refused, parent))
        return dialog;
    if (QDialog *dialog = ExamDialog::reopen(session, refused, parent))
        return dialog;
    if (QDialog *dialog = CertificateIssueDialog::reopen(session, refused, parent))
        return dialog;
    if (QDialog *dialog = CertificateRevokeDialog::reopen(session, refused, parent))
        return dialog;
    return TrainingPlanDialog::reopen(session, refused, parent);
}

} // namespace gridsafe
