#include "ui/agencies/CreditCodeEdit.h"

#include "domain/CreditCode.h"

#include <QFocusEvent>

namespace gridsafe {

CreditCodeEdit::CreditCodeEdit(QWidget *parent) : QLineEdit(parent)
{
    setMaxLength(2 * kCreditCodeLength + 8); // room for spaces and a mistake, to be told about
    setPlaceholderText(tr("18 characters, e.g. 91320411MA1XKQ7P30"));
    //: 统一社会信用代码 (GB 32100-2015)
    setToolTip(tr("The unified social credit code on the business licence: 18 digits and capital letters "
                  "(never I, O, Z, S or V). Spaces and full-width characters are fine."));
    connect(this, &QLineEdit::textEdited, this, &CreditCodeEdit::onEdited);
}

void CreditCodeEdit::setExtraCheck(std::function<QString(const QString &code)> check)
{
    m_extraCheck = std::move(check);
}

Result<QString> CreditCodeEdit::code() const
{
    auto code = validateCreditCode(text());
    if (!code || !m_extraCheck)
        return code;
    if (const QString problem = m_extraCheck(code.value()); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    return code;
}

bool CreditCodeEdit::check()
{
    const auto checked = code();
    setProblem(checked ? QString() : checked.error().message);
    return checked.ok();
}

void CreditCodeEdit::onEdited()
{
    const QString typed = normalizeCreditCode(text());
    // A character no code has shows at once; otherwise the code is judged when complete.
    QString first17 = typed.left(kCreditCodeLength - 1);
    first17.append(QString(kCreditCodeLength - 1 - first17.size(), QLatin1Char('0')));
    const bool badCharacter = !typed.isEmpty() && !creditCodeCheckCharacter(first17);
    if (typed.size() >= kCreditCodeLength || badCharacter)
        check();
    else
        setProblem({});
}

void CreditCodeEdit::focusOutEvent(QFocusEvent *event)
{
    // Leaving the field, not the window: switching to another program is no "done typing".
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason
        && !text().trimmed().isEmpty())
        check();
    QLineEdit::focusOutEvent(event);
}

void CreditCodeEdit::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

} // namespace gridsafe
