// inlinea-cli: scripting and diagnostics on top of the headless core.
#include "InfoCommand.h"

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
        QStringLiteral("Inlinea Desktop command line.\n\nCommands:\n  info   show what the portal is and offers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("info"));
    inlinea::cli::InfoCommand::addOptions(parser);
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
    err << "unknown command: " << args.first() << Qt::endl;
    return 2;
}
