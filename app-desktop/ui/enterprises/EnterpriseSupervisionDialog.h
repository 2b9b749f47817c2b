#pragma once
// 纳入网格 / 镇直管 — puts several enterprises of one town at once into one of the town's
// grids in use, or under the town's direct supervision with the reason (required, at most 200
// characters, several lines). Queues enterprise.setSupervision, 1000 enterprises a command
// (several commands for more). A command the server refused reopens here with the choice and
// the reason typed.

#include "util/Result.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace gridsafe {

class ClientSession;
class FieldErrors;
struct OutboxEntry;

class EnterpriseSupervisionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kBatchSize = 1000; // enterprise.setSupervision takes at most this many

    // A grid in use of a town as a choice: "渔庄村网格 — 张伟", or without an inspector, said so.
    struct GridChoice
    {
        qint64 id = 0;
        QString name;
        QString text;
        QList<qint64> areaIds;
    };
    // The town's active grids, in pinyin order, as the replica has them.
    static QList<GridChoice> gridChoices(ClientSession &session, qint64 townId);

    // The one town of these enterprises, or why they cannot be changed together (none chosen,
    // one waiting to be sent, one not in the replica, or several towns).
    static Result<qint64> townOf(ClientSession &session, const QList<qint64> &enterpriseIds);
    // Opens the dialog (window-modal over `parent`, deleted when closed) and returns it; or,
    // when townOf refuses the selection, says why in a message box and returns nullptr.
    static EnterpriseSupervisionDialog *openFor(ClientSession &session, const QList<qint64> &enterpriseIds,
                                                QWidget *parent);

    // For enterprises of one town (see townOf); otherwise the dialog shows the problem and
    // saves nothing.
    EnterpriseSupervisionDialog(ClientSession &session, const QList<qint64> &enterpriseIds,
                                QWidget *parent = nullptr);
    ~EnterpriseSupervisionDialog() override;
    // An enterprise.setSupervision the server refused; nullptr for another command, or when
    // none of its enterprises is left in the replica.
    static EnterpriseSupervisionDialog *reopen(ClientSession &session, const OutboxEntry &refused,
                                               QWidget *parent);

    // Chooses "in a grid" and that grid, as a user would (false when it is not offered).
    bool chooseGrid(qint64 gridId);
    // The outbox ids of the queued commands, once the dialog was accepted.
    const QStringList &commandIds() const { return m_commandIds; }

private:
    void updateChoice();
    void updateCount();
    void save();

    ClientSession &m_session;
    QList<qint64> m_ids;
    std::optional<qint64> m_townId;
    QString m_refusedId;
    QStringList m_commandIds;
    std::unique_ptr<FieldErrors> m_errors;
    QLabel *m_introLabel;
    QRadioButton *m_gridRadio;
    QComboBox *m_gridBox;
    QRadioButton *m_directRadio;
    QPlainTextEdit *m_reasonEdit;
    QLabel *m_countLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
