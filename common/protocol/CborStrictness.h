#pragma once
// The subset of CBOR the protocol accepts (docs/PROTOCOL.md, "CBOR"), checked on the raw
// bytes before they are parsed: Qt's parser folds what it cannot represent (an integer of
// −2^64 becomes 0 or a double, a second value for a key replaces the first), so what it
// would hand on is no longer what the client sent.

#include "util/Result.h"

#include <QByteArray>

namespace gridsafe {

// Maps and arrays inside each other at most this deep (the envelope is level 1).
inline constexpr int kMaxCborNesting = 16;

// Success, or a bad_message error saying what is not allowed and at which byte:
// integers outside −2^63 … 2^63−1, `undefined`, tags, a map key that is not a text string
// or that occurs twice in one map, indefinite-length items, nesting past kMaxCborNesting.
// Malformed CBOR is left to the parser (bad_cbor).
Status checkStrictCbor(const QByteArray &cbor);

} // namespace gridsafe
