// Nuova richiesta, offline: pick the anagrafica and the procedimento from the local copies, a draft is created and
// opens in its window; what is typed is saved as the draft and is there when the draft is opened again.
#include "app/anagrafiche/AnagraficheCache.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/procedimenti/CatalogCache.h"
#include "tests/support/TestEnvironment.h"
#include "ui/formview/DraftWindow.h"
#include "ui/pages/NuovaRichiestaPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace inlinea;

namespace {

procedimenti::FormDefinition definitionFile(const QString& name)
{
    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return procedimenti::FormDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

} // namespace

class TestNuovaRichiesta : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void aDraftIsCreatedCompiledAndKept()
    {
        auto db = store::LocalDatabase::open(QStringLiteral(":memory:"));
        QVERIFY(db);
        anagrafiche::AnagraficheCache anagrafiche(*db.value());
        procedimenti::CatalogCache catalog(*db.value());
        drafts::DraftStore drafts(*db.value());
        anagrafiche::Anagrafica company;
        company.id = 7;
        company.denominazione = QStringLiteral("Galvanica Brambilla S.r.l.");
        company.codiceFiscale = QStringLiteral("00743110157");
        QVERIFY(anagrafiche.put(company, false));
        const procedimenti::FormDefinition aua = definitionFile(QStringLiteral("AUA-2.json"));
        procedimenti::Procedimento entry;
        entry.code = aua.code;
        entry.title = aua.title;
        entry.version = aua.version;
        entry.versions = {aua.version};
        QVERIFY(catalog.replaceCatalog({entry}));
        QVERIFY(catalog.putDefinition(aua));

        ui::NuovaRichiestaPage page;
        page.setSources(&anagrafiche, &catalog, &drafts);
        page.show();
        auto* create = page.findChild<QPushButton*>(QStringLiteral("createDraftButton"));
        QVERIFY(!create->isEnabled()); // no procedimento chosen yet
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("createDraftReason"))->text().isEmpty());
        page.findChild<QListWidget*>(QStringLiteral("procedimentiList"))->setCurrentRow(0);
        QVERIFY(create->isEnabled());
        QSignalSpy open(&page, &ui::NuovaRichiestaPage::openDraftRequested);
        create->click();
        QCOMPARE(open.count(), 1);
        const QString id = open.first().first().toString();
        const auto created = drafts.load(id);
        QVERIFY(created);
        QCOMPARE(created->anagraficaId, 7);
        QCOMPARE(created->procedimento, aua.code);
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("draftList"))->rowCount(), 1);
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("draftList"))->item(0, 4)->text(),
                 QStringLiteral("Bozza"));

        // An anagrafica created from here is the one chosen; the drafts list can be narrowed to it.
        QSignalSpy wantsNew(&page, &ui::NuovaRichiestaPage::newAnagraficaRequested);
        page.findChild<QPushButton*>(QStringLiteral("newAnagraficaButton"))->click();
        QCOMPARE(wantsNew.count(), 1);
        anagrafiche::Anagrafica person;
        person.id = -1;
        person.tipo = anagrafiche::Anagrafica::Tipo::PersonaFisica;
        person.cognome = QStringLiteral("Verdi");
        person.nome = QStringLiteral("Anna");
        QVERIFY(anagrafiche.put(person, true));
        page.selectAnagrafica(-1);
        auto* choice = page.findChild<QComboBox*>(QStringLiteral("anagraficaChoice"));
        QCOMPARE(choice->currentData().toLongLong(), -1);
        page.findChild<QCheckBox*>(QStringLiteral("onlyThisAnagrafica"))->setChecked(true);
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("draftList"))->rowCount(), 0);
        choice->setCurrentIndex(choice->findData(7));
        QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("draftList"))->rowCount(), 1);

        QString why;
        QPointer<ui::DraftWindow> window = ui::DraftWindow::open(drafts, id, aua, &why);
        QVERIFY2(window, qPrintable(why));
        window->show();
        auto* surname = window->findChild<QLineEdit*>(QStringLiteral("/dichiarante/cognome"));
        QVERIFY(surname);
        QTest::keyClicks(surname, QStringLiteral("Brambilla"));
        // Saved within a fraction of a second, without closing anything.
        QTRY_COMPARE_WITH_TIMEOUT(drafts.load(id)
                                      ->data.value(QStringLiteral("dichiarante"))
                                      .toObject()
                                      .value(QStringLiteral("cognome"))
                                      .toString(),
                                  QStringLiteral("Brambilla"), 2000);
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("draftSavedLabel"))
                    ->text()
                    .contains(QStringLiteral("revisione")));
        window->close();
        QTRY_VERIFY(window.isNull());

        // Opened again: the same text.
        QPointer<ui::DraftWindow> again = ui::DraftWindow::open(drafts, id, aua, &why);
        QVERIFY(again);
        QCOMPARE(again->findChild<QLineEdit*>(QStringLiteral("/dichiarante/cognome"))->text(),
                 QStringLiteral("Brambilla"));
        again->close();
    }
};

QTEST_MAIN(TestNuovaRichiesta)
#include "tst_nuovarichiesta.moc"
