#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

namespace inlinea::auth {
class CnsAuthenticator;
class TokenStore;
} // namespace inlinea::auth
namespace inlinea::smartcard {
class CardService;
}

namespace inlinea::cli {

// `inlinea-cli login --cns [--pin-fd N]`: the CNS login of the app, from the command line; the tokens go to the
// keyring like the app's. The PIN comes from a file descriptor or the terminal, never from an argument.
class LoginCommand : public QObject {
    Q_OBJECT
public:
    LoginCommand(smartcard::CardService* cards, QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    static void addOptions(QCommandLineParser& parser);
    void run(const QCommandLineParser& parser);

private:
    smartcard::CardService* m_cards;
    auth::TokenStore* m_tokens;
    auth::CnsAuthenticator* m_authenticator;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace inlinea::cli
