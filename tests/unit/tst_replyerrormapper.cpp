#include "app/portal/ReplyErrorMapper.h"

#include <QSslCertificate>
#include <QTest>

using namespace inlinea::portal;
using NE = QNetworkReply::NetworkError;

class TestReplyErrorMapper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void networkErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<int>("kind");
        QTest::newRow("dns") << int(NE::HostNotFoundError) << "" << false << int(PortalError::Kind::HostNotFound);
        QTest::newRow("refused") << int(NE::ConnectionRefusedError) << "" << false
                                 << int(PortalError::Kind::ConnectionRefused);
        QTest::newRow("timeout") << int(NE::TimeoutError) << "" << false << int(PortalError::Kind::Timeout);
        QTest::newRow("transfer timeout")
            << int(NE::OperationCanceledError) << "" << false << int(PortalError::Kind::Timeout);
        QTest::newRow("our cancel") << int(NE::OperationCanceledError) << "" << true
                                    << int(PortalError::Kind::Cancelled);
        QTest::newRow("plain http on tls port")
            << int(NE::SslHandshakeFailedError) << "error:0A00010B:SSL routines::wrong version number" << false
            << int(PortalError::Kind::NotTls);
        QTest::newRow("other handshake") << int(NE::SslHandshakeFailedError) << "alert" << false
                                         << int(PortalError::Kind::TlsOther);
        QTest::newRow("no network") << int(NE::TemporaryNetworkFailureError) << "" << false
                                    << int(PortalError::Kind::NetworkDown);
    }
    void networkErrors()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(bool, cancelled);
        QFETCH(int, kind);
        const PortalError e = ReplyErrorMapper::map(static_cast<NE>(error), text, {}, 0, {}, cancelled);
        QCOMPARE(int(e.kind), kind);
    }

    void tlsErrors_data()
    {
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<int>("kind");
        QTest::newRow("unknown issuer") << QList<int>{QSslError::UnableToGetLocalIssuerCertificate,
                                                      QSslError::UnableToVerifyFirstCertificate}
                                        << int(PortalError::Kind::TlsUntrusted);
        QTest::newRow("self signed") << QList<int>{QSslError::SelfSignedCertificate}
                                     << int(PortalError::Kind::TlsUntrusted);
        QTest::newRow("expired") << QList<int>{QSslError::CertificateExpired} << int(PortalError::Kind::TlsExpired);
        QTest::newRow("not yet valid") << QList<int>{QSslError::CertificateNotYetValid}
                                       << int(PortalError::Kind::TlsExpired);
        QTest::newRow("host") << QList<int>{QSslError::HostNameMismatch} << int(PortalError::Kind::TlsHostMismatch);
        QTest::newRow("expired and wrong host")
            << QList<int>{QSslError::HostNameMismatch, QSslError::CertificateExpired}
            << int(PortalError::Kind::TlsExpired);
        QTest::newRow("untrusted wins") << QList<int>{QSslError::CertificateExpired, QSslError::SelfSignedCertificate}
                                        << int(PortalError::Kind::TlsUntrusted);
        QTest::newRow("revoked") << QList<int>{QSslError::CertificateRevoked} << int(PortalError::Kind::TlsOther);
    }
    void tlsErrors()
    {
        QFETCH(QList<int>, errors);
        QFETCH(int, kind);
        QList<QSslError> sslErrors;
        for (const int e : errors) {
            sslErrors.append(QSslError(static_cast<QSslError::SslError>(e)));
        }
        const PortalError e = ReplyErrorMapper::map(NE::SslHandshakeFailedError, {}, sslErrors, 0, {}, false);
        QCOMPARE(int(e.kind), kind);
    }

    void problemJson()
    {
        const QByteArray body =
            QByteArray("{\"type\":\"about:blank\",\"title\":\"Risorsa non trovata\",\"status\":404,"
                       "            \"detail\":\"La pratica richiesta non esiste.\",\"code\":\"not_found\"}");
        const PortalError e = ReplyErrorMapper::map(NE::ContentNotFoundError, {}, {}, 404, body, false);
        QCOMPARE(e.kind, PortalError::Kind::HttpError);
        QCOMPARE(e.httpStatus, 404);
        QCOMPARE(e.problemCode, QStringLiteral("not_found"));
        QCOMPARE(e.detail, QStringLiteral("La pratica richiesta non esiste."));
    }

    void unauthorizedAndHtmlError()
    {
        const PortalError unauthorized = ReplyErrorMapper::map(NE::AuthenticationRequiredError, {}, {}, 401, {}, false);
        QCOMPARE(unauthorized.kind, PortalError::Kind::Unauthorized);
        const PortalError html = ReplyErrorMapper::map(NE::InternalServerError, QStringLiteral("Internal"), {}, 500,
                                                       "<html>oops</html>", false);
        QCOMPARE(html.kind, PortalError::Kind::HttpError);
        QVERIFY(html.problemCode.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestReplyErrorMapper)
#include "tst_replyerrormapper.moc"
