// Renders each window of the app against a real reference portal and saves it as a PNG, for the README and for
// looking at the UI without a desktop: grab_windows <output folder>. Not a test: tools/screenshots.sh runs it.
#include "app/anagrafiche/Anagrafica.h"
#include "app/auth/CredentialsApi.h"
#include "app/domain/CodiceFiscale.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "app/procedimenti/CatalogSync.h"
#include "app/session/UserSession.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/CredentialsPortal.h"
#include "tests/support/FormVectors.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/anagrafiche/AnagraficaEditor.h"
#include "ui/credentials/PasswordChangeDialog.h"
#include "ui/credentials/PasswordResetDialog.h"
#include "ui/credentials/RegistrationWizard.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/PinDialog.h"
#include "ui/formview/DraftWindow.h"
#include "ui/formview/FormView.h"
#include "ui/pages/AnagrafichePage.h"
#include "ui/pages/NuovaRichiestaPage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/submissions/AttachmentsPanel.h"
#include "ui/submissions/DraftActions.h"
#include "ui/submissions/PreSendDialog.h"
#include "ui/submissions/SubmissionDialog.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/PendingChangesDialog.h"
#include "ui/widgets/PortalProbeWidget.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <optional>

using namespace inlinea;
using anagrafiche::Anagrafica;
using sync::OutboxItem;

