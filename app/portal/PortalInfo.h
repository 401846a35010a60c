#pragma once

#include "PortalError.h"
#include "app/domain/PasswordPolicy.h"
#include "app/domain/UserIdRule.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace inlinea::portal {

enum class LoginMethod { Spid, Cns, Password };

enum class Flavour {
    Inlinea, // SPID and CNS; no new credentials
    Comune,  // own credentials with registration, plus SPID
};

struct RegistrationType {
    QString code;         // "cittadino", "aziende_professionisti_enti", "turisti"
    QStringList profiles; // "base", "completo"
};

struct PortalLimits {
    qint64 maxUploadBytes = 0;
    int maxAttachmentsPerPratica = 0;
    QStringList allowedAttachmentTypes;
    int maxSpontaneousIntegrations = 0;
    qint64 uploadChunkBytes = 0; // the largest chunk one PUT of a resumable upload may carry
};

struct SecurityQuestion {
    QString id; // what the registration sends back ("q1")
    QString text;
};

// The portal's own credentials ("credentials" of /api/v1/info): what is offered and the rules the app checks before
// sending. Absent (an inlinea portal without legacy credentials): nothing offered, the contract's default rules.
struct PortalCredentials {
    bool login = false;
    bool registration = false;
    bool passwordReset = false;
    domain::UserIdRule::Settings userIdRule;
    domain::PasswordPolicy::Settings passwordPolicy;
    QList<SecurityQuestion> securityQuestions;
};

// What GET /api/v1/info says about a portal: who it is and what it offers. Drives which login buttons exist.
struct PortalInfo {
    static constexpr auto SupportedApiVersion = "1";

    QString apiVersion;
    QString name;
    QString authority;
    Flavour flavour = Flavour::Inlinea;
    QList<LoginMethod> loginMethods;
    bool registrationEnabled = false;
    QList<RegistrationType> registrationTypes;
    PortalLimits limits;
    // The CNS login endpoint, on its own TLS port (client certificate required); empty when CNS is not offered.
    QUrl cnsLoginUrl;
    // Where the SPID login starts (the portal's SAML service provider); empty when SPID is not offered.
    QUrl spidLoginUrl;
    QDateTime serverTime;
    PortalCredentials credentials;

    [[nodiscard]] bool offers(LoginMethod method) const { return loginMethods.contains(method); }

    // Errors are NotAPortal (not JSON, or not a portal's fields) or UnsupportedApiVersion.
    [[nodiscard]] static Result<PortalInfo, PortalError> fromJson(const QByteArray& json);
};

} // namespace inlinea::portal
