#include "PortalError.h"

namespace inlinea::portal {

QString kindName(PortalError::Kind kind)
{
    using K = PortalError::Kind;
    switch (kind) {
    case K::InvalidUrl: return QStringLiteral("invalid_url");
    case K::InsecureScheme: return QStringLiteral("insecure_scheme");
    case K::HostNotFound: return QStringLiteral("host_not_found");
    case K::ConnectionRefused: return QStringLiteral("connection_refused");
    case K::Timeout: return QStringLiteral("timeout");
    case K::NotTls: return QStringLiteral("not_tls");
    case K::TlsUntrusted: return QStringLiteral("tls_untrusted");
    case K::TlsExpired: return QStringLiteral("tls_expired");
    case K::TlsHostMismatch: return QStringLiteral("tls_host_mismatch");
    case K::TlsOther: return QStringLiteral("tls_error");
    case K::NotAPortal: return QStringLiteral("not_a_portal");
    case K::UnsupportedApiVersion: return QStringLiteral("unsupported_api_version");
    case K::HttpError: return QStringLiteral("http_error");
    case K::Unauthorized: return QStringLiteral("unauthorized");
    case K::NetworkDown: return QStringLiteral("network_down");
    case K::Cancelled: return QStringLiteral("cancelled");
    case K::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace inlinea::portal
