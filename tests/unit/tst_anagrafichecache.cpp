#include "app/anagrafiche/AnagraficheCache.h"
#include "tests/support/SampleAnagrafiche.h"

#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using anagrafiche::Anagrafica;
using anagrafiche::AnagraficheCache;
using anagrafiche::ListQuery;

class TestAnagraficheCache : public QObject {
    Q_OBJECT
private:
    static Anagrafica company(qint64 id, const QString& name, const QString& comune, const QString& piva)
    {
        Anagrafica a;
        a.id = id;
        a.version = 1;
        a.tipo = Anagrafica::Tipo::PersonaGiuridica;
        a.denominazione = name;
        a.comune = comune;
        a.partitaIva = piva;
        a.codiceFiscale = piva;
        return a;
    }

    static QList<qint64> ids(const AnagraficheCache& cache, const ListQuery& query, int offset = 0, int limit = 100)
    {
        const auto rows = cache.rows(query, offset, limit);
        QList<qint64> result;
        for (const auto& row : rows.value()) {
            result << row.id;
        }
        return result;
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        AnagraficheCache cache(*db.value());
        Anagrafica a =
            company(7, QStringLiteral("Galvanica Rossi S.r.l."), QStringLiteral("Rho"), QStringLiteral("00743110157"));
        a.indirizzo = QStringLiteral("Via Roma 1");
        a.cap = QStringLiteral("20017");
        a.provincia = QStringLiteral("MI");
        a.pec = QStringLiteral("galvanica@pec.example.it");
        a.legaleRappresentanteCognome = QStringLiteral("Rossi");
        a.domande = 3;
        a.watched = true;
        a.version = 4;
        QVERIFY(cache.put(a, false));
        const auto found = cache.find(7);
        QVERIFY(found && found.value());
        QCOMPARE(*found.value(), a);
        const auto rows = cache.rows({}, 0, 10);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().name, QStringLiteral("Galvanica Rossi S.r.l."));
        QCOMPARE(rows->first().address, QStringLiteral("Via Roma 1, 20017 Rho (MI)"));
        QCOMPARE(rows->first().codes, QStringLiteral("00743110157"));
        QCOMPARE(rows->first().domande, 3);
        QVERIFY(rows->first().watched);
        QVERIFY(!rows->first().pending);
    }

    void searchMatchesAnyPartOfNameCodesAndTown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("empty lists all") << QString() << QList<qint64>{1, 2, 3};
        QTest::newRow("middle of a name") << QStringLiteral("vanic") << QList<qint64>{1};
        QTest::newRow("any case") << QStringLiteral("GALVA") << QList<qint64>{1};
        QTest::newRow("town") << QStringLiteral("sesto") << QList<qint64>{2};
        QTest::newRow("partita iva digits") << QStringLiteral("31101") << QList<qint64>{1};
        // Fewer than 3 characters: the start of a word.
        QTest::newRow("one character") << QStringLiteral("z") << QList<qint64>{3};
        QTest::newRow("two characters") << QStringLiteral("rh") << QList<qint64>{1};
        QTest::newRow("two characters, not a word start") << QStringLiteral("ho") << QList<qint64>{};
        QTest::newRow("nothing") << QStringLiteral("qwerty") << QList<qint64>{};
        QTest::newRow("quotes are text") << QStringLiteral("\"a\"") << QList<qint64>{};
        QTest::newRow("percent is text") << QStringLiteral("%") << QList<qint64>{};
    }

    void searchMatchesAnyPartOfNameCodesAndTown()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        AnagraficheCache cache(*db.value());
        QVERIFY(cache.putMany(
            {company(1, QStringLiteral("Galvanica Rossi"), QStringLiteral("Rho"), QStringLiteral("00743110157")),
             company(2, QStringLiteral("Tessile Bianchi"), QStringLiteral("Sesto San Giovanni"),
                     QStringLiteral("12345678901")),
             company(3, QStringLiteral("Zeta Logistica"), QStringLiteral("Milano"), QStringLiteral("98765432109"))},
            false));
        ListQuery query;
        query.text = text;
        QCOMPARE(ids(cache, query), expected);
        QCOMPARE(cache.count(query).value(), expected.size());
    }

    void sortsByEachColumnBothWays()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        AnagraficheCache cache(*db.value());
        Anagrafica a = company(1, QStringLiteral("beta"), QStringLiteral("Rho"), QStringLiteral("3"));
        Anagrafica b = company(2, QStringLiteral("Alfa"), QStringLiteral("Segrate"), QStringLiteral("1"));
        Anagrafica c = company(3, QStringLiteral("Gamma"), QStringLiteral("Milano"), QStringLiteral("2"));
        a.domande = 5;
        b.domande = 0;
        c.domande = 9;
        QVERIFY(cache.putMany({a, b, c}, false));
        ListQuery query;
        QCOMPARE(ids(cache, query), (QList<qint64>{2, 1, 3})); // case does not matter
        query.descending = true;
        QCOMPARE(ids(cache, query), (QList<qint64>{3, 1, 2}));
        query = {};
        query.sort = ListQuery::Sort::Address;
        QCOMPARE(ids(cache, query), (QList<qint64>{3, 1, 2}));
        query.sort = ListQuery::Sort::Codes;
        QCOMPARE(ids(cache, query), (QList<qint64>{2, 3, 1}));
        query.sort = ListQuery::Sort::Domande;
        query.descending = true;
        QCOMPARE(ids(cache, query), (QList<qint64>{3, 1, 2}));
    }

    void nameOrderHoldsThroughManySingleInsertions()
    {
        // Each insertion lands between the same two neighbours, halving the room between their sort keys until the
        // cache has to renumber; the order must stay right throughout.
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        AnagraficheCache cache(*db.value());
        QVERIFY(cache.put(company(1, QStringLiteral("A"), QStringLiteral("Rho"), QStringLiteral("1")), false));
        QVERIFY(cache.put(company(2, QStringLiteral("B"), QStringLiteral("Rho"), QStringLiteral("2")), false));
        QStringList expected{QStringLiteral("A"), QStringLiteral("B")};
        QString name = QStringLiteral("B");
        for (int i = 0; i < 80; ++i) {
            name = QStringLiteral("A") + QString(80 - i, QLatin1Char('z')); // always just before the previous one
            QVERIFY(cache.put(company(10 + i, name, QStringLiteral("Rho"), QString()), false));
            expected.insert(1, name);
        }
        QStringList names;
        for (const auto& row : cache.rows({}, 0, 200).value()) {
            names << row.name;
        }
        QCOMPARE(names, expected);
        ListQuery query;
        query.text = QStringLiteral("zzz");
        query.descending = true;
        const auto found = cache.rows(query, 0, 3).value();
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).name, expected.at(expected.size() - 2));
        // Renaming moves the record.
        QVERIFY(cache.put(company(1, QStringLiteral("Zeta"), QStringLiteral("Rho"), QStringLiteral("1")), false));
        QCOMPARE(cache.rows({}, 0, 200).value().last().name, QStringLiteral("Zeta"));
    }

    void bulkWritesAreIndexedToo()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        AnagraficheCache cache(*db.value());
        const auto sample = test::sampleAnagrafiche(5000);
        QVERIFY(cache.putMany(sample, false));
        QVERIFY(cache.put(company(90000, QStringLiteral("Aaa Prima"), QStringLiteral("Rho"), QString()), false));
        QCOMPARE(cache.rows({}, 0, 1).value().first().name, QStringLiteral("Aaa Prima"));
        ListQuery query;
        query.text = QStringLiteral("galvanica");
        const int galvaniche = static_cast<int>(std::count_if(sample.begin(), sample.end(), [](const auto& a) {
            return a.denominazione.contains(QStringLiteral("Galvanica"));
        }));
        QCOMPARE(cache.count(query).value(), galvaniche);
        const auto page = cache.rows(query, 0, 50).value();
        for (qsizetype i = 1; i < page.size(); ++i) {
            QVERIFY(QString::compare(page[i - 1].name, page[i].name, Qt::CaseInsensitive) <= 0);
        }
    }

    void pagesDoNotOverlap()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        AnagraficheCache cache(*db.value());
        QVERIFY(cache.putMany(test::sampleAnagrafiche(1000), false));
        QSet<qint64> seen;
        for (int offset = 0; offset < 1000; offset += 100) {
            for (qint64 id : ids(cache, {}, offset, 100)) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(cache.count({}).value(), 1000);
    }

    void portalRefreshKeepsLocalChangesAndDropsWhatIsGone()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        AnagraficheCache cache(*db.value());
        QVERIFY(cache.putMany({company(1, QStringLiteral("Uno"), QStringLiteral("Rho"), QStringLiteral("1")),
                               company(2, QStringLiteral("Due"), QStringLiteral("Rho"), QStringLiteral("2")),
                               company(3, QStringLiteral("Tre"), QStringLiteral("Rho"), QStringLiteral("3"))},
                              false));
        // Changed here, not yet sent:
        QVERIFY(cache.put(company(2, QStringLiteral("Due (mia modifica)"), QStringLiteral("Rho"), QStringLiteral("2")),
                          true));
        const qint64 local = cache.nextLocalId().value();
        QVERIFY(local < 0);
        QVERIFY(cache.nextLocalId().value() < local);
        QVERIFY(cache.put(company(local, QStringLiteral("Nuova offline"), QStringLiteral("Rho"), QString()), true));

        // The portal: 1 renamed, 2 changed by someone else, 3 deleted.
        QVERIFY(cache.replaceFromPortal(
            {company(1, QStringLiteral("Uno bis"), QStringLiteral("Rho"), QStringLiteral("1")),
             company(2, QStringLiteral("Due (portale)"), QStringLiteral("Rho"), QStringLiteral("2"))}));
        QCOMPARE(cache.find(1).value()->denominazione, QStringLiteral("Uno bis"));
        QCOMPARE(cache.find(2).value()->denominazione, QStringLiteral("Due (mia modifica)"));
        QVERIFY(!cache.find(3).value().has_value());
        QVERIFY(cache.find(local).value().has_value());

        ListQuery query;
        query.text = QStringLiteral("offline");
        QCOMPARE(ids(cache, query), QList<qint64>{local});
        QVERIFY(cache.changeId(local, 40));
        QCOMPARE(ids(cache, query), QList<qint64>{40});
    }

    void survivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto db = store::LocalDatabase::open(path);
            QVERIFY(db);
            AnagraficheCache cache(*db.value());
            QVERIFY(cache.put(company(5, QStringLiteral("Persistente"), QStringLiteral("Rho"), QString()), true));
        }
        auto db = store::LocalDatabase::open(path);
        QVERIFY(db);
        AnagraficheCache cache(*db.value());
        const auto rows = cache.rows({}, 0, 10);
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->first().pending);
    }
};

QTEST_GUILESS_MAIN(TestAnagraficheCache)
#include "tst_anagrafichecache.moc"
