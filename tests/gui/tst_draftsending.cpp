// A draft window checks, prints and sends its draft: attachments checked when added, the pre-send check lists what
// the portal would refuse and jumps to it, "Invia" files the domanda with the real portal and shows the CIP, and
// the receipt and the compiled form are saved as PDF.
#include "app/anagrafiche/AnagraficheCache.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/procedimenti/CatalogCache.h"
#include "app/procedimenti/CatalogSync.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/FormVectors.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"
#include "ui/formview/DraftWindow.h"
#include "ui/formview/FormView.h"
#include "ui/submissions/AttachmentsPanel.h"
#include "ui/submissions/DraftActions.h"
#include "ui/submissions/PreSendDialog.h"
#include "ui/submissions/SubmissionDialog.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace inlinea;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000)) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestDraftSending : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::PortalFixture> m_portal;
    std::unique_ptr<test::PortalSession> m_session;
    qint64 m_anagraficaId = 0;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? path : QString();
    }

    ui::DraftWindow* openWindow(const QJsonObject& data)
    {
        session::UserSession& user = m_session->user();
        const auto draft = user.drafts().create(m_anagraficaId, QStringLiteral("BANDO_PROFESSIONISTI"),
                                                QStringLiteral("1"), QStringLiteral("Candidatura Rossi"), data);
        const auto definition =
            user.catalog().definition(QStringLiteral("BANDO_PROFESSIONISTI"), QStringLiteral("1")).value();
        if (!draft || !definition) {
            return nullptr;
        }
        QString why;
        auto* window = ui::DraftWindow::open(user.drafts(), draft.value().id, *definition, &why);
        ui::DraftSendServices services;
        services.attachments = &user.attachments();
        services.submissions = &user.submissions();
        services.engine = user.submissionEngine();
        services.anagraficaName = QStringLiteral("Mario Rossi");
        services.anagraficaCode = QStringLiteral("RSSMRA85T10A562S");
        window->enableSending(services);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        test::PortalFixture::Options options;
        options.seed = true;
        m_portal = std::make_unique<test::PortalFixture>(options);
        QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_session = test::PortalSession::open(*m_portal, QStringLiteral("RSSMRA85T10A562S"),
                                              m_dir.filePath(QStringLiteral("u.sqlite")), &why);
        QVERIFY2(m_session, qPrintable(why));
        QSignalSpy catalog(m_session->user().catalogSync(), &procedimenti::CatalogSync::finished);
        m_session->user().sync()->syncNow();
        QVERIFY(catalog.wait(30000));
        m_anagraficaId = m_session->user().anagrafiche().all().value().first().id;
    }

    void checkListsWhatThePortalWouldRefuseAndJumpsToIt()
    {
        QJsonObject data = test::validFormData(QStringLiteral("BANDO_PROFESSIONISTI-1"));
        QJsonObject professionista = data.value(QStringLiteral("professionista")).toObject();
        professionista.remove(QStringLiteral("cognome"));
        data.insert(QStringLiteral("professionista"), professionista);
        std::unique_ptr<ui::DraftWindow> window(openWindow(data));
        QVERIFY(window);
        QVERIFY(window->attachmentsPanel());
        QCOMPARE(window->tabs()->count(), 2);

        // A file of a type the slot refuses is not attached at all.
        QString why;
        QVERIFY(!window->attachmentsPanel()->addFile(QStringLiteral("curriculum"),
                                                     writeFile(QStringLiteral("cv.txt"), "plain text"), &why));
        QVERIFY2(why.contains(QStringLiteral("tipo")), qPrintable(why));

        ui::PreSendDialog* dialog = window->actions()->openCheck();
        QVERIFY(!dialog->canSend());
        QStringList rows;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            rows << dialog->list()->topLevelItem(i)->text(0);
        }
        QVERIFY2(rows.join(u'\n').contains(QStringLiteral("Cognome")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.join(u'\n').contains(QStringLiteral("Curriculum vitae")), qPrintable(rows.join(u'\n')));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("preSendSendButton"))->isEnabled());

        // Activating the first row (the missing surname) closes the check and puts the cursor in the field.
        QSignalSpy jumped(dialog, &ui::PreSendDialog::goToField);
        Q_EMIT dialog->list()->itemActivated(dialog->list()->topLevelItem(0), 0);
        QCOMPARE(jumped.size(), 1);
        QCOMPARE(jumped.first().first().toString(), QStringLiteral("/professionista/cognome"));
        QCOMPARE(window->tabs()->currentIndex(), 0);
    }

    void sendFilesTheDomandaAndKeepsTheReceipt()
    {
        std::unique_ptr<ui::DraftWindow> window(
            openWindow(test::validFormData(QStringLiteral("BANDO_PROFESSIONISTI-1"))));
        QVERIFY(window);
        QString why;
        QVERIFY2(window->attachmentsPanel()->addFile(
                     QStringLiteral("curriculum"), writeFile(QStringLiteral("cv.pdf"), "%PDF-1.4\ncv\n%%EOF\n"), &why),
                 qPrintable(why));
        QVERIFY2(window->attachmentsPanel()->addFile(
                     QStringLiteral("documento_identita"),
                     writeFile(QStringLiteral("documento.pdf"), "%PDF-1.4\nid\n%%EOF\n"), &why),
                 qPrintable(why));
        QCOMPARE(window->tabs()->tabText(1), QStringLiteral("Allegati (2)"));

        ui::PreSendDialog* dialog = window->actions()->openCheck();
        QVERIFY(dialog->canSend()); // only the signature reminder, which does not block
        dialog->close();

        const qint64 id = window->actions()->send();
        QVERIFY(id > 0);
        ui::SubmissionDialog* progress = window->actions()->submissionDialog();
        QVERIFY(progress);
        auto* cip = progress->findChild<QLabel*>(QStringLiteral("submissionCip"));
        QTRY_VERIFY_WITH_TIMEOUT(cip->isVisible(), 60000);
        const QString filed = m_session->user().submissions().find(id).value()->cip;
        QVERIFY(cip->text().contains(filed));
        QCOMPARE(progress->findChild<QTreeWidget*>(QStringLiteral("submissionAttempts"))->topLevelItemCount(), 3);
        QTRY_VERIFY(window->findChild<QLabel*>(QStringLiteral("draftSubmissionState"))->text().contains(filed));

        const QString receipt = m_dir.filePath(QStringLiteral("ricevuta.pdf"));
        QVERIFY2(progress->saveReceipt(receipt, &why), qPrintable(why));
        const QString receiptText = pdfText(receipt);
        QVERIFY2(receiptText.contains(filed), qPrintable(receiptText));
        QVERIFY(receiptText.contains(QStringLiteral("cv.pdf")));

        const QString form = m_dir.filePath(QStringLiteral("modulo.pdf"));
        QVERIFY2(window->actions()->savePdf(form, &why), qPrintable(why));
        const QString formText = pdfText(form);
        QVERIFY(formText.contains(filed));
        QVERIFY(formText.contains(QStringLiteral("Mario Rossi")));

        if (const QByteArray shots = qgetenv("INLINEA_SHOT_DIR"); !shots.isEmpty()) {
            progress->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/submission-dialog.png"));
            window->tabs()->setCurrentIndex(1);
            window->resize(1180, 760);
            QTest::qWait(100);
            window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/draft-attachments.png"));
        }
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_portal.reset();
    }
};

QTEST_MAIN(TestDraftSending)
#include "tst_draftsending.moc"
