#include "CardStackFixture.h"

#include "tests/support/ChildProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace inlinea::test {

namespace {

const QString kPcscdSocket = QStringLiteral("/run/pcscd/pcscd.comm");
const QString kLockPath = QStringLiteral("/tmp/inlinea-pcscd.lock");
const QString kPython = QStringLiteral(INLINEA_PYTHON);
const QString kVcard = QStringLiteral(INLINEA_SOURCE_DIR "/tests/vcard/vcard.py");
constexpr int kBasePort = 35963;
constexpr int kSlots = 2; // the vpcd driver listens on kBasePort and kBasePort + 1
constexpr int kPcscdAttempts = 3;

QString pcscdPath()
{
    for (const QString& candidate : {QStringLiteral("/usr/sbin/pcscd"), QStringLiteral("/sbin/pcscd")}) {
        if (QFileInfo(candidate).isExecutable()) {
            return candidate;
        }
    }
    return {};
}

bool socketAnswers()
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0) {
        return false;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = kPcscdSocket.toLocal8Bit();
    std::strncpy(address.sun_path, path.constData(), sizeof(address.sun_path) - 1);
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd);
    return ok;
}

// Live (non-zombie) processes named pcscd, other than `except`.
QList<qint64> runningPcscd(qint64 except)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == except) {
            continue;
        }
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('(');
        const qsizetype close = text.lastIndexOf(')');
        if (open < 0 || close < open || close + 2 >= text.size()) {
            continue;
        }
        if (text.mid(open + 1, close - open - 1) == "pcscd" && text.at(close + 2) != 'Z') {
            pids << pid;
        }
    }
    return pids;
}

// Whether vpcd could listen on `port` now. vpcd binds with SO_REUSEADDR, so it fails exactly when some socket
// without it holds the port: a connection the kernel gave that ephemeral port (32768-60999 by default, which holds
// 35963), or its TIME_WAIT for a minute after. A busy test run makes thousands of such connections.
bool portBindable(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_ANY);
    const bool ok = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

// The first vpcd port something else holds, or 0.
int heldVpcdPort()
{
    for (int slot = 0; slot < kSlots; ++slot) {
        if (!portBindable(kBasePort + slot)) {
            return kBasePort + slot;
        }
    }
    return 0;
}

// Whether something listens on every vpcd port (read from the kernel's table: a connection that merely uses the
// port would make it unbindable too).
bool vpcdListening()
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly)) {
        return false;
    }
    constexpr QByteArrayView kListen = "0A";
    int listening = 0;
    for (const QByteArray& line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4 || fields.at(3) != kListen) {
            continue;
        }
        const QByteArray local = fields.at(1);
        const int port = local.mid(local.indexOf(':') + 1).toInt(nullptr, 16);
        if (port >= kBasePort && port < kBasePort + kSlots) {
            ++listening;
        }
    }
    return listening == kSlots;
}

void stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

CardStackFixture::CardStackFixture() = default;

CardStackFixture::~CardStackFixture()
{
    stopPcscd();
    releaseLock();
}

QString CardStackFixture::missingPrerequisite()
{
    if (pcscdPath().isEmpty()) {
        return QStringLiteral("pcscd is not installed");
    }
    if (!QFileInfo::exists(QStringLiteral("/etc/reader.conf.d/vpcd"))) {
        return QStringLiteral("the vsmartcard-vpcd reader driver is not configured");
    }
    if (!QFileInfo(kPython).isExecutable()) {
        return QStringLiteral("%1 is missing").arg(kPython);
    }
    return {};
}

QString CardStackFixture::readerName(int slot)
{
    return QStringLiteral("Virtual PCD 00 %1").arg(slot, 2, 10, QLatin1Char('0'));
}

