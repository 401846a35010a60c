#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace inlinea::smartcard {

// One PC/SC reader as last seen by the reader monitor.
struct ReaderInfo {
    QString name;
    bool cardPresent = false;
    QByteArray atr; // empty without a card
    bool isCns = false;
    // Another application holds the card exclusively: our requests will fail with CardInUse until it lets go.
    bool exclusiveInUse = false;

    friend bool operator==(const ReaderInfo&, const ReaderInfo&) = default;
};

} // namespace inlinea::smartcard

Q_DECLARE_METATYPE(inlinea::smartcard::ReaderInfo)
