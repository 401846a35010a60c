// draft_typist DATABASE [INTERVAL_MS]: creates a draft in DATABASE and "types" into it, a character every
// INTERVAL_MS (default 3), through DraftAutosaver, until killed. Prints "draft ID" first, then for every
// acknowledged save (DraftAutosaver::saved) "saved REVISION LATENCY_MS TEXT", where LATENCY_MS is the time from the
// first keystroke not yet saved to the acknowledgement. Each line is flushed before the next keystroke. Used by
// tst_draftdurability, which SIGKILLs it.
#include "app/drafts/DraftAutosaver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace inlinea;

namespace {

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: draft_typist DATABASE [INTERVAL_MS]\n", stderr);
        return 2;
    }
    const int interval = args.size() > 2 ? args.at(2).toInt() : 3;
    auto db = store::LocalDatabase::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    drafts::DraftStore store(*db.value());
    const auto draft = store.create(1, QStringLiteral("DURABILITY"), QStringLiteral("1"), QStringLiteral("typing"));
    if (!draft) {
        std::fprintf(stderr, "cannot create the draft: %s\n", qPrintable(draft.error().detail));
        return 1;
    }
    say(QStringLiteral("draft ") + draft->id);

    drafts::DraftAutosaver saver(store, draft->id);
    QString text;
    QElapsedTimer clock;
    clock.start();
    std::optional<qint64> firstUnsaved; // ms on the clock of the first keystroke not yet saved
    QObject::connect(&saver, &drafts::DraftAutosaver::saved, &app, [&](qint64 revision) {
        // Single-threaded: nothing was typed between the save and this signal, so `text` is what was saved.
        const qint64 latency = firstUnsaved ? clock.elapsed() - *firstUnsaved : 0;
        firstUnsaved.reset();
        say(QStringLiteral("saved %1 %2 %3").arg(revision).arg(latency).arg(text));
    });
    QObject::connect(&saver, &drafts::DraftAutosaver::saveFailed, &app, [](const drafts::DraftError& error) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error.detail));
    });

    QTimer keys;
    keys.setTimerType(Qt::PreciseTimer);
    QObject::connect(&keys, &QTimer::timeout, &app, [&] {
        text += QLatin1Char(char('a' + text.size() % 26));
        if (!firstUnsaved) {
            firstUnsaved = clock.elapsed();
        }
        // A few kB per save, so that a commit spans several pages of the WAL.
        saver.setData(QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("copy"), text.repeated(16)}});
    });
    keys.start(interval);
    return QCoreApplication::exec();
}
