// Catch2 main for the GUI tests: a QApplication on the offscreen platform unless the
// caller chose another one (QT_QPA_PLATFORM=xcb to watch the tests run).

#include "CatchQtMain.h"

#include <QApplication>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns about every window hint it ignores; that is not news.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    return gridsafe::test::runCatchSession(argc, argv);
}
