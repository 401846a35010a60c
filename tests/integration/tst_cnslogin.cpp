// "Entra con CNS" end to end on real components: the virtual CNS card behind the real pcscd, the card service, a TLS
// handshake whose client signature the card makes, the reference portal's CNS endpoint, tokens in gnome-keyring.
// Runs inside tests/support/with-keyring.sh.
#include "app/auth/CnsAuthenticator.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "smartcard/CardService.h"
#include "tests/smartcard/CardServiceWait.h"
#include "tests/smartcard/CnsPortalStack.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace inlinea;
using test::CardStackFixture;
using test::PortalFixture;

class TestCnsLogin : public QObject {
    Q_OBJECT

    using LoginResult = Result<auth::LoginSuccess, auth::CnsAuthError>;

    test::CnsPortalStack m_stack;
    PortalFixture* m_portal = nullptr;
    std::unique_ptr<smartcard::CardService> m_cards;
    auth::TokenStore m_tokens{QStringLiteral("Inlinea Desktop test")};

    std::optional<smartcard::CnsIdentity> identity()
    {
        const QString reader = CardStackFixture::readerName();
        (void)QTest::qWaitFor(
            [&] {
                const auto readers = m_cards->readers();
                return std::any_of(readers.begin(), readers.end(),
                                   [&](const smartcard::ReaderInfo& r) { return r.name == reader && r.isCns; });
            },
            15000);
        // Right after a card swap the reader may still be listed from the previous card while pcscd has not yet
        // seen the new one (slow under load): an empty reader is asked again, for a while.
        auto read = test::awaitIdentity(*m_cards, reader);
        const QDeadlineTimer deadline(20000);
        while (read && !read->hasValue() && read->error().kind == smartcard::CardError::Kind::NoCard &&
               !deadline.hasExpired()) {
            QTest::qWait(250);
            read = test::awaitIdentity(*m_cards, reader);
        }
        if (!read || !read->hasValue()) {
            qWarning() << "identity:" << test::describe(read);
            return std::nullopt;
        }
        return read->value();
    }

    std::optional<LoginResult> login(const smartcard::CnsIdentity& id, const char* pin)
    {
        auth::CnsAuthenticator authenticator(m_cards.get(), &m_tokens);
        const auto trust = portal::TlsTrust::configuration(m_portal->caFile());
        std::optional<LoginResult> result;
        authenticator.login(m_portal->baseUrl(), m_portal->cnsLoginUrl(), trust.value(), id, QByteArray(pin), this,
                            [&result](const LoginResult& r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 60000);
        return result;
    }

    QString swapCard(const CardStackFixture::Card& card)
    {
        m_stack.cards().remove();
        return m_stack.cards().insert(card);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = CardStackFixture::missingPrerequisite(); !missing.isEmpty()) {
            QSKIP(qPrintable(missing));
        }
        const QString why = m_stack.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_portal = &m_stack.portal();
        m_cards = std::make_unique<smartcard::CardService>();
    }

    void wrongPinIsReportedWithTriesAndNotRetried()
    {
        const auto id = identity();
        QVERIFY(id);
        QCOMPARE(id->pinTriesLeft, std::optional<int>(3));
        const auto r = login(*id, "99999");
        QVERIFY(r);
        QVERIFY(!r->hasValue());
        QCOMPARE(r->error().stage, auth::CnsAuthError::Stage::Pin);
        QCOMPARE(r->error().card.kind, smartcard::CardError::Kind::WrongPin);
        QCOMPARE(r->error().card.triesLeft, 2);
        // One attempt spent, not more.
        const auto status = test::awaitPinStatus(*m_cards, id->reader);
        QVERIFY(status && status->hasValue());
        QCOMPARE(status->value().triesLeft, std::optional<int>(2));
    }

