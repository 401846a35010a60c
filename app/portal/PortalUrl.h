#pragma once

#include "PortalError.h"
#include "common/Result.h"

#include <QUrl>

namespace inlinea::portal {

// Turns what a user types as "the portal's address" into the base URL the API paths hang from.
class PortalUrl {
public:
    // Accepts "host", "host:port", "https://host/path/", even a pasted ".../api/v1/info";
    // refuses http:// and other schemes (the portal is only spoken to over HTTPS).
    [[nodiscard]] static Result<QUrl, PortalError> normalize(const QString& typed);

    // base + "/api/v1/..." without doubling slashes.
    [[nodiscard]] static QUrl apiUrl(const QUrl& base, const QString& apiPath);
};

} // namespace inlinea::portal
