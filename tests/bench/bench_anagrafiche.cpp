// Search as you type over 100,000 anagrafiche in the local cache: per-keystroke latency of the app's query (first
// page of the sorted list and the number of matches, as the list shows them) beside the floor, a raw FTS5 query through
// SQLite's C API on the same file; then a cold start (open + first page) and the memory of a process that pages through
// the list. Prints numbers; never fails on a target.
#include "app/anagrafiche/AnagraficheCache.h"
#include "tests/support/SampleAnagrafiche.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sqlite3.h>
#include <vector>

using namespace inlinea;

namespace {

constexpr int PageSize = 200; // the list's page

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[index];
}

long rssKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

// What a user types, one keystroke at a time.
const QStringList Typed{QStringLiteral("rossi"),      QStringLiteral("galvanica"),     QStringLiteral("sesto san"),
                        QStringLiteral("00743"),      QStringLiteral("bianchi mario"), QStringLiteral("legnano"),
                        QStringLiteral("fonderia c"), QStringLiteral("zzzz")};

// The floor: SQLite's own full-text query, no Qt, no sorting, no count.
class RawFts {
public:
    explicit RawFts(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_prepare_v2(m_db, "SELECT rowid FROM anagrafiche_fts WHERE anagrafiche_fts MATCH ?1 LIMIT 200", -1,
                           &m_match, nullptr);
        // Trigrams need 3 characters; shorter text is a LIKE over the same columns.
        sqlite3_prepare_v2(m_db,
                           "SELECT rowid FROM anagrafiche_fts WHERE name LIKE ?1 OR codes LIKE ?1 OR comune LIKE ?1 "
                           "LIMIT 200",
                           -1, &m_like, nullptr);
    }
    ~RawFts()
    {
        sqlite3_finalize(m_match);
        sqlite3_finalize(m_like);
        sqlite3_close(m_db);
    }
    RawFts(const RawFts&) = delete;
    RawFts& operator=(const RawFts&) = delete;

    int query(const QString& text)
    {
        sqlite3_stmt* stmt = text.size() >= 3 ? m_match : m_like;
        const QByteArray arg = text.size() >= 3 ? ('"' + text.toUtf8() + '"') : ('%' + text.toUtf8() + '%');
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, arg.constData(), static_cast<int>(arg.size()), SQLITE_TRANSIENT);
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ++rows;
        }
        return rows;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_match = nullptr;
    sqlite3_stmt* m_like = nullptr;
};

// Child process: a cold start on an existing cache, as the app opens the Elenco anagrafiche, then scrolling through
// the first 5,000 rows.
int coldStart(const QString& path, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    auto db = store::LocalDatabase::open(path);
    if (!db) {
        return 1;
    }
    anagrafiche::AnagraficheCache cache(*db.value());
    const int total = cache.count({}).value();
    const auto first = cache.rows({}, 0, PageSize).value();
    const double firstPageMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const long afterFirst = rssKiB("VmRSS:");
    for (int offset = PageSize; offset < 5000; offset += PageSize) {
        (void)cache.rows({}, offset, PageSize);
    }
    out << "cold " << firstPageMs << ' ' << total << ' ' << first.size() << ' ' << afterFirst << ' ' << rssKiB("VmRSS:")
        << ' ' << rssKiB("VmHWM:") << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--cold")) {
        return coldStart(args.at(2), out);
    }
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    double fillMs = 0;
    {
        auto db = store::LocalDatabase::open(path);
        anagrafiche::AnagraficheCache cache(*db.value());
        const auto sample = test::sampleAnagrafiche(count);
        QElapsedTimer timer;
        timer.start();
        (void)cache.putMany(sample, false);
        fillMs = static_cast<double>(timer.elapsed());
    }
    out << "bench_anagrafiche: " << count << " anagrafiche in the local cache (filled in " << fillMs << " ms)\n";

    auto db = store::LocalDatabase::open(path);
    anagrafiche::AnagraficheCache cache(*db.value());
    RawFts raw(path);
    std::vector<double> ours;
    std::vector<double> floor;
    std::vector<double> oursLong;
    std::vector<double> pageLong;
    std::vector<double> floorLong;
    for (int round = 0; round < 5; ++round) {
        for (const QString& word : Typed) {
            for (qsizetype n = 1; n <= word.size(); ++n) {
                anagrafiche::ListQuery query;
                query.text = word.left(n);
                QElapsedTimer timer;
                timer.start();
                const auto page = cache.rows(query, 0, PageSize).value();
                const double pageMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                const int total = cache.count(query).value();
                const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                timer.restart();
                const int rawRows = raw.query(query.text);
                const double floorMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                Q_UNUSED(total);
                Q_UNUSED(page);
                Q_UNUSED(rawRows);
                ours.push_back(ms);
                floor.push_back(floorMs);
                if (n >= 3) {
                    pageLong.push_back(pageMs);
                    oursLong.push_back(ms);
                    floorLong.push_back(floorMs);
                }
            }
        }
    }
    out << "  per keystroke, all (" << ours.size() << "): ours median " << percentile(ours, 0.5) << " ms, p95 "
        << percentile(ours, 0.95) << " ms; floor (raw FTS5) median " << percentile(floor, 0.5) << " ms, p95 "
        << percentile(floor, 0.95) << " ms\n";
    out << "  per keystroke, 3+ characters (" << oursLong.size() << "): ours median " << percentile(oursLong, 0.5)
        << " ms, p95 " << percentile(oursLong, 0.95) << " ms; floor median " << percentile(floorLong, 0.5)
        << " ms, p95 " << percentile(floorLong, 0.95) << " ms; p95 ratio "
        << percentile(oursLong, 0.95) / std::max(0.001, percentile(floorLong, 0.95)) << "x\n";
    out << "  of which the first page alone (3+ characters): median " << percentile(pageLong, 0.5) << " ms, p95 "
        << percentile(pageLong, 0.95) << " ms; p95 ratio "
        << percentile(pageLong, 0.95) / std::max(0.001, percentile(floorLong, 0.95)) << "x\n";
    out << "  targets: p95 <= 20 ms per keystroke and <= 2x the floor\n";

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--cold"), path});
    child.waitForFinished(120000);
    const QStringList cold = QString::fromUtf8(child.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    if (cold.size() == 7) {
        out << "  cold start: open + count + first page of " << cold.at(3) << " rows (of " << cold.at(2) << ") in "
            << cold.at(1) << " ms; RSS " << cold.at(4).toLong() / 1024 << " MiB after the first page, "
            << cold.at(5).toLong() / 1024 << " MiB after scrolling 5,000 rows (peak " << cold.at(6).toLong() / 1024
            << " MiB)\n";
    } else {
        out << "  cold start: child failed: " << child.readAllStandardError() << '\n';
    }
    return 0;
}
