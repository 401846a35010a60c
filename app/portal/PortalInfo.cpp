#include "PortalInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inlinea::portal {

namespace {

PortalError notAPortal(const QString& why)
{
    return PortalError{PortalError::Kind::NotAPortal, 200, {}, why};
}

std::optional<LoginMethod> loginMethodFromString(const QString& text)
{
    if (text == QLatin1String("spid")) {
        return LoginMethod::Spid;
    }
    if (text == QLatin1String("cns")) {
        return LoginMethod::Cns;
    }
    if (text == QLatin1String("password")) {
        return LoginMethod::Password;
    }
    return std::nullopt;
}

QStringList toStringList(const QJsonArray& array)
{
    QStringList out;
    for (const auto& value : array) {
        out.append(value.toString());
    }
    return out;
}

// Values that make no sense (missing, negative, min above max) keep the contract's defaults: the portal enforces
// its rule anyway, the app only checks ahead.
void readLengths(const QJsonObject& object, int& minLength, int& maxLength)
{
    const int min = object.value(QStringLiteral("min_length")).toInt(minLength);
    const int max = object.value(QStringLiteral("max_length")).toInt(maxLength);
    if (min >= 0 && max > 0 && min <= max) {
        minLength = min;
        maxLength = max;
    }
}

PortalCredentials credentialsFromJson(const QJsonObject& object)
{
    PortalCredentials credentials;
    credentials.login = object.value(QStringLiteral("login")).toBool(false);
    credentials.registration = object.value(QStringLiteral("registration")).toBool(false);
    credentials.passwordReset = object.value(QStringLiteral("password_reset")).toBool(false);

    const QJsonObject userIdRule = object.value(QStringLiteral("user_id_rule")).toObject();
    readLengths(userIdRule, credentials.userIdRule.minLength, credentials.userIdRule.maxLength);
    if (const QJsonValue special = userIdRule.value(QStringLiteral("allowed_special")); special.isString()) {
        credentials.userIdRule.allowedSpecial = special.toString();
    }

    const QJsonObject policy = object.value(QStringLiteral("password_policy")).toObject();
    readLengths(policy, credentials.passwordPolicy.minLength, credentials.passwordPolicy.maxLength);
    if (const QJsonValue require = policy.value(QStringLiteral("require")); require.isArray()) {
        // Requirements this app does not know are skipped: the portal still enforces them.
        credentials.passwordPolicy.require.clear();
        for (const auto& value : require.toArray()) {
            if (const auto requirement = domain::PasswordPolicy::requirementFromName(value.toString());
                requirement && !credentials.passwordPolicy.require.contains(*requirement)) {
                credentials.passwordPolicy.require.append(*requirement);
            }
        }
    }

    for (const auto& value : object.value(QStringLiteral("security_questions")).toArray()) {
        const QJsonObject question = value.toObject();
        SecurityQuestion entry{question.value(QStringLiteral("id")).toString(),
                               question.value(QStringLiteral("text")).toString()};
        if (!entry.id.isEmpty() && !entry.text.isEmpty()) {
            credentials.securityQuestions.append(entry);
        }
    }
    return credentials;
}

} // namespace

Result<PortalInfo, PortalError> PortalInfo::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(notAPortal(QStringLiteral("answer is not a JSON object")));
    }
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("api_version")).isString() || !root.value(QStringLiteral("name")).isString() ||
        !root.value(QStringLiteral("login_methods")).isArray()) {
        return fail(notAPortal(QStringLiteral("api_version, name or login_methods missing")));
    }

    PortalInfo info;
    info.apiVersion = root.value(QStringLiteral("api_version")).toString();
    if (info.apiVersion != QLatin1String(SupportedApiVersion)) {
        return fail(PortalError{PortalError::Kind::UnsupportedApiVersion, 200, {}, info.apiVersion});
    }
    info.name = root.value(QStringLiteral("name")).toString().trimmed();
    if (info.name.isEmpty()) {
        return fail(notAPortal(QStringLiteral("empty portal name")));
    }
    info.authority = root.value(QStringLiteral("authority")).toString();
    info.flavour = root.value(QStringLiteral("flavour")).toString() == QLatin1String("comune") ? Flavour::Comune
                                                                                               : Flavour::Inlinea;
    // Methods this app does not know yet are skipped rather than refused: a newer portal stays usable.
    for (const auto& value : root.value(QStringLiteral("login_methods")).toArray()) {
        if (const auto method = loginMethodFromString(value.toString());
            method && !info.loginMethods.contains(*method)) {
            info.loginMethods.append(*method);
        }
    }

    const QJsonObject registration = root.value(QStringLiteral("registration")).toObject();
    info.registrationEnabled = registration.value(QStringLiteral("enabled")).toBool(false);
    for (const auto& value : registration.value(QStringLiteral("types")).toArray()) {
        const QJsonObject type = value.toObject();
        info.registrationTypes.append(RegistrationType{type.value(QStringLiteral("code")).toString(),
                                                       toStringList(type.value(QStringLiteral("profiles")).toArray())});
    }

    const QJsonObject limits = root.value(QStringLiteral("limits")).toObject();
    info.limits.maxUploadBytes = limits.value(QStringLiteral("max_upload_bytes")).toInteger(0);
    info.limits.maxAttachmentsPerPratica = limits.value(QStringLiteral("max_attachments_per_pratica")).toInt(0);
    info.limits.allowedAttachmentTypes =
        toStringList(limits.value(QStringLiteral("allowed_attachment_types")).toArray());
    info.limits.maxSpontaneousIntegrations = limits.value(QStringLiteral("max_spontaneous_integrations")).toInt(0);
    info.limits.uploadChunkBytes = limits.value(QStringLiteral("upload_chunk_bytes")).toInteger(0);

    // Only https endpoints are acceptable for presenting the card or a SPID identity.
    const auto httpsUrl = [&root](const QString& key) {
        const QUrl url(root.value(key).toString());
        return url.isValid() && url.scheme() == QLatin1String("https") ? url : QUrl();
    };
    info.cnsLoginUrl = httpsUrl(QStringLiteral("cns_login_url"));
    info.spidLoginUrl = httpsUrl(QStringLiteral("spid_login_url"));
    info.serverTime = QDateTime::fromString(root.value(QStringLiteral("server_time")).toString(), Qt::ISODate);
    info.credentials = credentialsFromJson(root.value(QStringLiteral("credentials")).toObject());
    return info;
}

} // namespace inlinea::portal
