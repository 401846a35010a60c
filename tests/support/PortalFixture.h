#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace inlinea::test {

// Starts the reference portal (server/manage.py) over real TLS on a free port with its own state folder and dev CA,
// waits until it answers, and stops exactly the processes it started.
class PortalFixture {
public:
    struct Options {
        QString flavour = QStringLiteral("inlinea");
        // Which certificate of the test PKI the server presents: server, expired-server, untrusted-server,
        // wronghost-server.
        QString certificate = QStringLiteral("server");
        bool seed = false;
        bool legacyCredentials = false;
        // A folder holding the CNS test CA (cns-ca.pem, cns-ca.crl.pem, as tests/vcard creates it): when set, the
        // CNS login endpoint runs too, on its own port, and /api/v1/info advertises it.
        QString cnsCaDir = QString();
        // The SPID test identity provider (test mode: it can send broken responses on request) and a mail sink,
        // beside the portal; /api/v1/info then advertises spid_login_url.
        bool spid = false;
    };

    PortalFixture();
    explicit PortalFixture(Options options);
    ~PortalFixture();
    PortalFixture(const PortalFixture&) = delete;
    PortalFixture& operator=(const PortalFixture&) = delete;

    // Empty string on success, otherwise why it failed (with the server's output). After stop(), start() again
    // reuses the same port and state.
    [[nodiscard]] QString start();
    // Only the dev PKI (CA, server and test certificates), for tests that need certificates but no server.
    [[nodiscard]] QString preparePki();
    void stop();
    [[nodiscard]] bool isRunning() const;

    // https://localhost:<port>
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] int cnsPort() const { return m_cnsPort; }
    // https://localhost:<cns port>/api/v1/auth/cns
    [[nodiscard]] QUrl cnsLoginUrl() const;
    // https://localhost:<idp port>
    [[nodiscard]] QUrl idpUrl() const;
    // Where the mail sink stores what the portal sends (Maildir).
    [[nodiscard]] QString maildir() const { return m_state.filePath(QStringLiteral("maildir")); }
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QString pkiFile(const QString& name) const;
    [[nodiscard]] QString stateDir() const { return m_state.path(); }

    // A session for a seeded user without a login (manage.py issue-token): the portal's token answer as JSON, empty
    // on failure (`why` says why).
    [[nodiscard]] QByteArray issueTokens(const QString& codiceFiscale,
                                         const QString& authMethod = QStringLiteral("cns"),
                                         QString* why = nullptr) const;

    // A TCP port nothing listens on right now.
    [[nodiscard]] static int freePort();

private:
    [[nodiscard]] bool waitUntilAnswering(int timeoutMs) const;

    Options m_options;
    QTemporaryDir m_state;
    [[nodiscard]] QString startCns();
    [[nodiscard]] QString startSpidSide();
    [[nodiscard]] std::unique_ptr<QProcess> startManage(const QStringList& args) const;

    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_cns;
    std::unique_ptr<QProcess> m_idp;
    std::unique_ptr<QProcess> m_mail;
    int m_idpPort = 0;
    int m_smtpPort = 0;
    int m_port = 0;
    int m_cnsPort = 0;
};

} // namespace inlinea::test
