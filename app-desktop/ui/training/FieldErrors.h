#pragma once
// The red messages of a dialog's form: one under each field, hidden until a check of that
// field fails, and one general message (a refusal by the server) above the buttons. Showing
// one hides the others and puts the cursor in the field, with what was typed kept and, in a
// line edit, selected for retyping.

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace gridsafe {

class FieldErrors
{
public:
    explicit FieldErrors(QWidget *dialog) : m_dialog(dialog) {}

    // A hidden red label named `objectName` for the messages about `field` (nullptr: the
    // general one), for the caller to lay out under it.
    QLabel *labelFor(QWidget *field, const QString &objectName);
    // Adds the row "text: field" to `form`, and the field's message in the row under it.
    void addRow(QFormLayout *form, const QString &text, QWidget *field, const QString &objectName);

    // Shows `message` under `field` (nullptr, or a field without a label: the general one).
    void show(QWidget *field, const QString &message);
    void clear();

private:
    QWidget *m_dialog;
    QHash<QWidget *, QLabel *> m_labels;
};

} // namespace gridsafe
