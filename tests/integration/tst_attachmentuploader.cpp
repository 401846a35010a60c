// Resumable attachment uploads against the reference portal: a whole file, a resume after cancel and after the
// portal went away, a chunk the portal already had (409), a file edited mid-upload, and the local pre-check.
#include "app/auth/ApiSession.h"
#include "app/uploads/AttachmentUploader.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace inlinea;
using uploads::AttachmentUploader;
using uploads::UploadError;
using uploads::UploadResult;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), static_cast<qsizetype>(size / 4));
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// QVERIFY2 evaluates its message even when the check passes.
QByteArray describe(const UploadResult& result)
{
    if (result) {
        return QByteArrayLiteral("ok");
    }
    const UploadError& e = result.error();
    return QByteArray(uploads::kindName(e.kind)) + ": " + e.detail.toUtf8() + " / " +
           portal::kindName(e.portal.kind).toUtf8() + ' ' + e.portal.detail.toUtf8();
}

// What one upload() run reported.
struct Run {
    QStringList started;
    QList<qint64> progress;
    std::optional<UploadResult> result;
};

void record(AttachmentUploader& uploader, Run& run)
{
    QObject::connect(&uploader, &AttachmentUploader::started, &uploader,
                     [&run](const QString& id) { run.started << id; });
    QObject::connect(&uploader, &AttachmentUploader::progress, &uploader,
                     [&run](qint64 sent, qint64) { run.progress << sent; });
    QObject::connect(&uploader, &AttachmentUploader::finished, &uploader,
                     [&run](const UploadResult& r) { run.result = r; });
}

} // namespace

