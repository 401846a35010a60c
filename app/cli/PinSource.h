#pragma once

#include <QByteArray>

namespace inlinea::cli {

// Where the command line takes a PIN from: a file descriptor (for scripts: `--pin-fd 3 3<pinfile`) or the terminal
// with echo off. Never from an argument (visible in the process list) and never from the environment.
class PinSource {
public:
    // One line from `fd`, without the newline; empty on failure.
    [[nodiscard]] static QByteArray fromFd(int fd);
    // Asks on the controlling terminal with echo off; empty when there is no terminal.
    [[nodiscard]] static QByteArray fromTerminal(const char* prompt);
};

} // namespace inlinea::cli
