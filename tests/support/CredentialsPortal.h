#pragma once

#include "app/auth/CredentialsApi.h"
#include "app/portal/PortalClient.h"
#include "app/portal/PortalInfo.h"
#include "tests/support/PortalFixture.h"

#include <memory>

namespace inlinea::test {

// A reference portal that offers its own credentials (comune flavour, seeded: `mario_rossi85`, with the mail sink),
// and the app's client, CredentialsApi and /api/v1/info on it.
class CredentialsPortal {
public:
    static constexpr auto SeededUserId = "mario_rossi85";
    static constexpr auto SeededPassword = "Inlinea-Prova-2026";

    CredentialsPortal();
    explicit CredentialsPortal(PortalFixture::Options options);
    ~CredentialsPortal();

    // Empty on success, otherwise why: the portal, the client and its answer to /api/v1/info.
    [[nodiscard]] QString start();

    [[nodiscard]] PortalFixture& fixture() { return *m_fixture; }
    [[nodiscard]] portal::PortalClient* client() const { return m_client.get(); }
    [[nodiscard]] auth::CredentialsApi* api() const { return m_api.get(); }
    [[nodiscard]] const portal::PortalInfo& info() const { return m_info; }

    // A complete registration (cittadino, Profilo Base) for `userId`, as the wizard would send it.
    [[nodiscard]] static auth::RegistrationRequest registration(const QString& userId);

private:
    std::unique_ptr<PortalFixture> m_fixture;
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<auth::CredentialsApi> m_api;
    portal::PortalInfo m_info;
};

} // namespace inlinea::test
