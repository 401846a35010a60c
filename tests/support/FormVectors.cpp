#include "FormVectors.h"

#include "PortalFixture.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace inlinea::test {

QJsonObject validFormData(const QString& definition)
{
    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/form_validation_vectors.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("bases"))
        .toObject()
        .value(definition)
        .toObject()
        .value(QStringLiteral("data"))
        .toObject();
}

int praticheOnPortal(const PortalFixture& portal, const QString& codiceFiscale)
{
    const auto tls = portal::TlsTrust::configuration(portal.caFile());
    if (!tls) {
        return -1;
    }
    portal::PortalClient direct(portal.baseUrl(), tls.value());
    portal::PortalClient::RequestOptions options;
    options.bearer = QJsonDocument::fromJson(portal.issueTokens(codiceFiscale))
                         .object()
                         .value(QStringLiteral("access_token"))
                         .toString();
    int total = -1;
    bool answered = false;
    QObject context;
    direct.send(
        portal::PortalClient::Method::Get, QStringLiteral("pratiche?per_page=1"), {}, options, &context,
        [&](const Result<portal::HttpResponse, portal::PortalError>& result) {
            answered = true;
            if (result) {
                total = QJsonDocument::fromJson(result.value().body).object().value(QStringLiteral("total")).toInt(-1);
            }
        });
    (void)QTest::qWaitFor([&] { return answered; }, 20000);
    return total;
}

} // namespace inlinea::test
