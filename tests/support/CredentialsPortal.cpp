#include "CredentialsPortal.h"

#include "app/portal/TlsTrust.h"
#include "tests/support/Answer.h"

namespace inlinea::test {

CredentialsPortal::CredentialsPortal()
    : CredentialsPortal(PortalFixture::Options{.flavour = QStringLiteral("comune"), .seed = true, .spid = true})
{}

CredentialsPortal::CredentialsPortal(PortalFixture::Options options)
    : m_fixture(std::make_unique<PortalFixture>(std::move(options)))
{}

CredentialsPortal::~CredentialsPortal()
{
    // The API and the client go before the portal they talk to.
    m_api.reset();
    m_client.reset();
}

QString CredentialsPortal::start()
{
    if (const QString why = m_fixture->start(); !why.isEmpty()) {
        return why;
    }
    const auto tls = portal::TlsTrust::configuration(m_fixture->caFile());
    if (!tls) {
        return QStringLiteral("the dev CA cannot be loaded: %1").arg(tls.error().path);
    }
    m_api.reset();
    m_client = std::make_unique<portal::PortalClient>(m_fixture->baseUrl(), tls.value());
    m_api = std::make_unique<auth::CredentialsApi>(m_client.get());
    Answer<Result<portal::PortalInfo, portal::PortalError>> info;
    m_client->fetchInfo(m_client.get(), info.callback());
    if (!info.wait()) {
        return QStringLiteral("no answer to /api/v1/info");
    }
    if (!*info) {
        return QStringLiteral("/api/v1/info: %1").arg(info->error().detail);
    }
    m_info = info->value();
    return {};
}

auth::RegistrationRequest CredentialsPortal::registration(const QString& userId)
{
    auth::RegistrationRequest request;
    request.tipo = QStringLiteral("cittadino");
    request.profilo = QStringLiteral("base");
    request.userId = userId;
    request.password = QStringLiteral("Nuova-Prova-2027");
    request.email = QStringLiteral("giulia.bianchi@example.org");
    request.securityQuestionId = QStringLiteral("q2");
    request.securityAnswer = QStringLiteral("Pavia");
    request.nome = QStringLiteral("Giulia");
    request.cognome = QStringLiteral("Bianchi");
    request.accettoAutocertificazione = true;
    return request;
}

} // namespace inlinea::test
