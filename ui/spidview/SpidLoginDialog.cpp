#include "SpidLoginDialog.h"

#include "app/portal/ChainVerifier.h"

#include <QLabel>
#include <QProgressBar>
#include <QSslCertificate>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace inlinea::ui {

SpidLoginDialog::SpidLoginDialog(const SpidWebLogin::Request& request, SpidWebLogin::Callbacks callbacks,
                                 QWidget* parent)
    : QDialog(parent)
    , m_request(request)
    , m_callbacks(std::move(callbacks))
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_view(new QWebEngineView(this))
    , m_host(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Accesso con SPID"));
    resize(900, 720);

    m_view->setObjectName(QStringLiteral("spidView"));
    m_view->setPage(new QWebEnginePage(m_profile, m_view));
    m_host->setObjectName(QStringLiteral("hostLabel"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_host);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);

    connect(m_view, &QWebEngineView::titleChanged, this, [this](const QString& title) {
        setWindowTitle(title.isEmpty() ? tr("Accesso con SPID") : tr("%1 – Accesso con SPID").arg(title));
    });
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::urlChanged, this, &SpidLoginDialog::onUrlChanged);
    connect(m_view, &QWebEngineView::loadFinished, this, &SpidLoginDialog::onLoadFinished);
    connect(m_view->page(), &QWebEnginePage::certificateError, this, &SpidLoginDialog::onCertificateError);

    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finishWithError(QStringLiteral("timeout"), QString()); });
    m_timeout.start(Timeout);

    m_view->load(m_request.loginUrl);
}

SpidLoginDialog::~SpidLoginDialog()
{
    // Nothing of the identity provider's session survives the dialog.
    m_profile->cookieStore()->deleteAllCookies();
    // The page must go before its profile.
    delete m_view;
}

void SpidLoginDialog::onUrlChanged(const QUrl& url)
{
    const bool secure = url.scheme() == QLatin1String("https");
    m_host->setText(QStringLiteral("  %1  %2")
                        .arg(secure ? tr("🔒 Connessione protetta:") : tr("⚠ Connessione non protetta:"), url.host()));
    const QUrl done = m_request.doneUrl;
    if (url.scheme() != done.scheme() || url.host() != done.host() || url.port() != done.port() ||
        url.path() != done.path()) {
        return;
    }
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("state")) != m_request.state) {
        // An answer to another request (or forged): never exchange its code.
        finishWithError(QStringLiteral("state_mismatch"), QString());
        return;
    }
    finishWithCode(query.queryItemValue(QStringLiteral("code")));
}

void SpidLoginDialog::onLoadFinished(bool ok)
{
    if (m_finished) {
        return;
    }
    // The portal marks its SPID error pages with a stable code: remember it for the message shown on close. Those
    // pages answer 4xx, which WebEngine reports as a failed load, so look even when `ok` is false.
    m_view->page()->runJavaScript(QStringLiteral("(function(){var e=document.querySelector('[data-error-code]');"
                                                 "if(e){return e.getAttribute('data-error-code');}"
                                                 "var c=document.getElementById('error-code');"
                                                 "return c?c.textContent.trim():'';})()"),
                                  [this, ok](const QVariant& code) {
                                      if (!code.toString().isEmpty()) {
                                          setProperty("portalErrorCode", code.toString());
                                      } else if (!ok) {
                                          // The browser's own error page stays on screen; the user can close it.
                                          m_host->setText(m_host->text() + QStringLiteral("  —  ") +
                                                          tr("la pagina non si è caricata"));
                                          setProperty("portalErrorCode", QStringLiteral("load_failed"));
                                      } else {
                                          setProperty("portalErrorCode", QVariant());
                                      }
                                  });
}

void SpidLoginDialog::onCertificateError(const QWebEngineCertificateError& error)
{
    // Chromium does not know our extra CA: accept the chain only if it verifies against it for this host.
    auto certificateError = error;
    if (portal::ChainVerifier::verify(certificateError.certificateChain(), m_request.extraCaCertificates,
                                      certificateError.url().host())) {
        certificateError.acceptCertificate();
        return;
    }
    certificateError.rejectCertificate();
    finishWithError(QStringLiteral("untrusted_certificate"), certificateError.description());
}

void SpidLoginDialog::finishWithCode(const QString& code)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_callbacks.done) {
        m_callbacks.done(code);
    }
    accept();
}

void SpidLoginDialog::finishWithError(const QString& errorCode, const QString& detail)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_callbacks.failed) {
        m_callbacks.failed(errorCode, detail);
    }
    QDialog::reject();
}

void SpidLoginDialog::reject()
{
    const QString portalCode = property("portalErrorCode").toString();
    finishWithError(portalCode.isEmpty() ? QStringLiteral("closed") : portalCode, QString());
}

} // namespace inlinea::ui
