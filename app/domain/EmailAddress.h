#pragma once

#include "FieldError.h"
#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace inlinea::domain {

// The syntax of an email or PEC address (a PEC is an ordinary address at a certified provider: which providers are
// certified cannot be told from the syntax). Deliberately narrower than RFC 5322, as the portal's is: a dot-atom
// local part (A-Z a-z 0-9 and !#$%&'*+/=?^_`{|}~- separated by single dots, at most 64 characters), "@", a domain of
// at least two labels (A-Z a-z 0-9 and inner "-", at most 63 each; non-ASCII domains in punycode), a top-level
// label of two or more characters not all digits, at most 254 characters in all. No quoted local parts, no IP
// literals, no non-ASCII: PEC providers and the portal's mailer do not accept them.
class EmailAddress {
public:
    // Trims, then: required, invalid_format (with the Reason).
    [[nodiscard]] static Result<EmailAddress, FieldError> parse(QStringView text);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] QString localPart() const;
    [[nodiscard]] QString domain() const;

private:
    explicit EmailAddress(QString text);

    QString m_text;
};

} // namespace inlinea::domain
