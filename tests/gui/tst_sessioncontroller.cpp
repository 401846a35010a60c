// The main window wired to a real user session on the reference portal: the Elenco anagrafiche fills from the first
// sync, an edit made in the editor reaches the portal, and a concurrent edit opens the conflict view.
#include "app/anagrafiche/AnagraficheApi.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/anagrafiche/AnagraficaEditor.h"
#include "ui/pages/AnagrafichePage.h"
#include "ui/session/SessionController.h"
#include "ui/sync/ConflictDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;

namespace {

template <typename T> T* findTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* found = qobject_cast<T*>(w); found && found->isVisible()) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

class TestSessionController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::PortalFixture> m_portal;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        test::PortalFixture::Options options;
        options.seed = true;
        m_portal = std::make_unique<test::PortalFixture>(options);
        const QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void listFillsAndAnEditReachesThePortal()
    {
        QString why;
        auto s = test::PortalSession::open(*m_portal, QStringLiteral("RSSMRA85T10A562S"),
                                           m_dir.filePath(QStringLiteral("a.sqlite")), &why);
        QVERIFY2(s, qPrintable(why));
        ui::MainWindow window;
        window.show();
        ui::SessionController controller(s->user(), &window);
        auto* table = window.findChild<QTableView*>(QStringLiteral("anagraficheTable"));
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 25, 20000);

        // Search as you type narrows the list.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("anagraficheSearch"));
        QTest::keyClicks(search, QStringLiteral("fonderia"));
        QTRY_VERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() < 25);
        const QModelIndex first = table->model()->index(0, 0);
        QVERIFY(first.data().toString().contains(QStringLiteral("Fonderia"), Qt::CaseInsensitive));

        // Open it, change the phone, save.
        table->setCurrentIndex(first);
        window.findChild<QPushButton*>(QStringLiteral("openAnagraficaButton"))->click();
        ui::AnagraficaEditor* editor = nullptr;
        QTRY_VERIFY((editor = findTopLevel<ui::AnagraficaEditor>()) != nullptr);
        auto* phone = editor->findChild<QLineEdit*>(QStringLiteral("telefono"));
        QVERIFY(phone);
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("02 7654321"));
        auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY2(save->isEnabled(), qPrintable(editor->saveBlockedReason()));
        const qint64 id = editor->anagrafica().id;
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(s->user().sync()->pendingCount(), 0, 20000);

        auto other = test::PortalSession::open(*m_portal, QStringLiteral("RSSMRA85T10A562S"),
                                               m_dir.filePath(QStringLiteral("b.sqlite")), &why);
        QVERIFY(other);
        std::optional<anagrafiche::Anagrafica> onPortal;
        other->user().anagraficheApi()->get(id, other->client(), [&](const auto& r) {
            if (r) {
                onPortal = r.value();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(onPortal.has_value(), 10000);
        QCOMPARE(onPortal->telefono, QStringLiteral("02 7654321"));
    }

    void aConcurrentEditOpensTheConflictView()
    {
        QString why;
        auto mine = test::PortalSession::open(*m_portal, QStringLiteral("RSSMRA85T10A562S"),
                                              m_dir.filePath(QStringLiteral("c.sqlite")), &why);
        auto theirs = test::PortalSession::open(*m_portal, QStringLiteral("RSSMRA85T10A562S"),
                                                m_dir.filePath(QStringLiteral("d.sqlite")), &why);
        QVERIFY(mine && theirs);
        ui::MainWindow window;
        window.show();
        ui::SessionController controller(mine->user(), &window);
        QTRY_COMPARE_WITH_TIMEOUT(mine->user().anagrafiche().count({}).value(), 25, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(mine->user().sync()->state(), sync::SyncEngine::State::Idle, 20000);
        const anagrafiche::Anagrafica base = mine->user().anagrafiche().all().value().at(3);

        // Someone else changes the PEC on the portal.
        anagrafiche::Anagrafica theirEdit = base;
        theirEdit.email = QStringLiteral("nuova@example.it");
        bool updated = false;
        theirs->user().anagraficheApi()->update(theirEdit, base.version, theirs->client(),
                                                [&](const auto& r) { updated = r.hasValue(); });
        QTRY_VERIFY_WITH_TIMEOUT(updated, 10000);

        anagrafiche::Anagrafica myEdit = base;
        myEdit.telefono = QStringLiteral("02 1111111");
        QVERIFY(mine->user().sync()->saveAnagrafica(myEdit));
        ui::ConflictDialog* conflict = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((conflict = findTopLevel<ui::ConflictDialog>()) != nullptr, 20000);
        QVERIFY(conflict->differingKeys().contains(QStringLiteral("email")));
        QVERIFY(conflict->differingKeys().contains(QStringLiteral("telefono")));
        conflict->setFieldChoice(QStringLiteral("email"), ui::ConflictDialog::Side::Portal);
        auto* merge = conflict->findChild<QPushButton*>(QStringLiteral("mergeButton"));
        QVERIFY(merge);
        merge->click();
        QTRY_COMPARE_WITH_TIMEOUT(mine->user().sync()->pendingCount(), 0, 20000);
        const auto merged = mine->user().anagrafiche().find(base.id).value();
        QCOMPARE(merged->telefono, QStringLiteral("02 1111111"));
        QCOMPARE(merged->email, QStringLiteral("nuova@example.it"));
    }

    void cleanupTestCase() { m_portal.reset(); }
};

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
