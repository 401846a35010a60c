#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>

class QDialog;
class QWidget;

namespace inlinea::ui {

// The SPID login window lives in a plugin (ui/spidview) because it needs Qt WebEngine: the app loads it the first
// time the user presses "Entra con SPID", so starting the app never loads Chromium.
class SpidWebLogin {
public:
    struct Request {
        QUrl loginUrl; // the portal's /auth/spid/login?state=…&code_challenge=…
        QUrl doneUrl;  // the portal's /auth/spid/done: reaching it ends the dialog
        QString state; // must come back unchanged with the code
        // Trusted in addition to the system's CAs for the portal's pages (a development or internal CA).
        QList<QSslCertificate> extraCaCertificates;
    };
    struct Callbacks {
        std::function<void(const QString& code)> done;
        // errorCode: "state_mismatch", "closed", "timeout", "load_failed", "untrusted_certificate", or the portal's
        // own code read from its error page (e.g. "spid_nr22").
        std::function<void(const QString& errorCode, const QString& detail)> failed;
    };

    virtual ~SpidWebLogin() = default;

    // A dialog with an off-the-record web view; it deletes itself when closed. Callbacks fire once.
    [[nodiscard]] virtual QDialog* create(const Request& request, Callbacks callbacks, QWidget* parent) = 0;
};

} // namespace inlinea::ui

#define InlineaSpidWebLogin_iid "io.inlinea.Desktop.SpidWebLogin/1"
Q_DECLARE_INTERFACE(inlinea::ui::SpidWebLogin, InlineaSpidWebLogin_iid)
