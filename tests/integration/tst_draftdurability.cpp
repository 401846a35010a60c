// A draft acknowledged as saved (DraftAutosaver::saved) survives the app being killed: draft_typist types into a
// draft in a real SQLite file, the test reads a random number of its acknowledgements, SIGKILLs it at a random
// moment, and checks the stored draft holds at least the last acknowledged text and the file is not corrupt.
// Repeated on the same file, so each run also starts from the WAL the previous kill left behind.
#include "app/drafts/DraftStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace inlinea;

namespace {

struct Ack {
    qint64 revision = 0;
    qint64 latencyMs = 0;
    QString text;
};

std::optional<Ack> parseAck(const QByteArray& line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() < 3 || parts[0] != "saved") {
        return std::nullopt;
    }
    return Ack{parts[1].toLongLong(), parts[2].toLongLong(),
               parts.size() > 3 ? QString::fromUtf8(parts[3]) : QString()};
}

} // namespace

class TestDraftDurability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedSavesSurviveSigkill()
    {
        constexpr int Rounds = 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
        QRandomGenerator random(QRandomGenerator::global()->generate());
        int kills = 0;
        int acknowledged = 0;
        int lost = 0;
        qint64 maxLatency = 0;
        qint64 latencySum = 0;
        for (int round = 0; round < Rounds; ++round) {
            QProcess typist;
            typist.start(QStringLiteral(DRAFT_TYPIST), {path});
            QVERIFY2(typist.waitForStarted(5000), qPrintable(typist.errorString()));
            QVERIFY(typist.waitForReadyRead(5000));
            QByteArray first = typist.readLine();
            QVERIFY2(first.startsWith("draft "), first.constData());
            const QString id = QString::fromUtf8(first.mid(6).trimmed());

            std::optional<Ack> last;
            const auto take = [&](const QByteArray& line) {
                if (auto ack = parseAck(line)) {
                    last = ack;
                    ++acknowledged;
                    maxLatency = std::max(maxLatency, ack->latencyMs);
                    latencySum += ack->latencyMs;
                    return true;
                }
                return false;
            };
            // Wait for 1 to 8 acknowledgements, then kill at a random moment (often in the middle of a save).
            const int wanted = static_cast<int>(random.bounded(1, 9));
            int seen = 0;
            while (seen < wanted) {
                if (!typist.canReadLine()) {
                    QVERIFY2(typist.waitForReadyRead(5000), typist.readAllStandardError().constData());
                    continue;
                }
                if (take(typist.readLine())) {
                    ++seen;
                }
            }
            QTest::qSleep(static_cast<int>(random.bounded(0, 160)));
            QCOMPARE(::kill(static_cast<pid_t>(typist.processId()), SIGKILL), 0);
            QVERIFY(typist.waitForFinished(5000));
            QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
            ++kills;

            // Every acknowledgement it managed to print counts, also those not read before the kill.
            while (typist.canReadLine()) {
                take(typist.readLine());
            }
            QVERIFY(last.has_value());

            auto db = store::LocalDatabase::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
            QSqlQuery check(db.value()->connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            check.finish();
            drafts::DraftStore store(*db.value());
            const auto stored = store.load(id);
            QVERIFY(stored);
            const QString text = stored->data.value(QStringLiteral("text")).toString();
            if (stored->revision < last->revision || !text.startsWith(last->text)) {
                ++lost;
                qWarning("round %d: acknowledged revision %lld (%lld chars), stored revision %lld (%lld chars)", round,
                         last->revision, static_cast<qint64>(last->text.size()), stored->revision,
                         static_cast<qint64>(text.size()));
            }
            QCOMPARE(stored->data.value(QStringLiteral("copy")).toString(), text.repeated(16));
        }
        qInfo("kills: %d, acknowledged saves: %d, lost: %d, keystroke to acknowledged save: max %lld ms, mean %lld ms",
              kills, acknowledged, lost, maxLatency, acknowledged > 0 ? latencySum / acknowledged : 0);
        QCOMPARE(lost, 0);
        QVERIFY(maxLatency <= 200);
    }
};

QTEST_GUILESS_MAIN(TestDraftDurability)
#include "tst_draftdurability.moc"
