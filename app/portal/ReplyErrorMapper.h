#pragma once

#include "PortalError.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace inlinea::portal {

// Classifies a failed reply into a PortalError: network cause, TLS cause (from the sslErrors the reply reported), or
// the portal's own problem+json for HTTP error statuses.
class ReplyErrorMapper {
public:
    [[nodiscard]] static PortalError map(QNetworkReply::NetworkError error, const QString& errorString,
                                         const QList<QSslError>& sslErrors, int httpStatus, const QByteArray& body,
                                         bool cancelledByUs);

    // Fills code and detail from an application/problem+json body; leaves them empty for other bodies.
    static void readProblem(const QByteArray& body, PortalError& into);

private:
    [[nodiscard]] static PortalError::Kind tlsKind(const QList<QSslError>& sslErrors);
};

} // namespace inlinea::portal
