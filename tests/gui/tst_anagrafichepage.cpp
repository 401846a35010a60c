#include "app/anagrafiche/AnagraficheCache.h"
#include "app/store/LocalDatabase.h"
#include "tests/support/SampleAnagrafiche.h"
#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/anagrafiche/AnagraficheListModel.h"
#include "ui/pages/AnagrafichePage.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace inlinea;
using anagrafiche::Anagrafica;
using anagrafiche::AnagraficheCache;
using ui::AnagraficheListModel;
using ui::AnagrafichePage;

namespace {

Anagrafica company(qint64 id, const QString& name, const QString& comune, int domande = 0)
{
    Anagrafica a;
    a.id = id;
    a.version = 1;
    a.denominazione = name;
    a.indirizzo = QStringLiteral("Via Manzoni %1").arg(id);
    a.comune = comune;
    a.partitaIva = QStringLiteral("0074311015%1").arg(id % 10);
    a.codiceFiscale = a.partitaIva;
    a.domande = domande;
    return a;
}

// Presses a button of the next message box as soon as it is shown; returns whether one came.
std::shared_ptr<QString> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto text = std::make_shared<QString>();
    QTimer::singleShot(0, qApp, [text, button] {
        (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()); }, 5000);
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->button(button)->click();
        }
    });
    return text;
}

} // namespace

class TestAnagrafichePage : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<store::LocalDatabase> m_db;
    std::unique_ptr<AnagraficheCache> m_cache;
    std::unique_ptr<AnagrafichePage> m_page;

    QLineEdit* search() const { return m_page->findChild<QLineEdit*>(QStringLiteral("anagraficheSearch")); }
    QTableView* view() const { return m_page->findChild<QTableView*>(QStringLiteral("anagraficheTable")); }
    QLabel* empty() const { return m_page->findChild<QLabel*>(QStringLiteral("anagraficheEmpty")); }
    QLabel* count() const { return m_page->findChild<QLabel*>(QStringLiteral("anagraficheCount")); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QLatin1String(name)); }
    bool showsEmptyState() const { return m_page->findChild<QStackedWidget*>()->currentWidget() == empty(); }

