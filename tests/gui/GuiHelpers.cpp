#include "GuiHelpers.h"

#include "Wait.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace gridsafe::test {

QWidget *waitForWindow(const QString &objectName, int timeoutMs)
{
    QWidget *found = nullptr;
    waitUntil([&] { return (found = visibleWindow(objectName)) != nullptr; }, timeoutMs);
    return found;
}

void typeText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->clear();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

void click(QWidget *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickItem(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clickOk(QDialogButtonBox *buttons)
{
    click(buttons->button(QDialogButtonBox::Ok));
}

QModelIndex findText(const QAbstractItemModel &model, const QString &text, int column)
{
    const QModelIndexList found =
        model.match(model.index(0, column), Qt::DisplayRole, text, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace gridsafe::test
