#include "CardMonitor.h"

#include "smartcard/CardService.h"

namespace inlinea::card {

CardMonitor::CardMonitor(smartcard::CardService* cards, QObject* parent)
    : QObject(parent)
    , m_cards(cards)
{
    connect(m_cards, &smartcard::CardService::serviceAvailableChanged, this, &CardMonitor::onServiceAvailable);
    connect(m_cards, &smartcard::CardService::readersChanged, this, &CardMonitor::onReaders);
    connect(m_cards, &smartcard::CardService::cardRemoved, this, [this](const QString& reader) {
        if (reader == m_reader) {
            Q_EMIT cardRemoved(reader);
        }
    });
    m_serviceAvailable = m_cards->isServiceAvailable();
    m_readers = m_cards->readers();
    if (m_serviceAvailable) {
        choose();
    }
}

void CardMonitor::setPreferredReader(const QString& reader)
{
    m_preferred = reader;
    choose();
}

void CardMonitor::refresh()
{
    m_readAtr.clear();
    choose();
}

void CardMonitor::onServiceAvailable(bool available)
{
    m_serviceAvailable = available;
    if (!available) {
        m_readers.clear();
        m_reader.clear();
        m_identity.reset();
        m_readAtr.clear();
        setState(State::NoService);
        return;
    }
    choose();
}

void CardMonitor::onReaders(const QList<smartcard::ReaderInfo>& readers)
{
    m_readers = readers;
    m_serviceAvailable = true;
    choose();
}

void CardMonitor::choose()
{
    if (!m_serviceAvailable) {
        setState(State::NoService);
        return;
    }
    if (m_readers.isEmpty()) {
        m_reader.clear();
        m_identity.reset();
        m_readAtr.clear();
        setState(State::NoReader);
        return;
    }
    // The user's reader when present; else the first one holding a CNS; else the first one.
    const smartcard::ReaderInfo* chosen = nullptr;
    for (const auto& r : m_readers) {
        if (r.name == m_preferred) {
            chosen = &r;
        }
    }
    for (const auto& r : m_readers) {
        if (!chosen && r.isCns) {
            chosen = &r;
        }
    }
    if (!chosen) {
        chosen = &m_readers.first();
    }
    m_reader = chosen->name;

    if (!chosen->cardPresent) {
        m_identity.reset();
        m_readAtr.clear();
        setState(State::NoCard);
        return;
    }
    if (!chosen->isCns) {
        m_identity.reset();
        m_readAtr.clear();
        setState(State::NotCns);
        return;
    }
    if (m_readAtr == chosen->atr && (m_state == State::Ready || m_state == State::Reading)) {
        Q_EMIT changed(); // same card: only the reader list changed
        return;
    }
    m_readAtr = chosen->atr;
    readIdentity();
}

void CardMonitor::readIdentity()
{
    m_identity.reset();
    m_error.reset();
    setState(State::Reading);
    const quint64 generation = ++m_readGeneration;
    m_cards->readIdentity(
        m_reader, this, [this, generation](const Result<smartcard::CnsIdentity, smartcard::CardError>& r) {
            if (generation != m_readGeneration) {
                return; // a newer read replaced this one
            }
            if (!r) {
                m_error = r.error();
                m_readAtr.clear();
                setState(r.error().kind == smartcard::CardError::Kind::NotCns ? State::NotCns : State::ReadFailed);
                return;
            }
            m_identity = r.value();
            setState(State::Ready);
        });
}

void CardMonitor::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

} // namespace inlinea::card
