// Anagrafiche and profile against the reference portal: first sync, offline edits sent when the portal is back,
// a concurrent edit turned into a conflict and merged, idempotent creates, refused data kept for the user.
#include "app/anagrafiche/AnagraficheApi.h"
#include "app/portal/FieldProblem.h"
#include "app/profile/ProfileApi.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using anagrafiche::Anagrafica;
using sync::OutboxItem;
using sync::SyncEngine;

namespace {

const QString Compilatore = QStringLiteral("RSSMRA85T10A562S");

bool waitForIdle(SyncEngine* engine, int timeoutMs = 20000)
{
    QSignalSpy synced(engine, &SyncEngine::synced);
    engine->syncNow();
    if (!synced.wait(timeoutMs)) {
        return false;
    }
    // A change made just before may have asked for one more round.
    QDeadlineTimer deadline(timeoutMs);
    while (engine->state() != SyncEngine::State::Idle && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return engine->state() == SyncEngine::State::Idle;
}

// The portal's current record, read with another session (what anyone else would see).
Anagrafica fetch(test::PortalSession& other, qint64 id)
{
    std::optional<Anagrafica> result;
    other.user().anagraficheApi()->get(id, other.client(), [&](const Result<Anagrafica, portal::PortalError>& r) {
        if (r) {
            result = r.value();
        }
    });
    QDeadlineTimer deadline(10000);
    while (!result && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return result.value_or(Anagrafica{});
}

} // namespace

class TestAnagraficheSync : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::PortalFixture> m_portal;
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    std::unique_ptr<test::PortalSession> session()
    {
        QString why;
        auto s = test::PortalSession::open(*m_portal, Compilatore,
                                           m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount)), &why);
        if (!s) {
            qWarning() << why;
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        test::PortalFixture::Options options;
        options.seed = true;
        m_portal = std::make_unique<test::PortalFixture>(options);
        const QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void firstSyncFillsTheCacheAndTheProfile()
    {
        auto s = session();
        QVERIFY(s);
        QVERIFY(waitForIdle(s->user().sync()));
        const auto count = s->user().anagrafiche().count({});
        QCOMPARE(count.value(), 25);
        int withDomande = 0;
        for (const Anagrafica& a : s->user().anagrafiche().all().value()) {
            QVERIFY2(a.id > 0 && a.version > 0,
                     qPrintable(QStringLiteral("%1 v%2 %3").arg(a.id).arg(a.version).arg(a.displayName())));
            QVERIFY(!a.codiceFiscale.isEmpty());
            withDomande += a.domande > 0 ? 1 : 0;
        }
        QVERIFY(withDomande > 0);
        const auto profile = s->user().profile().load();
        QVERIFY(profile && profile.value());
        QCOMPARE(profile.value()->codiceFiscale, Compilatore);
        QVERIFY(profile.value()->identityLocked); // a CNS session
    }

    void offlineEditsAreSentWhenThePortalIsBack()
    {
        auto s = session();
        QVERIFY(s);
        SyncEngine* engine = s->user().sync();
        engine->setRetryDelays(std::chrono::milliseconds(300), std::chrono::milliseconds(1000));
        QVERIFY(waitForIdle(engine));
        Anagrafica edited = s->user().anagrafiche().all().value().first();

        m_portal->stop();
        edited.telefono = QStringLiteral("02 1234 5678");
        QVERIFY(engine->saveAnagrafica(edited));
        Anagrafica created;
        created.tipo = Anagrafica::Tipo::PersonaGiuridica;
        created.denominazione = QStringLiteral("Nuova Offline S.r.l.");
        created.codiceFiscale = QStringLiteral("00743110157");
        created.partitaIva = QStringLiteral("00743110157");
        created.pec = QStringLiteral("nuova@pec.example.it");
        created.indirizzo = QStringLiteral("Via Roma 1");
        created.comune = QStringLiteral("Milano");
        created.cap = QStringLiteral("20121");
        created.provincia = QStringLiteral("MI");
        const auto localId = engine->saveAnagrafica(created);
        QVERIFY(localId && localId.value() < 0);
        auto profile = *s->user().profile().load().value();
        profile.newsletterServizi = !profile.newsletterServizi;
        QVERIFY(engine->saveProfile(profile));

        QSignalSpy waiting(engine, &SyncEngine::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Waiting, 10000);
        QVERIFY(engine->lastError().isUnreachable());
        QCOMPARE(engine->pendingCount(), 3);
        // Everything stays readable and searchable while the portal is away.
        anagrafiche::ListQuery query;
        query.text = QStringLiteral("offline");
        QCOMPARE(s->user().anagrafiche().count(query).value(), 1);
        QCOMPARE(s->user().anagrafiche().find(edited.id).value()->telefono, QStringLiteral("02 1234 5678"));

        const QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(engine->pendingCount(), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), SyncEngine::State::Idle, 20000);

        auto other = session();
        QVERIFY(other);
        QCOMPARE(fetch(*other, edited.id).telefono, QStringLiteral("02 1234 5678"));
        const auto rows = s->user().anagrafiche().rows(query, 0, 10).value();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().id > 0);
        QVERIFY(!rows.first().pending);
        QCOMPARE(fetch(*other, rows.first().id).denominazione, QStringLiteral("Nuova Offline S.r.l."));
        QCOMPARE(s->user().profile().load().value()->newsletterServizi, profile.newsletterServizi);
    }

    void aConcurrentEditBecomesAConflictAndIsMerged()
    {
        auto mine = session();
        auto theirs = session();
        QVERIFY(mine && theirs);
        QVERIFY(waitForIdle(mine->user().sync()));
        QVERIFY(waitForIdle(theirs->user().sync()));
        const qint64 id = mine->user().anagrafiche().all().value().at(1).id;

        // Someone else changes the e-mail first.
        Anagrafica theirEdit = *theirs->user().anagrafiche().find(id).value();
        theirEdit.email = QStringLiteral("altro@example.it");
        QVERIFY(theirs->user().sync()->saveAnagrafica(theirEdit));
        QTRY_COMPARE_WITH_TIMEOUT(theirs->user().sync()->pendingCount(), 0, 10000);

        // I change the phone on my (now stale) copy.
        Anagrafica myEdit = *mine->user().anagrafiche().find(id).value();
        myEdit.telefono = QStringLiteral("333 1112222");
        myEdit.email = QStringLiteral("mia@example.it");
        QSignalSpy attention(mine->user().sync(), &SyncEngine::attentionNeeded);
        QVERIFY(mine->user().sync()->saveAnagrafica(myEdit));
        QVERIFY(attention.wait(10000));
        const qint64 outboxId = attention.first().first().toLongLong();
        const auto item = mine->user().outbox().find(outboxId).value();
        QCOMPARE(item->state, OutboxItem::State::Conflict);
        QCOMPARE(item->portalVersion.value(QStringLiteral("email")).toString(), QStringLiteral("altro@example.it"));
        // Nothing I typed is lost while I decide.
        QCOMPARE(mine->user().anagrafiche().find(id).value()->telefono, QStringLiteral("333 1112222"));
        QCOMPARE(mine->user().sync()->pendingCount(), 1);

        // Merge: my phone, their e-mail.
        QJsonObject merged = item->payload;
        merged.insert(QStringLiteral("email"), item->portalVersion.value(QStringLiteral("email")));
        QVERIFY(mine->user().sync()->resolveWith(outboxId, merged));
        QTRY_COMPARE_WITH_TIMEOUT(mine->user().sync()->pendingCount(), 0, 10000);
        const Anagrafica onPortal = fetch(*theirs, id);
        QCOMPARE(onPortal.telefono, QStringLiteral("333 1112222"));
        QCOMPARE(onPortal.email, QStringLiteral("altro@example.it"));
    }

    void keepingThePortalVersionDropsMyChange()
    {
        auto mine = session();
        auto theirs = session();
        QVERIFY(mine && theirs);
        QVERIFY(waitForIdle(mine->user().sync()));
        QVERIFY(waitForIdle(theirs->user().sync()));
        const qint64 id = mine->user().anagrafiche().all().value().at(2).id;
        Anagrafica theirEdit = *theirs->user().anagrafiche().find(id).value();
        theirEdit.telefono = QStringLiteral("02 999");
        QVERIFY(theirs->user().sync()->saveAnagrafica(theirEdit));
        QTRY_COMPARE_WITH_TIMEOUT(theirs->user().sync()->pendingCount(), 0, 10000);

        Anagrafica myEdit = *mine->user().anagrafiche().find(id).value();
        myEdit.telefono = QStringLiteral("02 111");
        QSignalSpy attention(mine->user().sync(), &SyncEngine::attentionNeeded);
        QVERIFY(mine->user().sync()->saveAnagrafica(myEdit));
        QVERIFY(attention.wait(10000));
        QVERIFY(mine->user().sync()->keepPortalVersion(attention.first().first().toLongLong()));
        QTRY_COMPARE_WITH_TIMEOUT(mine->user().sync()->pendingCount(), 0, 10000);
        QCOMPARE(mine->user().anagrafiche().find(id).value()->telefono, QStringLiteral("02 999"));
        QVERIFY(!mine->user().anagrafiche().rows({}, 0, 100).value().isEmpty());
    }

    void aProfileConflictIsMergedToo()
    {
        auto mine = session();
        auto theirs = session();
        QVERIFY(mine && theirs);
        QVERIFY(waitForIdle(mine->user().sync()));
        QVERIFY(waitForIdle(theirs->user().sync()));
        profile::Profile theirEdit = *theirs->user().profile().load().value();
        theirEdit.residenzaCap = QStringLiteral("20135");
        QVERIFY(theirs->user().sync()->saveProfile(theirEdit));
        QTRY_COMPARE_WITH_TIMEOUT(theirs->user().sync()->pendingCount(), 0, 10000);

        profile::Profile myEdit = *mine->user().profile().load().value();
        myEdit.residenzaIndirizzo = QStringLiteral("Via Dante 7");
        myEdit.residenzaCap = QStringLiteral("20121");
        QSignalSpy attention(mine->user().sync(), &SyncEngine::attentionNeeded);
        QVERIFY(mine->user().sync()->saveProfile(myEdit));
        QVERIFY(attention.wait(10000));
        const auto item = mine->user().outbox().find(attention.first().first().toLongLong()).value();
        QCOMPARE(item->state, OutboxItem::State::Conflict);
        QCOMPARE(item->entity, OutboxItem::Entity::Profile);
        QJsonObject merged = item->payload;
        merged.insert(QStringLiteral("residenza_cap"), item->portalVersion.value(QStringLiteral("residenza_cap")));
        QVERIFY(mine->user().sync()->resolveWith(item->id, merged));
        QTRY_COMPARE_WITH_TIMEOUT(mine->user().sync()->pendingCount(), 0, 10000);
        const auto stored = mine->user().profile().load().value();
        QCOMPARE(stored->residenzaIndirizzo, QStringLiteral("Via Dante 7"));
        QCOMPARE(stored->residenzaCap, QStringLiteral("20135"));
        QVERIFY(!mine->user().profile().isPending().value());
    }

    void createWithTheSameKeyCreatesOnce()
    {
        auto s = session();
        QVERIFY(s);
        Anagrafica a;
        a.tipo = Anagrafica::Tipo::Ente;
        a.denominazione = QStringLiteral("Comune di Prova");
        a.codiceFiscale = QStringLiteral("00743110157");
        a.pec = QStringLiteral("protocollo@pec.comune.example.it");
        a.indirizzo = QStringLiteral("Piazza Municipio 1");
        a.comune = QStringLiteral("Rho");
        QList<qint64> ids;
        for (int attempt = 0; attempt < 2; ++attempt) {
            s->user().anagraficheApi()->create(a, QByteArrayLiteral("same-key-1"), s->client(),
                                               [&](const Result<Anagrafica, portal::PortalError>& r) {
                                                   QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
                                                   ids << r->id;
                                               });
            QTRY_COMPARE_WITH_TIMEOUT(ids.size(), attempt + 1, 10000);
        }
        QCOMPARE(ids.at(0), ids.at(1));
    }

    void refusedDataIsKeptForTheUser()
    {
        auto s = session();
        QVERIFY(s);
        QVERIFY(waitForIdle(s->user().sync()));
        Anagrafica bad = s->user().anagrafiche().all().value().first();
        bad.codiceFiscale = QStringLiteral("RSSMRA85T10A562X"); // wrong check letter
        bad.tipo = Anagrafica::Tipo::PersonaFisica;
        QSignalSpy attention(s->user().sync(), &SyncEngine::attentionNeeded);
        QVERIFY(s->user().sync()->saveAnagrafica(bad));
        QVERIFY(attention.wait(10000));
        const auto item = s->user().outbox().find(attention.first().first().toLongLong()).value();
        QCOMPARE(item->state, OutboxItem::State::Rejected);
        const auto problems = portal::FieldProblem::parse(item->problem);
        QVERIFY(!problems.isEmpty());
        bool cfReported = false;
        for (const auto& p : problems) {
            cfReported |= p.field == QLatin1String("codice_fiscale");
        }
        QVERIFY2(cfReported, item->problem.constData());
        QCOMPARE(s->user().anagrafiche().find(bad.id).value()->codiceFiscale, bad.codiceFiscale);

        QVERIFY(s->user().sync()->discard(item->id));
        QVERIFY(waitForIdle(s->user().sync()));
        QVERIFY(s->user().anagrafiche().find(bad.id).value()->codiceFiscale != bad.codiceFiscale);
        QCOMPARE(s->user().sync()->pendingCount(), 0);
    }

    void cleanupTestCase() { m_portal.reset(); }
};

QTEST_GUILESS_MAIN(TestAnagraficheSync)
#include "tst_anagrafichesync.moc"
