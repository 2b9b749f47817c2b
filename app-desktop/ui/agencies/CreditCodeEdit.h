#pragma once
// 统一社会信用代码 — a line edit for a unified social credit code that checks it on the spot:
// as soon as 18 characters, or a character no code has, are typed, and on leaving the field.
// The problem says what to fix (the check character the code should end with, when that is
// wrong); typing again clears it. The text typed is kept as typed; code() gives it normalised.

#include "util/Result.h"

#include <QLineEdit>

#include <functional>

namespace gridsafe {

class CreditCodeEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CreditCodeEdit(QWidget *parent = nullptr);

    // A further check of a well-formed code (one agency per code): the problem, or empty.
    void setExtraCheck(std::function<QString(const QString &code)> check);
    // The normalised code, or what is wrong with it (the extra check included).
    Result<QString> code() const;
    // Checks now and shows the outcome through problemChanged; true when the code is fine.
    bool check();
    const QString &problem() const { return m_problem; }

Q_SIGNALS:
    void problemChanged(const QString &problem);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onEdited();
    void setProblem(const QString &problem);

    std::function<QString(const QString &)> m_extraCheck;
    QString m_problem;
};

} // namespace gridsafe
