#include "app/session/UserSession.h"
#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace inlinea;
using anagrafiche::Anagrafica;
using ui::SyncStatusWidget;

namespace {

Anagrafica company(const QString& name)
{
    Anagrafica a;
    a.denominazione = name;
    a.codiceFiscale = QStringLiteral("00743110157");
    a.partitaIva = a.codiceFiscale;
    a.indirizzo = QStringLiteral("Via Roma 1");
    a.comune = QStringLiteral("Rho");
    a.pec = QStringLiteral("rho@pec.example.it");
    return a;
}

} // namespace

// An offline session: the engine tries, gets "no portal" at once, and keeps the changes.
class TestSyncStatusWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void hiddenWithoutEngine()
    {
        SyncStatusWidget widget;
        QVERIFY(widget.isHidden());
        QVERIFY(widget.text().isEmpty());
    }

    void countsTheChangesWaiting()
    {
        auto opened = session::UserSession::open(QStringLiteral(":memory:"), nullptr, nullptr);
        QVERIFY(opened);
        std::unique_ptr<session::UserSession> user = std::move(opened).value();
        sync::SyncEngine* engine = user->sync();
        sync::Outbox& outbox = user->outbox();

        SyncStatusWidget widget;
        widget.setEngine(engine);
        QVERIFY(widget.isHidden());

        const auto first = engine->saveAnagrafica(company(QStringLiteral("Galvanica Brambilla S.r.l.")));
        QVERIFY(first);
        QCOMPARE(widget.text(), QStringLiteral("1 modifica in attesa"));
        QVERIFY(!widget.isHidden());
        QVERIFY(engine->saveAnagrafica(company(QStringLiteral("Tessile Zanetti S.p.A."))));
        QCOMPARE(widget.text(), QStringLiteral("2 modifiche in attesa"));

        auto* show = widget.findChild<QToolButton*>(QStringLiteral("showPendingButton"));
        QCOMPARE(show->text(), QStringLiteral("Vedi"));
        QVERIFY(!show->isHidden());
        QSignalSpy requested(&widget, &SyncStatusWidget::showPendingRequested);
        show->click();
        QCOMPARE(requested.count(), 1);

        // With the outbox it also says how many need the user.
        const auto items = outbox.items();
        QVERIFY(items && !items->isEmpty());
        QVERIFY(outbox.markRejected(items->first().id, QByteArrayLiteral("{\"code\":\"validation_failed\"}")));
        widget.setOutbox(&outbox);
        QCOMPARE(widget.text(), QStringLiteral("2 modifiche in attesa — 1 da controllare"));

        // Nothing left: hidden again.
        const auto left = outbox.items();
        for (const auto& item : left.value()) {
            QVERIFY(engine->discard(item.id));
        }
        QCOMPARE(engine->pendingCount(), 0);
        QVERIFY(widget.isHidden());
    }

    void saysWhenItIsSyncing()
    {
        auto opened = session::UserSession::open(QStringLiteral(":memory:"), nullptr, nullptr);
        QVERIFY(opened);
        std::unique_ptr<session::UserSession> user = std::move(opened).value();
        SyncStatusWidget widget;
        widget.setEngine(user->sync());
        QVERIFY(user->sync()->saveAnagrafica(company(QStringLiteral("Galvanica Brambilla S.r.l."))));
        // The widget refreshes first (connected first); this records what it showed in each state.
        QStringList seen;
        connect(user->sync(), &sync::SyncEngine::stateChanged, &widget, [&](sync::SyncEngine::State state) {
            seen << QStringLiteral("%1:%2").arg(int(state)).arg(widget.text());
        });
        user->sync()->syncNow();
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first(), QStringLiteral("%1:Sincronizzazione…").arg(int(sync::SyncEngine::State::Syncing)));
        QTRY_VERIFY(user->sync()->state() != sync::SyncEngine::State::Syncing);
        // Nothing was sent: the change is still waiting.
        QCOMPARE(widget.text(), QStringLiteral("1 modifica in attesa"));
    }

    void mainWindowHasItInTheStatusBar()
    {
        ui::MainWindow window;
        QVERIFY(window.syncStatus());
        QVERIFY(window.statusBar()->isAncestorOf(window.syncStatus()));
        QVERIFY(window.syncStatus()->isHidden());
    }
};

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
