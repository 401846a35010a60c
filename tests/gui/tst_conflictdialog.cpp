#include "app/anagrafiche/Anagrafica.h"
#include "app/profile/Profile.h"
#include "app/sync/Outbox.h"
#include "tests/support/TestEnvironment.h"
#include "ui/sync/ConflictDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace inlinea;
using anagrafiche::Anagrafica;
using sync::OutboxItem;
using ui::ConflictDialog;

namespace {

Anagrafica base()
{
    Anagrafica a;
    a.id = 42;
    a.version = 3;
    a.tipo = Anagrafica::Tipo::PersonaGiuridica;
    a.denominazione = QStringLiteral("Galvanica Brambilla S.r.l.");
    a.codiceFiscale = QStringLiteral("00743110157");
    a.partitaIva = QStringLiteral("00743110157");
    a.indirizzo = QStringLiteral("Via Roma 1");
    a.comune = QStringLiteral("Rho");
    a.cap = QStringLiteral("20017");
    a.provincia = QStringLiteral("MI");
    a.pec = QStringLiteral("galvanica@pec.example.it");
    a.telefono = QStringLiteral("02 9301234");
    return a;
}

// I changed the address and the phone; meanwhile the portal changed the PEC and the phone, and emptied the e-mail.
OutboxItem conflict()
{
    Anagrafica mine = base();
    mine.indirizzo = QStringLiteral("Via Roma 15");
    mine.telefono = QStringLiteral("02 9300000");
    mine.email = QStringLiteral("info@galvanica.example.it");
    Anagrafica portal = base();
    portal.version = 4;
    portal.pec = QStringLiteral("amministrazione@pec.galvanica.it");
    portal.telefono = QStringLiteral("02 9309999");
    portal.updatedAt = QStringLiteral("2024-03-12T09:15:00Z");

    OutboxItem item;
    item.id = 7;
    item.entity = OutboxItem::Entity::Anagrafica;
    item.operation = OutboxItem::Operation::Update;
    item.entityId = 42;
    item.baseVersion = 3;
    item.payload = mine.toWritableJson();
    item.state = OutboxItem::State::Conflict;
    item.portalVersion = portal.toJson();
    return item;
}

QPushButton* button(const ConflictDialog& dialog, const char* name)
{
    return dialog.findChild<QPushButton*>(QLatin1String(name));
}

// Clicks a radio button on its indicator (a click past the end of its text does nothing).
void choose(QRadioButton* radio)
{
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
}

QLabel* labelWithText(const ConflictDialog& dialog, const QString& text)
{
    const auto labels = dialog.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->text() == text) {
            return label;
        }
    }
    return nullptr;
}

} // namespace

class TestConflictDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void listsOnlyTheFieldsThatDiffer()
    {
        ConflictDialog dialog(conflict());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.differingKeys(), (QStringList{QStringLiteral("indirizzo"), QStringLiteral("pec"),
                                                      QStringLiteral("email"), QStringLiteral("telefono")}));
        // Each side of a differing field is a choice, mine by default.
        for (const QString& key : dialog.differingKeys()) {
            auto* mine = dialog.findChild<QRadioButton*>(QStringLiteral("mine:") + key);
            auto* portal = dialog.findChild<QRadioButton*>(QStringLiteral("portal:") + key);
            QVERIFY2(mine && portal, qPrintable(key));
            QVERIFY(mine->isVisible() && portal->isVisible());
            QVERIFY(mine->isChecked());
            QCOMPARE(dialog.fieldChoice(key), ConflictDialog::Side::Mine);
        }
        QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("mine:indirizzo"))->text(),
                 QStringLiteral("Via Roma 15"));
        QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("portal:indirizzo"))->text(),
                 QStringLiteral("Via Roma 1"));
        QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("portal:email"))->text(), QStringLiteral("(vuoto)"));
        QVERIFY(labelWithText(dialog, QStringLiteral("Sede legale / residenza: indirizzo"))->isVisible());
        QVERIFY(labelWithText(dialog, QStringLiteral("La mia versione")));
        QVERIFY(labelWithText(dialog, QStringLiteral("Versione del portale")));

        // Fields that are the same are there, hidden until asked for.
        QLabel* same = labelWithText(dialog, QStringLiteral("Denominazione"));
        QVERIFY(same);
        QVERIFY(!same->isVisible());
        QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("mine:denominazione")));
        auto* showEqual = dialog.findChild<QCheckBox*>(QStringLiteral("showEqualFields"));
        QVERIFY(showEqual->text().startsWith(QStringLiteral("Mostra anche i campi uguali")));
        showEqual->click();
        QVERIFY(same->isVisible());
        showEqual->click();
        QVERIFY(!same->isVisible());

        QVERIFY(button(dialog, "keepMineButton"));
        QCOMPARE(button(dialog, "keepMineButton")->text(), QStringLiteral("Tieni la mia versione"));
        QCOMPARE(button(dialog, "keepPortalButton")->text(), QStringLiteral("Tieni la versione del portale"));
        QCOMPARE(button(dialog, "mergeButton")->text(), QStringLiteral("Unisci"));
    }

    void mergeTakesTheChosenFields()
    {
        const OutboxItem item = conflict();
        ConflictDialog dialog(item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(dialog.findChild<QRadioButton*>(QStringLiteral("portal:pec")));
        choose(dialog.findChild<QRadioButton*>(QStringLiteral("portal:email")));
        QCOMPARE(dialog.fieldChoice(QStringLiteral("pec")), ConflictDialog::Side::Portal);
        QCOMPARE(dialog.fieldChoice(QStringLiteral("indirizzo")), ConflictDialog::Side::Mine);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(button(dialog, "mergeButton"), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::Merge);

        QJsonObject expected = item.payload;
        expected.insert(QStringLiteral("pec"), QStringLiteral("amministrazione@pec.galvanica.it"));
        expected.insert(QStringLiteral("email"), QJsonValue());
        QCOMPARE(dialog.mergedPayload(), expected);
        const Anagrafica merged = Anagrafica::fromJson(dialog.mergedPayload());
        QCOMPARE(merged.indirizzo, QStringLiteral("Via Roma 15"));
        QCOMPARE(merged.telefono, QStringLiteral("02 9300000"));
        QCOMPARE(merged.pec, QStringLiteral("amministrazione@pec.galvanica.it"));
        QVERIFY(merged.email.isEmpty());
        QCOMPARE(merged.denominazione, QStringLiteral("Galvanica Brambilla S.r.l."));
    }

    void mergeWithEveryFieldFromThePortal()
    {
        const OutboxItem item = conflict();
        ConflictDialog dialog(item);
        for (const QString& key : dialog.differingKeys()) {
            dialog.setFieldChoice(key, ConflictDialog::Side::Portal);
        }
        QCOMPARE(dialog.mergedPayload(), Anagrafica::fromJson(item.portalVersion).toWritableJson());
    }

    void keepOneVersionWhole()
    {
        const OutboxItem item = conflict();
        ConflictDialog mine(item);
        mine.show();
        mine.setFieldChoice(QStringLiteral("pec"), ConflictDialog::Side::Portal); // ignored: the whole of mine
        QTest::mouseClick(button(mine, "keepMineButton"), Qt::LeftButton);
        QCOMPARE(mine.result(), int(QDialog::Accepted));
        QCOMPARE(mine.choice(), ConflictDialog::Choice::Mine);
        QCOMPARE(mine.mergedPayload(), item.payload);

        ConflictDialog portal(item);
        portal.show();
        QTest::mouseClick(button(portal, "keepPortalButton"), Qt::LeftButton);
        QCOMPARE(portal.choice(), ConflictDialog::Choice::Portal);
        QCOMPARE(portal.mergedPayload(), Anagrafica::fromJson(item.portalVersion).toWritableJson());

        ConflictDialog cancelled(item);
        cancelled.show();
        cancelled.reject();
        QCOMPARE(cancelled.choice(), ConflictDialog::Choice::None);
    }

    void valuesAreShownAsTheUserReadsThem()
    {
        OutboxItem item = conflict();
        item.payload.insert(QStringLiteral("tipo"), QStringLiteral("persona_fisica"));
        item.payload.insert(QStringLiteral("data_nascita"), QStringLiteral("1974-08-22"));
        ConflictDialog dialog(item);
        QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("mine:tipo"))->text(),
                 QStringLiteral("Persona fisica"));
        QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("portal:tipo"))->text(),
                 QStringLiteral("Persona giuridica"));
        QCOMPARE(dialog.findChild<QRadioButton*>(QStringLiteral("mine:data_nascita"))->text(),
                 QStringLiteral("22/08/1974"));
    }

    void profileConflictsAreMergedFieldByField()
    {
        profile::Profile portal;
        portal.codiceFiscale = QStringLiteral("RSSMRA85T10A562S");
        portal.nome = QStringLiteral("Mario");
        portal.cognome = QStringLiteral("Rossi");
        portal.residenzaCap = QStringLiteral("20121");
        portal.newsletterEventi = true;
        portal.version = 4;
        profile::Profile mine = portal;
        mine.residenzaCap = QStringLiteral("20122");
        mine.newsletterEventi = false;
        sync::OutboxItem item;
        item.entity = sync::OutboxItem::Entity::Profile;
        item.state = sync::OutboxItem::State::Conflict;
        item.payload = mine.toWritableJson();
        item.portalVersion = portal.toJson();
        ui::ConflictDialog dialog(item);
        QCOMPARE(dialog.differingKeys(),
                 (QStringList{QStringLiteral("residenza_cap"), QStringLiteral("newsletter_eventi")}));
        dialog.setFieldChoice(QStringLiteral("newsletter_eventi"), ui::ConflictDialog::Side::Portal);
        const QJsonObject merged = dialog.mergedPayload();
        QCOMPARE(merged.value(QStringLiteral("residenza_cap")).toString(), QStringLiteral("20122"));
        // The choice keeps its JSON type.
        QVERIFY(merged.value(QStringLiteral("newsletter_eventi")).isBool());
        QCOMPARE(merged.value(QStringLiteral("newsletter_eventi")).toBool(), true);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("conflictTitle"))
                    ->text()
                    .contains(QStringLiteral("dati personali")));
    }

    void deletionAgainstAChangedRecord()
    {
        OutboxItem item = conflict();
        item.operation = OutboxItem::Operation::Delete;
        item.payload = {};
        ConflictDialog dialog(item);
        QVERIFY(!button(dialog, "mergeButton"));
        QCOMPARE(button(dialog, "keepMineButton")->text(), QStringLiteral("Elimina comunque"));
        QVERIFY(dialog.differingKeys().isEmpty());
        QTest::mouseClick(button(dialog, "keepPortalButton"), Qt::LeftButton);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::Portal);
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
