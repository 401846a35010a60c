#include "LoginSuccess.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace inlinea::auth {

std::optional<LoginSuccess> LoginSuccess::fromTokenAnswer(const QByteArray& json, const QString& authMethod)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    LoginSuccess success;
    success.tokens.accessToken = root.value(QStringLiteral("access_token")).toString();
    success.tokens.refreshToken = root.value(QStringLiteral("refresh_token")).toString();
    success.tokens.accessExpiresAt =
        QDateTime::currentDateTimeUtc().addSecs(root.value(QStringLiteral("expires_in")).toInteger(0));
    success.tokens.authMethod = authMethod;
    const QJsonObject user = root.value(QStringLiteral("user")).toObject();
    success.user.codiceFiscale = user.value(QStringLiteral("codice_fiscale")).toString();
    success.user.nome = user.value(QStringLiteral("nome")).toString();
    success.user.cognome = user.value(QStringLiteral("cognome")).toString();
    success.user.emailConfirmed = user.value(QStringLiteral("email_confirmed")).toBool();
    success.user.userId = user.value(QStringLiteral("user_id")).toString();
    if (success.tokens.accessToken.isEmpty() || success.tokens.refreshToken.isEmpty()) {
        return std::nullopt;
    }
    return success;
}

} // namespace inlinea::auth