namespace {

struct Place {
    const char* indirizzo;
    const char* cap;
    const char* comune;
    const char* provincia;
};

Anagrafica company(qint64 id, const char* name, const char* partitaIva, Place place, int domande,
                   Anagrafica::Tipo tipo = Anagrafica::Tipo::PersonaGiuridica)
{
    Anagrafica a;
    a.id = id;
    a.version = 1;
    a.tipo = tipo;
    a.denominazione = QString::fromUtf8(name);
    a.partitaIva = QString::fromLatin1(partitaIva);
    a.codiceFiscale = a.partitaIva;
    a.indirizzo = QString::fromUtf8(place.indirizzo);
    a.cap = QString::fromLatin1(place.cap);
    a.comune = QString::fromUtf8(place.comune);
    a.provincia = QString::fromLatin1(place.provincia);
    a.pec = QStringLiteral("amministrazione%1@pec.example.it").arg(id);
    a.domande = domande;
    return a;
}

Anagrafica person(qint64 id, const char* cognome, const char* nome, const char* codiceFiscale, Place place, int domande,
                  const char* partitaIva = "")
{
    Anagrafica a;
    a.id = id;
    a.version = 1;
    a.tipo = *partitaIva ? Anagrafica::Tipo::Professionista : Anagrafica::Tipo::PersonaFisica;
    a.cognome = QString::fromUtf8(cognome);
    a.nome = QString::fromUtf8(nome);
    a.codiceFiscale = QString::fromLatin1(codiceFiscale);
    a.partitaIva = QString::fromLatin1(partitaIva);
    a.indirizzo = QString::fromUtf8(place.indirizzo);
    a.cap = QString::fromLatin1(place.cap);
    a.comune = QString::fromUtf8(place.comune);
    a.provincia = QString::fromLatin1(place.provincia);
    a.domande = domande;
    return a;
}

// What a consultant of the Milan area keeps: companies, a public body, professionals and people.
QList<Anagrafica> realisticAnagrafiche()
{
    using T = Anagrafica::Tipo;
    QList<Anagrafica> list{
        company(101, "Galvanica Brambilla S.r.l.", "52601811590", {"Via dell'Industria 12", "20017", "Rho", "MI"}, 4),
        company(102, "Tessile Zanetti S.p.A.", "90830161502",
                {"Viale Lombardia 88", "20099", "Sesto San Giovanni", "MI"}, 7),
        company(103, "Fonderia Quaglia S.n.c.", "13186091511", {"Via Sempione 140", "20025", "Legnano", "MI"}, 2),
        company(104, "Verniciature Colombo S.r.l.", "39099609610", {"Via Garibaldi 5", "20021", "Bollate", "MI"}, 1),
        company(105, "Logistica Padana S.p.A.", "08246281516",
                {"Strada Provinciale 103 km 4", "20096", "Pioltello", "MI"}, 3),
        company(106, "Chimica Fine Lombarda S.r.l.", "94821999615", {"Via Cassanese 224", "20054", "Segrate", "MI"},
                12),
        company(107, "Plastica Moretti & C. S.a.s.", "51819099618", {"Via Milano 31", "20081", "Abbiategrasso", "MI"},
                0),
        company(108, "Alimentare Ferrari S.r.l.", "78657971590", {"Via Roma 60", "20013", "Magenta", "MI"}, 2),
        company(109, "Edilizia Greco Costruzioni S.r.l.", "43231941584", {"Corso Italia 18", "20122", "Milano", "MI"},
                5),
        company(110, "Comune di Cinisello Balsamo", "75749111581",
                {"Piazza Confalonieri 5", "20092", "Cinisello Balsamo", "MI"}, 1, T::Ente),
        company(111, "Meccanica Rizzo S.r.l.", "62527601512", {"Via Vittorio Veneto 9", "20094", "Corsico", "MI"}, 1),
        company(112, "Consorzio Depurazione Alto Lambro", "89555971582", {"Via Lambro 2", "20900", "Monza", "MB"}, 6,
                T::Ente),
        company(113, "Cartiera Lombardi S.p.A.", "71147101597", {"Via per Cuggiono 20", "20010", "Inveruno", "MI"}, 3),
        company(114, "Autofficina Bruno S.n.c.", "97465071591",
                {"Via Manzoni 44", "20097", "San Donato Milanese", "MI"}, 0),
        company(115, "Lavanderia Industriale Conti S.r.l.", "29170349616",
                {"Via Trento 7", "20090", "Buccinasco", "MI"}, 1),
        company(116, "Stampaggio Mancini S.r.l.", "36671271504", {"Via Brianza 120", "20093", "Cologno Monzese", "MI"},
                2),
        company(117, "Azienda Agricola Cascina Rosa", "84268461591", {"Strada Vicinale 3", "20080", "Albairate", "MI"},
                1),
        company(118, "Officine Giordano S.p.A.", "63212239618", {"Via Stephenson 43", "20157", "Milano", "MI"}, 9),
        company(119, "Studio Tecnico Associato Costa & Rizzo", "90786661505",
                {"Via Cavour 2", "20013", "Magenta", "MI"}, 4),
        person(120, "Verdi", "Giuseppe", "VRDGPP72C15B157P", {"Via Mazzini 10", "20123", "Milano", "MI"}, 2,
               "07924409613"),
        person(121, "Rossi", "Mario", "RSSMRA85T10F205R", {"Via Torino 21", "20123", "Milano", "MI"}, 1),
        person(122, "Bianchi", "Laura", "BNCLRA90A41F205I", {"Via Matteotti 3", "20021", "Bollate", "MI"}, 0),
        person(123, "Colombo", "Francesco", "CLMFNC68M22E514G", {"Via Roma 8", "20025", "Legnano", "MI"}, 1),
        person(124, "Ferrari", "Chiara", "FRRCHR81H50F205K", {"Corso Buenos Aires 77", "20124", "Milano", "MI"}, 0),
        person(125, "Gallo", "Paolo", "GLLPLA77E12A794T", {"Via XX Settembre 14", "20081", "Abbiategrasso", "MI"}, 3,
               "68599521587"),
    };
    for (Anagrafica& a : list) {
        a.watched = a.id == 101 || a.id == 103 || a.id == 106 || a.id == 124;
    }
    return list;
}

// Tessile Zanetti changed here (new address, PEC and phone) while the portal changed the PEC and the legal
// representative.
OutboxItem realisticConflict(const Anagrafica& base)
{
    Anagrafica mine = base;
    mine.legaleRappresentanteCognome = QStringLiteral("Zanetti");
    mine.legaleRappresentanteNome = QStringLiteral("Roberto");
    mine.legaleRappresentanteQualifica = QStringLiteral("Amministratore delegato");
    Anagrafica portal = mine;
    mine.indirizzo = QStringLiteral("Viale Lombardia 90");
    mine.pec = QStringLiteral("tessilezanetti@legalmail.it");
    mine.telefono = QStringLiteral("02 2481100");
    portal.version = 2;
    portal.pec = QStringLiteral("amministrazione@pec.tessilezanetti.it");
    portal.legaleRappresentanteNome = QStringLiteral("Giulia");
    portal.legaleRappresentanteCodiceFiscale = QStringLiteral("ZNTGLI80A41F205M");
    portal.updatedAt = QStringLiteral("2024-03-12T09:15:00Z");
    OutboxItem item;
    item.id = 1;
    item.entity = OutboxItem::Entity::Anagrafica;
    item.operation = OutboxItem::Operation::Update;
    item.entityId = base.id;
    item.baseVersion = 1;
    item.payload = mine.toWritableJson();
    item.state = OutboxItem::State::Conflict;
    item.portalVersion = portal.toJson();
    return item;
}

bool save(QWidget& window, const QString& path)
{
    window.show();
    QTest::qWait(300);
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, qint64 size)
{
    QByteArray content("%PDF-1.4\n");
    content.resize(size, 'x');
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? file.fileName() : QString();
}

// First page of a PDF as PNG (poppler's pdftoppm), for the README.
bool pdfPage(const QString& pdf, const QString& png)
{
    QString base = png;
    base.chop(4);
    const int rc =
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"),
                           QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"), pdf, base});
    std::printf("%s %s\n", rc == 0 ? "saved" : "FAILED", qPrintable(png));
    return rc == 0;
}

// Nuova richiesta on a real session of the seeded portal: the AUA form, its attachments, the pre-send check, a
// domanda sent with its CIP, the drafts list with their states, the compiled form and the receipt as PDF.
bool grabDrafting(const test::PortalFixture& portal, const QDir& out)
{
    QTemporaryDir dir;
    QString why;
    auto s = test::PortalSession::open(portal, QStringLiteral("RSSMRA85T10A562S"),
                                       dir.filePath(QStringLiteral("u.sqlite")), &why);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return false;
    }
    session::UserSession& user = s->user();
    QSignalSpy catalog(user.catalogSync(), &procedimenti::CatalogSync::finished);
    user.sync()->syncNow();
    if (!catalog.wait(30000)) {
        return false;
    }
    const auto company = user.anagrafiche().all().value().first();
    ui::DraftSendServices services;
    services.attachments = &user.attachments();
    services.submissions = &user.submissions();
    services.engine = user.submissionEngine();
    services.anagraficaName = company.displayName();
    services.anagraficaCode = company.displayCodes();

