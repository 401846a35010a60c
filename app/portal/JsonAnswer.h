#pragma once

#include "HttpResponse.h"
#include "PortalError.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace inlinea::portal {

// Reading the portal's JSON answers the same way everywhere.
struct JsonAnswer {
    // The answer's JSON object; a body that is not one is NotAPortal (`what` names the answer for the log).
    [[nodiscard]] static Result<QJsonObject, PortalError> object(const Result<HttpResponse, PortalError>& answer,
                                                                 const char* what);
    // A 412's `current`: the portal's record the change was refused against.
    [[nodiscard]] static std::optional<QJsonObject> conflictCurrent(const PortalError& error);
    // The If-Match value for a record's version ("7" with its quotes).
    [[nodiscard]] static QByteArray versionTag(int version);
};

} // namespace inlinea::portal
