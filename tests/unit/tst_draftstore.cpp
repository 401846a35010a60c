#include "app/drafts/DraftStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace inlinea;
using drafts::Draft;
using drafts::DraftError;
using drafts::DraftStore;

Q_DECLARE_METATYPE(DraftError::Kind)

namespace {

QJsonObject values(const QString& text)
{
    return QJsonObject{{QStringLiteral("oggetto"), text},
                       {QStringLiteral("importo"), 1250.5},
                       {QStringLiteral("righe"), QJsonArray{QJsonObject{{QStringLiteral("n"), 1}}}}};
}

QJsonObject exported(DraftStore& store, const QString& id)
{
    return QJsonDocument::fromJson(store.exportDocument(id).value()).object();
}

QByteArray withChecksum(QJsonObject document)
{
    document.insert(QStringLiteral("sha256"), DraftStore::checksum(document));
    return QJsonDocument(document).toJson();
}

} // namespace

class TestDraftStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<store::LocalDatabase> openFresh()
    {
        return store::LocalDatabase::open(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_files))).value();
    }

private Q_SLOTS:
    void createLoadSaveSurviveReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        QString id;
        {
            auto db = store::LocalDatabase::open(path).value();
            DraftStore store(*db);
            const Draft created = store
                                      .create(42, QStringLiteral("SCIA"), QStringLiteral("2.1"),
                                              QStringLiteral("Apertura bar"), values(QStringLiteral("a")))
                                      .value();
            id = created.id;
            QVERIFY(!QUuid::fromString(id).isNull());
            QCOMPARE(created.revision, 0);
            QCOMPARE(created.createdAt, created.updatedAt);
            QCOMPARE(store.save(id, values(QStringLiteral("ab"))).value(), 1);
            QCOMPARE(store.save(id, values(QStringLiteral("abc"))).value(), 2);
        }
        auto db = store::LocalDatabase::open(path).value();
        DraftStore store(*db);
        const Draft loaded = store.load(id).value();
        QCOMPARE(loaded.anagraficaId, 42);
        QCOMPARE(loaded.procedimento, QStringLiteral("SCIA"));
        QCOMPARE(loaded.definitionVersion, QStringLiteral("2.1"));
        QCOMPARE(loaded.title, QStringLiteral("Apertura bar"));
        QCOMPARE(loaded.data, values(QStringLiteral("abc")));
        QCOMPARE(loaded.revision, 2);
        QVERIFY(loaded.updatedAt >= loaded.createdAt);
        QCOMPARE(loaded.createdAt.timeSpec(), Qt::UTC);
    }

    void schemaHasTheDraftTables()
    {
        auto db = openFresh();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QVERIFY(q.value(0).toInt() >= 3);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                      "('drafts', 'draft_attachments', 'draft_migrations')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void listsNewestFirstAndPerAnagrafica()
    {
        auto db = openFresh();
        DraftStore store(*db);
        const QString a = store.create(1, QStringLiteral("P"), QStringLiteral("1"), QStringLiteral("a")).value().id;
        QTest::qWait(3);
        const QString b = store.create(2, QStringLiteral("P"), QStringLiteral("1"), QStringLiteral("b")).value().id;
        QTest::qWait(3);
        const QString c = store.create(1, QStringLiteral("P"), QStringLiteral("1"), QStringLiteral("c")).value().id;
        QTest::qWait(3);
        QVERIFY(store.save(a, values(QStringLiteral("x")))); // a becomes the newest
        const auto all = store.list().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].id, a);
        QCOMPARE(all[1].id, c);
        QCOMPARE(all[2].id, b);
        const auto ofOne = store.list(1).value();
        QCOMPARE(ofOne.size(), 2);
        QCOMPARE(ofOne[0].id, a);
        QCOMPARE(ofOne[1].id, c);
        QVERIFY(store.list(99).value().isEmpty());
    }

    void draftsFollowAnAnagraficaAcceptedByThePortal()
    {
        auto db = openFresh();
        DraftStore store(*db);
        const QString offline =
            store.create(-3, QStringLiteral("P"), QStringLiteral("1"), QStringLiteral("a")).value().id;
        const QString other =
            store.create(-4, QStringLiteral("P"), QStringLiteral("1"), QStringLiteral("b")).value().id;
        QVERIFY(store.renumberAnagrafica(-3, 812));
        QCOMPARE(store.load(offline).value().anagraficaId, 812);
        QCOMPARE(store.load(other).value().anagraficaId, -4);
    }

    void duplicateRenameRemove()
    {
        auto db = openFresh();
        DraftStore store(*db);
        const Draft original =
            store.create(7, QStringLiteral("P"), QStringLiteral("3"), QStringLiteral("t"), values(QStringLiteral("v")))
                .value();
        QVERIFY(store.save(original.id, values(QStringLiteral("w"))));
        const Draft copy = store.duplicate(original.id).value();
        QVERIFY(copy.id != original.id);
        QCOMPARE(copy.revision, 0);
        QCOMPARE(copy.data, values(QStringLiteral("w")));
        QCOMPARE(copy.anagraficaId, 7);
        QVERIFY(store.rename(copy.id, QStringLiteral("copia")));
        QCOMPARE(store.load(copy.id).value().title, QStringLiteral("copia"));
        QCOMPARE(store.load(original.id).value().title, QStringLiteral("t"));
        QVERIFY(store.remove(original.id));
        QCOMPARE(store.load(original.id).error().kind, DraftError::Kind::NotFound);
        QCOMPARE(store.remove(original.id).error().kind, DraftError::Kind::NotFound);
        QCOMPARE(store.save(original.id, {}).error().kind, DraftError::Kind::NotFound);
        QCOMPARE(store.duplicate(original.id).error().kind, DraftError::Kind::NotFound);
        QCOMPARE(store.rename(original.id, QStringLiteral("x")).error().kind, DraftError::Kind::NotFound);
        QCOMPARE(store.list().value().size(), 1);
    }

    void exportImportRoundTrip()
    {
        auto db = openFresh();
        DraftStore store(*db);
        const Draft original = store
                                   .create(-3, QStringLiteral("SCIA"), QStringLiteral("2.1"),
                                           QStringLiteral("Àccentàto \"quoted\""), values(QStringLiteral("ü€")))
                                   .value();
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        QVERIFY(store.exportTo(original.id, file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("inlinea-draft"));
        QCOMPARE(document.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(document.value(QStringLiteral("procedimento")).toString(), QStringLiteral("SCIA"));
        QCOMPARE(document.value(QStringLiteral("definitionVersion")).toString(), QStringLiteral("2.1"));
        QCOMPARE(document.value(QStringLiteral("sha256")).toString().size(), 64);
        QCOMPARE(document.value(QStringLiteral("data")).toObject(), values(QStringLiteral("ü€")));

        const Draft imported = store.importFrom(file).value();
        QVERIFY(imported.id != original.id);
        QCOMPARE(imported.anagraficaId, -3);
        QCOMPARE(imported.title, original.title);
        QCOMPARE(imported.procedimento, original.procedimento);
        QCOMPARE(imported.definitionVersion, original.definitionVersion);
        QCOMPARE(imported.data, original.data);
        QCOMPARE(store.load(imported.id).value().data, original.data);
        QCOMPARE(store.exportTo(QStringLiteral("nope"), file).error().kind, DraftError::Kind::NotFound);
        QCOMPARE(store.exportTo(original.id, m_dir.filePath(QStringLiteral("no/such/dir/x.json"))).error().kind,
                 DraftError::Kind::FileUnwritable);
        QCOMPARE(store.importFrom(m_dir.filePath(QStringLiteral("missing.json"))).error().kind,
                 DraftError::Kind::FileUnreadable);
    }

    void importRejects_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<DraftError::Kind>("kind");
        QTest::newRow("not json") << "notjson" << DraftError::Kind::NotJson;
        QTest::newRow("json array") << "array" << DraftError::Kind::NotJson;
        QTest::newRow("no marker") << "nomarker" << DraftError::Kind::NotADraftFile;
        QTest::newRow("other marker") << "othermarker" << DraftError::Kind::NotADraftFile;
        QTest::newRow("version 2") << "version2" << DraftError::Kind::UnsupportedVersion;
        QTest::newRow("version text") << "versiontext" << DraftError::Kind::UnsupportedVersion;
        QTest::newRow("data changed") << "tampered" << DraftError::Kind::ChecksumMismatch;
        QTest::newRow("checksum changed") << "badsum" << DraftError::Kind::ChecksumMismatch;
        QTest::newRow("no checksum") << "nosum" << DraftError::Kind::Malformed;
        QTest::newRow("no data (resigned)") << "nodata" << DraftError::Kind::Malformed;
        QTest::newRow("no procedimento (resigned)") << "noprocedimento" << DraftError::Kind::Malformed;
        QTest::newRow("bad anagrafica (resigned)") << "badanagrafica" << DraftError::Kind::Malformed;
        QTest::newRow("truncated") << "truncated" << DraftError::Kind::NotJson;
    }

    void importRejects()
    {
        QFETCH(QString, change);
        QFETCH(DraftError::Kind, kind);
        auto db = openFresh();
        DraftStore store(*db);
        const QString id =
            store.create(1, QStringLiteral("P"), QStringLiteral("1"), QStringLiteral("t"), values(QStringLiteral("v")))
                .value()
                .id;
        QJsonObject doc = exported(store, id);
        QByteArray bytes;
        if (change == QLatin1String("notjson")) {
            bytes = "hello";
        } else if (change == QLatin1String("array")) {
            bytes = "[1, 2]";
        } else if (change == QLatin1String("nomarker")) {
            doc.remove(QStringLiteral("format"));
            bytes = withChecksum(doc);
        } else if (change == QLatin1String("othermarker")) {
            doc.insert(QStringLiteral("format"), QStringLiteral("something-else"));
            bytes = withChecksum(doc);
        } else if (change == QLatin1String("version2")) {
            doc.insert(QStringLiteral("formatVersion"), 2);
            bytes = withChecksum(doc);
        } else if (change == QLatin1String("versiontext")) {
            doc.insert(QStringLiteral("formatVersion"), QStringLiteral("1"));
            bytes = withChecksum(doc);
        } else if (change == QLatin1String("tampered")) {
            doc.insert(QStringLiteral("data"), values(QStringLiteral("changed")));
            bytes = QJsonDocument(doc).toJson();
        } else if (change == QLatin1String("badsum")) {
            doc.insert(QStringLiteral("sha256"), QString(64, u'0'));
            bytes = QJsonDocument(doc).toJson();
        } else if (change == QLatin1String("nosum")) {
            doc.remove(QStringLiteral("sha256"));
            bytes = QJsonDocument(doc).toJson();
        } else if (change == QLatin1String("nodata")) {
            doc.remove(QStringLiteral("data"));
            bytes = withChecksum(doc);
        } else if (change == QLatin1String("noprocedimento")) {
            doc.remove(QStringLiteral("procedimento"));
            bytes = withChecksum(doc);
        } else if (change == QLatin1String("badanagrafica")) {
            doc.insert(QStringLiteral("anagraficaId"), QStringLiteral("x1"));
            bytes = withChecksum(doc);
        } else if (change == QLatin1String("truncated")) {
            bytes = QJsonDocument(doc).toJson();
            bytes.chop(bytes.size() / 3);
        }
        const auto imported = store.importDocument(bytes);
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, kind);
        QCOMPARE(store.list().value().size(), 1); // nothing stored
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
