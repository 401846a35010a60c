#pragma once

#include "CnsLogin.h"
#include "TokenStore.h"
#include "common/Result.h"
#include "smartcard/CardError.h"
#include "smartcard/CnsIdentity.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace inlinea::smartcard {
class CardService;
}

namespace inlinea::auth {

struct CnsAuthError {
    enum class Stage { Pin, Login, Keyring };
    Stage stage;
    smartcard::CardError card; // Stage::Pin (wrong PIN with tries left, blocked, card removed, …)
    CnsLoginError login{};     // Stage::Login
    KeyringError keyring{};    // Stage::Keyring
};

// "Entra con CNS" from PIN to stored session: verifies the PIN once (never retried here), runs the TLS login with the
// card's key, and stores the tokens in the keyring. The PIN is handed to the card service and not kept.
class CnsAuthenticator : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<LoginSuccess, CnsAuthError>&)>;

    static constexpr std::chrono::milliseconds CardTimeout{20000};

    CnsAuthenticator(smartcard::CardService* cards, TokenStore* tokens, QObject* parent = nullptr);

    void login(const QUrl& portal, const QUrl& cnsEndpoint, const QSslConfiguration& trust,
               const smartcard::CnsIdentity& identity, QByteArray pin, QObject* context, Callback callback);

private:
    void runTlsLogin(const QUrl& portal, const QUrl& cnsEndpoint, const QSslConfiguration& trust,
                     const smartcard::CnsIdentity& identity, const QPointer<QObject>& context,
                     const Callback& callback);

    smartcard::CardService* m_cards;
    TokenStore* m_tokens;
};

} // namespace inlinea::auth
