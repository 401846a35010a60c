#pragma once

#include "ui/spid/SpidWebLogin.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QProgressBar;
class QWebEngineCertificateError;
class QWebEngineProfile;
class QWebEngineView;

namespace inlinea::ui {

// The portal's SPID pages in an embedded browser with its own off-the-record profile (nothing kept on disk): page
// title, progress, host and connection state are shown, and reaching the portal's "done" address ends the dialog
// with the one-time code.
class SpidLoginDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr std::chrono::minutes Timeout{10};

    SpidLoginDialog(const SpidWebLogin::Request& request, SpidWebLogin::Callbacks callbacks, QWidget* parent);
    ~SpidLoginDialog() override;

    [[nodiscard]] QWebEngineView* view() const noexcept { return m_view; }

protected:
    void reject() override;

private:
    void onUrlChanged(const QUrl& url);
    void onLoadFinished(bool ok);
    void onCertificateError(const QWebEngineCertificateError& error);
    void finishWithCode(const QString& code);
    void finishWithError(const QString& errorCode, const QString& detail);

    SpidWebLogin::Request m_request;
    SpidWebLogin::Callbacks m_callbacks;
    QWebEngineProfile* m_profile;
    QWebEngineView* m_view;
    QLabel* m_host;
    QProgressBar* m_progress;
    QTimer m_timeout;
    bool m_finished = false;
};

} // namespace inlinea::ui
