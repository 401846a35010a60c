// Cold start of `inlinea` to its first painted login window, and resident memory at that moment, beside a minimal
// Qt Widgets window (the floor) measured the same way in the same run. Prints medians and the ratios.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

struct Sample {
    double ms = 0;
    long long rssKiB = 0;
    bool webEngine = false;
};

std::optional<Sample> runOnce(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(30000)) {
        out += process.readAllStandardOutput();
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(10000);
    const QRegularExpression re(QStringLiteral("painted rss_kib=(\\d+) webengine=(\\d)"));
    const auto match = re.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        QTextStream(stderr) << program << " did not report a paint: " << out << process.readAllStandardError() << '\n';
        return std::nullopt;
    }
    return Sample{ms, match.captured(1).toLongLong(), match.captured(2) == QLatin1String("1")};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 9;

    // The app starts with a configured portal, so its first window is the login window (as for a returning user).
    // Nothing listens at that address: the status bar shows "unreachable", which is the cheapest honest start.
    QTemporaryDir home;
    QSettings settings(home.filePath(QStringLiteral("config/Inlinea/Inlinea Desktop.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("portal/url"), QStringLiteral("https://127.0.0.1:9"));
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("it"));
    settings.sync();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }

    std::vector<double> appMs, floorMs, appRss, floorRss;
    bool webEngine = false;
    // One warm-up of each so both read their libraries from the page cache: we compare the programs, not the disk.
    for (int i = -1; i < runs; ++i) {
        const auto a = runOnce(QStringLiteral(INLINEA_APP), {QStringLiteral("--measure-startup")}, env);
        const auto f = runOnce(QStringLiteral(FLOOR_APP), {}, env);
        if (!a || !f) {
            return 1;
        }
        if (i < 0) {
            continue;
        }
        appMs.push_back(a->ms);
        floorMs.push_back(f->ms);
        appRss.push_back(static_cast<double>(a->rssKiB) / 1024.0);
        floorRss.push_back(static_cast<double>(f->rssKiB) / 1024.0);
        webEngine = webEngine || a->webEngine;
    }

    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    const double aMs = median(appMs), fMs = median(floorMs), aRss = median(appRss), fRss = median(floorRss);
    out << "startup to first painted window (median of " << runs << ", platform "
        << env.value(QStringLiteral("QT_QPA_PLATFORM")) << ")\n";
    out << "  inlinea login window : " << aMs << " ms, " << aRss << " MiB resident\n";
    out << "  minimal Qt window    : " << fMs << " ms, " << fRss << " MiB resident\n";
    out.setRealNumberPrecision(2);
    out << "  ratio time " << aMs / fMs << "x (target <= 1.5x), ratio memory " << aRss / fRss << "x, inlinea "
        << (aRss <= 90.0 ? "within" : "OVER") << " 90 MB; WebEngine loaded: " << (webEngine ? "yes" : "no") << '\n';
    return 0;
}
