// The Elenco anagrafiche as the user types in it, over 100,000 cached anagrafiche: per keystroke, the time until
// the list model holds the new first page (what the view paints) and, separately, what follows the paint (the
// deferred count for the "N anagrafiche" label and the repaint). The floor is a raw FTS5 query through SQLite's C
// API (`LIMIT 200`, unsorted, no count, statements prepared once). Prints numbers; never fails on a target.
#include "app/anagrafiche/AnagraficheCache.h"
#include "tests/support/SampleAnagrafiche.h"
#include "ui/anagrafiche/AnagraficheListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <vector>

using namespace inlinea;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5)];
}

// The floor, with its two statements prepared once (as the cache keeps its own).
class FloorQuery {
public:
    explicit FloorQuery(sqlite3* db)
    {
        sqlite3_prepare_v2(db, "SELECT rowid FROM anagrafiche_fts WHERE anagrafiche_fts MATCH ?1 LIMIT 200", -1,
                           &m_match, nullptr);
        sqlite3_prepare_v2(db,
                           "SELECT rowid FROM anagrafiche_fts WHERE name LIKE ?1 OR codes LIKE ?1 OR comune LIKE ?1 "
                           "LIMIT 200",
                           -1, &m_like, nullptr);
    }
    ~FloorQuery()
    {
        sqlite3_finalize(m_match);
        sqlite3_finalize(m_like);
    }
    FloorQuery(const FloorQuery&) = delete;
    FloorQuery& operator=(const FloorQuery&) = delete;

    double run(const QString& text)
    {
        const bool trigram = text.size() >= 3;
        sqlite3_stmt* stmt = trigram ? m_match : m_like;
        const QByteArray arg = trigram ? ('"' + text.toUtf8() + '"') : ('%' + text.toUtf8() + '%');
        QElapsedTimer timer;
        timer.start();
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, arg.constData(), static_cast<int>(arg.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }

private:
    sqlite3_stmt* m_match = nullptr;
    sqlite3_stmt* m_like = nullptr;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.sqlite"));
    auto db = store::LocalDatabase::open(path);
    anagrafiche::AnagraficheCache cache(*db.value());
    (void)cache.putMany(test::sampleAnagrafiche(count), false);
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    // Closed after the floor's statements are finalised (declared before them).
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> rawOwner(raw, &sqlite3_close);

    FloorQuery floorQuery(raw);
    ui::AnagraficheListModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 600);
    view.show();
    QElapsedTimer timer;
    timer.start();
    model.setCache(&cache);
    QApplication::processEvents();
    const double firstMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const QStringList typed{QStringLiteral("rossi"),      QStringLiteral("galvanica"),     QStringLiteral("sesto san"),
                            QStringLiteral("00743"),      QStringLiteral("bianchi mario"), QStringLiteral("legnano"),
                            QStringLiteral("fonderia c"), QStringLiteral("zzzz")};
    std::vector<double> shown, after, floor, shownLong, floorLong;
    for (int round = 0; round < 5; ++round) {
        for (const QString& word : typed) {
            for (qsizetype n = 1; n <= word.size(); ++n) {
                const QString text = word.left(n);
                timer.restart();
                model.setSearchText(text);
                const double shownMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                timer.restart();
                QApplication::processEvents();
                after.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                const double floorMs = floorQuery.run(text);
                shown.push_back(shownMs);
                floor.push_back(floorMs);
                if (n >= 3) {
                    shownLong.push_back(shownMs);
                    floorLong.push_back(floorMs);
                }
            }
            model.setSearchText(QString());
            QApplication::processEvents();
        }
    }
    out << "bench_anagrafiche_list: " << count << " anagrafiche, list model + table view (offscreen)\n";
    out << "  first page shown after opening the list: " << firstMs << " ms\n";
    out << "  per keystroke, new first page in the model (" << shown.size() << "): median " << percentile(shown, 0.5)
        << " ms, p95 " << percentile(shown, 0.95) << " ms; floor median " << percentile(floor, 0.5) << " ms, p95 "
        << percentile(floor, 0.95) << " ms\n";
    out << "  3+ characters (" << shownLong.size() << "): median " << percentile(shownLong, 0.5) << " ms, p95 "
        << percentile(shownLong, 0.95) << " ms; floor p95 " << percentile(floorLong, 0.95) << " ms; p95 ratio "
        << percentile(shownLong, 0.95) / std::max(0.001, percentile(floorLong, 0.95)) << "x\n";
    out << "  after the page, per keystroke (deferred count + repaint): median " << percentile(after, 0.5)
        << " ms, p95 " << percentile(after, 0.95) << " ms\n";
    out << "  targets: p95 <= 20 ms per keystroke and <= 2x the floor\n";
    return 0;
}
