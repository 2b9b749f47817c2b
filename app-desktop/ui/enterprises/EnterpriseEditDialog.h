#pragma once
// 企业信息 — registering an enterprise or changing its information: 基本信息 (credit code,
// name, address, town and village, legal representative, safety contact and phone), 分类
// (GB/T 4754 industry, key sector, focus flags, scale, employees, status), 监管 (in one of the
// town's grids in use, supervised directly by the town with the reason, or — a coverage gap —
// neither) and 位置 (optional coordinates). The risk report has its own dialog.
// Before queueing it judges the fields with the server's own normalizeEnterprise(), shows each
// problem under its field and keeps what was typed, refuses a credit code another enterprise
// of the replica (or the queue) holds, naming it, and sends nothing when nothing changed.
// Queues enterprise.create or enterprise.update (with the revision the user saw); a command
// the server refused reopens here with the user's values and the server's reason at the top.

#include "domain/Enterprise.h"
#include "domain/EnterpriseRules.h"

#include <QCborMap>
#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace gridsafe {

class ClientSession;
class CreditCodeEdit;
class FieldErrors;
class TownChooser;
struct OutboxEntry;

class EnterpriseEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new enterprise (no `start`), or a change to `start` as the user sees it now (queued
    // changes laid over): its revision goes with the command.
    explicit EnterpriseEditDialog(ClientSession &session,
                                  const std::optional<Enterprise> &start = std::nullopt,
                                  QWidget *parent = nullptr);
    ~EnterpriseEditDialog() override;
    // An enterprise.create or enterprise.update the server refused, not yet shown; nullptr for
    // another command, or when the enterprise it changed is gone from the replica.
    static EnterpriseEditDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    // Shows the arguments of the refused command `commandId` (what the user typed) and the
    // server's reason at the top; saving then corrects that command in its place in the queue.
    void showRefused(const QString &commandId, const QCborMap &args, const QString &reason);
    // A new enterprise's town, e.g. the one chosen on the page (ignored when not offered).
    void setTown(qint64 townId);
    // The queued change to this enterprise that the edit builds on (its result gives the id
    // and revision).
    void setBuildsOn(const QString &commandId) { m_buildsOn = commandId; }
    // The outbox id of the queued command, once the dialog was accepted with a change.
    const QString &commandId() const { return m_commandId; }

private:
    QWidget *buildForm();
    QWidget *addField(const QString &field, QWidget *widget, const char *errorName);
    void fillVillages();
    void fillGrids();
    void preselectGrid();
    void updateSupervision();
    void updateCategory();
    void showValues(const Enterprise &enterprise);
    // The form as an enterprise, normalised; what cannot be read goes into `problems`.
    Enterprise readForm(QList<FieldProblem> &problems) const;
    QStringList readFlags() const;
    QString codeTaken(const QString &code) const;
    void showProblems(const QList<FieldProblem> &problems);
    void save();

    ClientSession &m_session;
    std::optional<Enterprise> m_start;
    QString m_buildsOn;
    QString m_refusedId;
    QString m_commandId;
    std::optional<qint64> m_recordGrid; // the grid of the values shown, kept even when retired
    bool m_gridPicked = false;          // the user chose a grid: no more suggestions
    bool m_gridSuggested = false;       // the grid shown is the one covering the village
    QString m_shownLongitude;           // coordinates as shown, to keep them exact when untouched
    QString m_shownLatitude;
    std::unique_ptr<FieldErrors> m_errors;
    QHash<QString, QWidget *> m_fields;  // payload key → the widget that holds it
    QHash<QWidget *, QLabel *> m_labels; // widget → the message under it
    QLabel *m_generalError = nullptr;
    CreditCodeEdit *m_codeEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    TownChooser *m_townBox = nullptr;
    QComboBox *m_villageBox = nullptr;
    QLineEdit *m_legalEdit = nullptr;
    QLineEdit *m_contactEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QComboBox *m_industryBox = nullptr;
    QComboBox *m_sectorBox = nullptr;
    QList<QCheckBox *> m_flagChecks; // in the order of knownFocusFlags()
    QLineEdit *m_otherFlagsEdit = nullptr;
    QComboBox *m_scaleBox = nullptr;
    QSpinBox *m_employeesSpin = nullptr;
    QComboBox *m_statusBox = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QRadioButton *m_gridRadio = nullptr;
    QComboBox *m_gridBox = nullptr;
    QRadioButton *m_directRadio = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QRadioButton *m_noneRadio = nullptr;
    QLabel *m_noneWarning = nullptr;
    QLineEdit *m_longitudeEdit = nullptr;
    QLineEdit *m_latitudeEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gridsafe
