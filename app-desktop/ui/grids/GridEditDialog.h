#pragma once
// 新建/编辑网格 — name a grid and tick the villages, communities and parks it covers. Checks
// what it can on the spot (the server checks again) and queues grid.create or grid.update.

#include "domain/Grid.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gridsafe {

class ClientSession;

class GridEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new grid in the town `townId`.
    GridEditDialog(ClientSession &session, qint64 townId, QWidget *parent = nullptr);
    // A change to `grid`, as the user sees it now (its revision goes with the command).
    GridEditDialog(ClientSession &session, const Grid &grid, QWidget *parent = nullptr);

    // The outbox id of the queued command, once the dialog was accepted with a change.
    const QString &commandId() const { return m_commandId; }

private:
    void build();
    void fillAreas(const QList<qint64> &checked);
    QList<qint64> checkedAreas() const;
    void save();
    void showError(const QString &message);

    ClientSession &m_session;
    qint64 m_townId;
    std::optional<Grid> m_grid;
    QString m_commandId;
    QLineEdit *m_nameEdit = nullptr;
    QListWidget *m_areaList = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gridsafe
