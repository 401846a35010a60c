#include "ProcedimentiApi.h"

#include "app/auth/ApiSession.h"
#include "app/portal/JsonAnswer.h"

#include <QJsonArray>
#include <QUrl>

namespace inlinea::procedimenti {

using portal::HttpResponse;
using portal::PortalError;

ProcedimentiApi::ProcedimentiApi(auth::ApiSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void ProcedimentiApi::catalog(QObject* context, CatalogCallback callback)
{
    m_session->get(QStringLiteral("/procedimenti"), context,
                   [callback = std::move(callback)](const Result<HttpResponse, PortalError>& answer) {
                       const auto json = portal::JsonAnswer::object(answer, "catalog");
                       if (!json) {
                           callback(fail(json.error()));
                           return;
                       }
                       QList<Procedimento> result;
                       for (const QJsonValue& item : json->value(QStringLiteral("items")).toArray()) {
                           result.append(Procedimento::fromJson(item.toObject()));
                       }
                       callback(result);
                   });
}

void ProcedimentiApi::definition(const QString& code, const QString& version, QObject* context,
                                 DefinitionCallback callback)
{
    const QString path = QStringLiteral("/procedimenti/%1/%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(code)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(version)));
    m_session->get(path, context, [callback = std::move(callback)](const Result<HttpResponse, PortalError>& answer) {
        const auto json = portal::JsonAnswer::object(answer, "form definition");
        if (!json) {
            callback(fail(json.error()));
            return;
        }
        callback(FormDefinition::fromJson(json.value()));
    });
}

} // namespace inlinea::procedimenti
