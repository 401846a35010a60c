#include "AnagraficheApi.h"

#include "app/auth/ApiSession.h"
#include "app/portal/JsonAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace inlinea::anagrafiche {

using portal::HttpResponse;
using portal::PortalClient;
using portal::PortalError;

namespace {

QString resource(qint64 id, const char* suffix = "")
{
    return QStringLiteral("/anagrafiche/%1%2").arg(id).arg(QLatin1String(suffix));
}

Result<Anagrafica, PortalError> parseOne(const Result<HttpResponse, PortalError>& answer)
{
    const auto json = portal::JsonAnswer::object(answer, "anagrafica");
    if (!json) {
        return fail(json.error());
    }
    return Anagrafica::fromJson(json.value());
}

} // namespace

AnagraficheApi::AnagraficheApi(auth::ApiSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void AnagraficheApi::page(const QString& query, int page, int perPage, QObject* context, PageCallback callback)
{
    QUrlQuery params;
    if (!query.isEmpty()) {
        params.addQueryItem(QStringLiteral("q"), query);
    }
    params.addQueryItem(QStringLiteral("page"), QString::number(page));
    params.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    m_session->get(QStringLiteral("/anagrafiche?") + params.toString(QUrl::FullyEncoded), context,
                   [callback = std::move(callback)](const Result<HttpResponse, PortalError>& answer) {
                       if (!answer) {
                           callback(fail(answer.error()));
                           return;
                       }
                       const QJsonObject json = QJsonDocument::fromJson(answer->body).object();
                       if (!json.value(QStringLiteral("items")).isArray()) {
                           callback(fail(PortalError{PortalError::Kind::NotAPortal,
                                                     answer->status,
                                                     {},
                                                     QStringLiteral("the list answer has no items")}));
                           return;
                       }
                       AnagrafichePage result;
                       for (const QJsonValue& item : json.value(QStringLiteral("items")).toArray()) {
                           result.items.append(Anagrafica::fromJson(item.toObject()));
                       }
                       result.page = json.value(QStringLiteral("page")).toInt(1);
                       result.perPage = json.value(QStringLiteral("per_page")).toInt();
                       result.total = json.value(QStringLiteral("total")).toInt();
                       callback(result);
                   });
}

void AnagraficheApi::all(QObject* context, ListCallback callback)
{
    nextPage(1, {}, context, std::move(callback));
}

void AnagraficheApi::nextPage(int pageNumber, QList<Anagrafica> collected, QObject* context, ListCallback callback)
{
    page({}, pageNumber, MaxPerPage, context,
         [this, pageNumber, collected = std::move(collected), context = QPointer<QObject>(context),
          callback = std::move(callback)](const Result<AnagrafichePage, PortalError>& answer) mutable {
             if (!answer) {
                 callback(fail(answer.error()));
                 return;
             }
             collected.append(answer->items);
             const bool last = answer->items.isEmpty() || collected.size() >= answer->total;
             if (last || !context) {
                 callback(collected);
                 return;
             }
             nextPage(pageNumber + 1, std::move(collected), context, std::move(callback));
         });
}

void AnagraficheApi::get(qint64 id, QObject* context, OneCallback callback)
{
    m_session->get(resource(id), context,
                   [callback = std::move(callback)](const auto& answer) { callback(parseOne(answer)); });
}

void AnagraficheApi::create(const Anagrafica& anagrafica, const QByteArray& idempotencyKey, QObject* context,
                            OneCallback callback)
{
    PortalClient::RequestOptions options;
    options.idempotencyKey = idempotencyKey;
    m_session->send(PortalClient::Method::Post, QStringLiteral("/anagrafiche"),
                    QJsonDocument(anagrafica.toWritableJson()).toJson(QJsonDocument::Compact), options, context,
                    [callback = std::move(callback)](const auto& answer) { callback(parseOne(answer)); });
}

void AnagraficheApi::update(const Anagrafica& anagrafica, int baseVersion, QObject* context, OneCallback callback)
{
    PortalClient::RequestOptions options;
    options.ifMatch = portal::JsonAnswer::versionTag(baseVersion);
    m_session->send(PortalClient::Method::Put, resource(anagrafica.id),
                    QJsonDocument(anagrafica.toWritableJson()).toJson(QJsonDocument::Compact), options, context,
                    [callback = std::move(callback)](const auto& answer) { callback(parseOne(answer)); });
}

void AnagraficheApi::remove(qint64 id, int baseVersion, QObject* context, DoneCallback callback)
{
    PortalClient::RequestOptions options;
    options.ifMatch = portal::JsonAnswer::versionTag(baseVersion);
    m_session->send(PortalClient::Method::Delete, resource(id), {}, options, context,
                    [callback = std::move(callback)](const Result<HttpResponse, PortalError>& answer) {
                        if (!answer) {
                            callback(fail(answer.error()));
                            return;
                        }
                        callback(Ok{});
                    });
}

void AnagraficheApi::setWatched(qint64 id, bool watched, QObject* context, OneCallback callback)
{
    m_session->send(watched ? PortalClient::Method::Put : PortalClient::Method::Delete, resource(id, "/watch"), {}, {},
                    context, [callback = std::move(callback)](const auto& answer) { callback(parseOne(answer)); });
}

} // namespace inlinea::anagrafiche
