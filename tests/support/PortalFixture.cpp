#include "PortalFixture.h"

#include "ChildProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

namespace inlinea::test {

namespace {

const QString kServerDir = QStringLiteral(INLINEA_SERVER_DIR);
const QString kPython = QStringLiteral(INLINEA_PYTHON);

QString runManage(const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(kPython, QStringList{kServerDir + QStringLiteral("/manage.py")} + args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("manage.py %1 failed: %2").arg(args.join(u' '), QString::fromUtf8(process.readAll()));
    }
    return {};
}

} // namespace

QByteArray PortalFixture::issueTokens(const QString& codiceFiscale, const QString& authMethod, QString* why) const
{
    QProcess process;
    process.start(kPython, {kServerDir + QStringLiteral("/manage.py"), QStringLiteral("issue-token"),
                            QStringLiteral("--state"), m_state.path(), QStringLiteral("--codice-fiscale"),
                            codiceFiscale, QStringLiteral("--auth-method"), authMethod});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (why != nullptr) {
            *why = QStringLiteral("manage.py issue-token failed: ") + QString::fromUtf8(process.readAllStandardError());
        }
        return {};
    }
    return process.readAllStandardOutput();
}

PortalFixture::PortalFixture()
    : PortalFixture(Options{})
{}

PortalFixture::PortalFixture(Options options)
    : m_options(std::move(options))
{}

PortalFixture::~PortalFixture()
{
    stop();
}

int PortalFixture::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return server.serverPort();
}

QString PortalFixture::caFile() const
{
    return pkiFile(QStringLiteral("ca.pem"));
}

QString PortalFixture::pkiFile(const QString& name) const
{
    return m_state.filePath(QStringLiteral("pki/") + name);
}

QUrl PortalFixture::idpUrl() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_idpPort));
}

std::unique_ptr<QProcess> PortalFixture::startManage(const QStringList& args) const
{
    auto process = std::make_unique<QProcess>();
    terminateWithTest(*process);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(kPython, QStringList{kServerDir + QStringLiteral("/manage.py")} + args);
    return process;
}

QString PortalFixture::startSpidSide()
{
    m_smtpPort = m_smtpPort != 0 ? m_smtpPort : freePort();
    m_mail = startManage({QStringLiteral("mailsink"), QStringLiteral("--maildir"), maildir(), QStringLiteral("--port"),
                          QString::number(m_smtpPort)});
    m_idpPort = m_idpPort != 0 ? m_idpPort : freePort();
    m_idp = startManage({QStringLiteral("serve-idp"), QStringLiteral("--state"), m_state.path(),
                         QStringLiteral("--port"), QString::number(m_idpPort), QStringLiteral("--test-mode")});
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_idp->state() == QProcess::NotRunning) {
            return QStringLiteral("SPID test IdP stopped: ") + QString::fromUtf8(m_idp->readAll());
        }
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_idpPort));
        if (socket.waitForEncrypted(1000)) {
            socket.write("GET /metadata HTTP/1.0\r\nHost: localhost\r\n\r\n");
            if (socket.waitForReadyRead(3000) && socket.readAll().startsWith("HTTP/1")) {
                return {};
            }
        }
        QThread::msleep(100);
    }
    return QStringLiteral("SPID test IdP did not answer");
}

QUrl PortalFixture::cnsLoginUrl() const
{
    return QUrl(QStringLiteral("https://localhost:%1/api/v1/auth/cns").arg(m_cnsPort));
}

QString PortalFixture::startCns()
{
    m_cnsPort = m_cnsPort != 0 ? m_cnsPort : freePort();
    m_cns = std::make_unique<QProcess>();
    terminateWithTest(*m_cns);
    m_cns->setProcessChannelMode(QProcess::MergedChannels);
    m_cns->start(kPython,
                 {kServerDir + QStringLiteral("/manage.py"), QStringLiteral("serve-cns"), QStringLiteral("--state"),
                  m_state.path(), QStringLiteral("--port"), QString::number(m_cnsPort), QStringLiteral("--cns-ca"),
                  m_options.cnsCaDir + QStringLiteral("/cns-ca.pem"), QStringLiteral("--cns-crl"),
                  m_options.cnsCaDir + QStringLiteral("/cns-ca.crl.pem")});
    if (!m_cns->waitForStarted(10000)) {
        return QStringLiteral("CNS endpoint did not start");
    }
    // The endpoint answers TLS once it listens.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_cns->state() != QProcess::Running) {
            return QStringLiteral("CNS endpoint stopped: ") + QString::fromUtf8(m_cns->readAll());
        }
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_cnsPort));
        if (socket.waitForEncrypted(1000)) {
            return {};
        }
        QThread::msleep(100);
    }
    return QStringLiteral("CNS endpoint did not answer");
}

