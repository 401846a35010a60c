#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/pages/ComingSoonPage.h"
#include "ui/widgets/CardStatusWidget.h"
#include "ui/widgets/PortalStatusWidget.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace inlinea;
using Section = ui::MainWindow::Section;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void navigationHasThePortalMenu()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* nav = w.findChild<QTreeWidget*>(QStringLiteral("navigation"));
        QStringList entries;
        for (QTreeWidgetItemIterator it(nav); *it; ++it) {
            entries.append((*it)->text(0));
        }
        const QStringList expected{QStringLiteral("Elenco riassuntivo"),
                                   QStringLiteral("Area aziende e privati"),
                                   QStringLiteral("Nuova richiesta"),
                                   QStringLiteral("Gestione procedimenti"),
                                   QStringLiteral("Bando professionisti"),
                                   QStringLiteral("Area Enti pubblici"),
                                   QStringLiteral("Invio dichiarazioni e documenti"),
                                   QStringLiteral("Scarica documenti firmati"),
                                   QStringLiteral("Dati ambientali"),
                                   QStringLiteral("Informativa sui dati personali")};
        QCOMPARE(entries, expected);
        QCOMPARE(w.currentSection(), Section::Home);
    }

    void clickingAnEntryShowsItsPage()
    {
        ui::MainWindow w;
        w.show();
        auto* nav = w.findChild<QTreeWidget*>(QStringLiteral("navigation"));
        auto* pages = w.findChild<QStackedWidget*>();
        for (QTreeWidgetItemIterator it(nav); *it; ++it) {
            const QRect rect = nav->visualItemRect(*it);
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(nav->currentItem(), *it);
            // Every page that is not finished yet says what is coming, with the entry's own title.
            if (auto* page = qobject_cast<ui::ComingSoonPage*>(pages->currentWidget())) {
                QCOMPARE(page->title(), (*it)->text(0));
            }
        }
        w.showSection(Section::DocumentiFirmati);
        QCOMPARE(nav->currentItem()->text(0), QStringLiteral("Scarica documenti firmati"));
    }

    void headerActions()
    {
        ui::MainWindow w;
        w.setUserName(QStringLiteral("Mario Rossi"));
        w.show();
        QSignalSpy logout(&w, &ui::MainWindow::logoutRequested);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("logoutButton")), Qt::LeftButton);
        QCOMPARE(logout.count(), 1);
        const auto buttons = w.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text() == QStringLiteral("Modifica i tuoi dati")) {
                QTest::mouseClick(b, Qt::LeftButton);
            }
        }
        QCOMPARE(w.currentSection(), Section::Profilo);
    }

    void statusBarHasPortalAndCardSlots()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(w.statusBar()->isAncestorOf(w.portalStatus()));
        QVERIFY(w.statusBar()->isAncestorOf(w.cardStatus()));
        QCOMPARE(w.portalStatus()->text(), QStringLiteral("Portale non configurato"));
        QVERIFY(!w.cardStatus()->text().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
