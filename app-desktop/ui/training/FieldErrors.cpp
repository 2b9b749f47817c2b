#include "ui/training/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <utility>

namespace gridsafe {

QLabel *FieldErrors::labelFor(QWidget *field, const QString &objectName)
{
    auto *label = new QLabel(m_dialog);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->hide();
    m_labels.insert(field, label);
    return label;
}

void FieldErrors::addRow(QFormLayout *form, const QString &text, QWidget *field, const QString &objectName)
{
    form->addRow(text, field); // the row's label gets the field as its buddy (its shortcut key)
    form->addRow(QString(), labelFor(field, objectName));
}

void FieldErrors::show(QWidget *field, const QString &message)
{
    clear();
    QLabel *label = m_labels.value(field, m_labels.value(nullptr));
    if (label) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    if (!field)
        return;
    field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void FieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
}

} // namespace gridsafe
