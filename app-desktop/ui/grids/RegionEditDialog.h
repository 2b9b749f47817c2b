#pragma once
// Adds a region under its parent — a village, community or park (园区/功能区) to a town or
// street; a town or street to the district (administrators) — or the district itself on an
// empty database, or renames one. Checks the name rules, the code's digits and the names of
// the siblings in the replica; the server checks again.

#include "domain/Region.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class RegionEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new region under `parentRegion` (its kinds follow from the parent's).
    RegionEditDialog(ClientSession &session, const Region &parentRegion, QWidget *parent = nullptr);
    // The district, on a database without one.
    explicit RegionEditDialog(ClientSession &session, QWidget *parent = nullptr);
    // Rename `region`.
    RegionEditDialog(ClientSession &session, const Region &region, bool rename, QWidget *parent = nullptr);

    // A region.create or region.rename the server refused, with the user's values and the
    // reason; nullptr for another command or when its region is gone.
    static RegionEditDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    void accept() override;

private:
    void build(const QString &title);
    void showError(const QString &message);

    ClientSession &m_session;
    Region m_region; // the town (new) or the region itself (rename)
    bool m_rename = false;
    bool m_district = false; // creating the district
    QString m_refusedId;     // the refused command being corrected
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace gridsafe
