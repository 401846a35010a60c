#include "ConnectivityMonitor.h"

namespace inlinea::portal {

ConnectivityMonitor::ConnectivityMonitor(PortalClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::checkNow);
}

void ConnectivityMonitor::setIntervals(std::chrono::milliseconds online, std::chrono::milliseconds retry)
{
    m_onlineInterval = online;
    m_retryInterval = retry;
}

void ConnectivityMonitor::start()
{
    checkNow();
}

void ConnectivityMonitor::checkNow()
{
    if (m_checking) {
        return;
    }
    m_checking = true;
    m_timer.stop();
    m_client->fetchInfo(this, [this](const Result<PortalInfo, PortalError>& result) { onAnswer(result); });
}

void ConnectivityMonitor::onAnswer(const Result<PortalInfo, PortalError>& result)
{
    m_checking = false;
    if (result) {
        m_info = result.value();
        m_lastError.reset();
        setState(State::Online);
        m_timer.start(m_onlineInterval);
        return;
    }
    m_lastError = result.error();
    setState(result.error().kind == PortalError::Kind::NetworkDown ? State::Offline : State::Unreachable);
    m_timer.start(m_retryInterval);
}

void ConnectivityMonitor::setState(State state)
{
    // Unreachable -> Unreachable with a new cause is still news for the status bar.
    if (state == m_state && state != State::Unreachable) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace inlinea::portal
