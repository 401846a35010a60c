#include "ChainVerifier.h"

#include <QHostAddress>

#include <memory>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace inlinea::portal {

namespace {

struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};
struct StoreFree {
    void operator()(X509_STORE* s) const { X509_STORE_free(s); }
};
struct StoreCtxFree {
    void operator()(X509_STORE_CTX* c) const { X509_STORE_CTX_free(c); }
};
struct StackFree {
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};

std::unique_ptr<X509, X509Free> toX509(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return std::unique_ptr<X509, X509Free>(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
}

} // namespace

bool ChainVerifier::verify(const QList<QSslCertificate>& chain, const QList<QSslCertificate>& anchors,
                           const QString& host)
{
    if (chain.isEmpty() || anchors.isEmpty() || host.isEmpty()) {
        return false;
    }
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    for (const QSslCertificate& anchor : anchors) {
        auto x = toX509(anchor);
        if (!x || X509_STORE_add_cert(store.get(), x.get()) != 1) {
            return false;
        }
    }
    auto leaf = toX509(chain.first());
    std::unique_ptr<STACK_OF(X509), StackFree> intermediates(sk_X509_new_null());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (auto x = toX509(chain.at(i))) {
            sk_X509_push(intermediates.get(), x.release());
        }
    }
    std::unique_ptr<X509_STORE_CTX, StoreCtxFree> context(X509_STORE_CTX_new());
    if (!leaf || !context || X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get()) != 1) {
        return false;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    const QByteArray hostBytes = host.toUtf8();
    const bool isIp = !QHostAddress(host).isNull();
    if (isIp) {
        X509_VERIFY_PARAM_set1_ip_asc(param, hostBytes.constData());
    } else {
        X509_VERIFY_PARAM_set1_host(param, hostBytes.constData(), static_cast<size_t>(hostBytes.size()));
    }
    return X509_verify_cert(context.get()) == 1;
}

} // namespace inlinea::portal
