#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

namespace inlinea::auth {
class CnsAuthenticator;
class TokenStore;
} // namespace inlinea::auth
namespace inlinea::portal {
class PortalClient;
}
namespace inlinea::smartcard {
class CardService;
}

namespace inlinea::cli {

// `inlinea-cli login --cns [--pin-fd N]` or `login --user ID [--password-fd N]`: the app's CNS or password login, from
// the command line; the tokens go to the keyring like the app's. The PIN and the password come from a file descriptor
// or the terminal, never from an argument.
class LoginCommand : public QObject {
    Q_OBJECT
public:
    LoginCommand(smartcard::CardService* cards, QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    static void addOptions(QCommandLineParser& parser);
    void run(const QCommandLineParser& parser);

private:
    void loginWithPassword(portal::PortalClient* client, const QString& userId, int passwordFd);

    smartcard::CardService* m_cards;
    auth::TokenStore* m_tokens;
    auth::CnsAuthenticator* m_authenticator;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace inlinea::cli
