#include "FaultProxy.h"

#include "ChildProcess.h"
#include "PortalFixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace inlinea::test {

namespace {

const QString kPython = QStringLiteral(INLINEA_PYTHON);
const QString kScript = QStringLiteral(INLINEA_FAULT_PROXY);

} // namespace

FaultProxy::FaultProxy(const PortalFixture& portal)
    : m_portal(portal)
{}

FaultProxy::~FaultProxy()
{
    stop();
}

QString FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::DropBefore: return QStringLiteral("drop_before");
    case Fault::DropAfter: return QStringLiteral("drop_after");
    case Fault::Status500: return QStringLiteral("status_500");
    case Fault::Status500After: return QStringLiteral("status_500_after");
    case Fault::DelayAfter: return QStringLiteral("delay_after");
    case Fault::Duplicate: return QStringLiteral("duplicate");
    case Fault::ResetMidBody: return QStringLiteral("reset_mid_body");
    }
    return {};
}

QUrl FaultProxy::baseUrl() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_port));
}

QString FaultProxy::start()
{
    if (!m_dir.isValid()) {
        return QStringLiteral("cannot create a temporary folder for the proxy");
    }
    if (const QString why = writeRules(); !why.isEmpty()) {
        return why;
    }
    // Another process may take the port between freePort() and the proxy's bind: try a few.
    QString output;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = PortalFixture::freePort();
        m_process = std::make_unique<QProcess>();
        terminateWithTest(*m_process);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(kPython,
                         {kScript, QStringLiteral("--listen-port"), QString::number(m_port),
                          QStringLiteral("--upstream"), m_portal.baseUrl().toString(), QStringLiteral("--cert"),
                          m_portal.pkiFile(QStringLiteral("server.pem")), QStringLiteral("--key"),
                          m_portal.pkiFile(QStringLiteral("server.key")), QStringLiteral("--ca"), m_portal.caFile(),
                          QStringLiteral("--rules"), m_dir.filePath(QStringLiteral("rules.json")),
                          QStringLiteral("--log"), m_dir.filePath(QStringLiteral("requests.jsonl"))});
        output.clear();
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
            m_process->waitForReadyRead(200);
            output += QString::fromUtf8(m_process->readAll());
            if (output.contains(QLatin1String("ready\n"))) {
                return {};
            }
        }
        output += QString::fromUtf8(m_process->readAll());
        stop();
        if (!output.contains(QLatin1String("Address already in use"))) {
            break;
        }
    }
    return QStringLiteral("fault proxy did not start: ") + output;
}

void FaultProxy::stop()
{
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QString FaultProxy::addRule(const Rule& rule)
{
    // Hits are counted per id in the proxy: every rule gets its own, so a rule added again counts from zero.
    QJsonObject json{{QStringLiteral("id"), QString::number(m_nextRuleId++)},
                     {QStringLiteral("fault"), faultName(rule.fault)},
                     {QStringLiteral("path"), rule.path},
                     {QStringLiteral("count"), rule.count}};
    if (!rule.method.isEmpty()) {
        json.insert(QStringLiteral("method"), rule.method);
    }
    if (rule.fault == Fault::DelayAfter) {
        json.insert(QStringLiteral("seconds"), rule.seconds);
    }
    if (rule.fault == Fault::ResetMidBody && rule.bodyBytes >= 0) {
        json.insert(QStringLiteral("bytes"), rule.bodyBytes);
    }
    if (rule.fault == Fault::DropAfter && rule.partialAnswer) {
        json.insert(QStringLiteral("partial_answer"), true);
    }
    m_rules.append(json);
    return writeRules();
}

QString FaultProxy::clearRules()
{
    m_rules = QJsonArray();
    return writeRules();
}

QString FaultProxy::writeRules() const
{
    // Atomic replacement: the proxy reads the file for every request and must never see half of it.
    QSaveFile file(m_dir.filePath(QStringLiteral("rules.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write the proxy rules: ") + file.errorString();
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("rules"), m_rules}}).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        return QStringLiteral("cannot write the proxy rules: ") + file.errorString();
    }
    return {};
}

QList<FaultProxy::Request> FaultProxy::requests() const
{
    QList<Request> requests;
    QFile file(m_dir.filePath(QStringLiteral("requests.jsonl")));
    if (!file.open(QIODevice::ReadOnly)) {
        return requests;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (json.isEmpty()) {
            continue; // the last line, or one being written right now
        }
        Request request;
        request.seq = json.value(QStringLiteral("seq")).toInt();
        request.connection = json.value(QStringLiteral("connection")).toInt();
        request.method = json.value(QStringLiteral("method")).toString();
        request.path = json.value(QStringLiteral("path")).toString();
        request.fault = json.value(QStringLiteral("fault")).toString();
        request.rule = json.value(QStringLiteral("rule")).toString();
        request.forwarded = json.value(QStringLiteral("forwarded")).toInt();
        request.upstreamStatus = json.value(QStringLiteral("upstream_status")).toInt();
        request.clientStatus = json.value(QStringLiteral("client_status")).toInt();
        request.outcome = json.value(QStringLiteral("outcome")).toString();
        request.error = json.value(QStringLiteral("error")).toString();
        request.json = json;
        requests.append(request);
    }
    return requests;
}

} // namespace inlinea::test
