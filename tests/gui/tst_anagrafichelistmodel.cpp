#include "app/anagrafiche/AnagraficheCache.h"
#include "app/store/LocalDatabase.h"
#include "tests/support/SampleAnagrafiche.h"
#include "tests/support/TestEnvironment.h"
#include "ui/anagrafiche/AnagraficheListModel.h"

#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace inlinea;
using anagrafiche::Anagrafica;
using anagrafiche::AnagraficheCache;
using anagrafiche::ListQuery;
using ui::AnagraficheListModel;

namespace {

struct Fixture {
    std::unique_ptr<store::LocalDatabase> db;
    std::unique_ptr<AnagraficheCache> cache;
};

Fixture filled(const QList<Anagrafica>& list, bool pending = false)
{
    auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
    if (!db) {
        qFatal("cannot open the database: %s", qPrintable(db.error().detail));
    }
    Fixture f{std::move(db).value(), nullptr};
    f.cache = std::make_unique<AnagraficheCache>(*f.db);
    if (!list.isEmpty() && !f.cache->putMany(list, pending)) {
        qFatal("cannot fill the cache");
    }
    return f;
}

Anagrafica company(qint64 id, const QString& name, const QString& comune, const QString& piva)
{
    Anagrafica a;
    a.id = id;
    a.version = 1;
    a.tipo = Anagrafica::Tipo::PersonaGiuridica;
    a.denominazione = name;
    a.indirizzo = QStringLiteral("Via Roma %1").arg(id);
    a.comune = comune;
    a.cap = QStringLiteral("20100");
    a.provincia = QStringLiteral("MI");
    a.partitaIva = piva;
    a.codiceFiscale = piva;
    return a;
}

Anagrafica person(qint64 id, const QString& cognome, const QString& nome, const QString& comune, const QString& cf)
{
    Anagrafica a;
    a.id = id;
    a.version = 1;
    a.tipo = Anagrafica::Tipo::PersonaFisica;
    a.cognome = cognome;
    a.nome = nome;
    a.indirizzo = QStringLiteral("Corso Italia %1").arg(id);
    a.comune = comune;
    a.codiceFiscale = cf;
    return a;
}

// A handful of records whose names, codes and towns tell them apart.
QList<Anagrafica> few()
{
    return {
        company(1, QStringLiteral("Galvanica Brambilla S.r.l."), QStringLiteral("Rho"), QStringLiteral("00743110157")),
        company(2, QStringLiteral("Tessile Zanetti S.p.A."), QStringLiteral("Sesto San Giovanni"),
                QStringLiteral("12345678903")),
        person(3, QStringLiteral("Rossi"), QStringLiteral("Mario"), QStringLiteral("Milano"),
               QStringLiteral("RSSMRA85T10A562S")),
        person(4, QStringLiteral("Bianchi"), QStringLiteral("Laura"), QStringLiteral("Bollate"),
               QStringLiteral("BNCLRA90A41F205K")),
        company(5, QStringLiteral("Fonderia Quaglia S.n.c."), QStringLiteral("Legnano"),
                QStringLiteral("09876543210"))};
}

QList<qint64> loadedIds(const AnagraficheListModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.idAt(row);
    }
    return ids;
}

QList<qint64> cacheIds(const AnagraficheCache& cache, const ListQuery& query, int limit)
{
    QList<qint64> ids;
    for (const auto& row : cache.rows(query, 0, limit).value()) {
        ids << row.id;
    }
    return ids;
}

} // namespace

class TestAnagraficheListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void portalColumns()
    {
        Fixture f = filled(few());
        AnagraficheListModel model;
        model.setCache(f.cache.get());
        QCOMPARE(model.columnCount(), 4);
        const QStringList expected{QStringLiteral("ANAGRAFICA"), QStringLiteral("SEDE LEGALE / RESIDENZA"),
                                   QStringLiteral("CODICE FISCALE / PARTITA IVA"), QStringLiteral("DOMANDE")};
        for (int column = 0; column < 4; ++column) {
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
        }
        const int row = model.rowOf(1);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, AnagraficheListModel::NameColumn).data().toString(),
                 QStringLiteral("Galvanica Brambilla S.r.l."));
        QCOMPARE(model.index(row, AnagraficheListModel::AddressColumn).data().toString(),
                 QStringLiteral("Via Roma 1, 20100 Rho (MI)"));
        QCOMPARE(model.index(row, AnagraficheListModel::CodesColumn).data().toString(), QStringLiteral("00743110157"));
        QCOMPARE(model.index(row, AnagraficheListModel::DomandeColumn).data().toInt(), 0);
        QCOMPARE(model.index(row, 0).data(AnagraficheListModel::IdRole).toLongLong(), 1);
        QCOMPARE(model.totalCount(), 5);
    }

    void withoutCacheTheListIsEmpty()
    {
        AnagraficheListModel model;
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setSearchText(QStringLiteral("abc"));
        model.sort(2, Qt::DescendingOrder);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }

    void rowsAreReadOnePageAtATime()
    {
        Fixture f = filled(test::sampleAnagrafiche(10000));
        AnagraficheListModel model;
        QSignalSpy total(&model, &AnagraficheListModel::totalCountChanged);
        model.setCache(f.cache.get());
        // A full first page: the count follows once the page is shown, not within the keystroke.
        QCOMPARE(total.count(), 0);
        QVERIFY(total.wait(1000));
        QCOMPARE(total.first().first().toInt(), 10000);
        QCOMPARE(model.totalCount(), 10000);
        QCOMPARE(model.rowCount(), AnagraficheListModel::PageSize);

        // Asking again without fetching changes nothing.
        QCOMPARE(model.rowCount(), AnagraficheListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &AnagraficheListModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AnagraficheListModel::PageSize);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), AnagraficheListModel::PageSize);
        QCOMPARE(inserted.first().at(2).toInt(), 2 * AnagraficheListModel::PageSize - 1);

        int fetches = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++fetches;
        }
        QCOMPARE(fetches, 10000 / AnagraficheListModel::PageSize - 1);
        QCOMPARE(model.rowCount(), 10000);
        // The pages join up: every record exactly once, in the cache's order.
        QCOMPARE(loadedIds(model), cacheIds(*f.cache, model.query(), 10000));

        // A new search starts again from the first page.
        model.setSearchText(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), AnagraficheListModel::PageSize);
        QVERIFY(model.totalCount() > AnagraficheListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
    }

    void sortMapsToTheCacheQuery_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("sortValue");
        const std::pair<const char*, ListQuery::Sort> columns[] = {{"name", ListQuery::Sort::Name},
                                                                   {"address", ListQuery::Sort::Address},
                                                                   {"codes", ListQuery::Sort::Codes},
                                                                   {"domande", ListQuery::Sort::Domande}};
        int column = 0;
        for (const auto& [name, sort] : columns) {
            QTest::newRow(qPrintable(QStringLiteral("%1 ascending").arg(QLatin1String(name))))
                << column << Qt::AscendingOrder << static_cast<int>(sort);
            QTest::newRow(qPrintable(QStringLiteral("%1 descending").arg(QLatin1String(name))))
                << column << Qt::DescendingOrder << static_cast<int>(sort);
            ++column;
        }
    }

    void sortMapsToTheCacheQuery()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, sortValue);
        const auto sort = static_cast<ListQuery::Sort>(sortValue);
        Fixture f = filled(test::sampleAnagrafiche(2000));
        AnagraficheListModel model;
        model.setCache(f.cache.get());
        model.sort(column, order);
        QCOMPARE(model.query().sort, sort);
        QCOMPARE(model.query().descending, order == Qt::DescendingOrder);
        // Sorting reads the first page again, in the new order.
        QCOMPARE(model.rowCount(), AnagraficheListModel::PageSize);
        model.fetchMore({});
        const QList<qint64> ids = loadedIds(model);
        QCOMPARE(ids,
                 cacheIds(*f.cache, ListQuery{{}, sort, order == Qt::DescendingOrder}, static_cast<int>(ids.size())));

        // What the column shows follows the order too (the address column sorts by comune, which it shows).
        for (int row = 1; row < model.rowCount(); ++row) {
            const QModelIndex before = model.index(row - 1, column);
            const QModelIndex after = model.index(row, column);
            int cmp = 0;
            if (column == AnagraficheListModel::DomandeColumn) {
                cmp = before.data().toInt() - after.data().toInt();
            } else if (column == AnagraficheListModel::NameColumn) {
                cmp = QString::compare(before.data().toString(), after.data().toString(), Qt::CaseInsensitive);
            } else if (column == AnagraficheListModel::CodesColumn) {
                cmp = QString::compare(before.data().toString(), after.data().toString());
            } else {
                continue;
            }
            QVERIFY2(
                order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                qPrintable(
                    QStringLiteral("row %1: %2 / %3").arg(row).arg(before.data().toString(), after.data().toString())));
        }
    }

    void searchAsYouType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("empty lists all") << QString() << QList<qint64>{1, 2, 3, 4, 5};
        QTest::newRow("part of a denomination") << QStringLiteral("brambil") << QList<qint64>{1};
        QTest::newRow("any case") << QStringLiteral("TESSILE") << QList<qint64>{2};
        QTest::newRow("surname and name") << QStringLiteral("rossi mario") << QList<qint64>{3};
        QTest::newRow("codice fiscale") << QStringLiteral("RSSMRA85") << QList<qint64>{3};
        QTest::newRow("codice fiscale lower case") << QStringLiteral("bnclra") << QList<qint64>{4};
        QTest::newRow("partita iva") << QStringLiteral("7431101") << QList<qint64>{1};
        QTest::newRow("comune") << QStringLiteral("Legnano") << QList<qint64>{5};
        QTest::newRow("part of a comune") << QStringLiteral("san giov") << QList<qint64>{2};
        QTest::newRow("spaces around") << QStringLiteral("  bollate ") << QList<qint64>{4};
        QTest::newRow("one character") << QStringLiteral("q") << QList<qint64>{5};
        // Under 3 characters the search matches the start of a word (name, code or town).
        QTest::newRow("one digit") << QStringLiteral("0") << QList<qint64>{1, 5};
        QTest::newRow("two characters") << QStringLiteral("zA") << QList<qint64>{2};
        QTest::newRow("nothing") << QStringLiteral("xyzzy") << QList<qint64>{};
    }

    void searchAsYouType()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        Fixture f = filled(few());
        AnagraficheListModel model;
        model.setCache(f.cache.get());
        model.setSearchText(text);
        QList<qint64> ids = loadedIds(model);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expected);
        QCOMPARE(model.totalCount(), expected.size());
        QCOMPARE(model.searchText(), text.trimmed());
        QVERIFY(!model.canFetchMore({}));
    }

    void searchingIsCheapOnALargeCache()
    {
        Fixture f = filled(test::sampleAnagrafiche(10000));
        AnagraficheListModel model;
        model.setCache(f.cache.get());
        QSignalSpy reset(&model, &AnagraficheListModel::modelReset);
        // Typing "Rossi" one key at a time: one reset per key, never more than a page.
        QString typed;
        for (const QChar c : QStringLiteral("Rossi")) {
            typed += c;
            model.setSearchText(typed);
            QVERIFY(model.rowCount() <= AnagraficheListModel::PageSize);
        }
        QCOMPARE(reset.count(), 5);
        QVERIFY(model.totalCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, 0).data().toString();
            QVERIFY2(name.contains(QStringLiteral("Rossi"), Qt::CaseInsensitive), qPrintable(name));
        }
        // The same text again (or with spaces around) does not query again.
        model.setSearchText(QStringLiteral(" Rossi "));
        QCOMPARE(reset.count(), 5);
    }

    void watchedAndPendingRowsAreMarked()
    {
        QList<Anagrafica> list = few();
        list[0].watched = true;
        Fixture f = filled(list);
        Anagrafica changed = list.at(1);
        changed.telefono = QStringLiteral("02 1234567");
        QVERIFY(f.cache->put(changed, true));

        AnagraficheListModel model;
        model.setCache(f.cache.get());
        const QModelIndex watched = model.index(model.rowOf(1), 0);
        const QModelIndex pending = model.index(model.rowOf(2), 0);
        const QModelIndex plain = model.index(model.rowOf(3), 0);

        QVERIFY(watched.data(AnagraficheListModel::WatchedRole).toBool());
        QVERIFY(!watched.data(AnagraficheListModel::PendingRole).toBool());
        QCOMPARE(watched.data(Qt::ToolTipRole).toString(), QStringLiteral("Sotto osservazione"));
        const QIcon star = watched.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!star.isNull());
        QVERIFY(!watched.data(Qt::FontRole).isValid());

        QVERIFY(pending.data(AnagraficheListModel::PendingRole).toBool());
        QVERIFY(!pending.data(AnagraficheListModel::WatchedRole).toBool());
        QCOMPARE(pending.data(Qt::ToolTipRole).toString(), QStringLiteral("Modifiche in attesa di invio"));
        // Every column of a pending row is in italics.
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(model.index(pending.row(), column).data(Qt::FontRole).value<QFont>().italic());
        }

        QVERIFY(!plain.data(AnagraficheListModel::WatchedRole).toBool());
        QVERIFY(!plain.data(Qt::ToolTipRole).isValid());
        // The blank icon keeps the names aligned, but it is not the star.
        QVERIFY(plain.data(Qt::DecorationRole).value<QIcon>().cacheKey() != star.cacheKey());
        QVERIFY(!model.index(plain.row(), 1).data(Qt::DecorationRole).isValid());
    }

    void reloadKeepsSearchSortAndLoadedRows()
    {
        Fixture f = filled(test::sampleAnagrafiche(3000));
        AnagraficheListModel model;
        model.setCache(f.cache.get());
        model.sort(AnagraficheListModel::DomandeColumn, Qt::DescendingOrder);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3 * AnagraficheListModel::PageSize);

        QVERIFY(f.cache->put(company(90001, QStringLiteral("Nuova Meccanica S.r.l."), QStringLiteral("Rho"),
                                     QStringLiteral("11111111111")),
                             true));
        model.reload();
        QCOMPARE(model.query().sort, ListQuery::Sort::Domande);
        QVERIFY(model.query().descending);
        QCOMPARE(model.rowCount(), 3 * AnagraficheListModel::PageSize);
        QCOMPARE(model.totalCount(), 3001);

        model.setSearchText(QStringLiteral("nuova mecc"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(f.cache->remove(90001));
        model.reload();
        QCOMPARE(model.searchText(), QStringLiteral("nuova mecc"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }
};

QTEST_MAIN(TestAnagraficheListModel)
#include "tst_anagrafichelistmodel.moc"
