#include "cli/SessionWaiter.h"

#include "util/Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace gridsafe {

bool SessionWaiter::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

Error SessionWaiter::noAnswer()
{
    return makeError(ErrorCode::Network, QCoreApplication::translate("CliApp", "No answer from the server."));
}

} // namespace gridsafe
