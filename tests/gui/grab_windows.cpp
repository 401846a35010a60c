// Renders each window of the app against a real reference portal and saves it as a PNG, for the README and for
// looking at the UI without a desktop: grab_windows <output folder>. Not a test: tools/screenshots.sh runs it.
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "tests/support/PortalFixture.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/PinDialog.h"
#include "ui/widgets/PortalProbeWidget.h"

#include <QApplication>
#include <QDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace inlinea;

namespace {

bool save(QWidget& window, const QString& path)
{
    window.show();
    QTest::qWait(300);
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
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
    ok = save(login, out.filePath(QStringLiteral("login.png"))) && ok;
    login.hide();

    ui::MainWindow main;
    main.setPortalName(firstRun.probe()->info() ? firstRun.probe()->info()->name : QString());
    main.setUserName(QStringLiteral("Mario Rossi"));
    ok = save(main, out.filePath(QStringLiteral("main-window.png"))) && ok;
    main.showSection(ui::MainWindow::Section::NuovaRichiesta);
    ok = save(main, out.filePath(QStringLiteral("main-window-nuova-richiesta.png"))) && ok;

    ui::PinDialog pin(QStringLiteral("MARIO ROSSI"), 3);
    ok = save(pin, out.filePath(QStringLiteral("pin-dialog.png"))) && ok;
    pin.hide();
    ui::PinDialog lastTry(QStringLiteral("MARIO ROSSI"), 1);
    lastTry.showError(QStringLiteral("PIN errato. Tentativi rimasti: 1."));
    ok = save(lastTry, out.filePath(QStringLiteral("pin-dialog-last-try.png"))) && ok;
    lastTry.hide();
    ui::PinDialog blocked(QStringLiteral("MARIO ROSSI"), 0);
    ok = save(blocked, out.filePath(QStringLiteral("pin-dialog-blocked.png"))) && ok;
    return ok ? 0 : 1;
}
