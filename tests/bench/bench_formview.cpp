// The AUA form (AUA-2, 212 fields) in the form view, offscreen: the time from constructing the view to interactive
// (constructed, shown, pending events processed: the first page laid out and painted), median of N runs; then the
// time from one keystroke in a field to the FormData holding the new value (and the view's deferred index refresh).
// Last, the JSON Schema validation of a filled-in AUA-2 (the base data of the shared form vectors, the emissioni
// section on with three camini), median of N*20 calls on one validator.
// Then keystroke to saved: from a key pressed in the form to the draft committed in SQLite (WAL) by the autosaver,
// which waits DraftAutosaver::DefaultDelay after the last change; and the commit alone.
// Prints numbers; never fails on a target.
#include "app/drafts/DraftAutosaver.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/forms/SchemaValidator.h"
#include "app/procedimenti/Procedimento.h"
#include "ui/formview/FormView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace inlinea;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    QTextStream out(stdout);

    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/AUA-2.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << file.fileName() << Qt::endl;
        return 1;
    }
    const auto definition = procedimenti::FormDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object());

    std::vector<double> render;
    std::vector<double> keystroke;
    std::vector<double> refresh;
    std::vector<double> pageSwitch;
    QString slowestPage;
    for (int run = 0; run < runs; ++run) {
        forms::FormData data;
        QElapsedTimer timer;
        timer.start();
        ui::FormView view(definition, &data);
        view.resize(1100, 750);
        view.show();
        QCoreApplication::processEvents();
        render.push_back(ms(timer));

        auto* edit = view.findChild<QLineEdit*>(QStringLiteral("/dichiarante/cognome"));
        if (!edit) {
            out << "no field /dichiarante/cognome" << Qt::endl;
            return 1;
        }
        edit->setFocus();
        for (const QChar c : QStringLiteral("Rossi")) {
            timer.restart();
            QTest::keyClick(edit, c.toLatin1());
            const double toData = ms(timer);
            if (data.value(QStringLiteral("/dichiarante/cognome")).toString().isEmpty()) {
                out << "keystroke did not reach the data" << Qt::endl;
                return 1;
            }
            keystroke.push_back(toData);
            QCoreApplication::processEvents();
            refresh.push_back(ms(timer));
        }

        // Every conditional section on, then each page built and shown the first time: the slowest switch.
        for (const QString& titolo :
             {QStringLiteral("scarichi"), QStringLiteral("emissioni"), QStringLiteral("emissioni_generale"),
              QStringLiteral("rumore"), QStringLiteral("rifiuti"), QStringLiteral("fanghi"),
              QStringLiteral("agronomico")}) {
            data.setValue(QStringLiteral("/titoli/") + titolo, true);
        }
        QCoreApplication::processEvents();
        double slowest = 0;
        for (const QString& id : view.sectionIds()) {
            timer.restart();
            view.showSection(id);
            QCoreApplication::processEvents();
            if (ms(timer) > slowest) {
                slowest = ms(timer);
                slowestPage = id;
            }
        }
        pageSwitch.push_back(slowest);
    }
    QFile vectorsFile(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/form_validation_vectors.json"));
    if (!vectorsFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << vectorsFile.fileName() << Qt::endl;
        return 1;
    }
    forms::FormData filled(QJsonDocument::fromJson(vectorsFile.readAll())
                               .object()
                               .value(QStringLiteral("bases"))
                               .toObject()
                               .value(QStringLiteral("AUA-2"))
                               .toObject()
                               .value(QStringLiteral("data"))
                               .toObject());
    filled.setValue(QStringLiteral("/titoli/emissioni"), true);
    for (int i = 0; i < 3; ++i) {
        const QString camino = QStringLiteral("/emissioni/camini/") + QString::number(i);
        filled.setValue(camino + QStringLiteral("/sigla"), QStringLiteral("E%1").arg(i + 1));
        filled.setValue(camino + QStringLiteral("/provenienza"), QStringLiteral("Reparto %1").arg(i + 1));
        filled.setValue(camino + QStringLiteral("/altezza"), 12.5);
        filled.setValue(camino + QStringLiteral("/portata"), 3000);
        filled.setValue(camino + QStringLiteral("/durata_giorno"), 8);
    }
    const auto validator = forms::SchemaValidator::create(definition.schema);
    if (!validator) {
        out << "schema not usable: " << validator.error().detail << Qt::endl;
        return 1;
    }
    if (!validator->validate(filled.data()).isEmpty()) {
        out << "the bench data is not valid" << Qt::endl;
        return 1;
    }
    std::vector<double> validation;
    for (int i = 0; i < runs * 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto problems = validator->validate(filled.data());
        validation.push_back(ms(timer));
        if (!problems.isEmpty()) {
            return 1;
        }
    }

    // Keystroke to saved, on a real database file.
    QTemporaryDir dir;
    auto db = store::LocalDatabase::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        out << "cannot open the database: " << db.error().detail << Qt::endl;
        return 1;
    }
    drafts::DraftStore drafts(*db.value());
    const auto draft = drafts.create(1, definition.code, definition.version, QStringLiteral("bench"), filled.data());
    if (!draft) {
        return 1;
    }
    std::vector<double> toSaved;
    std::vector<double> commit;
    {
        forms::FormData data(filled.data());
        ui::FormView view(definition, &data);
        view.resize(1100, 750);
        view.show();
        drafts::DraftAutosaver autosaver(drafts, draft.value().id);
        autosaver.setDataSource([&data] { return data.data(); });
        QObject::connect(&data, &forms::FormData::changed, &autosaver, &drafts::DraftAutosaver::noteChange);
        int saves = 0;
        QObject::connect(&autosaver, &drafts::DraftAutosaver::saved, &app, [&saves] { ++saves; });
        QCoreApplication::processEvents();
        auto* edit = view.findChild<QLineEdit*>(QStringLiteral("/dichiarante/nome"));
        if (!edit) {
            return 1;
        }
        edit->setFocus();
        for (int i = 0; i < 15; ++i) {
            const int before = saves;
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(edit, char('a' + i));
            if (!QTest::qWaitFor([&] { return saves > before; }, 5000)) {
                out << "the keystroke was not saved" << Qt::endl;
                return 1;
            }
            toSaved.push_back(ms(timer));
        }
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!drafts.save(draft.value().id, data.data())) {
                return 1;
            }
            commit.push_back(ms(timer));
        }
    }

    out << "bench_formview: AUA-2 (" << definition.fieldCount() << " fields), " << runs << " runs" << Qt::endl;
    out << QStringLiteral("  render to interactive: median %1 ms (min %2, max %3)")
               .arg(median(render), 0, 'f', 1)
               .arg(*std::min_element(render.begin(), render.end()), 0, 'f', 1)
               .arg(*std::max_element(render.begin(), render.end()), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  keystroke to FormData: median %1 ms (max %2)")
               .arg(median(keystroke), 0, 'f', 3)
               .arg(*std::max_element(keystroke.begin(), keystroke.end()), 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("  keystroke to index refreshed (events processed): median %1 ms (max %2)")
               .arg(median(refresh), 0, 'f', 2)
               .arg(*std::max_element(refresh.begin(), refresh.end()), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("  slowest first visit of a page (%1): median %2 ms")
               .arg(slowestPage)
               .arg(median(pageSwitch), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  schema validation AUA-2: %1 ms (median of %2)")
               .arg(median(validation), 0, 'f', 3)
               .arg(validation.size())
        << Qt::endl;
    out << QStringLiteral("  keystroke to draft committed in SQLite: median %1 ms (max %2; autosave delay %3 ms)")
               .arg(median(toSaved), 0, 'f', 1)
               .arg(*std::max_element(toSaved.begin(), toSaved.end()), 0, 'f', 1)
               .arg(drafts::DraftAutosaver::DefaultDelay.count())
        << Qt::endl;
    out << QStringLiteral("  draft save (AUA-2 data, one commit): median %1 ms").arg(median(commit), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
