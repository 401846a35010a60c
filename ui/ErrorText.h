#pragma once

#include "app/portal/PortalError.h"
#include "app/portal/TlsTrust.h"

#include <QCoreApplication>
#include <QString>

namespace inlinea::ui {

// The one place where core errors become sentences for the user.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // One sentence saying what went wrong and what to do.
    [[nodiscard]] static QString portal(const portal::PortalError& error);
    // A short phrase for the status bar ("non raggiungibile: connessione rifiutata").
    [[nodiscard]] static QString portalShort(const portal::PortalError& error);
    [[nodiscard]] static QString trust(const portal::TrustError& error);
    // Signed in, but the session could not go to the system keyring (and is not kept any other way).
    [[nodiscard]] static QString keyring(const QString& detail);
};

} // namespace inlinea::ui
