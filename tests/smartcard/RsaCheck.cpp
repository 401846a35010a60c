#include "RsaCheck.h"

#include <QCryptographicHash>

#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace inlinea::test {

namespace {

struct Free {
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(BN_CTX* p) const { BN_CTX_free(p); }
};

} // namespace

bool rsaPublicRecovers(const QByteArray& certificateDer, const QByteArray& block, const QByteArray& expected)
{
    const auto* der = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    const std::unique_ptr<X509, Free> certificate(d2i_X509(nullptr, &der, certificateDer.size()));
    if (!certificate) {
        return false;
    }
    EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    BIGNUM* rawN = nullptr;
    BIGNUM* rawE = nullptr;
    if (key == nullptr || EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &rawN) != 1 ||
        EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &rawE) != 1) {
        BN_free(rawN);
        return false;
    }
    const std::unique_ptr<BIGNUM, Free> n(rawN);
    const std::unique_ptr<BIGNUM, Free> e(rawE);
    const std::unique_ptr<BIGNUM, Free> s(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(block.constData()), static_cast<int>(block.size()), nullptr));
    const std::unique_ptr<BIGNUM, Free> m(BN_new());
    const std::unique_ptr<BN_CTX, Free> context(BN_CTX_new());
    if (!s || !m || !context || BN_mod_exp(m.get(), s.get(), e.get(), n.get(), context.get()) != 1) {
        return false;
    }
    QByteArray recovered(BN_num_bytes(n.get()), '\0');
    if (BN_bn2binpad(m.get(), reinterpret_cast<unsigned char*>(recovered.data()), static_cast<int>(recovered.size())) <
        0) {
        return false;
    }
    return recovered == expected;
}

QByteArray pkcs1Sha256Block(const QByteArray& message, int size)
{
    const QByteArray digestInfo = QByteArray::fromHex("3031300d060960864801650304020105000420") +
                                  QCryptographicHash::hash(message, QCryptographicHash::Sha256);
    QByteArray block;
    block.append('\x00');
    block.append('\x01');
    block.append(size - 3 - static_cast<int>(digestInfo.size()), '\xFF');
    block.append('\x00');
    block.append(digestInfo);
    return block;
}

} // namespace inlinea::test