private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void init()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        m_db = std::move(db).value();
        m_cache = std::make_unique<AnagraficheCache>(*m_db);
        QVERIFY(m_cache->putMany({company(1, QStringLiteral("Galvanica Brambilla S.r.l."), QStringLiteral("Rho")),
                                  company(2, QStringLiteral("Tessile Zanetti S.p.A."), QStringLiteral("Legnano"), 4),
                                  company(3, QStringLiteral("Fonderia Quaglia S.n.c."), QStringLiteral("Bollate"))},
                                 false));
        m_page = std::make_unique<AnagrafichePage>();
        m_page->resize(900, 500);
        m_page->setCache(m_cache.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_cache.reset();
        m_db.reset();
    }

    void listsTheCacheWithItsCount()
    {
        QCOMPARE(view()->model()->rowCount(), 3);
        QVERIFY(!showsEmptyState());
        QCOMPARE(count()->text(), QStringLiteral("3 anagrafiche"));
        QCOMPARE(search()->placeholderText(), QStringLiteral("Cerca per nome, codice fiscale, partita IVA o comune"));
        QVERIFY(search()->isClearButtonEnabled());
        QVERIFY(view()->isSortingEnabled());
        QVERIFY(view()->alternatingRowColors());
        QCOMPARE(view()->selectionBehavior(), QAbstractItemView::SelectRows);
        // Sorted by name at first: Fonderia, Galvanica, Tessile.
        QCOMPARE(m_page->model()->idAt(0), 3);
        QCOMPARE(m_page->model()->idAt(2), 2);
    }

    void typingFiltersTheView()
    {
        QTest::keyClicks(search(), QStringLiteral("zanet"));
        QTRY_COMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->idAt(0), 2);
        QCOMPARE(count()->text(), QStringLiteral("1 anagrafica trovata"));

        search()->clear();
        QTest::keyClicks(search(), QStringLiteral("rh"));
        QTRY_COMPARE(m_page->model()->searchText(), QStringLiteral("rh"));
        QCOMPARE(view()->model()->rowCount(), 1); // Rho
        QCOMPARE(m_page->model()->idAt(0), 1);

        QTest::keyClicks(search(), QStringLiteral("xx"));
        QTRY_VERIFY(showsEmptyState());
        QCOMPARE(empty()->text(), QStringLiteral("Nessuna anagrafica corrisponde a «rhxx»."));
        QCOMPARE(count()->text(), QStringLiteral("0 anagrafiche trovate"));

        search()->clear();
        QTRY_COMPARE(view()->model()->rowCount(), 3);
        QVERIFY(!showsEmptyState());
    }

    void enterSearchesAtOnce()
    {
        search()->setText(QStringLiteral("quaglia"));
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->idAt(0), 3);
    }

    void emptyCacheSaysSo()
    {
        QVERIFY(m_cache->remove(1));
        QVERIFY(m_cache->remove(2));
        QVERIFY(m_cache->remove(3));
        m_page->reload();
        QVERIFY(showsEmptyState());
        QVERIFY(empty()->text().startsWith(QStringLiteral("Non ci sono ancora anagrafiche.")));
        QCOMPARE(count()->text(), QStringLiteral("0 anagrafiche"));
        QVERIFY(!button("openAnagraficaButton")->isEnabled());
    }

    void doubleClickOpens()
    {
        QSignalSpy open(m_page.get(), &AnagrafichePage::openRequested);
        const int row = m_page->model()->rowOf(1);
        const QRect rect = view()->visualRect(m_page->model()->index(row, 1));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_page->currentId(), 1);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), 1);

        // Enter and the "Apri" button open the selected one too.
        QVERIFY(m_page->selectId(3));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.last().first().toLongLong(), 3);
        QTest::mouseClick(button("openAnagraficaButton"), Qt::LeftButton);
        QCOMPARE(open.count(), 3);
        QCOMPARE(open.last().first().toLongLong(), 3);
    }

    void newAsksForAnEditor()
    {
        QSignalSpy requested(m_page.get(), &AnagrafichePage::newRequested);
        QTest::mouseClick(button("newAnagraficaButton"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }

    void deleteAsksFirst()
    {
        QSignalSpy deleted(m_page.get(), &AnagrafichePage::deleteRequested);
        QVERIFY(!button("deleteAnagraficaButton")->isEnabled());
        QVERIFY(m_page->selectId(1));
        QVERIFY(button("deleteAnagraficaButton")->isEnabled());

        auto asked = answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(button("deleteAnagraficaButton"), Qt::LeftButton);
        QCOMPARE(*asked, QStringLiteral("Eliminare l'anagrafica «Galvanica Brambilla S.r.l.»?"));
        QCOMPARE(deleted.count(), 0);

        asked = answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(button("deleteAnagraficaButton"), Qt::LeftButton);
        QVERIFY(!asked->isEmpty());
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.first().first().toLongLong(), 1);

        // The Delete key asks the same way.
        view()->setFocus();
        asked = answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(!asked->isEmpty());
        QCOMPARE(deleted.count(), 2);
    }

    void anAnagraficaWithDomandeCannotBeDeleted()
    {
        QVERIFY(m_page->selectId(2));
        QVERIFY(!button("deleteAnagraficaButton")->isEnabled());
        QVERIFY(!button("deleteAnagraficaButton")->toolTip().isEmpty());
    }

    void watchToggles()
    {
        QSignalSpy watch(m_page.get(), &AnagrafichePage::watchRequested);
        QVERIFY(m_page->selectId(1));
        QCOMPARE(button("watchAnagraficaButton")->text(), QStringLiteral("Osserva"));
        QTest::mouseClick(button("watchAnagraficaButton"), Qt::LeftButton);
        QCOMPARE(watch.count(), 1);
        QCOMPARE(watch.first().at(0).toLongLong(), 1);
        QCOMPARE(watch.first().at(1).toBool(), true);

        // The owner records it and the cache changes: the selection stays, the button follows.
        Anagrafica watched = m_cache->find(1).value().value();
        watched.watched = true;
        QVERIFY(m_cache->put(watched, true));
        m_page->reload();
        QCOMPARE(m_page->currentId(), 1);
        QCOMPARE(button("watchAnagraficaButton")->text(), QStringLiteral("Non osservare"));
        QTest::mouseClick(button("watchAnagraficaButton"), Qt::LeftButton);
        QCOMPARE(watch.count(), 2);
        QCOMPARE(watch.last().at(1).toBool(), false);
    }

    void sortingByHeader()
    {
        QHeaderView* header = view()->horizontalHeader();
        const int x = header->sectionViewportPosition(AnagraficheListModel::DomandeColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(m_page->model()->query().sort, anagrafiche::ListQuery::Sort::Domande);
        const bool descending = m_page->model()->query().descending;
        QCOMPARE(m_page->model()->idAt(descending ? 0 : 2), 2); // the one with 4 domande
    }

    void largeCacheLoadsAPageOnly()
    {
        QVERIFY(m_cache->putMany(test::sampleAnagrafiche(5000), false));
        m_page->reload();
        QCOMPARE(m_page->model()->totalCount(), 5000);
        QVERIFY(view()->model()->rowCount() <= 2 * AnagraficheListModel::PageSize);
        QCOMPARE(count()->text().remove(QLatin1Char('.')).remove(QLatin1Char(',')), QStringLiteral("5000 anagrafiche"));
        // Scrolling to the end fetches the next page.
        const int before = view()->model()->rowCount();
        view()->scrollToBottom();
        QTRY_VERIFY(view()->model()->rowCount() > before);
    }

    void mainWindowShowsThePageInHome()
    {
        ui::MainWindow window;
        QVERIFY(window.anagrafichePage());
        QVERIFY(window.isAncestorOf(window.anagrafichePage()));
        QCOMPARE(window.currentSection(), ui::MainWindow::Section::Home);
    }
};

QTEST_MAIN(TestAnagrafichePage)
#include "tst_anagrafichepage.moc"
