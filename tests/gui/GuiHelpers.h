#pragma once
// Finding and driving real widgets by objectName, the way a user would.

#include <QApplication>
#include <QModelIndex>
#include <QString>
#include <QWidget>

class QAbstractItemView;
class QAbstractItemModel;
class QDialogButtonBox;
class QLineEdit;

namespace gridsafe::test {

// A visible window (top-level widget) with this objectName, or nullptr.
template <typename T = QWidget>
T *visibleWindow(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible()) {
            if (auto *typed = qobject_cast<T *>(widget))
                return typed;
        }
    }
    return nullptr;
}

// Waits up to `timeoutMs` for the window to show.
QWidget *waitForWindow(const QString &objectName, int timeoutMs = 10000);

// Replaces a line edit's text as an input method would (Chinese text cannot be typed key by key).
void typeText(QLineEdit *edit, const QString &text);
void click(QWidget *button);
// Clicks the item at `index` of an item view, scrolling it into view first.
void clickItem(QAbstractItemView *view, const QModelIndex &index);
void clickOk(QDialogButtonBox *buttons);

// The first index anywhere in `model` whose display text is `text`.
QModelIndex findText(const QAbstractItemModel &model, const QString &text, int column = 0);

} // namespace gridsafe::test
