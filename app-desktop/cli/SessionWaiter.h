#pragma once
// Waits for the client session's answer in a console program: runs the event loop until a
// condition holds or a deadline passes, with signal handlers that live only as long as the
// waiter.

#include "core/ClientSession.h"
#include "util/Error.h"

#include <QObject>

#include <functional>
#include <utility>

namespace gridsafe {

class SessionWaiter
{
public:
    // How long a command waits for the server.
    static constexpr int kTimeoutMs = 30000;

    explicit SessionWaiter(ClientSession &session) : m_session(session) {}

    // Connects a handler to a session signal until the waiter ends. Handlers capture the
    // caller's locals: declare the waiter after them so it ends first (UBSan once caught a
    // handler writing into a dead frame).
    template <typename Signal, typename Handler>
    void on(Signal signal, Handler handler)
    {
        QObject::connect(&m_session, signal, &m_scope, std::move(handler));
    }

    // Processes events until done() holds; false if the deadline passed first.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = kTimeoutMs);

    // The error for a server that did not answer in time.
    static Error noAnswer();

private:
    ClientSession &m_session;
    // Receiver of every connection on() makes: its destruction disconnects them.
    QObject m_scope;
};

} // namespace gridsafe
