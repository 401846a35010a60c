#pragma once

#include "common/Result.h"

#include <QSslConfiguration>
#include <QString>

namespace inlinea::portal {

struct TrustError {
    enum class Kind { FileUnreadable, NoCertificate };
    Kind kind;
    QString path;
};

// The TLS configuration every portal request uses: the system's trusted CAs plus, when the user configured one,
// the certificates of an additional CA file (a development or internal CA). Verification always stays on.
class TlsTrust {
public:
    [[nodiscard]] static Result<QSslConfiguration, TrustError> configuration(const QString& extraCaFile);
};

} // namespace inlinea::portal
