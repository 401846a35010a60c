#include "JsonAnswer.h"

#include <QJsonDocument>

namespace inlinea::portal {

Result<QJsonObject, PortalError> JsonAnswer::object(const Result<HttpResponse, PortalError>& answer, const char* what)
{
    if (!answer) {
        return fail(answer.error());
    }
    const QJsonDocument doc = QJsonDocument::fromJson(answer->body);
    if (!doc.isObject()) {
        return fail(PortalError{PortalError::Kind::NotAPortal,
                                answer->status,
                                {},
                                QStringLiteral("the %1 answer is not a JSON object").arg(QLatin1String(what))});
    }
    return doc.object();
}

std::optional<QJsonObject> JsonAnswer::conflictCurrent(const PortalError& error)
{
    if (error.httpStatus != 412) {
        return std::nullopt;
    }
    const QJsonObject current =
        QJsonDocument::fromJson(error.body).object().value(QStringLiteral("current")).toObject();
    if (current.isEmpty()) {
        return std::nullopt;
    }
    return current;
}

QByteArray JsonAnswer::versionTag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

} // namespace inlinea::portal
