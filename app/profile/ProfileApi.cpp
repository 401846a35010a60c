#include "ProfileApi.h"

#include "app/auth/ApiSession.h"

#include <QJsonDocument>

namespace inlinea::profile {

using portal::HttpResponse;
using portal::PortalClient;
using portal::PortalError;

namespace {

Result<Profile, PortalError> parse(const Result<HttpResponse, PortalError>& answer)
{
    if (!answer) {
        return fail(answer.error());
    }
    const QJsonDocument doc = QJsonDocument::fromJson(answer->body);
    if (!doc.isObject()) {
        return fail(PortalError{PortalError::Kind::NotAPortal,
                                answer->status,
                                {},
                                QStringLiteral("the profile answer is not a JSON object")});
    }
    return Profile::fromJson(doc.object());
}

} // namespace

ProfileApi::ProfileApi(auth::ApiSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void ProfileApi::get(QObject* context, Callback callback)
{
    m_session->get(QStringLiteral("/me"), context,
                   [callback = std::move(callback)](const auto& answer) { callback(parse(answer)); });
}

void ProfileApi::update(const Profile& profile, int baseVersion, QObject* context, Callback callback)
{
    PortalClient::RequestOptions options;
    options.ifMatch = '"' + QByteArray::number(baseVersion) + '"';
    m_session->send(PortalClient::Method::Put, QStringLiteral("/me"),
                    QJsonDocument(profile.toWritableJson()).toJson(QJsonDocument::Compact), options, context,
                    [callback = std::move(callback)](const auto& answer) { callback(parse(answer)); });
}

std::optional<Profile> ProfileApi::portalVersion(const PortalError& error)
{
    if (error.httpStatus != 412) {
        return std::nullopt;
    }
    const QJsonObject current =
        QJsonDocument::fromJson(error.body).object().value(QStringLiteral("current")).toObject();
    if (current.isEmpty()) {
        return std::nullopt;
    }
    return Profile::fromJson(current);
}

} // namespace inlinea::profile
