#include "LoginCommand.h"

#include "CardCommand.h"
#include "CliExit.h"
#include "PinSource.h"
#include "app/auth/CnsAuthenticator.h"
#include "app/auth/CredentialsApi.h"
#include "app/auth/TokenStore.h"
#include "app/portal/PortalClient.h"
#include "app/portal/PortalUrl.h"
#include "app/portal/TlsTrust.h"
#include "app/settings/AppSettings.h"
#include "smartcard/CardService.h"

namespace inlinea::cli {

LoginCommand::LoginCommand(smartcard::CardService* cards, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_cards(cards)
    , m_tokens(new auth::TokenStore(QStringLiteral("Inlinea Desktop"), this))
    , m_authenticator(new auth::CnsAuthenticator(cards, m_tokens, this))
    , m_out(out)
    , m_err(err)
{}

void LoginCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("cns"), QStringLiteral("login: with the CNS/CRS smart card.")});
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("login: with the portal's own credentials, as this User ID (password from the "
                                     "terminal or --password-fd)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("password-fd"),
                      QStringLiteral("login: read the password from this file descriptor instead of the terminal."),
                      QStringLiteral("fd")});
    parser.addOption({QStringLiteral("pin-fd"),
                      QStringLiteral("login: read the PIN from this file descriptor instead of the terminal."),
                      QStringLiteral("fd")});
}

void LoginCommand::run(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("cns")) == parser.isSet(QStringLiteral("user"))) {
        m_err << "error: say how to log in: `login --cns` or `login --user ID`" << Qt::endl;
        CliExit::quit(CliExit::Usage);
        return;
    }
    settings::AppSettings settings;
    const auto url =
        portal::PortalUrl::normalize(parser.isSet(QStringLiteral("portal")) ? parser.value(QStringLiteral("portal"))
                                                                            : settings.portalUrl().toString());
    const auto tls = portal::TlsTrust::configuration(
        parser.isSet(QStringLiteral("ca")) ? parser.value(QStringLiteral("ca")) : settings.extraCaFile());
    if (!url || !tls) {
        m_err << "error: no usable portal address or CA file" << Qt::endl;
        CliExit::quit(CliExit::Usage);
        return;
    }
    const int pinFd = parser.isSet(QStringLiteral("pin-fd")) ? parser.value(QStringLiteral("pin-fd")).toInt() : -1;
    const QString wantedReader = parser.value(QStringLiteral("reader"));
    const QUrl portalUrl = url.value();
    const QSslConfiguration trust = tls.value();

    auto* client = new portal::PortalClient(portalUrl, trust, this);
    if (parser.isSet(QStringLiteral("user"))) {
        const int fd =
            parser.isSet(QStringLiteral("password-fd")) ? parser.value(QStringLiteral("password-fd")).toInt() : -1;
        loginWithPassword(client, parser.value(QStringLiteral("user")), fd);
        return;
    }
    client->fetchInfo(this, [=, this](const Result<portal::PortalInfo, portal::PortalError>& info) {
        if (!info) {
            m_err << "error: " << portal::kindName(info.error().kind) << ": " << info.error().detail << Qt::endl;
            CliExit::quit(CliExit::Portal);
            return;
        }
        if (info->cnsLoginUrl.isEmpty()) {
            m_err << "error: the portal offers no CNS login" << Qt::endl;
            CliExit::quit(CliExit::Portal);
            return;
        }
        const QUrl endpoint = info->cnsLoginUrl;
        CardCommand::whenReadersKnown(m_cards, this, [=, this] {
            QString reader = wantedReader;
            for (const auto& r : m_cards->readers()) {
                if (reader.isEmpty() && r.isCns) {
                    reader = r.name;
                }
            }
            if (reader.isEmpty()) {
                m_err << "error: no CNS card in any reader" << Qt::endl;
                CliExit::quit(CliExit::NoCard);
                return;
            }
            m_cards->readIdentity(
                reader, this, [=, this](const Result<smartcard::CnsIdentity, smartcard::CardError>& id) {
                    if (!id) {
                        m_err << "error: " << id.error().toString() << Qt::endl;
                        CliExit::quit(CliExit::CardError);
                        return;
                    }
                    m_err << "card of " << id->personal.name << ' ' << id->personal.surname << " ("
                          << id->personal.codiceFiscale << "), PIN tries left: "
                          << (id->pinTriesLeft ? QString::number(*id->pinTriesLeft) : QStringLiteral("unknown"))
                          << Qt::endl;
                    if (id->pinTriesLeft == 0) {
                        m_err << "error: the PIN is blocked; unblock it with the PUK" << Qt::endl;
                        CliExit::quit(CliExit::CardError);
                        return;
                    }
                    QByteArray pin = pinFd >= 0 ? PinSource::fromFd(pinFd) : PinSource::fromTerminal("PIN: ");
                    if (pin.isEmpty()) {
                        m_err << "error: no PIN given" << Qt::endl;
                        CliExit::quit(CliExit::Usage);
                        return;
                    }
                    m_authenticator->login(portalUrl, endpoint, trust, id.value(), std::move(pin), this,
                                           [this](const Result<auth::LoginSuccess, auth::CnsAuthError>& r) {
                                               if (r) {
                                                   m_out << "logged in as " << r->user.codiceFiscale
                                                         << "; session stored in the keyring" << Qt::endl;
                                                   CliExit::quit(CliExit::Ok);
                                                   return;
                                               }
                                               const auto& e = r.error();
                                               switch (e.stage) {
                                               case auth::CnsAuthError::Stage::Pin:
                                                   m_err << "error: " << e.card.toString() << Qt::endl;
                                                   CliExit::quit(CliExit::CardError);
                                                   return;
                                               case auth::CnsAuthError::Stage::Login:
                                                   m_err << "error: login refused: "
                                                         << (e.login.problemCode.isEmpty()
                                                                 ? portal::kindName(e.login.portal.kind)
                                                                 : e.login.problemCode)
                                                         << ": " << e.login.portal.detail << Qt::endl;
                                                   CliExit::quit(CliExit::LoginRefused);
                                                   return;
                                               case auth::CnsAuthError::Stage::Keyring:
                                                   m_err << "error: keyring: " << e.keyring.detail << Qt::endl;
                                                   CliExit::quit(CliExit::Keyring);
                                                   return;
                                               }
                                           });
                });
        });
    });
}

