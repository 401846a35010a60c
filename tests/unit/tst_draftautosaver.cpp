#include "app/drafts/DraftAutosaver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using drafts::DraftAutosaver;
using drafts::DraftError;
using drafts::DraftStore;

namespace {

QJsonObject text(const QString& value)
{
    return QJsonObject{{QStringLiteral("note"), value}};
}

} // namespace

class TestDraftAutosaver : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::LocalDatabase> m_db;
    std::unique_ptr<DraftStore> m_store;
    QString m_id;

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_db.reset();
        m_db = store::LocalDatabase::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())))
                   .value();
        m_store = std::make_unique<DraftStore>(*m_db);
        m_id = m_store->create(1, QStringLiteral("P"), QStringLiteral("1"), QStringLiteral("t")).value().id;
    }

    void savesWithinTheDelay()
    {
        DraftAutosaver saver(*m_store, m_id);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        QElapsedTimer clock;
        clock.start();
        saver.setData(text(QStringLiteral("a")));
        QVERIFY(saver.hasPendingChanges());
        QVERIFY(saver.isSaveScheduled());
        QVERIFY(saved.wait(1000));
        const qint64 latency = clock.elapsed();
        qInfo("change to acknowledged save: %lld ms", latency);
        QVERIFY2(latency <= 200 + 20, qPrintable(QString::number(latency))); // 20 ms for a loaded test machine
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toLongLong(), 1);
        QCOMPARE(saver.savedRevision(), 1);
        QVERIFY(!saver.hasPendingChanges());
        QCOMPARE(m_store->load(m_id).value().data, text(QStringLiteral("a")));
    }

    void coalescesABurstIntoOneSave()
    {
        DraftAutosaver saver(*m_store, m_id);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        QString typed;
        for (int i = 0; i < 20; ++i) {
            typed += QLatin1Char(char('a' + i));
            saver.setData(text(typed));
            QVERIFY(saver.isSaveScheduled());
        }
        QVERIFY(saved.wait(1000));
        QTest::qWait(300);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_store->load(m_id).value().data, text(typed));
        QCOMPARE(m_store->load(m_id).value().revision, 1);
    }

    void steadyTypingIsSavedEveryDelay()
    {
        // A change every 10 ms for 1 s: saved about every 150 ms, not postponed until the typing stops.
        DraftAutosaver saver(*m_store, m_id);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        QString typed;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1000) {
            typed += QLatin1Char('x');
            saver.setData(text(typed));
            QTest::qWait(10);
        }
        QVERIFY2(saved.size() >= 4, qPrintable(QString::number(saved.size())));
        QVERIFY2(saved.size() <= 8, qPrintable(QString::number(saved.size())));
        QVERIFY(saver.flush());
        QCOMPARE(m_store->load(m_id).value().data, text(typed));
    }

    void flushSavesAtOnceAndOnlyWhenPending()
    {
        DraftAutosaver saver(*m_store, m_id);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        QVERIFY(saver.flush()); // nothing pending: no save
        QCOMPARE(saved.size(), 0);
        saver.setData(text(QStringLiteral("now")));
        QVERIFY(saver.flush());
        QCOMPARE(saved.size(), 1);
        QVERIFY(!saver.isSaveScheduled());
        QCOMPARE(m_store->load(m_id).value().data, text(QStringLiteral("now")));
        QTest::qWait(250);
        QCOMPARE(saved.size(), 1); // the cancelled timer does not save again
    }

    void noteChangeReadsTheDataSource()
    {
        DraftAutosaver saver(*m_store, m_id);
        QString field = QStringLiteral("one");
        saver.setDataSource([&field] { return text(field); });
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        saver.noteChange();
        field = QStringLiteral("two"); // read when saving, not when noted
        QVERIFY(saved.wait(1000));
        QCOMPARE(m_store->load(m_id).value().data, text(QStringLiteral("two")));
    }

    void destructorSavesWhatIsPending()
    {
        {
            DraftAutosaver saver(*m_store, m_id);
            saver.setData(text(QStringLiteral("closing")));
        }
        QCOMPARE(m_store->load(m_id).value().data, text(QStringLiteral("closing")));
    }

    void failureKeepsChangesPending()
    {
        DraftAutosaver saver(*m_store, QStringLiteral("no-such-draft"));
        QSignalSpy failed(&saver, &DraftAutosaver::saveFailed);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        saver.setData(text(QStringLiteral("x")));
        QVERIFY(failed.wait(1000));
        QCOMPARE(saved.size(), 0);
        QVERIFY(saver.hasPendingChanges());
        const auto again = saver.flush();
        QVERIFY(!again);
        QCOMPARE(again.error().kind, DraftError::Kind::NotFound);
        QCOMPARE(failed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDraftAutosaver)
#include "tst_draftautosaver.moc"
