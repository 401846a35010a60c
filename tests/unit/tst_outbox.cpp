#include "app/sync/Outbox.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using sync::Outbox;
using sync::OutboxItem;
using Op = OutboxItem::Operation;

class TestOutbox : public QObject {
    Q_OBJECT
private:
    static OutboxItem change(Op op, qint64 id, const QString& name, int base = 1)
    {
        OutboxItem item;
        item.operation = op;
        item.entityId = id;
        item.baseVersion = base;
        item.payload = QJsonObject{{QStringLiteral("denominazione"), name}};
        return item;
    }

private Q_SLOTS:
    void keepsOrderAndSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("o.sqlite"));
        QByteArray key;
        {
            auto db = store::LocalDatabase::open(path);
            Outbox outbox(*db.value());
            QVERIFY(outbox.enqueue(change(Op::Create, -1, QStringLiteral("A"), 0)));
            QVERIFY(outbox.enqueue(change(Op::Update, 5, QStringLiteral("B"))));
            QVERIFY(outbox.enqueue(change(Op::Watch, 6, QString())));
            key = outbox.nextPending().value()->idempotencyKey;
            QVERIFY(!key.isEmpty());
        }
        auto db = store::LocalDatabase::open(path);
        Outbox outbox(*db.value());
        const auto items = outbox.items().value();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].operation, Op::Create);
        QCOMPARE(items[0].idempotencyKey, key); // the same key on every attempt, across restarts
        QCOMPARE(items[1].payload.value(QStringLiteral("denominazione")).toString(), QStringLiteral("B"));
        QCOMPARE(items[2].operation, Op::Watch);
        QCOMPARE(outbox.count().value(), 3);
    }

    void foldsChangesOfTheSameRecord()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        Outbox outbox(*db.value());
        // Two updates → one, with the first base version and the last data.
        QVERIFY(outbox.enqueue(change(Op::Update, 5, QStringLiteral("first"), 3)));
        QVERIFY(outbox.enqueue(change(Op::Update, 5, QStringLiteral("second"), 3)));
        // An update of a record created offline → its create.
        QVERIFY(outbox.enqueue(change(Op::Create, -1, QStringLiteral("new"), 0)));
        QVERIFY(outbox.enqueue(change(Op::Update, -1, QStringLiteral("new, corrected"), 0)));
        auto items = outbox.items().value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].payload.value(QStringLiteral("denominazione")).toString(), QStringLiteral("second"));
        QCOMPARE(items[0].baseVersion, 3);
        QCOMPARE(items[1].operation, Op::Create);
        QCOMPARE(items[1].payload.value(QStringLiteral("denominazione")).toString(), QStringLiteral("new, corrected"));

        // Deleting a record created offline: nothing left to send for it.
        const auto dropped = outbox.enqueue(change(Op::Delete, -1, QString(), 0));
        QVERIFY(dropped && !dropped.value().has_value());
        // Deleting an edited record: only the delete remains.
        QVERIFY(outbox.enqueue(change(Op::Delete, 5, QString(), 3)));
        items = outbox.items().value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].operation, Op::Delete);
    }

    void conflictsAndRejectionsWaitForTheUser()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        Outbox outbox(*db.value());
        const qint64 id = outbox.enqueue(change(Op::Update, 5, QStringLiteral("mine"), 1)).value().value();
        const QJsonObject portal{{QStringLiteral("denominazione"), QStringLiteral("theirs")},
                                 {QStringLiteral("version"), 2}};
        QVERIFY(outbox.markConflict(id, portal));
        QVERIFY(!outbox.nextPending().value().has_value());
        QCOMPARE(outbox.count(OutboxItem::State::Conflict).value(), 1);
        QCOMPARE(outbox.find(id).value()->portalVersion, portal);
        // A later edit of the record in conflict is not folded into it (the user has not decided yet).
        QVERIFY(outbox.enqueue(change(Op::Update, 5, QStringLiteral("later"), 1)));
        QCOMPARE(outbox.count().value(), 2);

        QVERIFY(outbox.retry(id, QJsonObject{{QStringLiteral("denominazione"), QStringLiteral("merged")}}, 2));
        const auto next = outbox.nextPending().value();
        QCOMPARE(next->id, id);
        QCOMPARE(next->baseVersion, 2);
        QVERIFY(next->portalVersion.isEmpty());

        QVERIFY(outbox.markRejected(id, QByteArrayLiteral("{\"code\":\"validation_failed\"}")));
        QCOMPARE(outbox.find(id).value()->state, OutboxItem::State::Rejected);
        QCOMPARE(outbox.find(id).value()->attempts, 2); // the conflict, then the rejection
    }

    void renumberAndRebaseFollowTheAcceptedRecord()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        Outbox outbox(*db.value());
        const qint64 create = outbox.enqueue(change(Op::Create, -3, QStringLiteral("x"), 0)).value().value();
        QVERIFY(outbox.enqueue(change(Op::Watch, -3, QString(), 0)));
        QVERIFY(outbox.remove(create));
        QVERIFY(outbox.renumber(-3, 77));
        QVERIFY(outbox.rebase(OutboxItem::Entity::Anagrafica, 77, 1));
        const auto watch = outbox.nextPending().value();
        QCOMPARE(watch->entityId, 77);
        QCOMPARE(watch->baseVersion, 1);
        QVERIFY(outbox.hasChanges(OutboxItem::Entity::Anagrafica, 77).value());
        QVERIFY(!outbox.hasChanges(OutboxItem::Entity::Anagrafica, -3).value());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
