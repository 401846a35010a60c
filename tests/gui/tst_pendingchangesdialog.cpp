#include "app/anagrafiche/Anagrafica.h"
#include "app/store/LocalDatabase.h"
#include "app/sync/Outbox.h"
#include "tests/support/TestEnvironment.h"
#include "ui/sync/PendingChangesDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace inlinea;
using anagrafiche::Anagrafica;
using sync::OutboxItem;
using ui::PendingChangesDialog;

namespace {

OutboxItem update(qint64 entityId, const QString& name)
{
    Anagrafica a;
    a.id = entityId;
    a.denominazione = name;
    OutboxItem item;
    item.entity = OutboxItem::Entity::Anagrafica;
    item.operation = OutboxItem::Operation::Update;
    item.entityId = entityId;
    item.baseVersion = 2;
    item.payload = a.toWritableJson();
    return item;
}

} // namespace

class TestPendingChangesDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void showsEachChangeWithItsState()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        sync::Outbox outbox(*db.value());
        const auto waiting = outbox.enqueue(update(1, QStringLiteral("Galvanica Brambilla S.r.l.")));
        const auto conflicting = outbox.enqueue(update(2, QStringLiteral("Tessile Zanetti S.p.A.")));
        const auto refused = outbox.enqueue(update(3, QStringLiteral("Fonderia Quaglia S.n.c.")));
        QVERIFY(waiting && conflicting && refused);
        QVERIFY(outbox.markAttempt(**waiting, QStringLiteral("Connection refused")));
        QVERIFY(outbox.markConflict(**conflicting, update(2, QStringLiteral("Tessile Zanetti S.r.l.")).payload));
        QVERIFY(outbox.markRejected(**refused,
                                    QByteArrayLiteral(R"({"code":"validation_failed","detail":"Dati non validi",)"
                                                      R"("errors":[{"field":"codice_fiscale","code":"check_digit",)"
                                                      R"("detail":"cifra di controllo errata: attesa 7"}]})")));

        PendingChangesDialog dialog(outbox, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("pendingList"));
        QCOMPARE(dialog.itemCount(), 3);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Modifica"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Galvanica Brambilla S.r.l."));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("In attesa"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("1"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Connection refused"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("Conflitto"));
        QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Rifiutata"));

        // The portal's reasons, field by field, for the refused one.
        QVERIFY(dialog.selectItem(**refused));
        const QString details = dialog.findChild<QLabel*>(QStringLiteral("pendingDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("Dati non validi")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Codice fiscale: cifra di controllo errata: attesa 7")),
                 qPrintable(details));
        QVERIFY(list->topLevelItem(2)->toolTip(2).contains(QStringLiteral("cifra di controllo errata")));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("openAnagraficaButton"))->isEnabled());

        // Without an engine the dialog only shows.
        QVERIFY(dialog.selectItem(**conflicting));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("resolveButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("retryButton"))->isEnabled());
    }

    void nothingWaiting()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        sync::Outbox outbox(*db.value());
        PendingChangesDialog dialog(outbox, nullptr);
        QCOMPARE(dialog.itemCount(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("pendingStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Nessuna modifica in attesa")));
    }
};

QTEST_MAIN(TestPendingChangesDialog)
#include "tst_pendingchangesdialog.moc"