class TestAttachmentUploader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        test::PortalFixture::Options options;
        options.seed = true;
        m_portal = std::make_unique<test::PortalFixture>(options);
        QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(m_dir.isValid());
        m_session = test::PortalSession::open(*m_portal, QStringLiteral("RSSMRA85T10A562S"),
                                              m_dir.filePath(QStringLiteral("u.sqlite")), &why);
        QVERIFY2(m_session, qPrintable(why));
        m_api = std::make_unique<auth::ApiSession>(m_session->client(), m_session->tokens());

        std::optional<Result<portal::PortalInfo, portal::PortalError>> info;
        m_session->client()->fetchInfo(this, [&info](const auto& r) { info = r; });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 10000);
        QVERIFY(info->hasValue());
        m_limits = info->value().limits;
        QCOMPARE(m_limits.uploadChunkBytes, MiB);
        QVERIFY(m_limits.maxUploadBytes > 0);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_session.reset();
        m_portal.reset();
    }

    void uploadsAWholeFile()
    {
        const QByteArray bytes = randomBytes(3 * MiB + 12345);
        const QString path = m_dir.filePath(QStringLiteral("whole.pdf"));
        QVERIFY(writeFile(path, bytes));

        AttachmentUploader uploader(m_api.get());
        Run run;
        record(uploader, run);
        uploader.upload(path, QStringLiteral("application/pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 30000);
        QVERIFY2(run.result->hasValue(), describe(*run.result));
        const uploads::UploadedFile& done = run.result->value();
        QCOMPARE(run.started, QStringList{done.uploadId});
        QCOMPARE(done.size, bytes.size());
        QCOMPARE(done.sha256, sha256Hex(bytes));
        QCOMPARE(done.filename, QStringLiteral("whole.pdf"));
        QCOMPARE(done.contentType, QStringLiteral("application/pdf"));
        QCOMPARE(run.progress.last(), bytes.size());
        QCOMPARE(uploader.bytesSent(), bytes.size());
        QVERIFY(!uploader.isBusy());

        const QJsonObject status = portalStatus(done.uploadId);
        QCOMPARE(status.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("received")).toInteger(), bytes.size());
        QCOMPARE(status.value(QStringLiteral("sha256")).toString(), sha256Hex(bytes));
    }

    void resumesAfterCancel()
    {
        const QByteArray bytes = randomBytes(4 * MiB + 7);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(writeFile(path, bytes));

        AttachmentUploader uploader(m_api.get());
        Run first;
        record(uploader, first);
        QObject::connect(&uploader, &AttachmentUploader::progress, &uploader, [&uploader](qint64 sent, qint64) {
            if (sent > 0) {
                uploader.cancel();
            }
        });
        uploader.upload(path, QStringLiteral("application/pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(first.result.has_value(), 30000);
        QVERIFY(!first.result->hasValue());
        QCOMPARE(first.result->error().kind, UploadError::Kind::Cancelled);
        QCOMPARE(first.started.size(), 1);
        const QString id = first.started.first();
        QCOMPARE(portalStatus(id).value(QStringLiteral("received")).toInteger(), MiB);

        AttachmentUploader again(m_api.get());
        Run second;
        record(again, second);
        again.upload(path, QStringLiteral("application/pdf"), id);
        QTRY_VERIFY_WITH_TIMEOUT(second.result.has_value(), 30000);
        QVERIFY2(second.result->hasValue(), describe(*second.result));
        QCOMPARE(second.result->value().uploadId, id);
        QCOMPARE(second.progress.first(), MiB); // where the portal was
        QCOMPARE(again.bytesSent(), bytes.size() - MiB);
        QVERIFY(again.bytesSent() < bytes.size());
        QCOMPARE(portalStatus(id).value(QStringLiteral("complete")).toBool(), true);
    }

    void resumingAnUnknownOrDifferentUploadStartsANewOne()
    {
        const QByteArray bytes = randomBytes(MiB / 2);
        const QString path = m_dir.filePath(QStringLiteral("fresh.png"));
        QVERIFY(writeFile(path, bytes));

        AttachmentUploader uploader(m_api.get());
        Run run;
        record(uploader, run);
        uploader.upload(path, QStringLiteral("image/png"), QStringLiteral("no-such-upload"));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 30000);
        QVERIFY2(run.result->hasValue(), describe(*run.result));
        QVERIFY(run.result->value().uploadId != QLatin1String("no-such-upload"));
        const QString firstId = run.result->value().uploadId;

        // Same id, other content: the portal's upload is of another file.
        QVERIFY(writeFile(path, randomBytes(MiB / 2)));
        Run other;
        AttachmentUploader uploader2(m_api.get());
        record(uploader2, other);
        uploader2.upload(path, QStringLiteral("image/png"), firstId);
        QTRY_VERIFY_WITH_TIMEOUT(other.result.has_value(), 30000);
        QVERIFY2(other.result->hasValue(), describe(*other.result));
        QVERIFY(other.result->value().uploadId != firstId);
        QCOMPARE(uploader2.bytesSent(), MiB / 2);
    }

    // Another sender (an earlier run whose answer was lost) already delivered the first chunk.
    void continuesFromThePortalOffsetOnConflict()
    {
        const QByteArray bytes = randomBytes(3 * MiB);
        const QString path = m_dir.filePath(QStringLiteral("conflict.pdf"));
        QVERIFY(writeFile(path, bytes));
        const QString chunkPath = m_dir.filePath(QStringLiteral("conflict.chunk"));
        QVERIFY(writeFile(chunkPath, bytes.left(MiB)));
        const QString token = accessToken();
        QVERIFY(!token.isEmpty());

        AttachmentUploader uploader(m_api.get());
        Run run;
        record(uploader, run);
        int curlExit = -1;
        QObject::connect(&uploader, &AttachmentUploader::started, &uploader, [&](const QString& id) {
            // Before the uploader's first PUT: the portal moves to 1 MiB behind its back.
            curlExit = QProcess::execute(
                QStringLiteral("curl"),
                {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("--fail"),
                 QStringLiteral("--cacert"), m_portal->caFile(), QStringLiteral("-X"), QStringLiteral("PUT"),
                 QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token, QStringLiteral("-H"),
                 QStringLiteral("Content-Range: bytes 0-%1/%2").arg(MiB - 1).arg(bytes.size()), QStringLiteral("-H"),
                 QStringLiteral("Content-Type: application/octet-stream"), QStringLiteral("-H"),
                 QStringLiteral("Expect:"), QStringLiteral("--data-binary"), QLatin1Char('@') + chunkPath,
                 m_portal->baseUrl().toString() + QStringLiteral("/api/v1/uploads/") + id});
        });
        uploader.upload(path, QStringLiteral("application/pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 30000);
        QCOMPARE(curlExit, 0);
        QVERIFY2(run.result->hasValue(), describe(*run.result));
        QCOMPARE(uploader.bytesSent(), bytes.size() - MiB); // the refused first PUT does not count
        QVERIFY(run.progress.contains(MiB));
        const QJsonObject status = portalStatus(run.result->value().uploadId);
        QCOMPARE(status.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("sha256")).toString(), sha256Hex(bytes));
    }

    void aFileEditedMidUploadIsRefused()
    {
        const QByteArray bytes = randomBytes(3 * MiB);
        const QString path = m_dir.filePath(QStringLiteral("edited.pdf"));
        QVERIFY(writeFile(path, bytes));

        AttachmentUploader uploader(m_api.get());
        Run run;
        record(uploader, run);
        QObject::connect(&uploader, &AttachmentUploader::progress, &uploader, [&path](qint64 sent, qint64) {
            if (sent > 0) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::Append));
                file.write("more");
            }
        });
        uploader.upload(path, QStringLiteral("application/pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 30000);
        QVERIFY(!run.result->hasValue());
        QCOMPARE(run.result->error().kind, UploadError::Kind::FileChanged);
    }

    void portalGoneMidUploadThenResumed()
    {
        const QByteArray bytes = randomBytes(5 * MiB + 3);
        const QString path = m_dir.filePath(QStringLiteral("outage.pdf"));
        QVERIFY(writeFile(path, bytes));

        AttachmentUploader uploader(m_api.get());
        Run first;
        record(uploader, first);
        QObject::connect(&uploader, &AttachmentUploader::progress, &uploader, [this](qint64 sent, qint64) {
            if (sent >= 2 * MiB && m_portal->isRunning()) {
                m_portal->stop();
            }
        });
        uploader.upload(path, QStringLiteral("application/pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(first.result.has_value(), 30000);
        QVERIFY(!first.result->hasValue());
        const UploadError& error = first.result->error();
        QVERIFY2(error.isUnreachable(),
                 qPrintable(portal::kindName(error.portal.kind) + QLatin1Char(' ') + error.portal.detail));
        QCOMPARE(first.started.size(), 1);

        QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        AttachmentUploader again(m_api.get());
        Run second;
        record(again, second);
        again.upload(path, QStringLiteral("application/pdf"), first.started.first());
        QTRY_VERIFY_WITH_TIMEOUT(second.result.has_value(), 30000);
        QVERIFY2(second.result->hasValue(), describe(*second.result));
        QCOMPARE(second.result->value().uploadId, first.started.first());
        QCOMPARE(second.result->value().sha256, sha256Hex(bytes));
        QCOMPARE(again.bytesSent(), bytes.size() - 2 * MiB);
    }

    void preCheckFollowsThePortalLimits()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("ok.pdf"));
        QVERIFY(writeFile(pdf, QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")));
        auto ok = AttachmentUploader::check(pdf, m_limits);
        QVERIFY(ok.hasValue());
        QCOMPARE(ok->contentType, QStringLiteral("application/pdf"));
        QCOMPARE(ok->filename, QStringLiteral("ok.pdf"));

        const QString png = m_dir.filePath(QStringLiteral("scan.png"));
        QVERIFY(writeFile(png, QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(64, '\0')));
        QCOMPARE(AttachmentUploader::check(png, m_limits)->contentType, QStringLiteral("image/png"));

        const QString xml = m_dir.filePath(QStringLiteral("fattura.xml"));
        QVERIFY(writeFile(xml, QByteArrayLiteral("<?xml version=\"1.0\"?>\n<FatturaElettronica/>\n")));
        QCOMPARE(AttachmentUploader::check(xml, m_limits)->contentType, QStringLiteral("application/xml"));

        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(text, QByteArrayLiteral("just some words\n")));
        auto refused = AttachmentUploader::check(text, m_limits);
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().kind, UploadError::Kind::TypeNotAllowed);
        QCOMPARE(refused.error().detail, QStringLiteral("text/plain"));

        // One byte over the limit (sparse: nothing is written).
        const QString big = m_dir.filePath(QStringLiteral("big.pdf"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(m_limits.maxUploadBytes + 1));
        }
        auto tooBig = AttachmentUploader::check(big, m_limits);
        QVERIFY(!tooBig.hasValue());
        QCOMPARE(tooBig.error().kind, UploadError::Kind::TooLarge);

        const QString empty = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(writeFile(empty, {}));
        QCOMPARE(AttachmentUploader::check(empty, m_limits).error().kind, UploadError::Kind::EmptyFile);
        QCOMPARE(AttachmentUploader::check(m_dir.filePath(QStringLiteral("missing.pdf")), m_limits).error().kind,
                 UploadError::Kind::FileNotFound);
    }

private:
    QString accessToken()
    {
        QString token;
        bool done = false;
        m_session->tokens()->accessToken(this, [&](const Result<QString, portal::PortalError>& r) {
            token = r ? r.value() : QString();
            done = true;
        });
        return QTest::qWaitFor([&done] { return done; }, 10000) ? token : QString();
    }

    QJsonObject portalStatus(const QString& id)
    {
        std::optional<Result<portal::HttpResponse, portal::PortalError>> answer;
        m_api->get(QStringLiteral("/uploads/") + id, this, [&answer](const auto& r) { answer = r; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->hasValue()) {
            return {};
        }
        // Response headers are kept, looked up whatever their case.
        if (!answer->value().header("CONTENT-TYPE").startsWith("application/json")) {
            return {};
        }
        return QJsonDocument::fromJson(answer->value().body).object();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::PortalFixture> m_portal;
    std::unique_ptr<test::PortalSession> m_session;
    std::unique_ptr<auth::ApiSession> m_api;
    portal::PortalLimits m_limits;
};

QTEST_GUILESS_MAIN(TestAttachmentUploader)
#include "tst_attachmentuploader.moc"
