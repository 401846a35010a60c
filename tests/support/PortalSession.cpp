#include "PortalSession.h"

#include "PortalFixture.h"
#include "app/auth/LoginSuccess.h"
#include "app/auth/TokenClient.h"
#include "app/portal/TlsTrust.h"

namespace inlinea::test {

PortalSession::~PortalSession()
{
    m_user.reset();
    m_tokens.reset();
    m_client.reset();
}

std::unique_ptr<PortalSession> PortalSession::open(const PortalFixture& portal, const QString& codiceFiscale,
                                                   const QString& databasePath, QString* why, const QString& authMethod,
                                                   const QUrl& via)
{
    const QByteArray answer = portal.issueTokens(codiceFiscale, authMethod, why);
    const auto login = auth::LoginSuccess::fromTokenAnswer(answer, authMethod);
    if (!login) {
        if (why != nullptr && why->isEmpty()) {
            *why = QStringLiteral("no tokens in: ") + QString::fromUtf8(answer);
        }
        return nullptr;
    }
    const auto tls = portal::TlsTrust::configuration(portal.caFile());
    if (!tls) {
        if (why != nullptr) {
            *why = QStringLiteral("cannot trust the dev CA");
        }
        return nullptr;
    }
    std::unique_ptr<PortalSession> session(new PortalSession);
    session->m_client = std::make_unique<portal::PortalClient>(via.isEmpty() ? portal.baseUrl() : via, tls.value());
    session->m_tokens.reset(auth::TokenClient::refresherFor(session->m_client.get(), login->tokens));
    auto user = session::UserSession::open(databasePath, session->m_client.get(), session->m_tokens.get());
    if (!user) {
        if (why != nullptr) {
            *why = user.error().detail;
        }
        return nullptr;
    }
    session->m_user = std::move(user).value();
    return session;
}

} // namespace inlinea::test