QUrl PortalFixture::baseUrl() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_port));
}

bool PortalFixture::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

QString PortalFixture::preparePki()
{
    if (!m_state.isValid()) {
        return QStringLiteral("cannot create a temporary state folder");
    }
    return runManage(
        {QStringLiteral("pki"), QStringLiteral("--state"), m_state.path(), QStringLiteral("--test-extras")});
}

QString PortalFixture::start()
{
    if (const QString why = preparePki(); !why.isEmpty()) {
        return why;
    }
    if (m_options.seed) {
        if (const QString why = runManage({QStringLiteral("seed"), QStringLiteral("--state"), m_state.path()});
            !why.isEmpty()) {
            return why;
        }
    }

    // Another process may take the port between freePort() and the server's bind: try a few.
    // A restart keeps the port, so clients see the same portal come back.
    const int previousPort = m_port;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = (attempt == 0 && previousPort != 0) ? previousPort : freePort();
        m_server = std::make_unique<QProcess>();
        terminateWithTest(*m_server);
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (m_options.legacyCredentials) {
            env.insert(QStringLiteral("INLINEA_LEGACY_CREDENTIALS"), QStringLiteral("1"));
        }
        m_server->setProcessEnvironment(env);
        QStringList args{kServerDir + QStringLiteral("/manage.py"),
                         QStringLiteral("serve"),
                         QStringLiteral("--state"),
                         m_state.path(),
                         QStringLiteral("--port"),
                         QString::number(m_port),
                         QStringLiteral("--flavour"),
                         m_options.flavour,
                         QStringLiteral("--workers"),
                         QStringLiteral("1"),
                         QStringLiteral("--cert"),
                         pkiFile(m_options.certificate + QStringLiteral(".pem")),
                         QStringLiteral("--key"),
                         pkiFile(m_options.certificate + QStringLiteral(".key"))};
        if (!m_options.cnsCaDir.isEmpty()) {
            m_cnsPort = m_cnsPort != 0 ? m_cnsPort : freePort();
            args << QStringLiteral("--cns-port") << QString::number(m_cnsPort);
        }
        if (m_options.spid) {
            m_smtpPort = m_smtpPort != 0 ? m_smtpPort : freePort();
            args << QStringLiteral("--smtp-port") << QString::number(m_smtpPort);
        }
        m_server->start(kPython, args);
        if (m_server->waitForStarted(10000) && waitUntilAnswering(20000)) {
            if (!m_options.cnsCaDir.isEmpty()) {
                if (QString why = startCns(); !why.isEmpty()) {
                    return why;
                }
            }
            // The IdP reads the SP metadata the portal wrote at start, and writes its own for the portal to read.
            return m_options.spid ? startSpidSide() : QString();
        }
        const QString output = QString::fromUtf8(m_server->readAll());
        stop();
        if (!output.contains(QLatin1String("Address already in use"))) {
            return QStringLiteral("portal did not start: ") + output;
        }
    }
    return QStringLiteral("portal did not start: no free port");
}

bool PortalFixture::waitUntilAnswering(int timeoutMs) const
{
    // Wait for the TLS handshake to complete: gunicorn answers only once a worker runs. The certificate is not
    // checked here on purpose (some fixtures serve broken certificates); the tests check it.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_server->state() != QProcess::Running) {
            return false;
        }
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_port));
        if (socket.waitForEncrypted(1000)) {
            socket.write("GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n");
            if (socket.waitForReadyRead(3000) && socket.readAll().startsWith("HTTP/1")) {
                return true;
            }
        }
        QThread::msleep(100);
    }
    return false;
}

void PortalFixture::stop()
{
    for (auto* process : {&m_idp, &m_mail}) {
        if (*process && (*process)->state() != QProcess::NotRunning) {
            (*process)->terminate();
            if (!(*process)->waitForFinished(10000)) {
                (*process)->kill();
                (*process)->waitForFinished(5000);
            }
        }
        process->reset();
    }
    if (m_cns && m_cns->state() != QProcess::NotRunning) {
        m_cns->terminate();
        if (!m_cns->waitForFinished(10000)) {
            m_cns->kill();
            m_cns->waitForFinished(5000);
        }
    }
    m_cns.reset();
    if (!m_server) {
        return;
    }
    if (m_server->state() != QProcess::NotRunning) {
        m_server->terminate();
        if (!m_server->waitForFinished(10000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
}

} // namespace inlinea::test
