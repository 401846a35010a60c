#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <optional>

namespace inlinea::test {

// The real pcscd (foreground, its own process) with the vpcd reader driver, plus virtual CNS cards
// (tests/vcard/vcard.py) as separate processes, like tests/vcard/stack.py but driven from C++. Stops exactly the
// processes it started. pcscd has one socket per machine: the fixture holds an exclusive flock on
// /tmp/inlinea-pcscd.lock (as stack.py does) from start() to destruction, and refuses to run beside a pcscd it did
// not start. Card state (CA, keys, PIN counters) lives in a temporary folder of its own.
class CardStackFixture {
public:
    struct Card {
        QString person = QStringLiteral("mario");
        QStringList extraArgs; // vcard.py options: --remove-after N, --chain-responses, --strict-le, ...
        int slot = 0;          // vpcd slot: reader "Virtual PCD 00 0<slot>", TCP port 35963 + slot
    };

    CardStackFixture();
    ~CardStackFixture();
    CardStackFixture(const CardStackFixture&) = delete;
    CardStackFixture& operator=(const CardStackFixture&) = delete;

    // Empty when the machine can run the stack; otherwise what is missing (tests skip with it).
    [[nodiscard]] static QString missingPrerequisite();
    [[nodiscard]] static QString readerName(int slot = 0);

    // Each returns an empty string on success, otherwise why it failed.
    // Takes the machine's pcscd lock and checks that no other pcscd runs, without starting one (for tests of
    // "no PC/SC service"). startPcscd() does this first.
    [[nodiscard]] QString reserve();
    [[nodiscard]] QString startPcscd();
    // Stops the cards first (vpcd would drop them anyway), then pcscd. Keeps the lock.
    void stopPcscd();
    [[nodiscard]] QString insert(const Card& card);
    [[nodiscard]] QString insert() { return insert(Card{}); }
    // Takes the card out (SIGTERM to its process); returns the number of APDUs it answered.
    std::optional<int> remove(int slot = 0);

    [[nodiscard]] bool isPcscdRunning() const;
    [[nodiscard]] QString stateDir() const { return m_state.path(); }

private:
    [[nodiscard]] QString acquireLock();
    void releaseLock();
    [[nodiscard]] QString waitForVpcdPorts();
    [[nodiscard]] QString launchPcscd();

    QTemporaryDir m_state;
    int m_lockFd = -1;
    std::unique_ptr<QProcess> m_pcscd;
    std::map<int, std::unique_ptr<QProcess>> m_cards;
};

} // namespace inlinea::test
