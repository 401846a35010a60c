#include "app/submissions/DraftAttachments.h"
#include "app/submissions/PreSendCheck.h"
#include "app/submissions/SubmissionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using submissions::AttachedFile;
using submissions::DraftAttachments;
using submissions::PreSendCheck;
using submissions::PreSendProblem;
using submissions::Submission;
using submissions::SubmissionStore;

Q_DECLARE_METATYPE(PreSendProblem::Kind)

namespace {

procedimenti::FormDefinition definition(const QString& name)
{
    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return procedimenti::FormDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

QList<PreSendProblem::Kind> kinds(const QList<PreSendProblem>& problems)
{
    QList<PreSendProblem::Kind> result;
    for (const PreSendProblem& p : problems) {
        result.append(p.kind);
    }
    return result;
}

} // namespace

// The submissions store and the attachment checks made before sending (what the portal would refuse).
class TestSubmissionStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<store::LocalDatabase> openFresh()
    {
        return store::LocalDatabase::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_files))).value();
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void submissionKeepsItsKeyFilesAndAttemptsAcrossReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        const AttachedFile file{QStringLiteral("curriculum"),
                                QStringLiteral("/tmp/cv.pdf"),
                                QStringLiteral("cv.pdf"),
                                QStringLiteral("application/pdf"),
                                1234,
                                QString(64, u'a')};
        qint64 id = 0;
        QByteArray key;
        {
            auto db = store::LocalDatabase::open(path).value();
            SubmissionStore store(*db);
            const Submission created =
                store
                    .create(QStringLiteral("draft-1"), 7, QStringLiteral("BANDO_PROFESSIONISTI"), QStringLiteral("1"),
                            QStringLiteral("Bando"), QJsonObject{{QStringLiteral("a"), 1}}, {file})
                    .value();
            id = created.id;
            key = created.idempotencyKey;
            QCOMPARE(key.size(), 36);
            QCOMPARE(created.state, Submission::State::Pending);
            QVERIFY(store.setUploadId(id, 0, QStringLiteral("up-1")));
            QVERIFY(store.recordAttempt(id, QStringLiteral("upload:cv.pdf"), QStringLiteral("timeout"),
                                        QStringLiteral("no answer")));
            QVERIFY(store.markUploaded(id, 0, QStringLiteral("up-1")));
            QVERIFY(store.fixBody(id, "first"));
            QVERIFY(store.fixBody(id, "second")); // the first body stays
        }
        auto db = store::LocalDatabase::open(path).value();
        SubmissionStore store(*db);
        const Submission loaded = *store.find(id).value();
        QCOMPARE(loaded.idempotencyKey, key);
        QCOMPARE(loaded.body, QByteArray("first"));
        QCOMPARE(loaded.files.size(), 1);
        QCOMPARE(loaded.files.first().uploadId, QStringLiteral("up-1"));
        QVERIFY(loaded.files.first().uploaded);
        QCOMPARE(loaded.attempts, 1);
        QCOMPARE(loaded.lastError, QStringLiteral("no answer"));
        QCOMPARE(store.attempts(id).value().size(), 1);
        QCOMPARE(store.nextPending().value()->id, id);

        QVERIFY(store.markDone(id, QStringLiteral("RI01390J"), QStringLiteral("2026/1"),
                               QJsonObject{{QStringLiteral("cip"), QStringLiteral("RI01390J")}}));
        QVERIFY(!store.nextPending().value().has_value());
        QVERIFY(store.markRejected(id, "late")); // a filed pratica is never marked rejected afterwards
        QVERIFY(store.remove(id));               // nor removed
        const Submission done = *store.find(id).value();
        QCOMPARE(done.state, Submission::State::Done);
        QCOMPARE(done.cip, QStringLiteral("RI01390J"));
        QCOMPARE(store.forDraft(QStringLiteral("draft-1")).value().size(), 1);
    }

    void rejectedCanBeReopenedOrRemoved()
    {
        auto db = openFresh();
        SubmissionStore store(*db);
        const qint64 id =
            store.create(QStringLiteral("d"), 1, QStringLiteral("X"), QStringLiteral("1"), {}, {}, {}).value().id;
        QVERIFY(store.markRejected(id, R"({"code":"validation_failed"})"));
        QCOMPARE(store.count(Submission::State::Rejected).value(), 1);
        QVERIFY(store.reopen(id));
        QCOMPARE(store.find(id).value()->state, Submission::State::Pending);
        QVERIFY(store.remove(id));
        QVERIFY(!store.find(id).value().has_value());
    }

    void attachingDescribesTheFile()
    {
        auto db = openFresh();
        DraftAttachments attachments(*db);
        const QString pdf = writeFile(QStringLiteral("relazione.pdf"), "%PDF-1.4\n%%EOF\n");
        const AttachedFile file = attachments.attach(QStringLiteral("d1"), QStringLiteral("curriculum"), pdf).value();
        QCOMPARE(file.filename, QStringLiteral("relazione.pdf"));
        QCOMPARE(file.contentType, QStringLiteral("application/pdf"));
        QCOMPARE(file.size, 15);
        QCOMPARE(file.sha256.size(), 64);
        QCOMPARE(attachments.attach(QStringLiteral("d1"), QStringLiteral("curriculum"), pdf).error().kind,
                 submissions::AttachError::Kind::AlreadyThere);
        QCOMPARE(attachments.attach(QStringLiteral("d1"), QStringLiteral("x"), m_dir.filePath(QStringLiteral("none")))
                     .error()
                     .kind,
                 submissions::AttachError::Kind::FileUnreadable);
        QVERIFY(attachments.copy(QStringLiteral("d1"), QStringLiteral("d2")));
        QCOMPARE(attachments.list(QStringLiteral("d2")).value().size(), 1);
        QVERIFY(attachments.detach(QStringLiteral("d1"), QStringLiteral("curriculum"), file.path));
        QVERIFY(attachments.list(QStringLiteral("d1")).value().isEmpty());
    }

    void preSendCheckFindsWhatThePortalWouldRefuse()
    {
        const procedimenti::FormDefinition bando = definition(QStringLiteral("BANDO_PROFESSIONISTI-1"));
        QVERIFY(!bando.attachments.isEmpty());
        const QString cv = writeFile(QStringLiteral("cv.pdf"), "%PDF-1.4\ncv\n%%EOF\n");
        const QString png = writeFile(QStringLiteral("id.png"), QByteArray::fromHex("89504e470d0a1a0a") + "png");
        const QString txt = writeFile(QStringLiteral("polizza.txt"), "text");
        auto files = QList<AttachedFile>{DraftAttachments::describe(QStringLiteral("curriculum"), cv).value(),
                                         DraftAttachments::describe(QStringLiteral("documento_identita"), png).value()};
        portal::PortalLimits limits;
        limits.maxUploadBytes = 1024;
        limits.maxAttachmentsPerPratica = 5;
        limits.allowedAttachmentTypes = {QStringLiteral("application/pdf"), QStringLiteral("image/png")};

        // Everything in place: only the signature reminder, which does not block.
        auto problems = PreSendCheck::check(bando, {}, 7, files, limits, true);
        QCOMPARE(kinds(problems), QList<PreSendProblem::Kind>{PreSendProblem::Kind::SignatureMissing});
        QVERIFY(!PreSendCheck::hasBlocking(problems));

        // A required slot empty, a type the slot refuses, an anagrafica not yet on the portal.
        auto wrong =
            QList<AttachedFile>{files.at(1), DraftAttachments::describe(QStringLiteral("polizza"), txt).value()};
        problems = PreSendCheck::check(bando, {}, -3, wrong, limits, false);
        QVERIFY(PreSendCheck::hasBlocking(problems));
        const auto found = kinds(problems);
        QVERIFY(found.contains(PreSendProblem::Kind::AnagraficaNotOnPortal));
        QVERIFY(found.contains(PreSendProblem::Kind::SlotMissing));
        QVERIFY(found.contains(PreSendProblem::Kind::FileTypeNotAccepted));

        // The portal's size limit, a file changed after attaching, a file gone.
        limits.maxUploadBytes = 10;
        problems = PreSendCheck::check(bando, {}, 7, files, limits, false);
        QVERIFY(kinds(problems).contains(PreSendProblem::Kind::FileTooLarge));
        limits.maxUploadBytes = 1024;
        QFile grow(cv);
        QVERIFY(grow.open(QIODevice::Append));
        grow.write("more");
        grow.close();
        QVERIFY(
            kinds(PreSendCheck::check(bando, {}, 7, files, limits, false)).contains(PreSendProblem::Kind::FileChanged));
        QVERIFY(QFile::remove(png));
        QVERIFY(kinds(PreSendCheck::check(bando, {}, 7, files, limits, false))
                    .contains(PreSendProblem::Kind::FileUnreadable));
    }

    void slotRequiredByAnAnswer()
    {
        const procedimenti::FormDefinition aua = definition(QStringLiteral("AUA-2"));
        QJsonObject slot;
        for (const QJsonValue& value : aua.attachments) {
            if (value.toObject().value(QStringLiteral("slot")).toString() == u"schema_scarichi") {
                slot = value.toObject();
            }
        }
        QVERIFY(!slot.isEmpty());
        QVERIFY(!PreSendCheck::isSlotRequired(slot, {}));
        const QJsonObject data{{QStringLiteral("titoli"), QJsonObject{{QStringLiteral("scarichi"), true}}}};
        QVERIFY(PreSendCheck::isSlotRequired(slot, data));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionStore)
#include "tst_submissionstore.moc"
