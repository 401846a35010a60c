#pragma once

#include <QString>

namespace inlinea::portal {

// Why talking to the portal failed. The ui layer turns each kind into its own sentence;
// `detail` carries the server's own problem text or the technical cause, for the "details" line and the log.
struct PortalError {
    enum class Kind {
        InvalidUrl,            // not a URL at all, or no host
        InsecureScheme,        // http:// or another scheme: the portal is only spoken to over HTTPS
        HostNotFound,          // DNS could not resolve the host
        ConnectionRefused,     // nothing listens on that port
        Timeout,               // connected (or not) but no answer in time
        NotTls,                // something answers on the port, but not TLS
        TlsUntrusted,          // certificate chain not trusted (unknown or self-signed CA)
        TlsExpired,            // certificate expired or not yet valid
        TlsHostMismatch,       // certificate valid but issued for another host
        TlsOther,              // any other TLS failure
        NotAPortal,            // an HTTPS server, but /api/v1/info is missing or is not a portal's answer
        UnsupportedApiVersion, // a portal speaking an API version this app does not know
        HttpError,             // the portal answered with an error status (problem+json when it can)
        Unauthorized,          // 401: the session is missing or expired
        NetworkDown,           // no network at all on this machine
        Cancelled,             // the caller aborted the request
        Other,
    };

    Kind kind = Kind::Other;
    int httpStatus = 0;
    QString problemCode;  // stable code from application/problem+json, when the portal sent one
    QString detail;       // server's Italian detail, or the technical cause
    QByteArray body = {}; // the error answer as received (problem+json carries field errors, a conflict's version)

    [[nodiscard]] bool isTlsProblem() const noexcept
    {
        return kind == Kind::TlsUntrusted || kind == Kind::TlsExpired || kind == Kind::TlsHostMismatch ||
               kind == Kind::TlsOther || kind == Kind::NotTls;
    }
    // Errors that say the portal could not be reached at all (as opposed to answering badly).
    [[nodiscard]] bool isUnreachable() const noexcept
    {
        return kind == Kind::HostNotFound || kind == Kind::ConnectionRefused || kind == Kind::Timeout ||
               kind == Kind::NetworkDown;
    }
};

// Stable machine name of a kind, for logs and the command line (never shown as a sentence).
[[nodiscard]] QString kindName(PortalError::Kind kind);

} // namespace inlinea::portal