    QJsonObject aua = test::validFormData(QStringLiteral("AUA-2"));
    forms::FormData fill(aua);
    fill.setValue(QStringLiteral("/titoli/emissioni"), true);
    fill.setValue(QStringLiteral("/emissioni/camini/0/sigla"), QStringLiteral("E1"));
    fill.setValue(QStringLiteral("/emissioni/camini/0/provenienza"), QStringLiteral("Forno di fusione"));
    fill.setValue(QStringLiteral("/emissioni/camini/1/sigla"), QStringLiteral("E2"));
    const auto auaDefinition = user.catalog().definition(QStringLiteral("AUA"), QStringLiteral("2")).value();
    const auto auaDraft = user.drafts().create(company.id, QStringLiteral("AUA"), QStringLiteral("2"),
                                               QStringLiteral("AUA — ") + company.displayName(), fill.data());
    if (!auaDefinition || !auaDraft) {
        return false;
    }
    ui::DraftWindow* window = ui::DraftWindow::open(user.drafts(), auaDraft.value().id, *auaDefinition, &why);
    window->enableSending(services);
    window->resize(1180, 760);
    window->show();
    window->form()->showSection(QStringLiteral("emissioni"));
    bool ok = save(*window, out.filePath(QStringLiteral("form-aua-emissioni.png")));
    (void)window->attachmentsPanel()->addFile(QStringLiteral("relazione_tecnica"),
                                              writeFile(dir, QStringLiteral("relazione-tecnica.pdf"), 380000));
    (void)window->attachmentsPanel()->addFile(QStringLiteral("planimetria"),
                                              writeFile(dir, QStringLiteral("planimetria.pdf"), 2400000));
    window->tabs()->setCurrentIndex(1);
    ok = save(*window, out.filePath(QStringLiteral("form-attachments.png"))) && ok;
    window->tabs()->setCurrentIndex(0);
    ui::PreSendDialog* check = window->actions()->openCheck();
    ok = save(*check, out.filePath(QStringLiteral("presend-check.png"))) && ok;
    check->close();
    ok = window->actions()->savePdf(dir.filePath(QStringLiteral("modulo.pdf"))) &&
         pdfPage(dir.filePath(QStringLiteral("modulo.pdf")), out.filePath(QStringLiteral("form-pdf.png"))) && ok;
    window->close();

