// The procedimenti catalog and every form definition it names are copied locally after a sync, and stay readable
// with the portal down (forms are compiled offline).
#include "app/procedimenti/CatalogSync.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;

class TestCatalogSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void catalogAndDefinitionsAreKeptForOfflineUse()
    {
        test::PortalFixture::Options options;
        options.seed = true;
        test::PortalFixture portal(options);
        QString why = portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            auto s = test::PortalSession::open(portal, QStringLiteral("RSSMRA85T10A562S"), path, &why);
            QVERIFY2(s, qPrintable(why));
            QSignalSpy finished(s->user().catalogSync(), &procedimenti::CatalogSync::finished);
            s->user().sync()->syncNow(); // a sync that reaches the portal refreshes the forms too
            QVERIFY(finished.wait(30000));
            QVERIFY2(finished.first().first().toBool(), qPrintable(s->user().catalogSync()->lastError().detail));
        }
        portal.stop();

        auto db = store::LocalDatabase::open(path);
        QVERIFY(db);
        procedimenti::CatalogCache cache(*db.value());
        const auto catalog = cache.catalog().value();
        QStringList codes;
        for (const auto& p : catalog) {
            codes << p.code;
        }
        QCOMPARE(codes.size(), 4);
        QVERIFY(codes.contains(QStringLiteral("AUA")));
        QVERIFY(codes.contains(QStringLiteral("EMISSIONI_272")));
        QVERIFY(codes.contains(QStringLiteral("SCARICHI")));
        QVERIFY(codes.contains(QStringLiteral("BANDO_PROFESSIONISTI")));
        for (const auto& p : catalog) {
            for (const QString& version : p.versions) {
                const auto definition = cache.definition(p.code, version).value();
                QVERIFY2(definition.has_value(), qPrintable(p.code + QLatin1Char('-') + version));
                QCOMPARE(definition->code, p.code);
                QVERIFY(!definition->schema.isEmpty());
                QVERIFY(definition->fieldCount() > 10);
            }
        }
        // The large form and an older version a draft may still use.
        QVERIFY(cache.definition(QStringLiteral("AUA"), QStringLiteral("2")).value()->fieldCount() > 200);
        QVERIFY(cache.definition(QStringLiteral("AUA"), QStringLiteral("1")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestCatalogSync)
#include "tst_catalogsync.moc"
