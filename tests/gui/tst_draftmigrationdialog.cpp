// Moving a draft to the new version of its form through the UI, offscreen: what the dialog lists, the bar of the
// draft window, migrating, undoing and declining, on a real SQLite file. With INLINEA_SHOT_DIR set, the dialog is
// also saved there as draftmigrationdialog.png.
#include "app/drafts/DraftMigration.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/procedimenti/CatalogCache.h"
#include "tests/support/TestEnvironment.h"
#include "ui/formview/DraftMigrationDialog.h"
#include "ui/formview/DraftWindow.h"
#include "ui/formview/FormView.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace inlinea;
using drafts::DraftMigration;
using drafts::DraftStore;
using procedimenti::FormDefinition;
using ui::DraftMigrationDialog;
using ui::DraftWindow;

namespace {

// Layout paths are written with "#" for "*": moc reads a slash-star in a raw string as the start of a comment.
FormDefinition parse(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json).replace('#', '*'), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test definition: %s", qPrintable(error.errorString()));
    }
    return FormDefinition::fromJson(document.object());
}

// Version 2 drops the fax and a sede's surface, wants a whole number of employees, no longer offers "snc" and
// "artigianato", and requires a PEC and the ATECO code.
FormDefinition version1()
{
    return parse(R"({"code": "CONTRIBUTO", "version": "1", "title": "Domanda di contributo",
      "schema": {"type": "object", "required": ["richiedente", "impresa"], "properties": {
        "richiedente": {"type": "object", "required": ["cognome", "nome"], "properties": {
          "cognome": {"type": "string"}, "nome": {"type": "string"}, "codice_fiscale": {"type": "string"},
          "fax": {"type": "string"}}},
        "impresa": {"type": "object", "required": ["ragione_sociale"], "properties": {
          "ragione_sociale": {"type": "string"},
          "forma_giuridica": {"type": "string", "enum": ["srl", "spa", "snc", "ditta_individuale"]},
          "addetti": {"type": "string"},
          "settori": {"type": "array", "items": {"type": "string",
                      "enum": ["industria", "commercio", "servizi", "artigianato"]}}}},
        "sedi": {"type": "array", "items": {"type": "object", "properties": {
          "indirizzo": {"type": "string"}, "comune": {"type": "string"}, "superficie": {"type": "number"}}}}}},
      "layout": {"sections": [
        {"id": "richiedente", "title": "Richiedente", "path": "/richiedente", "fields": [
          {"path": "/richiedente/cognome", "label": "Cognome"}, {"path": "/richiedente/nome", "label": "Nome"},
          {"path": "/richiedente/codice_fiscale", "label": "Codice fiscale"},
          {"path": "/richiedente/fax", "label": "Fax"}]},
        {"id": "impresa", "title": "Impresa", "path": "/impresa", "fields": [
          {"path": "/impresa/ragione_sociale", "label": "Ragione sociale"},
          {"path": "/impresa/forma_giuridica", "label": "Forma giuridica"},
          {"path": "/impresa/addetti", "label": "Numero di addetti"},
          {"path": "/impresa/settori", "label": "Settori di attività"}]},
        {"id": "sedi", "title": "Sedi operative", "path": "/sedi",
         "repeat": {"min": 0, "max": 10, "item_title": "Sede {n}", "add_label": "Aggiungi sede"}, "fields": [
          {"path": "/sedi/#/indirizzo", "label": "Indirizzo"}, {"path": "/sedi/#/comune", "label": "Comune"},
          {"path": "/sedi/#/superficie", "label": "Superficie", "unit": "m²"}]}]}})");
}

FormDefinition version2()
{
    return parse(R"({"code": "CONTRIBUTO", "version": "2", "title": "Domanda di contributo",
      "previous_version": "1",
      "schema": {"type": "object", "required": ["richiedente", "impresa"], "properties": {
        "richiedente": {"type": "object", "required": ["cognome", "nome", "pec"], "properties": {
          "cognome": {"type": "string"}, "nome": {"type": "string"}, "codice_fiscale": {"type": "string"},
          "pec": {"type": "string", "format": "email"}}},
        "impresa": {"type": "object", "required": ["ragione_sociale", "ateco"], "properties": {
          "ragione_sociale": {"type": "string"},
          "forma_giuridica": {"type": "string", "enum": ["srl", "spa", "sapa", "ditta_individuale"]},
          "addetti": {"type": "integer", "minimum": 0},
          "settori": {"type": "array", "items": {"type": "string", "enum": ["industria", "commercio", "servizi"]}},
          "ateco": {"type": "string"}}},
        "sedi": {"type": "array", "items": {"type": "object", "properties": {
          "indirizzo": {"type": "string"}, "comune": {"type": "string"}}}}}},
      "layout": {"sections": [
        {"id": "richiedente", "title": "Richiedente", "path": "/richiedente", "fields": [
          {"path": "/richiedente/cognome", "label": "Cognome"}, {"path": "/richiedente/nome", "label": "Nome"},
          {"path": "/richiedente/codice_fiscale", "label": "Codice fiscale"},
          {"path": "/richiedente/pec", "label": "PEC"}]},
        {"id": "impresa", "title": "Impresa", "path": "/impresa", "fields": [
          {"path": "/impresa/ragione_sociale", "label": "Ragione sociale"},
          {"path": "/impresa/forma_giuridica", "label": "Forma giuridica"},
          {"path": "/impresa/addetti", "label": "Numero di addetti"},
          {"path": "/impresa/settori", "label": "Settori di attività"},
          {"path": "/impresa/ateco", "label": "Codice ATECO"}]},
        {"id": "sedi", "title": "Sedi operative", "path": "/sedi",
         "repeat": {"min": 0, "max": 10, "item_title": "Sede {n}", "add_label": "Aggiungi sede"}, "fields": [
          {"path": "/sedi/#/indirizzo", "label": "Indirizzo"}, {"path": "/sedi/#/comune", "label": "Comune"}]}]}})");
}

