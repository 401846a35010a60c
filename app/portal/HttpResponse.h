#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QNetworkReply>
#include <QPair>

namespace inlinea::portal {

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    // Every response header as received, in order (names as the server spelled them).
    QList<QPair<QByteArray, QByteArray>> headers = {};

    // The first header of that name, compared case-insensitively; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

} // namespace inlinea::portal
