#include "protocol/ErrorCode.h"

#include <array>
#include <utility>

namespace gridsafe {

namespace {

constexpr std::array kNames = {
    std::pair{ErrorCode::BadFrame, "bad_frame"},
    std::pair{ErrorCode::FrameTooLarge, "frame_too_large"},
    std::pair{ErrorCode::BadCbor, "bad_cbor"},
    std::pair{ErrorCode::BadMessage, "bad_message"},
    std::pair{ErrorCode::UnknownType, "unknown_type"},
    std::pair{ErrorCode::HelloRequired, "hello_required"},
    std::pair{ErrorCode::ProtocolMismatch, "protocol_mismatch"},
    std::pair{ErrorCode::AuthRequired, "auth_required"},
    std::pair{ErrorCode::AuthFailed, "auth_failed"},
    std::pair{ErrorCode::Throttled, "throttled"},
    std::pair{ErrorCode::SessionExpired, "session_expired"},
    std::pair{ErrorCode::Forbidden, "forbidden"},
    std::pair{ErrorCode::Invalid, "invalid"},
    std::pair{ErrorCode::NotFound, "not_found"},
    std::pair{ErrorCode::Conflict, "conflict"},
    std::pair{ErrorCode::UnknownCommand, "unknown_command"},
    std::pair{ErrorCode::Internal, "internal"},
    std::pair{ErrorCode::Network, "network"},
    std::pair{ErrorCode::CertificateChanged, "certificate_changed"},
    std::pair{ErrorCode::CertificateUnknown, "certificate_unknown"},
    std::pair{ErrorCode::TooManyConnections, "too_many_connections"},
    std::pair{ErrorCode::TooLarge, "too_large"},
    std::pair{ErrorCode::Busy, "busy"},
    std::pair{ErrorCode::Cancelled, "cancelled"},
};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

bool errorCodeFromName(const QString &name, ErrorCode *code)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text)) {
            *code = value;
            return true;
        }
    }
    return false;
}

bool errorClosesConnection(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadFrame:
    case ErrorCode::FrameTooLarge:
    case ErrorCode::BadCbor:
    case ErrorCode::ProtocolMismatch:
    case ErrorCode::AuthRequired:
    case ErrorCode::TooManyConnections:
        return true;
    default:
        return false;
    }
}

} // namespace gridsafe
