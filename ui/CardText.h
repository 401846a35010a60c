#pragma once

#include "app/auth/CnsAuthenticator.h"
#include "app/card/CardMonitor.h"
#include "smartcard/CardError.h"

#include <QCoreApplication>
#include <QString>

namespace inlinea::ui {

// Sentences for the card's states and errors, and for the CNS login's failures.
class CardText {
    Q_DECLARE_TR_FUNCTIONS(CardText)
public:
    // A short line for the status bar.
    [[nodiscard]] static QString stateShort(const card::CardMonitor& monitor);
    // What the user should do to get a usable card, for the card panel and the login window.
    [[nodiscard]] static QString stateHint(const card::CardMonitor& monitor);
    [[nodiscard]] static QString error(const smartcard::CardError& error);
    [[nodiscard]] static QString loginError(const auth::CnsAuthError& error);
};

} // namespace inlinea::ui
