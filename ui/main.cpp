// The composition root: the one place that builds the objects and wires the layers together.
#include "app/portal/PortalUrl.h"
#include "app/settings/AppSettings.h"
#include "smartcard/CardService.h"
#include "ui/AppController.h"
#include "ui/FirstPaint.h"
#include "ui/LanguageSetup.h"
#include "ui/StartupReport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QWidget>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Qt WebEngine (loaded later, for the SPID window) needs contexts shared from the start.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Inlinea"));
    QApplication::setApplicationName(QStringLiteral("Inlinea Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(INLINEA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.inlinea.Desktop"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portalOption(QStringLiteral("portal"), QStringLiteral("Use and remember this portal."),
                                          QStringLiteral("url"));
    const QCommandLineOption caOption(QStringLiteral("ca"), QStringLiteral("Also trust this CA certificate file."),
                                      QStringLiteral("file"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        QStringLiteral("Print resident memory at the first painted window, then quit."));
    parser.addOptions({portalOption, caOption, measureOption});
    parser.process(app);

    inlinea::settings::AppSettings settings;
    if (parser.isSet(portalOption)) {
        const auto url = inlinea::portal::PortalUrl::normalize(parser.value(portalOption));
        if (!url) {
            std::fprintf(stderr, "inlinea: --portal: not a usable https address\n");
            return 2;
        }
        settings.setPortalUrl(url.value());
    }
    if (parser.isSet(caOption)) {
        settings.setExtraCaFile(QFileInfo(parser.value(caOption)).absoluteFilePath());
    }
    settings.sync();
    if (!inlinea::ui::LanguageSetup::apply(settings.language(), &app)) {
        std::fprintf(stderr, "inlinea: English translation missing, using Italian\n");
    }

    inlinea::smartcard::CardService cards;
    inlinea::ui::AppController controller(settings, &cards);
    QObject::connect(&controller, &inlinea::ui::AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);

    controller.start();
    if (parser.isSet(measureOption)) {
        inlinea::ui::FirstPaint::then(controller.firstWindow(), [] {
            inlinea::ui::StartupReport::print();
            QCoreApplication::exit(0);
        });
    }
    // The icon is set after the first paint: loading it probes every image-format and icon-engine plugin, which
    // costs as much as painting the whole window.
    inlinea::ui::FirstPaint::then(controller.firstWindow(), [] {
        QIcon icon(QStringLiteral(":/icons/inlinea-64.png"));
        icon.addFile(QStringLiteral(":/icons/inlinea-256.png"));
        QApplication::setWindowIcon(icon);
    });
    return QApplication::exec();
}
