// A real TLS handshake (client certificate required) in which the client's private-key operation goes through
// CardKey's callback, as it will go to the smart card. The "card" here is a software key doing raw RSA.
#include "app/auth/CardKey.h"
#include "tests/support/PortalFixture.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using inlinea::Result;
using inlinea::auth::CardKey;

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// A self-signed client certificate for a fresh RSA-2048 key.
QSslCertificate selfSigned(EVP_PKEY* key)
{
    X509* x = X509_new();
    ASN1_INTEGER_set(X509_get_serialNumber(x), 42);
    X509_gmtime_adj(X509_getm_notBefore(x), -60);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600);
    X509_set_pubkey(x, key);
    X509_NAME* name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("RSSMRA85T10A562S/1"),
                               -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509_sign(x, key, EVP_sha256());
    unsigned char* der = nullptr;
    const int length = i2d_X509(x, &der);
    const QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    X509_free(x);
    return QSslCertificate(bytes, QSsl::Der);
}

// What the card does: block^d mod n, no padding.
Result<QByteArray, QString> softwareRawRsa(EVP_PKEY* key, const QByteArray& block)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(key, nullptr), EVP_PKEY_CTX_free);
    size_t outLength = static_cast<size_t>(EVP_PKEY_get_size(key));
    QByteArray out(static_cast<qsizetype>(outLength), '\0');
    if (EVP_PKEY_sign_init(ctx.get()) <= 0 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING) <= 0 ||
        EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &outLength,
                      reinterpret_cast<const unsigned char*>(block.constData()),
                      static_cast<size_t>(block.size())) <= 0) {
        return inlinea::fail(QStringLiteral("software RSA failed"));
    }
    return out;
}

} // namespace

class TestCardKey : public QObject {
    Q_OBJECT

    inlinea::test::PortalFixture m_pki; // only its dev CA and server certificate; no server runs
    Pkey m_key;
    QSslCertificate m_clientCert;

    struct Outcome {
        bool clientEncrypted = false;
        bool clientFailed = false;
        QSslCertificate seenByServer;
        QString clientError;
    };

    Outcome handshake(QSsl::SslProtocol protocol, const QSslKey& key)
    {
        QSslServer server;
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        QFile certFile(m_pki.pkiFile(QStringLiteral("server.pem")));
        QFile keyFile(m_pki.pkiFile(QStringLiteral("server.key")));
        Outcome outcome;
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            outcome.clientError = QStringLiteral("server certificate not readable");
            return outcome;
        }
        serverConfig.setLocalCertificate(QSslCertificate(certFile.readAll()));
        serverConfig.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        serverConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
        serverConfig.setCaCertificates({m_clientCert});
        serverConfig.setProtocol(protocol);
        server.setSslConfiguration(serverConfig);
        server.listen(QHostAddress::LocalHost, 0);

        QSslSocket* accepted = nullptr;
        // QSslServer offers a connection only once its handshake is complete.
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            accepted = qobject_cast<QSslSocket*>(server.nextPendingConnection());
            if (accepted) {
                outcome.seenByServer = accepted->peerCertificate();
            }
        });

        QSslSocket client;
        QSslConfiguration clientConfig = QSslConfiguration::defaultConfiguration();
        clientConfig.addCaCertificates(m_pki.caFile());
        clientConfig.setLocalCertificate(m_clientCert);
        clientConfig.setPrivateKey(key);
        clientConfig.setProtocol(protocol);
        client.setSslConfiguration(clientConfig);
        connect(&client, &QSslSocket::encrypted, this, [&] { outcome.clientEncrypted = true; });
        connect(&client, &QSslSocket::errorOccurred, this, [&](QAbstractSocket::SocketError) {
            outcome.clientFailed = true;
            outcome.clientError = client.errorString();
        });
        client.connectToHostEncrypted(QStringLiteral("localhost"), server.serverPort());
        // TLS 1.3 completes the client side before the server has checked the client's signature: wait for both.
        (void)QTest::qWaitFor([&] { return (outcome.clientEncrypted && accepted) || outcome.clientFailed; }, 10000);
        QTest::qWait(50);
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_pki.preparePki();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_key.reset(EVP_RSA_gen(2048));
        QVERIFY(m_key);
        m_clientCert = selfSigned(m_key.get());
        QVERIFY(!m_clientCert.isNull());
    }

    void handshakeUsesTheCallbackOnce_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("TLS 1.2") << int(QSsl::TlsV1_2);
        QTest::newRow("TLS 1.3") << int(QSsl::TlsV1_3);
    }
    void handshakeUsesTheCallbackOnce()
    {
        QFETCH(int, protocol);
        int calls = 0;
        EVP_PKEY* key = m_key.get();
        const auto cardKey = CardKey::create(m_clientCert, [&calls, key](const QByteArray& block) {
            ++calls;
            return softwareRawRsa(key, block);
        });
        QVERIFY(cardKey);
        QCOMPARE(cardKey->algorithm(), QSsl::Rsa);
        QCOMPARE(cardKey->length(), 2048);

        const Outcome outcome = handshake(static_cast<QSsl::SslProtocol>(protocol), cardKey.value());
        QVERIFY2(outcome.clientEncrypted, qPrintable(outcome.clientError));
        QCOMPARE(outcome.seenByServer, m_clientCert);
        QCOMPARE(calls, 1);
    }

    void failingCardFailsTheHandshakeCleanly()
    {
        const auto cardKey = CardKey::create(m_clientCert, [](const QByteArray&) -> Result<QByteArray, QString> {
            return inlinea::fail(QStringLiteral("card removed"));
        });
        QVERIFY(cardKey);
        const Outcome outcome = handshake(QSsl::TlsV1_2, cardKey.value());
        QVERIFY(!outcome.clientEncrypted);
        QVERIFY(outcome.clientFailed);
        QVERIFY(outcome.seenByServer.isNull());
    }

    void wrongSizeAnswerIsRefused()
    {
        const auto cardKey = CardKey::create(
            m_clientCert, [](const QByteArray&) -> Result<QByteArray, QString> { return QByteArray(10, 'x'); });
        QVERIFY(cardKey);
        const Outcome outcome = handshake(QSsl::TlsV1_2, cardKey.value());
        QVERIFY(!outcome.clientEncrypted);
    }

    void nonRsaCertificateIsRefused()
    {
        Pkey ec(EVP_EC_gen("P-256"));
        const auto cardKey =
            CardKey::create(selfSigned(ec.get()), [](const QByteArray& b) { return Result<QByteArray, QString>(b); });
        QVERIFY(!cardKey);
        QCOMPARE(cardKey.error().kind, inlinea::auth::CardKeyError::Kind::NotRsa);
    }
};

QTEST_GUILESS_MAIN(TestCardKey)
#include "tst_cardkey.moc"
