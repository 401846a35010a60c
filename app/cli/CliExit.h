#pragma once

#include <QCoreApplication>
#include <QMetaObject>

namespace inlinea::cli {

// Exit codes of inlinea-cli, stable for scripts.
struct CliExit {
    enum Code { Ok = 0, Usage = 2, Portal = 3, NoCard = 4, CardError = 5, LoginRefused = 6, Keyring = 7 };

    // Leaves the event loop with `code` once the current event is handled.
    static void quit(int code)
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    }
};

} // namespace inlinea::cli
