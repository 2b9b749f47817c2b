#pragma once
// 新建/编辑网格 — a grid's code, name and kind (村社区/园区), the part of a split village
// it covers, and the villages, communities or parks it covers, ticked. Checks
// what it can on the spot against the replica and the queue (the server checks again) and
// queues grid.create or grid.update. A change the server refused reopens here with the
// user's values and the reason, to be corrected and sent again.

#include "core/PendingGrids.h"
#include "domain/Grid.h"

#include <QDialog>

#include <optional>

class QComboBox;
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
    // A change to `grid`, as the user sees it now (with queued changes laid over): its
    // revision goes with the command, or it builds on the newest queued change to it.
    GridEditDialog(ClientSession &session, const ShownGrid &grid, QWidget *parent = nullptr);
    // A grid.create or grid.update the server refused; nullptr when its grid is gone.
    static GridEditDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    // The outbox id of the queued command, once the dialog was accepted with a change.
    const QString &commandId() const { return m_commandId; }

private:
    void build();
    void fillAreas(const QList<qint64> &checked);
    QList<qint64> checkedAreas() const;
    void save();
    void showError(const QString &message);
    // What the replica and the queue can tell before the server does (the same rules as
    // the server's GridCommands), naming the field to fix; empty when nothing.
    QString localProblem(const QString &code, const QString &name, Grid::Kind kind, const QString &part,
                         const QList<qint64> &areas, QWidget **field) const;
    // The next WG-NN no grid of the town has (as the server would choose).
    QString suggestedCode() const;
    QList<ShownGrid> otherGrids() const;

    ClientSession &m_session;
    qint64 m_townId;
    std::optional<Grid> m_grid;
    QString m_buildsOn;  // queued change this edit builds on
    QString m_refusedId; // the refused command being corrected
    QString m_commandId;
    QLineEdit *m_codeEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_kindBox = nullptr;
    QLineEdit *m_partEdit = nullptr;
    QListWidget *m_areaList = nullptr;
    Qt::CheckState m_pressedState = Qt::Unchecked;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gridsafe
