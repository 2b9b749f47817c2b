#pragma once
// 企业名录 — one place that knows which dialog a refused enterprise command came from, so the
// main window reopens any of them with one call: the enterprise form (enterprise.create and
// enterprise.update), supervision (enterprise.setSupervision) and the risk report
// (enterprise.recordRiskReport). An import (enterprise.import) is not a dialog's to reopen.

class QDialog;
class QWidget;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class EnterpriseDialogs
{
public:
    // The dialog of `refused` with the user's values and the server's reason, not yet shown;
    // the caller shows it (WA_DeleteOnClose, open()). nullptr for another command, or when
    // the enterprises it changed are gone.
    static QDialog *reopenRefused(ClientSession &session, const OutboxEntry &refused, QWidget *parent);
};

} // namespace gridsafe
