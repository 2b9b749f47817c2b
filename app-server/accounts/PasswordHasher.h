#pragma once
// Argon2id password hashes (libsodium). Parameters meet OWASP ASVS 5.0's minimum
// (m = 19 MiB, t = 2, p = 1); the encoded hash carries them, so they can be raised later.

#include <QString>

namespace gridsafe {

class PasswordHasher
{
public:
    PasswordHasher();

    // Slow by design (tens of milliseconds): run off the network thread.
    QString hash(const QString &password) const;
    // With more passes than the default (argon2's t): slower to check, for stronger hashes.
    QString hash(const QString &password, unsigned long long passes) const;
    bool verify(const QString &encodedHash, const QString &password) const;
    // A hash of a random password: verified against when the user does not exist, so an
    // unknown user name takes as long as a wrong password.
    const QString &decoyHash() const { return m_decoyHash; }

private:
    QString m_decoyHash;
};

} // namespace gridsafe
