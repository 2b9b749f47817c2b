#pragma once
// 新建/编辑技术服务机构 (administrators) — an agency of the district's register: its name,
// unified social credit code (checked on the spot, naming the check character it should end
// with when that is wrong), whether it is on the city's list (市级名录), its growth value
// (成长值) and the date of that score, a contact and a phone. agency.update replaces the
// record whole, so every field is sent every time. A change the server refused reopens here
// with what was typed and the reason.

#include "domain/Agency.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gridsafe {

class ClientSession;
class CreditCodeEdit;
class FieldErrors;
struct OutboxEntry;

class AgencyEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new agency.
    explicit AgencyEditDialog(ClientSession &session, QWidget *parent = nullptr);
    // A change to `agency`; when a change to it is still queued, this one shows and builds on it.
    AgencyEditDialog(ClientSession &session, const Agency &agency, QWidget *parent = nullptr);
    ~AgencyEditDialog() override;
    // An agency.create or agency.update the server refused; nullptr for another command, or
    // when its agency is gone.
    static AgencyEditDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    const QString &commandId() const { return m_commandId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void showValues(const Agency &agency);
    static Agency fromArgs(Agency agency, const QCborMap &args);
    // Another agency, registered or queued, with this code: the problem, or empty.
    QString codeTaken(const QString &code) const;
    void save();

    ClientSession &m_session;
    std::optional<Agency> m_agency; // the one edited, as the server has it
    QString m_buildsOn;
    QString m_refusedId;
    QString m_commandId;
    std::unique_ptr<FieldErrors> m_errors;
    QLineEdit *m_nameEdit = nullptr;
    CreditCodeEdit *m_codeEdit = nullptr;
    QLabel *m_codeError = nullptr;
    QCheckBox *m_listedCheck = nullptr;
    QSpinBox *m_growthSpin = nullptr;
    QDateEdit *m_growthDateEdit = nullptr;
    QLineEdit *m_contactEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLabel *m_phoneError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gridsafe
