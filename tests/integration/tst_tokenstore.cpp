// Against the real Secret Service: run inside tests/support/with-keyring.sh (its own D-Bus session and gnome-keyring).
#include "app/auth/TokenStore.h"

#include <QTest>

using namespace inlinea;
using namespace inlinea::auth;

class TestTokenStore : public QObject {
    Q_OBJECT

    using LoadResult = Result<std::optional<Tokens>, KeyringError>;

    static std::optional<LoadResult> load(TokenStore& store, const QUrl& portal, QObject* context)
    {
        std::optional<LoadResult> result;
        store.load(portal, context, [&result](const LoadResult& r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result;
    }

    static std::optional<Status<KeyringError>> save(TokenStore& store, const QUrl& portal, const Tokens& t,
                                                    QObject* ctx)
    {
        std::optional<Status<KeyringError>> result;
        store.save(portal, t, ctx, [&result](const Status<KeyringError>& r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result;
    }

private Q_SLOTS:
    void keyIsPerPortalOrigin()
    {
        QCOMPARE(TokenStore::keyFor(QUrl(QStringLiteral("https://portal.example.it:8443/inlinea/"))),
                 QStringLiteral("tokens@https://portal.example.it:8443"));
    }

    void saveLoadRemove()
    {
        if (qEnvironmentVariableIsSet("INLINEA_TEST_NO_KEYRING")) {
            QSKIP("run without a keyring");
        }
        TokenStore store(QStringLiteral("Inlinea Desktop test"));
        const QUrl portal(QStringLiteral("https://localhost:8443"));
        const QUrl other(QStringLiteral("https://localhost:9443"));
        const Tokens tokens{QStringLiteral("access-abc"), QStringLiteral("refresh-def"),
                            QDateTime(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC), QStringLiteral("cns")};

        auto saved = save(store, portal, tokens, this);
        QVERIFY(saved);
        QVERIFY2(saved->hasValue(), qPrintable(saved->hasValue() ? QString() : saved->error().detail));

        auto loaded = load(store, portal, this);
        QVERIFY(loaded && loaded->hasValue());
        QVERIFY(loaded->value().has_value());
        QCOMPARE(*loaded->value(), tokens);

        // Another portal has no session.
        loaded = load(store, other, this);
        QVERIFY(loaded && loaded->hasValue());
        QVERIFY(!loaded->value().has_value());

        std::optional<Status<KeyringError>> removed;
        store.remove(portal, this, [&removed](const Status<KeyringError>& r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(removed->hasValue());
        loaded = load(store, portal, this);
        QVERIFY(loaded && loaded->hasValue());
        QVERIFY(!loaded->value().has_value());
    }

    void noKeyringIsAnErrorNotAPlainFile()
    {
        if (!qEnvironmentVariableIsSet("INLINEA_TEST_NO_KEYRING")) {
            QSKIP("run with a keyring");
        }
        TokenStore store(QStringLiteral("Inlinea Desktop test"));
        const auto saved = save(store, QUrl(QStringLiteral("https://localhost:8443")), Tokens{}, this);
        QVERIFY(saved);
        QVERIFY(!saved->hasValue());
        QVERIFY2(saved->error().kind == KeyringError::Kind::Unavailable, qPrintable(saved->error().detail));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
