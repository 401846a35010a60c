#pragma once

#include <QString>

namespace inlinea::test {

// Reads what the portal mailed into the test sink's Maildir, as a user reads a mail: quoted-printable and base64
// bodies decoded.
class MailSink {
public:
    explicit MailSink(QString maildir);

    // Every mail delivered so far, newest first, decoded, one after another.
    [[nodiscard]] QString text() const;
    // The first capture group (or the whole match when the pattern has none) of the first match in text(); empty
    // when nothing matches yet.
    [[nodiscard]] QString firstMatch(const QString& pattern) const;
    // How many mails have arrived.
    [[nodiscard]] int count() const;

private:
    QString m_maildir;
};

} // namespace inlinea::test