    void loginGetsTokensThatThePortalAccepts()
    {
        const auto id = identity();
        QVERIFY(id);
        const auto r = login(*id, "12345");
        QVERIFY(r);
        QVERIFY2(r->hasValue(),
                 r->hasValue() ? "" : qPrintable(r->error().login.portal.detail + r->error().card.toString()));
        const auth::LoginSuccess& session = r->value();
        QCOMPARE(session.user.codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(session.tokens.authMethod, QStringLiteral("cns"));

        // The tokens are in the keyring.
        std::optional<Result<std::optional<auth::Tokens>, auth::KeyringError>> stored;
        m_tokens.load(m_portal->baseUrl(), this, [&stored](const auto& s) { stored = s; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
        QVERIFY(stored->hasValue() && stored->value().has_value());
        QCOMPARE(stored->value()->accessToken, session.tokens.accessToken);

        // And the portal knows who they belong to.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_portal->baseUrl().toString() + QStringLiteral("/api/v1/me")));
        QSslConfiguration tls = portal::TlsTrust::configuration(m_portal->caFile()).value();
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + session.tokens.accessToken.toUtf8());
        QNetworkReply* reply = network.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject me = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(me.value(QStringLiteral("codice_fiscale")).toString(), QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(me.value(QStringLiteral("auth_method")).toString(), QStringLiteral("cns"));
        delete reply;

        // Refresh rotates the tokens; the old refresh token is then refused.
        portal::PortalClient client(m_portal->baseUrl(), tls);
        auth::TokenClient tokens(&client);
        using Refreshed = Result<auth::LoginSuccess, portal::PortalError>;
        std::optional<Refreshed> refreshed;
        tokens.refresh(session.tokens, this, [&refreshed](const Refreshed& answer) { refreshed = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 15000);
        QVERIFY(refreshed->hasValue());
        QVERIFY(refreshed->value().tokens.refreshToken != session.tokens.refreshToken);
        QCOMPARE(refreshed->value().tokens.authMethod, QStringLiteral("cns"));
        std::optional<Refreshed> reused;
        tokens.refresh(session.tokens, this, [&reused](const Refreshed& answer) { reused = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(reused.has_value(), 15000);
        QVERIFY(!reused->hasValue());
        QCOMPARE(reused->error().problemCode, QStringLiteral("invalid_grant"));
    }

    void certificateRefusedByThePortal_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("cardOption");
        QTest::addColumn<QString>("problemCode");
        QTest::newRow("expired") << "anna"
                                 << "--expired"
                                 << "cns_certificate_expired";
        QTest::newRow("revoked") << "luca"
                                 << "--revoked"
                                 << "cns_certificate_revoked";
    }
    void certificateRefusedByThePortal()
    {
        QFETCH(QString, person);
        QFETCH(QString, cardOption);
        QFETCH(QString, problemCode);
        const QString why = swapCard({.person = person, .extraArgs = {cardOption}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto id = identity();
        QVERIFY(id);
        const auto r = login(*id, "12345");
        QVERIFY(r);
        QVERIFY(!r->hasValue());
        QCOMPARE(r->error().stage, auth::CnsAuthError::Stage::Login);
        QCOMPARE(r->error().login.kind, auth::CnsLoginError::Kind::CertificateRefused);
        QCOMPARE(r->error().login.problemCode, problemCode);
    }

    void cardPulledBeforeTheHandshake()
    {
        const QString why = swapCard({.person = QStringLiteral("mario"), .extraArgs = {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto id = identity();
        QVERIFY(id);
        m_stack.cards().remove();
        const auto r = login(*id, "12345");
        QVERIFY(r);
        QVERIFY(!r->hasValue());
        // The PIN cannot even be verified: the card is gone. Nothing hangs.
        QCOMPARE(r->error().stage, auth::CnsAuthError::Stage::Pin);
    }

    void cleanupTestCase() { m_cards.reset(); }
};

QTEST_GUILESS_MAIN(TestCnsLogin)
#include "tst_cnslogin.moc"
