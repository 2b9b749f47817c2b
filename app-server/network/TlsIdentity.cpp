#include "network/TlsIdentity.h"

#include "protocol/CertificateFingerprint.h"
#include "util/PrivateFileMode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace gridsafe {

namespace {

template <auto Free>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// Returns PEM key and certificate, or empty arrays on failure.
std::pair<QByteArray, QByteArray> makeSelfSigned()
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return {};
    X509_set_version(cert.get(), 2);
    std::unique_ptr<BIGNUM, Deleter<BN_free>> serial(BN_new());
    BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("GridSafe"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("GridSafe server"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return {};

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return {};
    return {bioBytes(keyBio.get()), bioBytes(certBio.get())};
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    const PrivateFileMode privateMode;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    if (!file.commit())
        return false;
    return QFile::setPermissions(path, permissions);
}

} // namespace

QString TlsIdentity::fingerprintOf(const QSslCertificate &certificate)
{
    return certificateFingerprint(certificate);
}

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString &dataDir)
{
    const QString keyPath = QDir(dataDir).filePath(QStringLiteral("tls-key.pem"));
    const QString certPath = QDir(dataDir).filePath(QStringLiteral("tls-cert.pem"));
    if (!QFile::exists(keyPath) || !QFile::exists(certPath)) {
        const auto [keyPem, certPem] = makeSelfSigned();
        if (keyPem.isEmpty() || certPem.isEmpty())
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("TlsIdentity", "Could not create the TLS certificate."));
        if (!writeFile(keyPath, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !writeFile(certPath, certPem,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther))
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("TlsIdentity", "Could not write the TLS certificate into %1.")
                    .arg(dataDir));
    }
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("TlsIdentity", "Could not read the TLS key or certificate in %1.")
                .arg(dataDir));
    TlsIdentity identity;
    identity.m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    identity.m_certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    if (identity.m_key.isNull() || identity.m_certificate.isNull())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("TlsIdentity",
                                        "The TLS key or certificate in %1 is damaged; move them away to make "
                                        "new ones (clients will warn that the certificate changed).")
                .arg(dataDir));
    return identity;
}

} // namespace gridsafe
