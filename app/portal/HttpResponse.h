#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

namespace inlinea::portal {

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

} // namespace inlinea::portal
