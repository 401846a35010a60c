#include "app/portal/ChainVerifier.h"
#include "tests/support/PortalFixture.h"

#include <QTest>

using inlinea::portal::ChainVerifier;

// The dev PKI of the reference portal: a CA, its server certificate, and the test extras.
class TestChainVerifier : public QObject {
    Q_OBJECT

    inlinea::test::PortalFixture m_pki;

    QList<QSslCertificate> load(const QString& name) { return QSslCertificate::fromPath(m_pki.pkiFile(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_pki.preparePki();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void verifiesAgainstTheGivenAnchorOnly()
    {
        const auto ca = load(QStringLiteral("ca.pem"));
        QCOMPARE(ca.size(), 1);
        QVERIFY(ChainVerifier::verify(load(QStringLiteral("server.pem")), ca, QStringLiteral("localhost")));
        QVERIFY(ChainVerifier::verify(load(QStringLiteral("server.pem")), ca, QStringLiteral("127.0.0.1")));
        QVERIFY(!ChainVerifier::verify(load(QStringLiteral("server.pem")), ca, QStringLiteral("example.it")));
        QVERIFY(!ChainVerifier::verify(load(QStringLiteral("server.pem")), load(QStringLiteral("other-ca.pem")),
                                       QStringLiteral("localhost")));
        QVERIFY(!ChainVerifier::verify(load(QStringLiteral("expired-server.pem")), ca, QStringLiteral("localhost")));
        QVERIFY(!ChainVerifier::verify(load(QStringLiteral("untrusted-server.pem")), ca, QStringLiteral("localhost")));
        QVERIFY(!ChainVerifier::verify(load(QStringLiteral("server.pem")), {}, QStringLiteral("localhost")));
    }
};

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
