#pragma once
// The desktop program as main() sets it up, driven by GUI tests: its own data folder, a
// login through the real dialog, and the demo's operator of 遥观镇 by default.

#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "ui/DesktopApp.h"
#include "ui/MainWindow.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace gridsafe::test {

inline const QString kOperator = QStringLiteral("yaoguan");
inline const QString kOperatorPassword = QStringLiteral("gridsafe-yaoguan");
inline const QString kOperatorName = QStringLiteral("李静（遥观镇应急办）");
inline const QString kTown = QStringLiteral("遥观镇");

// The child with this objectName; any child of the type when the name is empty.
template <typename T>
T *child(QWidget *parent, const char *objectName = "")
{
    REQUIRE(parent);
    auto *found = parent->findChild<T *>(QString::fromLatin1(objectName));
    INFO("looking for " << objectName);
    REQUIRE(found);
    return found;
}

struct Desktop
{
    explicit Desktop(TestServer &server, bool pinned = true, const QString &user = kOperator);

    // Fills the password into the visible login dialog, clicks "log in" and waits for the
    // main window and the first sync.
    MainWindow *logIn(const QString &password = kOperatorPassword);

    QTemporaryDir dir;
    std::unique_ptr<DesktopApp> app;
};

// The names in a grid table's name column, top to bottom.
QStringList gridNames(const QAbstractItemModel &model);

// Queues a new grid of 遥观镇 named 渔庄村网格, like the demo's, past the dialog's own check:
// the server refuses it (for the refusal paths).
void submitDuplicateGrid(TestServer &server, ClientSession &session);

// Stops the server, waits until the app sees it gone, and queues a new grid over `area`.
void queueGridWhileOffline(TestServer &server, ClientSession &session, const QString &name,
                           const QString &area);

} // namespace gridsafe::test
