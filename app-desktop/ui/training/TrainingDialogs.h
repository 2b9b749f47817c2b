#pragma once
// 培训考核与上岗证 — one place that knows which dialog a refused training, exam, certificate
// or plan command came from, so the main window reopens any of them with one call.

class QDialog;
class QWidget;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class TrainingDialogs
{
public:
    // The dialog of `refused` (training.record/update, exam.record, certificate.issue/revoke,
    // training.setPlan) with the user's values and the server's reason, not yet shown; the
    // caller shows it (WA_DeleteOnClose, open()). nullptr for another command, or when what it
    // changed is gone.
    static QDialog *reopenRefused(ClientSession &session, const OutboxEntry &refused, QWidget *parent);
};

} // namespace gridsafe