void LoginCommand::loginWithPassword(portal::PortalClient* client, const QString& userId, int passwordFd)
{
    // Read as a secret line (no echo on a terminal); it goes into the request body and nowhere else.
    const QByteArray password = passwordFd >= 0 ? PinSource::fromFd(passwordFd) : PinSource::fromTerminal("Password: ");
    if (password.isEmpty()) {
        m_err << "error: no password given" << Qt::endl;
        CliExit::quit(CliExit::Usage);
        return;
    }
    auto* api = new auth::CredentialsApi(client, this);
    const QUrl portalUrl = client->baseUrl();
    api->login(
        userId, QString::fromUtf8(password), this,
        [this, portalUrl](const Result<auth::LoginOutcome, auth::CredentialsError>& r) {
            if (!r) {
                const auto& e = r.error();
                m_err << "error: login refused: "
                      << (e.portal.problemCode.isEmpty() ? portal::kindName(e.portal.kind) : e.portal.problemCode)
                      << ": " << e.portal.detail << Qt::endl;
                CliExit::quit(e.kind == auth::CredentialsError::Kind::Portal ? CliExit::Portal : CliExit::LoginRefused);
                return;
            }
            if (r->changeRequired()) {
                m_err << "error: this is a temporary password: log in with the app to choose a new one" << Qt::endl;
                CliExit::quit(CliExit::LoginRefused);
                return;
            }
            const auth::LoginSuccess session = *r->success();
            m_tokens->save(portalUrl, session.tokens, this, [this, session](const Status<auth::KeyringError>& saved) {
                if (!saved) {
                    m_err << "error: keyring: " << saved.error().detail << Qt::endl;
                    CliExit::quit(CliExit::Keyring);
                    return;
                }
                m_out << "logged in as " << session.user.userId << "; session stored in the keyring" << Qt::endl;
                CliExit::quit(CliExit::Ok);
            });
        });
}

} // namespace inlinea::cli