    const auto bandoDefinition =
        user.catalog().definition(QStringLiteral("BANDO_PROFESSIONISTI"), QStringLiteral("1")).value();
    const auto bandoDraft =
        user.drafts().create(company.id, QStringLiteral("BANDO_PROFESSIONISTI"), QStringLiteral("1"),
                             QStringLiteral("Bando professionisti — ") + company.displayName(),
                             test::validFormData(QStringLiteral("BANDO_PROFESSIONISTI-1")));
    if (!bandoDefinition || !bandoDraft) {
        return false;
    }
    ui::DraftWindow* bando = ui::DraftWindow::open(user.drafts(), bandoDraft.value().id, *bandoDefinition, &why);
    bando->enableSending(services);
    bando->show();
    (void)bando->attachmentsPanel()->addFile(QStringLiteral("curriculum"),
                                             writeFile(dir, QStringLiteral("curriculum.pdf"), 1800000));
    (void)bando->attachmentsPanel()->addFile(QStringLiteral("documento_identita"),
                                             writeFile(dir, QStringLiteral("carta-identita.pdf"), 250000));
    const qint64 id = bando->actions()->send();
    const bool filed = QTest::qWaitFor(
        [&] { return user.submissions().find(id).value()->state == submissions::Submission::State::Done; }, 30000);
    ui::SubmissionDialog* progress = bando->actions()->submissionDialog();
    ok = filed && progress && save(*progress, out.filePath(QStringLiteral("submission-dialog.png"))) && ok;
    ok = progress && progress->saveReceipt(dir.filePath(QStringLiteral("ricevuta.pdf"))) &&
         pdfPage(dir.filePath(QStringLiteral("ricevuta.pdf")), out.filePath(QStringLiteral("receipt-pdf.png"))) && ok;
    bando->close();

    ui::NuovaRichiestaPage page;
    page.setSources(&user.anagrafiche(), &user.catalog(), &user.drafts(), &user.submissions(), &user.attachments());
    page.resize(1100, 700);
    ok = save(page, out.filePath(QStringLiteral("nuova-richiesta.png"))) && ok;
    return ok;
}

