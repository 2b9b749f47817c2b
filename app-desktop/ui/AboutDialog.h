#pragma once
// 关于网格安监 — the version, the server this copy talks to and the SHA-256 fingerprint of
// its certificate (to compare with the one the administrator gave out), the signed-in user.

#include <QDialog>

namespace gridsafe {

class ClientSession;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(ClientSession &session, QWidget *parent = nullptr);
};

} // namespace gridsafe