QString CardStackFixture::acquireLock()
{
    if (m_lockFd >= 0) {
        return {};
    }
    m_lockFd = ::open(kLockPath.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (m_lockFd < 0) {
        return QStringLiteral("cannot open %1").arg(kLockPath);
    }
    const QDeadlineTimer deadline(300000);
    while (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        if (deadline.hasExpired()) {
            releaseLock();
            return QStringLiteral("another test stack holds %1").arg(kLockPath);
        }
        QThread::msleep(200);
    }
    return {};
}

void CardStackFixture::releaseLock()
{
    if (m_lockFd >= 0) {
        ::flock(m_lockFd, LOCK_UN);
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

QString CardStackFixture::reserve()
{
    if (const QString why = acquireLock(); !why.isEmpty()) {
        return why;
    }
    const QList<qint64> foreign = runningPcscd(m_pcscd ? m_pcscd->processId() : -1);
    if (!foreign.isEmpty() || (!isPcscdRunning() && socketAnswers())) {
        QStringList pids;
        for (const qint64 pid : foreign) {
            pids << QString::number(pid);
        }
        return QStringLiteral("a pcscd not started by this test is running (pids %1); it is not ours to stop")
            .arg(pids.join(u','));
    }
    return {};
}

bool CardStackFixture::isPcscdRunning() const
{
    return m_pcscd && m_pcscd->state() == QProcess::Running;
}

QString CardStackFixture::startPcscd()
{
    if (isPcscdRunning()) {
        return {};
    }
    if (!m_state.isValid()) {
        return QStringLiteral("cannot create a temporary state folder");
    }
    if (const QString why = reserve(); !why.isEmpty()) {
        return why;
    }
    // A port can be taken between our check and vpcd's bind; then pcscd runs without the reader, so try again.
    QString why;
    for (int attempt = 0; attempt < kPcscdAttempts; ++attempt) {
        if (why = waitForVpcdPorts(); !why.isEmpty()) {
            return why;
        }
        if (why = launchPcscd(); !why.isEmpty()) {
            return why;
        }
        if (vpcdListening()) {
            return {};
        }
        stopPcscd();
        why = QStringLiteral("pcscd started but its vpcd reader could not listen on ports %1-%2")
                  .arg(kBasePort)
                  .arg(kBasePort + kSlots - 1);
    }
    return why;
}

QString CardStackFixture::waitForVpcdPorts()
{
    // Connections end within seconds in the tests, TIME_WAIT within 60 s.
    const QDeadlineTimer deadline(120000);
    while (const int port = heldVpcdPort()) {
        if (deadline.hasExpired()) {
            return QStringLiteral("TCP port %1, which vpcd needs, stayed in use by another socket for 120 s").arg(port);
        }
        QThread::msleep(250);
    }
    return {};
}

QString CardStackFixture::launchPcscd()
{
    m_pcscd = std::make_unique<QProcess>();
    terminateWithTest(*m_pcscd);
    // No -a: pcscd's APDU trace would contain the test PIN.
    m_pcscd->setStandardOutputFile(QProcess::nullDevice());
    m_pcscd->setStandardErrorFile(QProcess::nullDevice());
    m_pcscd->start(pcscdPath(), {QStringLiteral("-f")});
    if (!m_pcscd->waitForStarted(5000)) {
        return QStringLiteral("pcscd did not start: ") + m_pcscd->errorString();
    }
    const QDeadlineTimer deadline(10000);
    while (!socketAnswers()) {
        if (m_pcscd->state() != QProcess::Running) {
            return QStringLiteral("pcscd exited with status %1").arg(m_pcscd->exitCode());
        }
        if (deadline.hasExpired()) {
            stopPcscd();
            return QStringLiteral("pcscd did not create %1").arg(kPcscdSocket);
        }
        QThread::msleep(50);
    }
    return {};
}

void CardStackFixture::stopPcscd()
{
    for (auto& [slot, card] : m_cards) {
        stopProcess(*card);
    }
    m_cards.clear();
    if (m_pcscd) {
        stopProcess(*m_pcscd);
        m_pcscd.reset();
    }
}

QString CardStackFixture::insert(const Card& card)
{
    if (auto it = m_cards.find(card.slot); it != m_cards.end() && it->second->state() != QProcess::NotRunning) {
        return QStringLiteral("a card is already in slot %1").arg(card.slot);
    }
    auto process = std::make_unique<QProcess>();
    terminateWithTest(*process);
    process->setWorkingDirectory(QFileInfo(kVcard).absolutePath());
    process->start(kPython, QStringList{kVcard, QStringLiteral("--state"), m_state.path(), QStringLiteral("--person"),
                                        card.person, QStringLiteral("--port"), QString::number(kBasePort + card.slot)} +
                                card.extraArgs);
    if (!process->waitForStarted(5000)) {
        return QStringLiteral("vcard.py did not start: ") + process->errorString();
    }
    QByteArray output;
    const QDeadlineTimer deadline(30000);
    while (!output.contains("vcard: ready\n")) {
        if (deadline.hasExpired() || process->state() != QProcess::Running) {
            process->waitForFinished(100);
            const QString why = QStringLiteral("virtual card not ready: %1 %2")
                                    .arg(QString::fromUtf8(output + process->readAllStandardOutput()),
                                         QString::fromUtf8(process->readAllStandardError()));
            stopProcess(*process);
            return why;
        }
        process->waitForReadyRead(100);
        output += process->readAllStandardOutput();
    }
    m_cards[card.slot] = std::move(process);
    return {};
}

std::optional<int> CardStackFixture::remove(int slot)
{
    const auto it = m_cards.find(slot);
    if (it == m_cards.end()) {
        return std::nullopt;
    }
    QProcess& process = *it->second;
    stopProcess(process);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    m_cards.erase(it);
    static const QRegularExpression apdus(QStringLiteral("vcard: apdus=(\\d+)"));
    const auto match = apdus.match(output);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toInt();
}

} // namespace inlinea::test
