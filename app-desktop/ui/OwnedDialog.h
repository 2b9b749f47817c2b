#pragma once
// A window-modal dialog that deletes itself when closed, so its opener need not keep it.

#include <QDialog>

namespace gridsafe {

inline void openOwnedDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace gridsafe
