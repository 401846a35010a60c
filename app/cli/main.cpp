// inlinea-cli: scripting and diagnostics on top of the headless core.
#include "CardCommand.h"
#include "InfoCommand.h"
#include "LoginCommand.h"
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
    parser.setApplicationDescription(
        QStringLiteral("Inlinea Desktop command line.\n\nCommands:\n"
                       "  info          show what the portal is and offers\n"
                       "  card info     readers, and the CNS card's holder, expiry and PIN tries (no PIN needed)\n"
                       "  login --cns   log in with the CNS card (PIN from the terminal or --pin-fd)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("info | card info | login"));
    inlinea::cli::InfoCommand::addOptions(parser);
    inlinea::cli::CardCommand::addOptions(parser);
    inlinea::cli::LoginCommand::addOptions(parser);
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
    err << "unknown command: " << args.join(u' ') << Qt::endl;
    return 2;
}
