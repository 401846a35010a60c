#include "ProfileApi.h"

#include "app/auth/ApiSession.h"
#include "app/portal/JsonAnswer.h"

#include <QJsonDocument>

namespace inlinea::profile {

using portal::HttpResponse;
using portal::PortalClient;
using portal::PortalError;

namespace {

Result<Profile, PortalError> parse(const Result<HttpResponse, PortalError>& answer)
{
    const auto json = portal::JsonAnswer::object(answer, "profile");
    if (!json) {
        return fail(json.error());
    }
    return Profile::fromJson(json.value());
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
    options.ifMatch = portal::JsonAnswer::versionTag(baseVersion);
    m_session->send(PortalClient::Method::Put, QStringLiteral("/me"),
                    QJsonDocument(profile.toWritableJson()).toJson(QJsonDocument::Compact), options, context,
                    [callback = std::move(callback)](const auto& answer) { callback(parse(answer)); });
}

} // namespace inlinea::profile
