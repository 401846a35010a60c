// The procedimento form view on the portal's real definitions, offscreen.
#include "app/domain/FieldCheck.h"
#include "app/forms/FormData.h"
#include "tests/support/TestEnvironment.h"
#include "ui/ValidationText.h"
#include "ui/formview/FormFieldEditor.h"
#include "ui/formview/FormRepeatGroup.h"
#include "ui/formview/FormView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTreeWidget>

using namespace inlinea;
using forms::FormData;
using procedimenti::FormDefinition;
using ui::FormView;

namespace {

FormDefinition definition(const QString& code)
{
    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/") + code + ".json");
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return FormDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

QLineEdit* line(const QWidget& w, const QString& pointer)
{
    auto* e = w.findChild<QLineEdit*>(pointer);
    if (!e) {
        qWarning("no line edit %s", qPrintable(pointer));
    }
    return e;
}

void type(QWidget& w, const QString& pointer, const QString& text)
{
    QLineEdit* e = line(w, pointer);
    QVERIFY(e);
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
}

void click(const QWidget& w, const QString& pointer)
{
    auto* box = w.findChild<QCheckBox*>(pointer);
    QVERIFY(box);
    box->click();
}

QTreeWidgetItem* indexItem(const QWidget& w, const QString& id)
{
    auto* tree = w.findChild<QTreeWidget*>("formIndex");
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

QString shownError(const QWidget& w, const QString& pointer)
{
    auto* editor = w.findChild<ui::FormFieldEditor*>(pointer);
    return editor ? editor->shownError() : QStringLiteral("<no editor>");
}

} // namespace

class TestFormView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void rendersEveryDefinitionWithoutWarnings_data()
    {
        QTest::addColumn<QString>("code");
        for (const char* code : {"AUA-2", "AUA-1", "EMISSIONI_272-1", "SCARICHI-1", "BANDO_PROFESSIONISTI-1"}) {
            QTest::newRow(code) << QString::fromLatin1(code);
        }
    }
    void rendersEveryDefinitionWithoutWarnings()
    {
        QFETCH(QString, code);
        // Anything but the offscreen platform's note about size hints.
        QTest::failOnWarning(QRegularExpression("^(?!This plugin does not support propagateSizeHints).*"));
        const FormDefinition def = definition(code);
        FormData data;
        FormView view(def, &data);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Every conditional switched on, then every page built.
        const QJsonArray sections = def.layout.value("sections").toArray();
        std::function<void(const QJsonArray&)> enable = [&](const QJsonArray& list) {
            for (const QJsonValue& s : list) {
                const QJsonObject when = s.toObject().value("visible_when").toObject();
                if (!when.isEmpty()) {
                    data.setValue(when.value("field").toString(), when.value("equals"));
                }
                enable(s.toObject().value("sections").toArray());
            }
        };
        enable(sections);
        QCoreApplication::processEvents();
        for (const QString& id : view.sectionIds()) {
            QVERIFY2(view.isSectionVisible(id), qPrintable(id));
            view.showSection(id);
            QCoreApplication::processEvents();
            QCOMPARE(view.currentSection(), id);
            // Each repeated group of the page gets an item, so that its fields are built too.
            for (bool added = true; added;) {
                added = false;
                for (ui::FormRepeatGroup* group : view.findChildren<ui::FormRepeatGroup*>()) {
                    if (group->shownItems() == 0 && group->isVisibleTo(&view)) {
                        group->addButton()->click();
                        added = true;
                    }
                }
                QCoreApplication::processEvents();
            }
        }
        // Every field of the layout has an editor.
        QSet<QString> layoutPaths;
        std::function<void(const QJsonArray&)> collect = [&](const QJsonArray& list) {
            for (const QJsonValue& s : list) {
                for (const QJsonValue& f : s.toObject().value("fields").toArray()) {
                    layoutPaths.insert(f.toObject().value("path").toString());
                }
                collect(s.toObject().value("sections").toArray());
            }
        };
        collect(sections);
        QSet<QString> editorPaths;
        const QRegularExpression index("/[0-9]+(?=/|$)");
        for (const ui::FormFieldEditor* editor : view.findChildren<ui::FormFieldEditor*>()) {
            editorPaths.insert(QString(editor->spec().pointer).replace(index, "/*"));
        }
        QCOMPARE(editorPaths, layoutPaths);
        QCOMPARE(layoutPaths.size(), def.fieldCount());
        QVERIFY(!view.errors().isEmpty());
    }

    void typingWritesTheDataAtItsPointer()
    {
        FormData data;
        FormView view(definition("EMISSIONI_272-1"), &data);
        view.show();
        type(view, "/dichiarante/cognome", "Rossi");
        QCOMPARE(data.value("/dichiarante/cognome").toString(), QString("Rossi"));
        type(view, "/dichiarante/data_nascita", "22/08/1974");
        QCOMPARE(data.value("/dichiarante/data_nascita").toString(), QString("1974-08-22"));
        auto* qualifica = view.findChild<QComboBox*>("/dichiarante/qualifica");
        QVERIFY(qualifica);
        qualifica->setCurrentIndex(qualifica->findData("procuratore"));
        QCOMPARE(data.value("/dichiarante/qualifica").toString(), QString("procuratore"));
        // Emptying a field removes the value.
        type(view, "/dichiarante/cognome", "");
        line(view, "/dichiarante/cognome")->clear();
        QTest::keyClick(line(view, "/dichiarante/cognome"), Qt::Key_Backspace);
        QVERIFY(!data.contains("/dichiarante/cognome"));

        view.showSection("attivita");
        type(view, "/attivita/0/consumo_giornaliero", "12,5");
        QCOMPARE(data.value("/attivita/0/consumo_giornaliero").toDouble(), 12.5);
        QVERIFY(data.value("/attivita").isArray());
        type(view, "/attivita/0/ore_giorno", "30");
        QVERIFY(!shownError(view, "/attivita/0/ore_giorno").isEmpty());
    }

    void dataChangedElsewhereShowsInTheField()
    {
        FormData data;
        FormView view(definition("EMISSIONI_272-1"), &data);
        data.setValue("/dichiarante/nome", "Maria");
        data.setValue("/dichiarante/data_nascita", "1980-01-02");
        QCOMPARE(line(view, "/dichiarante/nome")->text(), QString("Maria"));
        QCOMPARE(line(view, "/dichiarante/data_nascita")->text(), QString("02/01/1980"));
    }

    void conditionalSectionFollowsItsField()
    {
        FormData data;
        FormView view(definition("AUA-2"), &data);
        view.show();
        QVERIFY(!view.isSectionVisible("scarichi"));
        QVERIFY(indexItem(view, "scarichi")->isHidden());
        view.showSection("titoli");
        click(view, "/titoli/scarichi");
        QCOMPARE(data.value("/titoli/scarichi"), QJsonValue(true));
        QCoreApplication::processEvents();
        QVERIFY(view.isSectionVisible("scarichi"));
        QVERIFY(!indexItem(view, "scarichi")->isHidden());
        click(view, "/titoli/scarichi");
        QCoreApplication::processEvents();
        QVERIFY(indexItem(view, "scarichi")->isHidden());

        // A nested one: the camini of EMISSIONI, shown once convogliate is ticked.
        FormData emissioni;
        FormView view2(definition("EMISSIONI_272-1"), &emissioni);
        view2.show();
        view2.showSection("emissioni");
        auto* box = view2.findChild<QGroupBox*>("convogliate_dati");
        QVERIFY(box);
        QVERIFY(!box->isVisibleTo(&view2));
        click(view2, "/emissioni/convogliate");
        QVERIFY(box->isVisibleTo(&view2));
        click(view2, "/emissioni/convogliate");
        QVERIFY(!box->isVisibleTo(&view2));
    }

    void caminiAddAndRemove()
    {
        FormData data;
        FormView view(definition("EMISSIONI_272-1"), &data);
        view.show();
        view.showSection("emissioni");
        click(view, "/emissioni/convogliate");
        const QString camini = "/emissioni/convogliate_dati/camini";
        auto* group = view.findChild<ui::FormRepeatGroup*>(camini);
        QVERIFY(group);
        QCOMPARE(group->shownItems(), 1); // min 1
        QCOMPARE(group->addButton()->text(), QString("Aggiungi camino"));
        // Replaced items are deleted later: only the shown buttons count.
        auto removeButtons = [&] {
            QList<QPushButton*> shown;
            for (QPushButton* b : group->findChildren<QPushButton*>("removeItem")) {
                if (b->isVisibleTo(group)) {
                    shown.append(b);
                }
            }
            return shown;
        };
        QCOMPARE(removeButtons().size(), 1);
        QVERIFY(!removeButtons().first()->isEnabled());

        type(view, camini + "/0/sigla", "E1");
        QCOMPARE(data.itemCount(camini), 1);
        group->addButton()->click();
        QCOMPARE(data.itemCount(camini), 2);
        QCoreApplication::processEvents();
        QCOMPARE(group->shownItems(), 2);
        type(view, camini + "/1/sigla", "E2");
        QCOMPARE(data.value(camini + "/1/sigla").toString(), QString("E2"));

        // Removing the first moves the second up, in the data and on screen.
        removeButtons().first()->click();
        QCoreApplication::processEvents();
        QCOMPARE(data.itemCount(camini), 1);
        QCOMPARE(data.value(camini + "/0/sigla").toString(), QString("E2"));
        QCOMPARE(line(view, camini + "/0/sigla")->text(), QString("E2"));
        QCOMPARE(group->shownItems(), 1);
        QVERIFY(!removeButtons().first()->isEnabled());

        // Up to max 30, then no more.
        for (int i = 1; i < 30; ++i) {
            QVERIFY(group->addButton()->isEnabled());
            group->addButton()->click();
        }
        QCoreApplication::processEvents();
        QCOMPARE(data.itemCount(camini), 30);
        QVERIFY(!group->addButton()->isEnabled());
        group->addButton()->click();
        QCOMPARE(data.itemCount(camini), 30);
    }

    void invalidCodiceFiscaleIsExplained()
    {
        FormData data;
        FormView view(definition("EMISSIONI_272-1"), &data);
        view.show();
        const QString wrong = "RSSMRA80A01H501X"; // wrong check character
        type(view, "/dichiarante/codice_fiscale", wrong);
        const auto error = domain::FieldCheck::check(domain::FieldRule::CodiceFiscalePersona, wrong, true);
        QVERIFY(error);
        QCOMPARE(shownError(view, "/dichiarante/codice_fiscale"), ui::ValidationText::message(*error));
        QCoreApplication::processEvents();
        QCOMPARE(view.sectionErrorCount("dichiarante"), 1);
        QCOMPARE(indexItem(view, "dichiarante")->text(1), QString("1"));
        const auto errors = view.errors();
        QVERIFY(std::any_of(errors.cbegin(), errors.cend(), [](const ui::FormProblem& p) {
            return p.pointer == "/dichiarante/codice_fiscale" && !p.missing;
        }));
    }

    void indexShowsCompletion()
    {
        FormData data;
        FormView view(definition("EMISSIONI_272-1"), &data);
        view.show();
        QVERIFY(!view.isSectionComplete("dichiarante"));
        QCOMPARE(indexItem(view, "dichiarante")->text(1), QString());
        type(view, "/dichiarante/cognome", "Rossi");
        type(view, "/dichiarante/nome", "Mario");
        type(view, "/dichiarante/codice_fiscale", "RSSMRA80A01H501U");
        type(view, "/dichiarante/data_nascita", "01/01/1980");
        auto* qualifica = view.findChild<QComboBox*>("/dichiarante/qualifica");
        qualifica->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY2(view.isSectionComplete("dichiarante"), qPrintable(view.errors().first().pointer));
        QCOMPARE(indexItem(view, "dichiarante")->text(1), QString("✓"));
    }

    void focusFieldJumpsToItsPage()
    {
        FormData data;
        FormView view(definition("AUA-2"), &data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Focus lands only in the active window; on a loaded machine activation can come late.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        const auto errors = view.errors();
        QVERIFY(!errors.isEmpty());
        QVERIFY(view.focusField("/gestore/pec"));
        QCOMPARE(view.currentSection(), QString("gestore"));
        QCOMPARE(QApplication::focusWidget(), line(view, "/gestore/pec"));
        QCOMPARE(shownError(view, "/gestore/pec"), ui::ValidationText::message(domain::FieldError::required()));
        QVERIFY(!view.focusField("/scarichi/recettore")); // hidden section
        QVERIFY(!view.focusField("/nothing"));
    }
};

QTEST_MAIN(TestFormView)
#include "tst_formview.moc"
