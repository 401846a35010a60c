#pragma once

#include "smartcard/PersonalData.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace inlinea::smartcard {

// Everything readable from a CNS without the PIN, read in one transaction.
struct CnsIdentity {
    QString reader;
    QByteArray atr;
    QString serial; // ID_Carta (EF 1003)
    PersonalData personal;
    QByteArray certificateDer; // authentication certificate (EF 1101)
    // As in PinStatus: nullopt when the card does not say; 0 when blocked.
    std::optional<int> pinTriesLeft;
    bool pinVerified = false;
};

} // namespace inlinea::smartcard

Q_DECLARE_METATYPE(inlinea::smartcard::CnsIdentity)
