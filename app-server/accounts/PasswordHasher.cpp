#include "accounts/PasswordHasher.h"

#include <QByteArray>

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace gridsafe {

namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19u * 1024u * 1024u;

} // namespace

PasswordHasher::PasswordHasher()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    QByteArray random(24, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    m_decoyHash = hash(QString::fromLatin1(random.toBase64()));
}

QString PasswordHasher::hash(const QString &password) const
{
    return hash(password, kOpsLimit);
}

QString PasswordHasher::hash(const QString &password, unsigned long long passes) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), std::max(passes, kOpsLimit),
                              kMemLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

} // namespace gridsafe
