#pragma once

#include "smartcard/CnsIdentity.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

namespace inlinea::smartcard {
class CardService;
}

namespace inlinea::cli {

// `inlinea-cli card info [--json]`: readers, ATR, and for a CNS the holder, codice fiscale, expiry and PIN tries,
// read without the PIN. Exit codes: 0 ok, 4 no PC/SC service, no reader or no CNS, 5 card error.
class CardCommand : public QObject {
    Q_OBJECT
public:
    CardCommand(smartcard::CardService* cards, QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    static void addOptions(QCommandLineParser& parser);
    void run(const QCommandLineParser& parser);

    // Waits (asynchronously) until the card service has reported readers, then calls `then`.
    static void whenReadersKnown(smartcard::CardService* cards, QObject* context, std::function<void()> then);

private:
    void printIdentity(const smartcard::CnsIdentity& identity, bool json);

    smartcard::CardService* m_cards;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace inlinea::cli
