#pragma once
// Adds a village, community or park (园区/功能区) to a town, or renames one. The server
// checks again: kind, 12-digit code, name unique among the town's areas, scope.

#include "domain/Region.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;

class RegionEditDialog : public QDialog
{
    Q_OBJECT

public:
    // New area under `town`.
    RegionEditDialog(ClientSession &session, const Region &town, QWidget *parent = nullptr);
    // Rename `region`.
    RegionEditDialog(ClientSession &session, const Region &region, bool rename, QWidget *parent = nullptr);

    void accept() override;

private:
    void build(const QString &title);
    void showError(const QString &message);

    ClientSession &m_session;
    Region m_region; // the town (new) or the region itself (rename)
    bool m_rename = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace gridsafe