QJsonObject draftData()
{
    return QJsonDocument::fromJson(R"({
      "richiedente": {"cognome": "Rossi", "nome": "Mario", "codice_fiscale": "RSSMRA85T10A562S",
                      "fax": "02 1234567"},
      "impresa": {"ragione_sociale": "Officine Rossi", "forma_giuridica": "snc", "addetti": "circa 12",
                  "settori": ["industria", "artigianato"]},
      "sedi": [{"indirizzo": "Via Roma 1", "comune": "Milano", "superficie": 350.5},
               {"indirizzo": "Via Po 2", "comune": "Torino"}]})")
        .object();
}

QStringList column(const QTreeWidget* tree, int col)
{
    QStringList texts;
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
        texts.append(tree->topLevelItem(i)->text(col));
    }
    return texts;
}

} // namespace

class TestDraftMigrationDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<store::LocalDatabase> m_db;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<procedimenti::CatalogCache> m_catalog;

    QString createDraft(const QString& version, const QJsonObject& data)
    {
        return m_store->create(1, QStringLiteral("CONTRIBUTO"), version, QStringLiteral("Contributo Rossi"), data)
            .value()
            .id;
    }

    DraftWindow* openWindow(const QString& id)
    {
        const auto draft = m_store->load(id).value();
        const auto definition = m_catalog->definition(draft.procedimento, draft.definitionVersion).value();
        if (!definition) {
            return nullptr;
        }
        QString why;
        DraftWindow* window = DraftWindow::open(*m_store, id, *definition, &why);
        if (window) {
            window->offerNewerVersion(*m_catalog);
            window->show();
        }
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        qRegisterMetaType<ui::FormView*>();
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    }

    void init()
    {
        m_db = store::LocalDatabase::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files))).value();
        m_store = std::make_unique<DraftStore>(*m_db);
        m_catalog = std::make_unique<procedimenti::CatalogCache>(*m_db);
        procedimenti::Procedimento p;
        p.code = QStringLiteral("CONTRIBUTO");
        p.title = QStringLiteral("Domanda di contributo");
        p.version = QStringLiteral("2");
        p.versions = QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QVERIFY(m_catalog->replaceCatalog({p}));
        QVERIFY(m_catalog->putDefinition(version1()));
        QVERIFY(m_catalog->putDefinition(version2()));
    }

    void cleanup()
    {
        m_catalog.reset();
        m_store.reset();
        m_db.reset();
    }

    void dialogListsWhatChanges()
    {
        DraftMigrationDialog dialog(DraftMigration(version1(), version2(), draftData()));
        QVERIFY(dialog.findChild<QLabel*>("migrationTitle")->text().contains(QString("(v1 → v2)")));
        QCOMPARE(dialog.findChild<QLabel*>("migrationSummary")->text(),
                 QString("9 valori passano alla nuova versione così come sono."));
        const auto* attention = dialog.findChild<QTreeWidget*>("migrationAttention");
        QVERIFY(attention);
        // In the layout's order, item by item.
        QCOMPARE(column(attention, 0),
                 (QStringList{"Richiedente › Fax", "Impresa › Forma giuridica", "Impresa › Numero di addetti",
                              "Impresa › Settori di attività", "Sedi operative › Sede 1 › Superficie"}));
        QCOMPARE(column(attention, 1), (QStringList{"02 1234567", "Snc", "circa 12", "Artigianato", "350,5"}));
        const QStringList reasons = column(attention, 2);
        QCOMPARE(reasons.at(0), QString("Il campo non c'è più nella nuova versione"));
        QCOMPARE(reasons.at(1), QString("Scelta non più prevista"));
        QCOMPARE(attention->topLevelItem(1)->toolTip(2),
                 QString("Scelte previste ora: Srl, Spa, Sapa, Ditta individuale"));
        QCOMPARE(reasons.at(2), QString("Ora il campo richiede un numero intero"));
        QCOMPARE(reasons.at(3), reasons.at(1));
        QCOMPARE(reasons.at(4), reasons.at(0));
        const auto* required = dialog.findChild<QTreeWidget*>("migrationRequired");
        QVERIFY(required);
        QCOMPARE(column(required, 0), (QStringList{"Richiedente › PEC", "Impresa › Codice ATECO"}));
        QVERIFY(!dialog.findChild<QLabel*>("migrationLossless"));
        QCOMPARE(dialog.findChild<QPushButton*>("migrateButton")->text(), QString("Aggiorna la bozza"));
        QCOMPARE(dialog.findChild<QPushButton*>("keepVersionButton")->text(),
                 QString("Continua con la versione attuale"));

        const QString shots = qEnvironmentVariable("INLINEA_SHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(100);
            QVERIFY(QDir().mkpath(shots));
            QVERIFY(dialog.grab().save(QDir(shots).filePath("draftmigrationdialog.png")));
        }
    }

    void nothingLostSaysSo()
    {
        const QJsonObject data = QJsonDocument::fromJson(R"({"richiedente": {"cognome": "Rossi"}})").object();
        DraftMigrationDialog dialog(DraftMigration(version1(), version2(), data));
        QCOMPARE(dialog.findChild<QLabel*>("migrationSummary")->text(),
                 QString("1 valore passa alla nuova versione così com'è."));
        QVERIFY(!dialog.findChild<QTreeWidget*>("migrationAttention"));
        QCOMPARE(column(dialog.findChild<QTreeWidget*>("migrationRequired"), 0).size(), 2);
    }

    void acceptingMigratesTheDraftAndUndoBringsItBack()
    {
        const QString id = createDraft("1", draftData());
        QPointer<DraftWindow> window = openWindow(id);
        QVERIFY(window);
        QSignalSpy replaced(window.data(), &DraftWindow::formReplaced);
        auto* bar = window->findChild<QWidget*>("draftVersionBar");
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        const QPointer<ui::FormView> oldForm = window->form();
        const QString shots = qEnvironmentVariable("INLINEA_SHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY(QDir().mkpath(shots));
            QVERIFY(window->grab().save(QDir(shots).filePath("draftwindow-newversion.png")));
        }

        window->findChild<QPushButton*>("draftVersionButton")->click();
        DraftMigrationDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<DraftMigrationDialog*>()) && dialog->isVisible());
        const QJsonObject expected = dialog->migration().apply();
        dialog->findChild<QPushButton*>("migrateButton")->click();

        QCOMPARE(replaced.count(), 1);
        QVERIFY(!oldForm); // replaced, and the old one gone
        QCOMPARE(window->data()->data(), expected);
        auto draft = m_store->load(id).value();
        QCOMPARE(draft.definitionVersion, QString("2"));
        QCOMPARE(draft.data, expected);
        QCOMPARE(m_store->beforeMigration(id).value()->data, draftData());
        // The new form is the version 2 one.
        QTRY_VERIFY(window->form()->findChild<QLineEdit*>("/richiedente/pec"));
        QVERIFY(!window->form()->findChild<QLineEdit*>("/richiedente/fax"));
        QVERIFY(bar->isVisible());
        auto* undo = window->findChild<QPushButton*>("draftVersionButton");
        if (!shots.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(window->grab().save(QDir(shots).filePath("draftwindow-migrated.png")));
        }
        QCOMPARE(undo->text(), QString("Annulla l'aggiornamento"));

        undo->click();
        QCOMPARE(replaced.count(), 2);
        draft = m_store->load(id).value();
        QCOMPARE(draft.definitionVersion, QString("1"));
        QCOMPARE(draft.data, draftData());
        QCOMPARE(window->data()->data(), draftData());
        QTRY_VERIFY(window->form()->findChild<QLineEdit*>("/richiedente/fax"));
        QCOMPARE(window->findChild<QPushButton*>("draftVersionButton")->text(), QString("Aggiorna…"));
        window->close();
        QTRY_VERIFY(!window);
    }

    void decliningKeepsTheVersion()
    {
        const QString id = createDraft("1", draftData());
        QPointer<DraftWindow> window = openWindow(id);
        QVERIFY(window);
        window->findChild<QPushButton*>("draftVersionButton")->click();
        DraftMigrationDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<DraftMigrationDialog*>()) && dialog->isVisible());
        dialog->findChild<QPushButton*>("keepVersionButton")->click();
        QVERIFY(!window->findChild<QWidget*>("draftVersionBar")->isVisible());
        const auto draft = m_store->load(id).value();
        QCOMPARE(draft.definitionVersion, QString("1"));
        QCOMPARE(draft.data, draftData());
        QVERIFY(!m_store->beforeMigration(id).value());
        QVERIFY(window->form()->findChild<QLineEdit*>("/richiedente/fax"));
        window->close();
        QTRY_VERIFY(!window);
    }

    void noBarOnTheCurrentVersion()
    {
        const QString id = createDraft("2", {});
        QPointer<DraftWindow> window = openWindow(id);
        QVERIFY(window);
        QVERIFY(!window->findChild<QWidget*>("draftVersionBar"));
        window->close();
        QTRY_VERIFY(!window);
    }
};

QTEST_MAIN(TestDraftMigrationDialog)
#include "tst_draftmigrationdialog.moc"
