// Upload throughput of a 50 MB attachment to the reference portal: AttachmentUploader (hash, create, 1 MiB chunk PUTs
// on one connection) beside curl doing the same protocol (one curl for the create, then one curl process sending every
// chunk with --next so its connection is reused; the SHA-256 is computed beforehand and not counted for curl).
// Prints MB/s of both and their ratio per run and the medians; never fails on a target (0.8x curl).
#include "app/auth/ApiSession.h"
#include "app/uploads/AttachmentUploader.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace inlinea;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString User = QStringLiteral("RSSMRA85T10A562S");

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double megabytesPerSecond(qint64 bytes, qint64 ns)
{
    return ns > 0 ? static_cast<double>(bytes) / 1e6 / (static_cast<double>(ns) / 1e9) : 0.0;
}

// Elapsed ns of one AttachmentUploader run, -1 on failure.
qint64 uploadWithApp(auth::ApiSession& api, const QString& path, QTextStream& out)
{
    uploads::AttachmentUploader uploader(&api);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&uploader, &uploads::AttachmentUploader::finished, &loop,
                     [&](const uploads::UploadResult& result) {
                         ok = result.hasValue();
                         if (!ok) {
                             out << "  app failed: " << uploads::kindName(result.error().kind) << ' '
                                 << result.error().detail << '\n';
                         }
                         loop.quit();
                     });
    QElapsedTimer timer;
    qint64 firstProgressNs = -1;
    QObject::connect(&uploader, &uploads::AttachmentUploader::progress, &loop, [&](qint64, qint64) {
        if (firstProgressNs < 0) {
            firstProgressNs = timer.nsecsElapsed();
        }
    });
    timer.start();
    uploader.upload(path, QStringLiteral("application/pdf"));
    loop.exec();
    const qint64 elapsed = timer.nsecsElapsed();
    out << "  app: hash + create " << firstProgressNs / 1000000 << " ms, chunks "
        << (elapsed - firstProgressNs) / 1000000 << " ms\n";
    return ok ? elapsed : -1;
}

QStringList curlCommon(const test::PortalFixture& portal, const QString& token)
{
    return {
        QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--cacert"),
        portal.caFile(),       QStringLiteral("-H"),     QStringLiteral("Authorization: Bearer ") + token,
        QStringLiteral("-H"),  QStringLiteral("Expect:")}; // no 100-continue round trip (Qt does not send one either)
}

