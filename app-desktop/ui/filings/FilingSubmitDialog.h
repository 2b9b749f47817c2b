#pragma once
// 报送备案 — submits a town's current division to the district. Shows what will be filed
// (grids, areas, staffing) and, while the town has coverage gaps or changes still queued,
// what must be done first instead of a submit the server would refuse. A refusal reopens
// here with the note typed and the server's reason.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class FilingSubmitDialog : public QDialog
{
    Q_OBJECT

public:
    FilingSubmitDialog(ClientSession &session, qint64 townId, QWidget *parent = nullptr);
    // A filing.submit the server refused; nullptr for another command or an unknown town.
    static FilingSubmitDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

private:
    void describe();
    void save();
    void showError(const QString &message);

    ClientSession &m_session;
    qint64 m_townId;
    QString m_townName;
    int m_divisionRevision = 0;
    bool m_ready = false;
    QString m_refusedId;
    QLabel *m_summaryLabel;
    QLabel *m_blockedLabel;
    QListWidget *m_gapList;
    QLineEdit *m_noteEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
