#pragma once

#include "PortalClient.h"
#include "PortalError.h"
#include "PortalInfo.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace inlinea::portal {

// Keeps asking the portal whether it is there, so the status bar (and later the outbox) knows whether to go online.
class ConnectivityMonitor : public QObject {
    Q_OBJECT
public:
    enum class State {
        Checking,    // first answer not in yet
        Online,      // the portal answered /api/v1/info
        Offline,     // this machine has no network
        Unreachable, // network is up, but the portal did not answer properly (see lastError)
    };
    Q_ENUM(State)

    static constexpr std::chrono::seconds OnlineInterval{60};
    static constexpr std::chrono::seconds RetryInterval{10};

    explicit ConnectivityMonitor(PortalClient* client, QObject* parent = nullptr);

    void start();
    void checkNow();

    [[nodiscard]] State state() const noexcept { return m_state; }
    [[nodiscard]] const std::optional<PortalInfo>& info() const noexcept { return m_info; }
    [[nodiscard]] const std::optional<PortalError>& lastError() const noexcept { return m_lastError; }

    void setIntervals(std::chrono::milliseconds online, std::chrono::milliseconds retry);

Q_SIGNALS:
    void stateChanged(inlinea::portal::ConnectivityMonitor::State state);

private:
    void onAnswer(const Result<PortalInfo, PortalError>& result);
    void setState(State state);

    PortalClient* m_client;
    QTimer m_timer;
    State m_state = State::Checking;
    bool m_checking = false;
    std::optional<PortalInfo> m_info;
    std::optional<PortalError> m_lastError;
    std::chrono::milliseconds m_onlineInterval = OnlineInterval;
    std::chrono::milliseconds m_retryInterval = RetryInterval;
};

} // namespace inlinea::portal
