#include "CnsAuthenticator.h"

#include "smartcard/CardService.h"

namespace inlinea::auth {

CnsAuthenticator::CnsAuthenticator(smartcard::CardService* cards, TokenStore* tokens, QObject* parent)
    : QObject(parent)
    , m_cards(cards)
    , m_tokens(tokens)
{}

void CnsAuthenticator::login(const QUrl& portal, const QUrl& cnsEndpoint, const QSslConfiguration& trust,
                             const smartcard::CnsIdentity& identity, QByteArray pin, QObject* context,
                             Callback callback)
{
    const QPointer<QObject> guard(context);
    m_cards->verifyPin(
        identity.reader, std::move(pin), this,
        [this, portal, cnsEndpoint, trust, identity, guard, callback](const Status<smartcard::CardError>& verified) {
            if (!guard) {
                return;
            }
            if (!verified) {
                callback(fail(CnsAuthError{CnsAuthError::Stage::Pin, verified.error()}));
                return;
            }
            runTlsLogin(portal, cnsEndpoint, trust, identity, guard, callback);
        });
}

void CnsAuthenticator::runTlsLogin(const QUrl& portal, const QUrl& cnsEndpoint, const QSslConfiguration& trust,
                                   const smartcard::CnsIdentity& identity, const QPointer<QObject>& context,
                                   const Callback& callback)
{
    const QSslCertificate certificate(identity.certificateDer, QSsl::Der);
    auto* tlsLogin = new CnsLogin(cnsEndpoint, trust, this);
    smartcard::CardService* cards = m_cards;
    const QString reader = identity.reader;
    // Runs on Qt's network thread during the handshake; the card service is built for calls from other threads.
    auto rawRsa = [cards, reader](const QByteArray& block) -> Result<QByteArray, QString> {
        auto signature = cards->rawRsaBlocking(reader, block, CardTimeout);
        if (!signature) {
            return fail(signature.error().toString());
        }
        return std::move(signature).value();
    };
    tlsLogin->login(certificate, std::move(rawRsa), this,
                    [this, tlsLogin, portal, context, callback](const Result<LoginSuccess, CnsLoginError>& r) {
                        tlsLogin->deleteLater();
                        if (!context) {
                            return;
                        }
                        if (!r) {
                            callback(fail(CnsAuthError{CnsAuthError::Stage::Login, {}, r.error()}));
                            return;
                        }
                        const LoginSuccess success = r.value();
                        m_tokens->save(
                            portal, success.tokens, this,
                            [context, callback, success](const Status<KeyringError>& saved) {
                                if (!context) {
                                    return;
                                }
                                if (!saved) {
                                    callback(fail(CnsAuthError{CnsAuthError::Stage::Keyring, {}, {}, saved.error()}));
                                    return;
                                }
                                callback(success);
                            });
                    });
}

} // namespace inlinea::auth
