#include "core/ServerAddress.h"

#include "protocol/ProtocolConstants.h"

#include <QCoreApplication>

namespace gridsafe {

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const Error bad = makeError(
        ErrorCode::Invalid,
        QCoreApplication::translate("ServerAddress", "Enter the server's address, e.g. 192.168.1.10 or "
                                                     "192.168.1.10:%1.")
            .arg(kDefaultPort));
    if (trimmed.isEmpty())
        return bad;
    ServerAddress address;
    address.port = kDefaultPort;
    QString host = trimmed;
    // [v6]:port, v4/name:port, or a bare host (a bare IPv6 address has several colons).
    if (trimmed.startsWith(QLatin1Char('['))) {
        const int close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad;
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return bad;
            bool ok = false;
            const uint port = rest.mid(1).toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return bad;
            address.port = quint16(port);
        }
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        const int colon = trimmed.indexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        bool ok = false;
        const uint port = trimmed.mid(colon + 1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return bad;
        address.port = quint16(port);
    }
    if (host.isEmpty() || host.contains(QLatin1Char(' ')))
        return bad;
    address.host = host;
    return address;
}

QString ServerAddress::toString() const
{
    const QString shownHost =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(port);
}

} // namespace gridsafe
