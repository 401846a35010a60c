#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

namespace inlinea::portal {

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray etag; // the ETag header as sent ("7" with its quotes), empty when absent
    QByteArray location;
};

} // namespace inlinea::portal
