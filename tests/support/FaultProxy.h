#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace inlinea::test {

class PortalFixture;

// tests/support/fault_proxy.py in front of a running PortalFixture: the app talks to baseUrl() over TLS it verifies
// with the portal's dev CA, the proxy forwards to the portal and injects the faults the test scripts (lost answers,
// duplicates, cut uploads...). Every request leaves an entry saying what reached the portal and what the client got.
class FaultProxy {
public:
    enum class Fault {
        // Qt sends a request again (even a POST) when the connection closes before the answer's headers arrived:
        // a single drop reaches the app as the next delivery's answer. Use count -1, or Rule::partialAnswer for
        // DropAfter, to make the app see the error.
        DropBefore,     // close the connection, the request never reaches the portal
        DropAfter,      // the portal processes it, the answer is lost (connection closed)
        Status500,      // 500 problem+json without forwarding
        Status500After, // the portal processes it, the client gets 500 instead of its answer
        DelayAfter,     // the portal processes it, the answer is held `seconds`
        Duplicate,      // delivered twice to the portal, the client gets the second answer
        ResetMidBody,   // `bodyBytes` of the body read, then the connection is closed
    };

    struct Rule {
        Fault fault = Fault::DropBefore;
        QString path;          // regular expression (Python re.search) on the path without the query string
        QString method = {};   // empty: any method
        int count = 1;         // how many of the next matching requests it hits; -1: all of them
        double seconds = 0;    // DelayAfter
        qint64 bodyBytes = -1; // ResetMidBody: body bytes read before the close; -1: half of the body
        // DropAfter: the status line, the headers and half of the body are sent before the close, so Qt reports an
        // error instead of sending the request again.
        bool partialAnswer = false;
    };

    // One request as the proxy saw it (a line of its JSON log).
    struct Request {
        int seq = 0;
        int connection = 0; // the client connection it came on (kept-alive connections carry several)
        QString method;
        QString path;  // with the query string
        QString fault; // "drop_before"... ; empty when no rule applied
        QString rule;
        int forwarded = 0;      // how many times it reached the portal (2 for Duplicate)
        int upstreamStatus = 0; // the portal's last answer; 0 when none
        int clientStatus = 0;   // the status sent to the client; 0 when it got none
        QString outcome;        // answered, dropped, reset, delayed, upstream_error, rejected, client_gone
        QString error;
        QJsonObject json;
    };

    explicit FaultProxy(const PortalFixture& portal);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    // Empty string on success, otherwise why it failed (with the proxy's output).
    [[nodiscard]] QString start();
    void stop();

    // https://localhost:<port>
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] int port() const { return m_port; }

    // Applies from the next request on. Empty string on success, otherwise why the rules were not written.
    [[nodiscard]] QString addRule(const Rule& rule);
    [[nodiscard]] QString clearRules();

    // Every request so far, oldest first.
    [[nodiscard]] QList<Request> requests() const;

    [[nodiscard]] static QString faultName(Fault fault);

private:
    [[nodiscard]] QString writeRules() const;

    const PortalFixture& m_portal;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonArray m_rules;
    int m_nextRuleId = 1;
    int m_port = 0;
};

} // namespace inlinea::test