// The portal's own credentials on a comune-style portal: the login window, the registration wizard, the reset and the
// forced change, the profile of a password account.
bool grabCredentials(const QDir& out)
{
    test::CredentialsPortal portal(test::PortalFixture::Options{.flavour = QStringLiteral("comune"), .seed = true});
    if (const QString why = portal.start(); !why.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return false;
    }
    const std::optional<portal::PortalInfo> info = portal.info();
    auth::CredentialsApi& api = *portal.api();

    ui::LoginWindow login;
    login.setPortalInfo(info);
    login.setUserId(QStringLiteral("mario_rossi85"));
    bool ok = save(login, out.filePath(QStringLiteral("login-credentials.png")));
    login.hide();

    ui::RegistrationWizard typeStep(*info, &api);
    ok = save(typeStep, out.filePath(QStringLiteral("registration-type.png"))) && ok;
    typeStep.hide();
    ui::RegistrationWizard credentialsStep(*info, &api);
    credentialsStep.setStartId(ui::RegistrationWizard::CredentialsPage);
    credentialsStep.restart();
    credentialsStep.show();
    QTest::keyClicks(credentialsStep.findChild<QLineEdit*>(QStringLiteral("userIdEdit")),
                     QStringLiteral("studio.bianchi"));
    QTest::keyClicks(credentialsStep.findChild<QLineEdit*>(QStringLiteral("passwordEdit")),
                     QStringLiteral("Bianchi2026"));
    ok = save(credentialsStep, out.filePath(QStringLiteral("registration-credentials.png"))) && ok;
    credentialsStep.hide();

    ui::PasswordResetDialog reset(&api);
    reset.setUserId(QStringLiteral("mario_rossi85"));
    reset.show();
    QTest::mouseClick(reset.findChild<QPushButton*>(QStringLiteral("resetNextButton")), Qt::LeftButton);
    auto* question = reset.findChild<QLabel*>(QStringLiteral("resetQuestionLabel"));
    (void)QTest::qWaitFor([&] { return question->isVisible() && !question->text().isEmpty(); }, 15000);
    ok = save(reset, out.filePath(QStringLiteral("password-reset.png"))) && ok;
    reset.hide();

    auth::PasswordChangeRequired change{QStringLiteral("not-a-real-token"),
                                        QDateTime::currentDateTimeUtc().addSecs(600)};
    std::unique_ptr<ui::PasswordChangeDialog> forced(
        ui::PasswordChangeDialog::forced(&api, info->credentials, QStringLiteral("mario_rossi85"), change));
    forced->show();
    QTest::keyClicks(forced->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")), QStringLiteral("Milano2026"));
    ok = save(*forced, out.filePath(QStringLiteral("password-forced-change.png"))) && ok;
    forced->hide();

    profile::Profile me;
    me.nome = QStringLiteral("Giulia");
    me.cognome = QStringLiteral("Verdi");
    me.email = QStringLiteral("giulia.verdi@example.it");
    me.emailConfirmed = true;
    me.authMethod = QStringLiteral("password");
    me.selfDeclared = true;
    me.userId = QStringLiteral("giulia_verdi90");
    ui::MainWindow main;
    main.setPortalName(info->name);
    main.setUserName(QStringLiteral("Giulia Verdi"));
    main.profilePage()->setProfile(me, false);
    main.showSection(ui::MainWindow::Section::Profilo);
    main.resize(1180, 1000); // the self-declaration reminder and the User ID row together
    ok = save(main, out.filePath(QStringLiteral("profile-password-account.png"))) && ok;
    main.hide();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    QDir().mkpath(out.path());

    test::PortalFixture portal(test::PortalFixture::Options{.seed = true});
    if (const QString why = portal.start(); !why.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }

    ui::FirstRunDialog firstRun;
    firstRun.probe()->setAddress(portal.baseUrl().toString());
    firstRun.probe()->setCaFile(portal.caFile());
    firstRun.probe()->verify();
    (void)QTest::qWaitFor([&] { return !firstRun.probe()->isChecking(); }, 20000);
    bool ok = save(firstRun, out.filePath(QStringLiteral("first-run.png")));
    firstRun.hide();

    ui::FirstRunDialog badPortal;
    badPortal.probe()->setAddress(portal.baseUrl().toString());
    badPortal.probe()->verify(); // without the dev CA: the certificate is not trusted
    (void)QTest::qWaitFor([&] { return !badPortal.probe()->isChecking(); }, 20000);
    ok = save(badPortal, out.filePath(QStringLiteral("first-run-untrusted.png"))) && ok;
    badPortal.hide();

    ui::LoginWindow login;
    login.setPortalInfo(firstRun.probe()->info());
    login.setOfflineCopyAvailable(true); // a user who has worked here before: the saved data can be opened
    ok = save(login, out.filePath(QStringLiteral("login.png"))) && ok;
    login.hide();

    // An offline session over a throwaway database: the list, one change waiting, nothing sent.
    auto opened = session::UserSession::open(QStringLiteral(":memory:"), nullptr, nullptr);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    std::unique_ptr<session::UserSession> user = std::move(opened).value();
    const QList<Anagrafica> anagrafiche = realisticAnagrafiche();
    (void)user->anagrafiche().putMany(anagrafiche, false);

    ui::MainWindow main;
    main.setPortalName(firstRun.probe()->info() ? firstRun.probe()->info()->name : QString());
    main.setUserName(QStringLiteral("Mario Rossi"));
    main.anagrafichePage()->setCache(&user->anagrafiche());
    main.syncStatus()->setEngine(user->sync());
    main.syncStatus()->setOutbox(&user->outbox());
    QObject::connect(user->sync(), &sync::SyncEngine::anagraficheChanged, main.anagrafichePage(),
                     &ui::AnagrafichePage::reload);
    Anagrafica changed = anagrafiche.at(20); // Rossi Mario moved
    changed.indirizzo = QStringLiteral("Via Washington 70");
    changed.cap = QStringLiteral("20146");
    (void)user->sync()->saveAnagrafica(changed);
    // Scrolled so that the change waiting (in italics) and the watched ones (starred) show.
    main.show();
    QTest::qWait(200);
    main.anagrafichePage()->selectId(changed.id);
    main.anagrafichePage()->selectId(103);
    ok = save(main, out.filePath(QStringLiteral("main-window.png"))) && ok;
    main.showSection(ui::MainWindow::Section::NuovaRichiesta);
    ok = save(main, out.filePath(QStringLiteral("main-window-nuova-richiesta.png"))) && ok;
    main.hide();

    const OutboxItem conflict = realisticConflict(anagrafiche.at(1));
    ui::ConflictDialog conflictDialog(conflict);
    conflictDialog.setFieldChoice(QStringLiteral("legale_rappresentante_nome"), ui::ConflictDialog::Side::Portal);
    conflictDialog.setFieldChoice(QStringLiteral("legale_rappresentante_codice_fiscale"),
                                  ui::ConflictDialog::Side::Portal);
    ok = save(conflictDialog, out.filePath(QStringLiteral("conflict-dialog.png"))) && ok;
    conflictDialog.hide();

    // The list of changes waiting: one not yet through, one in conflict, one refused by the portal.
    auto outboxDb = store::LocalDatabase::open(QStringLiteral(":memory:"));
    if (!outboxDb) {
        return 1;
    }
    sync::Outbox outbox(*outboxDb.value());
    OutboxItem waiting = conflict;
    waiting.entityId = 121;
    waiting.payload = changed.toWritableJson();
    waiting.state = OutboxItem::State::Pending;
    const auto waitingId = outbox.enqueue(waiting);
    const auto conflictId = outbox.enqueue(conflict);
    OutboxItem refused = conflict;
    Anagrafica refusedRecord = anagrafiche.at(4);
    refusedRecord.partitaIva = QStringLiteral("08246281517");
    refused.entityId = refusedRecord.id;
    refused.payload = refusedRecord.toWritableJson();
    const auto refusedId = outbox.enqueue(refused);
    if (waitingId && *waitingId && conflictId && *conflictId && refusedId && *refusedId) {
        (void)outbox.markAttempt(**waitingId, QStringLiteral("Connection refused"));
        (void)outbox.markConflict(**conflictId, conflict.portalVersion);
        (void)outbox.markRejected(**refusedId,
                                  R"({"type":"about:blank","title":"Unprocessable Entity","status":422,)"
                                  R"("code":"validation_failed","detail":"I dati inviati non sono validi.",)"
                                  R"("errors":[{"field":"partita_iva","code":"check_digit","expected":"6",)"
                                  R"("detail":"cifra di controllo errata: attesa 6"}]})");
    }
    ui::PendingChangesDialog pending(outbox, user->sync());
    pending.setCache(&user->anagrafiche());
    if (refusedId && *refusedId) {
        pending.selectItem(**refusedId);
    }
    ok = save(pending, out.filePath(QStringLiteral("pending-changes.png"))) && ok;
    pending.hide();

    // The anagrafica editor: a company with a mistyped partita IVA and no PEC yet (Salva says why), and a person
    // whose codice fiscale agrees with the data typed.
    Anagrafica wrongCompany;
    wrongCompany.id = 201;
    wrongCompany.tipo = Anagrafica::Tipo::PersonaGiuridica;
    wrongCompany.denominazione = QStringLiteral("Galvanica Brambilla S.r.l.");
    wrongCompany.codiceFiscale = QStringLiteral("52601811590");
    wrongCompany.partitaIva = QStringLiteral("52601811591");
    wrongCompany.indirizzo = QStringLiteral("Via dell'Industria 12");
    wrongCompany.comune = QStringLiteral("Rho");
    wrongCompany.cap = QStringLiteral("20017");
    wrongCompany.provincia = QStringLiteral("MI");
    wrongCompany.telefono = QStringLiteral("02 9301234");
    wrongCompany.legaleRappresentanteCognome = QStringLiteral("Brambilla");
    wrongCompany.legaleRappresentanteNome = QStringLiteral("Luigi");
    wrongCompany.legaleRappresentanteQualifica = QStringLiteral("Amministratore unico");
    ui::AnagraficaEditor companyEditor(wrongCompany);
    ok = save(companyEditor, out.filePath(QStringLiteral("anagrafica-editor-company.png"))) && ok;
    companyEditor.hide();

    Anagrafica newPerson;
    newPerson.tipo = Anagrafica::Tipo::PersonaFisica;
    newPerson.cognome = QStringLiteral("Rossi");
    newPerson.nome = QStringLiteral("Mario");
    newPerson.sesso = QStringLiteral("M");
    newPerson.dataNascita = QStringLiteral("1985-12-10");
    newPerson.comuneNascita = QStringLiteral("Roma");
    newPerson.provinciaNascita = QStringLiteral("RM");
    const auto rossiCf =
        domain::CodiceFiscale::compute(u"Rossi", u"Mario", QDate(1985, 12, 10), domain::Sex::Male, u"H501");
    newPerson.codiceFiscale = rossiCf ? rossiCf->text() : QString();
    newPerson.indirizzo = QStringLiteral("Via Torino 21");
    newPerson.comune = QStringLiteral("Milano");
    newPerson.cap = QStringLiteral("20123");
    newPerson.provincia = QStringLiteral("MI");
    newPerson.email = QStringLiteral("mario.rossi@example.it");
    ui::AnagraficaEditor personEditor(newPerson);
    ok = save(personEditor, out.filePath(QStringLiteral("anagrafica-editor-person.png"))) && ok;
    personEditor.hide();

    // "Modifica i tuoi dati" after a SPID login: identity read-only, a new email being typed, changes not yet sent.
    profile::Profile me;
    me.codiceFiscale = newPerson.codiceFiscale;
    me.nome = QStringLiteral("Mario");
    me.cognome = QStringLiteral("Rossi");
    me.dataNascita = QStringLiteral("1985-12-10");
    me.statoNascita = QStringLiteral("Italia");
    me.provinciaNascita = QStringLiteral("RM");
    me.comuneNascita = QStringLiteral("Roma");
    me.email = QStringLiteral("mario.rossi@example.it");
    me.emailConfirmed = true;
    me.newsletterServizi = true;
    me.residenzaIndirizzo = QStringLiteral("Via Torino 21");
    me.residenzaComune = QStringLiteral("Milano");
    me.residenzaCap = QStringLiteral("20123");
    me.residenzaProvincia = QStringLiteral("MI");
    me.authMethod = QStringLiteral("spid");
    me.identityLocked = true;
    ui::MainWindow profileWindow;
    profileWindow.setPortalName(firstRun.probe()->info() ? firstRun.probe()->info()->name : QString());
    profileWindow.setUserName(QStringLiteral("Mario Rossi"));
    profileWindow.profilePage()->setAuthority(QStringLiteral("Città Metropolitana di Milano"));
    profileWindow.profilePage()->setProfile(me, true);
    profileWindow.showSection(ui::MainWindow::Section::Profilo);
    profileWindow.findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("m.rossi@studiorossi.it"));
    ok = save(profileWindow, out.filePath(QStringLiteral("profile-page.png"))) && ok;
    if (auto* scroll = profileWindow.profilePage()->findChild<QScrollArea*>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    }
    ok = save(profileWindow, out.filePath(QStringLiteral("profile-page-bottom.png"))) && ok;
    profileWindow.hide();

    ui::PinDialog pin(QStringLiteral("MARIO ROSSI"), 3);
    ok = save(pin, out.filePath(QStringLiteral("pin-dialog.png"))) && ok;
    pin.hide();
    ui::PinDialog lastTry(QStringLiteral("MARIO ROSSI"), 1);
    lastTry.showError(QStringLiteral("PIN errato. Tentativi rimasti: 1."));
    ok = save(lastTry, out.filePath(QStringLiteral("pin-dialog-last-try.png"))) && ok;
    lastTry.hide();
    ui::PinDialog blocked(QStringLiteral("MARIO ROSSI"), 0);
    ok = save(blocked, out.filePath(QStringLiteral("pin-dialog-blocked.png"))) && ok;
    blocked.hide();
    ok = grabDrafting(portal, out) && ok;
    ok = grabCredentials(out) && ok;
    return ok ? 0 : 1;
}
