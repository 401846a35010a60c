// inlinea-cli: scripting and diagnostics on top of the headless core.
#include "AnagraficheCommand.h"
#include "CardCommand.h"
#include "DraftsCommand.h"
#include "InfoCommand.h"
#include "LoginCommand.h"
#include "OutboxCommand.h"
#include "SubmitCommand.h"
#include "smartcard/CardService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Inlinea"));
    QCoreApplication::setApplicationName(QStringLiteral("Inlinea Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INLINEA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Inlinea Desktop command line.\n\nCommands:\n"
        "  info          show what the portal is and offers\n"
        "  card info     readers, and the CNS card's holder, expiry and PIN tries (no PIN needed)\n"
        "  login --cns   log in with the CNS card (PIN from the terminal or --pin-fd)\n"
        "  login --user ID  log in with the portal's own credentials (password from the terminal or --password-fd)\n"
        "  anagrafiche list [--search TEXT] [--sort name|sede|codice|domande] [--desc]\n"
        "                the anagrafiche, as a table (W: * watched, ~ not yet accepted by the portal)\n"
        "  anagrafiche show ID [--json]\n"
        "                every field of one anagrafica\n"
        "  anagrafiche export --json|--csv [--output FILE]\n"
        "                all of them; CSV columns are the JSON keys (id, tipo and the text fields)\n"
        "  anagrafiche import FILE.csv [--dry-run]\n"
        "                check every row (report: \"row 3: codice_fiscale: check_character (expected S)\",\n"
        "                rows numbered as in a spreadsheet), create the valid ones (the id column is\n"
        "                ignored) and report what the portal accepted, refused or has still to receive\n"
        "  drafts list [--anagrafica ID] | drafts export ID [--output FILE] | drafts import FILE\n"
        "                the drafts of the portal's last user, from the local database (works offline)\n"
        "  submit DRAFT [--attach SLOT=PATH ...] [--no-wait] [--json]\n"
        "                attach the files, check the draft (form and files; problems as \"/pointer: code\" and\n"
        "                \"slot_missing slot curriculum\"), send it and wait for the CIP (upload progress on stderr)\n"
        "  outbox [list] [--json] | outbox show SUBMISSION [--json] | outbox retry [SUBMISSION]\n"
        "                changes and submissions waiting for the portal; one submission with its files and\n"
        "                attempts; send everything pending now (a rejected submission is reopened first)\n"
        "\nThe anagrafiche, submit and outbox commands use the session of the app or of `login --cns` (system\n"
        "keyring); anagrafiche and submit sync first, and all of them work from the local copy, with a\n"
        "warning, while the portal cannot be reached.\n"
        "\nExit codes: 0 ok, 2 usage or unreadable file, 3 portal, 4 no card, 5 card error, 6 login refused,\n"
        "7 keyring, 8 import: rows invalid or refused; submit: blocked by the pre-send check,\n"
        "9 import, submit, outbox retry: portal unreachable, queued,\n"
        "10 not logged in, 11 no such anagrafica, draft or submission, 12 local database, 13 drafts import: invalid "
        "file,\n14 submit, outbox retry: refused by the portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("info | card info | login | anagrafiche "
                                                                           "list|show|export|import | drafts "
                                                                           "list|export|import | submit | outbox "
                                                                           "list|show|retry"));
    inlinea::cli::InfoCommand::addOptions(parser);
    inlinea::cli::CardCommand::addOptions(parser);
    inlinea::cli::LoginCommand::addOptions(parser);
    inlinea::cli::AnagraficheCommand::addOptions(parser);
    inlinea::cli::DraftsCommand::addOptions(parser);
    inlinea::cli::SubmitCommand::addOptions(parser);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    if (args.first() == QLatin1String("info")) {
        inlinea::cli::InfoCommand command(out, err);
        command.run(parser);
        return QCoreApplication::exec();
    }
    if (args.first() == QLatin1String("card") && args.value(1) == QLatin1String("info")) {
        inlinea::smartcard::CardService cards;
        inlinea::cli::CardCommand command(&cards, out, err);
        command.run(parser);
        return QCoreApplication::exec();
    }
    if (args.first() == QLatin1String("login")) {
        inlinea::smartcard::CardService cards;
        inlinea::cli::LoginCommand command(&cards, out, err);
        command.run(parser);
        return QCoreApplication::exec();
    }
    if (args.first() == QLatin1String("anagrafiche")) {
        inlinea::cli::AnagraficheCommand command(out, err);
        command.run(parser);
        return QCoreApplication::exec();
    }
    if (args.first() == QLatin1String("drafts")) {
        return inlinea::cli::DraftsCommand(out, err).run(parser);
    }
    if (args.first() == QLatin1String("submit")) {
        inlinea::cli::SubmitCommand command(out, err);
        command.run(parser);
        return QCoreApplication::exec();
    }
    if (args.first() == QLatin1String("outbox")) {
        inlinea::cli::OutboxCommand command(out, err);
        command.run(parser);
        return QCoreApplication::exec();
    }
    err << "unknown command: " << args.join(u' ') << Qt::endl;
    return 2;
}
