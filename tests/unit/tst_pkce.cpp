#include "app/auth/Pkce.h"

#include <QSet>
#include <QTest>

using inlinea::auth::Pkce;

class TestPkce : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc7636Example()
    {
        // Appendix B of RFC 7636.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedValuesAreWellFormedAndFresh()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i) {
            const Pkce p = Pkce::generate();
            QCOMPARE(p.verifier.size(), 43);
            QCOMPARE(p.challenge, Pkce::challengeFor(p.verifier));
            QVERIFY(!p.verifier.contains('=') && !p.verifier.contains('+') && !p.verifier.contains('/'));
            QVERIFY(p.state.size() >= 22);
            QVERIFY(!seen.contains(p.verifier));
            seen.insert(p.verifier);
        }
    }
};

QTEST_APPLESS_MAIN(TestPkce)
#include "tst_pkce.moc"
