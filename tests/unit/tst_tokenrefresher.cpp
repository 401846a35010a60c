#include "app/auth/TokenRefresher.h"

#include <QSignalSpy>
#include <QTest>

using namespace inlinea;
using namespace inlinea::auth;

// The refresh itself goes to the real portal in tst_cnslogin; here a controllable fake shows the single flight.
class TestTokenRefresher : public QObject {
    Q_OBJECT

    static Tokens tokens(int secondsLeft)
    {
        return Tokens{QStringLiteral("access-1"), QStringLiteral("refresh-1"),
                      QDateTime::currentDateTimeUtc().addSecs(secondsLeft), QStringLiteral("spid")};
    }

private Q_SLOTS:
    void validTokenNeedsNoRefresh()
    {
        int refreshes = 0;
        TokenRefresher r(tokens(600), [&](const Tokens&, TokenRefresher::RefreshDone) { ++refreshes; });
        QString got;
        r.accessToken(this, [&](const Result<QString, portal::PortalError>& t) { got = t.value(); });
        QCOMPARE(got, QStringLiteral("access-1"));
        QCOMPARE(refreshes, 0);
    }

    void manyCallersOneRefresh()
    {
        std::vector<TokenRefresher::RefreshDone> pending;
        TokenRefresher r(tokens(5), [&](const Tokens& current, TokenRefresher::RefreshDone done) {
            QCOMPARE(current.refreshToken, QStringLiteral("refresh-1"));
            pending.push_back(std::move(done));
        });
        QSignalSpy refreshed(&r, &TokenRefresher::tokensRefreshed);
        QStringList got;
        for (int i = 0; i < 5; ++i) {
            r.accessToken(this, [&](const Result<QString, portal::PortalError>& t) { got.append(t.value()); });
        }
        QCOMPARE(pending.size(), size_t(1)); // single flight
        QVERIFY(r.isRefreshing());
        LoginSuccess fresh;
        fresh.tokens = Tokens{QStringLiteral("access-2"), QStringLiteral("refresh-2"),
                              QDateTime::currentDateTimeUtc().addSecs(900), QStringLiteral("spid")};
        pending.front()(fresh);
        QCOMPARE(got, QStringList(5, QStringLiteral("access-2")));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(r.tokens().refreshToken, QStringLiteral("refresh-2"));
    }

    void refusedRefreshEndsTheSession()
    {
        TokenRefresher r(tokens(0), [](const Tokens&, TokenRefresher::RefreshDone done) {
            done(fail(
                portal::PortalError{portal::PortalError::Kind::HttpError, 400, QStringLiteral("invalid_grant"), {}}));
        });
        QSignalSpy expired(&r, &TokenRefresher::sessionExpired);
        bool failed = false;
        r.accessToken(this, [&](const Result<QString, portal::PortalError>& t) { failed = !t; });
        QVERIFY(failed);
        QCOMPARE(expired.count(), 1);
    }

    void networkFailureKeepsTheSession()
    {
        TokenRefresher r(tokens(0), [](const Tokens&, TokenRefresher::RefreshDone done) {
            done(fail(portal::PortalError{portal::PortalError::Kind::ConnectionRefused, 0, {}, {}}));
        });
        QSignalSpy expired(&r, &TokenRefresher::sessionExpired);
        bool failed = false;
        r.accessToken(this, [&](const Result<QString, portal::PortalError>& t) { failed = !t; });
        QVERIFY(failed);
        QCOMPARE(expired.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenRefresher)
#include "tst_tokenrefresher.moc"
