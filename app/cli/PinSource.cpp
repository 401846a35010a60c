#include "PinSource.h"

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace inlinea::cli {

namespace {

QByteArray readLine(int fd)
{
    QByteArray line;
    char c = 0;
    while (line.size() < 64 && ::read(fd, &c, 1) == 1 && c != '\n') {
        if (c != '\r') {
            line.append(c);
        }
    }
    c = 0;
    return line;
}

} // namespace

QByteArray PinSource::fromFd(int fd)
{
    return readLine(fd);
}

QByteArray PinSource::fromTerminal(const char* prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        return {};
    }
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &silent);
    }
    (void)::write(tty, prompt, std::char_traits<char>::length(prompt));
    QByteArray pin = readLine(tty);
    (void)::write(tty, "\n", 1);
    if (isTerminal) {
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    }
    ::close(tty);
    return pin;
}

} // namespace inlinea::cli
