#include "app/portal/TlsTrust.h"

#include <QTemporaryDir>
#include <QTest>

using inlinea::portal::TlsTrust;
using inlinea::portal::TrustError;

class TestTlsTrust : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void withoutExtraCaVerifiesPeers()
    {
        const auto config = TlsTrust::configuration(QString());
        QVERIFY(config);
        QCOMPARE(config->peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void missingFile()
    {
        const auto config = TlsTrust::configuration(QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY(!config);
        QCOMPARE(config.error().kind, TrustError::Kind::FileUnreadable);
    }

    void notACertificate()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("garbage.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a certificate\n");
        file.close();
        const auto config = TlsTrust::configuration(file.fileName());
        QVERIFY(!config);
        QCOMPARE(config.error().kind, TrustError::Kind::NoCertificate);
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