// Elapsed ns of the curl create + chunk PUTs, -1 on failure.
qint64 uploadWithCurl(const test::PortalFixture& portal, const QString& token, qint64 size, const QString& sha256,
                      const QStringList& chunks, const QString& configPath, QTextStream& out)
{
    const QString base = portal.baseUrl().toString() + QStringLiteral("/api/v1/uploads");
    QElapsedTimer timer;
    timer.start();
    QProcess create;
    create.start(QStringLiteral("curl"),
                 curlCommon(portal, token) +
                     QStringList{QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                 QStringLiteral("--data-binary"),
                                 QStringLiteral(R"({"filename":"bench.pdf","size":%1,"sha256":"%2",)"
                                                R"("content_type":"application/pdf"})")
                                     .arg(size)
                                     .arg(sha256),
                                 base});
    if (!create.waitForFinished(60000) || create.exitCode() != 0) {
        out << "  curl create failed: " << create.readAllStandardError() << '\n';
        return -1;
    }
    const QString id =
        QJsonDocument::fromJson(create.readAllStandardOutput()).object().value(QStringLiteral("id")).toString();

    // Every chunk in one process: a config file with `next` between the requests (options before a `next` apply to
    // that request only, so each request repeats the common ones).
    const QByteArray common = QStringLiteral("silent\nshow-error\nfail\ncacert = \"%1\"\n"
                                             "header = \"Authorization: Bearer %2\"\nheader = \"Expect:\"\n"
                                             "header = \"Content-Type: application/octet-stream\"\n"
                                             "request = \"PUT\"\noutput = \"/dev/null\"\n")
                                  .arg(portal.caFile(), token)
                                  .toUtf8();
    QByteArray config;
    qint64 offset = 0;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const qint64 length = std::min(MiB, size - offset);
        if (i > 0) {
            config += "next\n";
        }
        config += common;
        config += "header = \"Content-Range: bytes " + QByteArray::number(offset) + '-' +
                  QByteArray::number(offset + length - 1) + '/' + QByteArray::number(size) + "\"\n";
        config += "data-binary = \"@" + chunks.at(i).toUtf8() + "\"\n";
        config += "url = \"" + (base + QLatin1Char('/') + id).toUtf8() + "\"\n";
        offset += length;
    }
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || configFile.write(config) != config.size()) {
        return -1;
    }
    configFile.close();

    QProcess put;
    put.start(QStringLiteral("curl"), {QStringLiteral("-K"), configPath});
    if (!put.waitForFinished(600000) || put.exitCode() != 0) {
        out << "  curl chunks failed: " << put.readAllStandardError() << '\n';
        return -1;
    }
    const qint64 elapsed = timer.nsecsElapsed();

    // Not timed: the portal must hold the whole file, checked, or the number means nothing.
    QProcess status;
    status.start(QStringLiteral("curl"), curlCommon(portal, token) + QStringList{base + QLatin1Char('/') + id});
    status.waitForFinished(60000);
    if (!QJsonDocument::fromJson(status.readAllStandardOutput()).object().value(QStringLiteral("complete")).toBool()) {
        out << "  curl upload incomplete\n";
        return -1;
    }
    return elapsed;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 3;
    const qint64 size = (args.size() > 2 ? args.at(2).toLongLong() : 50) * 1000 * 1000;
    test::isolate();

    test::PortalFixture::Options options;
    options.seed = true;
    test::PortalFixture portal(options);
    QString why = portal.start();
    if (!why.isEmpty()) {
        out << "bench_upload: portal did not start: " << why << '\n';
        return 1;
    }
    QTemporaryDir dir;
    auto session = test::PortalSession::open(portal, User, dir.filePath(QStringLiteral("b.sqlite")), &why);
    if (!session) {
        out << "bench_upload: no session: " << why << '\n';
        return 1;
    }
    auth::ApiSession api(session->client(), session->tokens());
    // curl gets its own token from the same portal, as a second client would.
    const QString token = QJsonDocument::fromJson(portal.issueTokens(User, QStringLiteral("cns"), &why))
                              .object()
                              .value(QStringLiteral("access_token"))
                              .toString();
    if (token.isEmpty()) {
        out << "bench_upload: no token for curl: " << why << '\n';
        return 1;
    }

    const QString path = dir.filePath(QStringLiteral("bench.pdf"));
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    QStringList chunks;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            out << "bench_upload: cannot write " << path << '\n';
            return 1;
        }
        for (qint64 offset = 0; offset < size; offset += MiB) {
            QFile chunk(dir.filePath(QStringLiteral("chunk.%1").arg(chunks.size())));
            if (!chunk.open(QIODevice::WriteOnly)) {
                return 1;
            }
            chunk.write(bytes.constData() + offset, std::min(MiB, size - offset));
            chunks << chunk.fileName();
        }
    }
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    bytes = QByteArray();
    out << "bench_upload: " << size << " bytes, " << chunks.size() << " chunks of 1 MiB, " << runs << " runs\n";

    std::vector<double> appRates;
    std::vector<double> curlRates;
    std::vector<double> ratios;
    for (int run = 0; run < runs; ++run) {
        // Alternate who goes first so that a slow phase of the machine does not always hit the same one.
        qint64 appNs = 0;
        qint64 curlNs = 0;
        const QString config = dir.filePath(QStringLiteral("chunks.curlrc"));
        if (run % 2 == 0) {
            appNs = uploadWithApp(api, path, out);
            curlNs = uploadWithCurl(portal, token, size, sha256, chunks, config, out);
        } else {
            curlNs = uploadWithCurl(portal, token, size, sha256, chunks, config, out);
            appNs = uploadWithApp(api, path, out);
        }
        if (appNs < 0 || curlNs < 0) {
            return 1;
        }
        const double appRate = megabytesPerSecond(size, appNs);
        const double curlRate = megabytesPerSecond(size, curlNs);
        appRates.push_back(appRate);
        curlRates.push_back(curlRate);
        ratios.push_back(appRate / curlRate);
        out << "run " << run + 1 << ": app " << QString::number(appRate, 'f', 1) << " MB/s (" << appNs / 1000000
            << " ms), curl " << QString::number(curlRate, 'f', 1) << " MB/s (" << curlNs / 1000000 << " ms), ratio "
            << QString::number(appRate / curlRate, 'f', 2) << "x\n";
        out.flush();
    }
    out << "median: app " << QString::number(median(appRates), 'f', 1) << " MB/s, curl "
        << QString::number(median(curlRates), 'f', 1) << " MB/s, ratio " << QString::number(median(ratios), 'f', 2)
        << "x (target >= 0.80x)\n";
    return 0;
}
