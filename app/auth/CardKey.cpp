// Uses OpenSSL's legacy RSA_METHOD: OpenSSL 3 deprecates it, but Qt keeps only the RSA* of a key handed to it, so a
// provider would be bypassed (see the team's tls-card notes). This file is compiled with OPENSSL_SUPPRESS_DEPRECATED.
#include "CardKey.h"

#include <cstring>
#include <memory>
#include <mutex>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace inlinea::auth {

namespace {

struct CardContext {
    CardKey::RawRsa rawRsa;
};

struct OpenSslGlobals {
    RSA_METHOD* method = nullptr;
    int exIndex = -1;
    int errorLibrary = 0;
};

int cardPrivateEncrypt(int flen, const unsigned char* from, unsigned char* to, RSA* rsa, int padding);

int cardPrivateDecrypt(int, const unsigned char*, unsigned char*, RSA*, int)
{
    // The authentication key signs; nothing may decrypt with it.
    return -1;
}

int cardFinish(RSA* rsa);

// Created once and kept for the whole process: OpenSSL objects still reference the method when Qt frees keys late.
const OpenSslGlobals& globals()
{
    static OpenSslGlobals g;
    static std::once_flag once;
    std::call_once(once, [] {
        g.method = RSA_meth_dup(RSA_PKCS1_OpenSSL());
        RSA_meth_set1_name(g.method, "Inlinea smart card RSA");
        RSA_meth_set_priv_enc(g.method, cardPrivateEncrypt);
        RSA_meth_set_priv_dec(g.method, cardPrivateDecrypt);
        RSA_meth_set_finish(g.method, cardFinish);
        g.exIndex = RSA_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
        // Our own error library, so Qt's log says "smart card operation failed: …" instead of nothing.
        g.errorLibrary = ERR_get_next_error_library();
    });
    return g;
}

void raiseError(const QString& detail)
{
    ERR_raise_data(globals().errorLibrary, 1, "%s: %s", CardKey::ErrorPrefix, detail.toUtf8().constData());
}

int cardPrivateEncrypt(int flen, const unsigned char* from, unsigned char* to, RSA* rsa, int padding)
{
    auto* context = static_cast<CardContext*>(RSA_get_ex_data(rsa, globals().exIndex));
    const int size = RSA_size(rsa);
    if (!context || flen < 0 || size <= 0) {
        raiseError(QStringLiteral("no card context"));
        return -1;
    }

    QByteArray block(size, '\0');
    if (padding == RSA_PKCS1_PADDING) {
        // EMSA-PKCS1-v1_5 for a DigestInfo: 00 01 FF…FF 00 || DigestInfo, at least 8 bytes of FF.
        if (flen > size - 11) {
            raiseError(QStringLiteral("digest info too long"));
            return -1;
        }
        block[1] = '\x01';
        std::memset(block.data() + 2, 0xFF, static_cast<size_t>(size - flen - 3));
        std::memcpy(block.data() + size - flen, from, static_cast<size_t>(flen));
    } else if (padding == RSA_NO_PADDING) {
        // RSA-PSS: OpenSSL already encoded the full block.
        if (flen != size) {
            raiseError(QStringLiteral("block of the wrong size"));
            return -1;
        }
        std::memcpy(block.data(), from, static_cast<size_t>(flen));
    } else {
        raiseError(QStringLiteral("unsupported padding %1").arg(padding));
        return -1;
    }

    const auto result = context->rawRsa(block);
    if (!result) {
        raiseError(result.error());
        return -1;
    }
    if (result->size() != size) {
        raiseError(QStringLiteral("card answered %1 bytes instead of %2").arg(result->size()).arg(size));
        return -1;
    }
    std::memcpy(to, result->constData(), static_cast<size_t>(size));
    return size;
}

int cardFinish(RSA* rsa)
{
    delete static_cast<CardContext*>(RSA_get_ex_data(rsa, globals().exIndex));
    RSA_set_ex_data(rsa, globals().exIndex, nullptr);
    // The default method's clean-up (Montgomery contexts of public operations) still has to run.
    const auto defaultFinish = RSA_meth_get_finish(RSA_PKCS1_OpenSSL());
    return defaultFinish ? defaultFinish(rsa) : 1;
}

struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};
struct BnFree {
    void operator()(BIGNUM* b) const { BN_free(b); }
};
struct RsaFree {
    void operator()(RSA* r) const { RSA_free(r); }
};
struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};

} // namespace

Result<QSslKey, CardKeyError> CardKey::create(const QSslCertificate& certificate, RawRsa rawRsa)
{
    const OpenSslGlobals& g = globals();
    const QByteArray der = certificate.toDer();
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, X509Free> x509(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x509) {
        return fail(CardKeyError{CardKeyError::Kind::OpenSsl, QStringLiteral("certificate not readable")});
    }
    EVP_PKEY* publicKey = X509_get0_pubkey(x509.get());
    if (!publicKey || EVP_PKEY_get_base_id(publicKey) != EVP_PKEY_RSA) {
        return fail(CardKeyError{CardKeyError::Kind::NotRsa, QStringLiteral("certificate key is not RSA")});
    }
    BIGNUM* n = nullptr;
    BIGNUM* e = nullptr;
    if (!EVP_PKEY_get_bn_param(publicKey, OSSL_PKEY_PARAM_RSA_N, &n) ||
        !EVP_PKEY_get_bn_param(publicKey, OSSL_PKEY_PARAM_RSA_E, &e)) {
        BN_free(n);
        BN_free(e);
        return fail(CardKeyError{CardKeyError::Kind::OpenSsl, QStringLiteral("modulus not readable")});
    }
    std::unique_ptr<BIGNUM, BnFree> modulus(n);
    std::unique_ptr<BIGNUM, BnFree> exponent(e);

    std::unique_ptr<RSA, RsaFree> rsa(RSA_new());
    if (!rsa || !RSA_set_method(rsa.get(), g.method) ||
        !RSA_set0_key(rsa.get(), modulus.get(), exponent.get(), nullptr)) {
        return fail(CardKeyError{CardKeyError::Kind::OpenSsl, QStringLiteral("RSA key not created")});
    }
    (void)modulus.release(); // owned by the RSA now
    (void)exponent.release();
    // The context hangs off the RSA (Qt frees the EVP_PKEY at once and keeps only the RSA); finish() deletes it.
    RSA_set_ex_data(rsa.get(), g.exIndex, new CardContext{std::move(rawRsa)});

    std::unique_ptr<EVP_PKEY, PkeyFree> pkey(EVP_PKEY_new());
    if (!pkey || !EVP_PKEY_assign_RSA(pkey.get(), rsa.get())) {
        return fail(CardKeyError{CardKeyError::Kind::OpenSsl, QStringLiteral("key wrapper not created")});
    }
    (void)rsa.release(); // owned by the EVP_PKEY now
    QSslKey key(Qt::HANDLE(pkey.release()), QSsl::PrivateKey);
    if (key.isNull()) {
        return fail(CardKeyError{CardKeyError::Kind::OpenSsl, QStringLiteral("Qt refused the key")});
    }
    return key;
}

} // namespace inlinea::auth
