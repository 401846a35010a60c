#pragma once

#include <QCoreApplication>
#include <QMetaObject>

namespace inlinea::cli {

// Exit codes of inlinea-cli, stable for scripts.
struct CliExit {
    enum Code {
        Ok = 0,
        Usage = 2, // wrong arguments, or a file that cannot be read or written
        Portal = 3,
        NoCard = 4,
        CardError = 5,
        LoginRefused = 6,
        Keyring = 7,
        InvalidRows = 8,   // import: some rows invalid, or refused by the portal (the valid ones are imported);
                           // submit: blocked by the pre-send check, nothing submitted
        Queued = 9,        // import: the portal could not be reached; the rows wait in the local outbox
        NotLoggedIn = 10,  // no session stored for the portal, or the portal ended it
        NotFound = 11,     // no anagrafica (or draft) with that id
        LocalStore = 12,   // the local database cannot be opened or written
        BadDraftFile = 13, // drafts import: not a draft file, unknown format version, checksum mismatch, malformed
        Refused = 14,      // submit, outbox retry: the portal refused a domanda (kept as rejected, to correct)
    };

    // Leaves the event loop with `code` once the current event is handled.
    static void quit(int code)
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    }
};

} // namespace inlinea::cli
