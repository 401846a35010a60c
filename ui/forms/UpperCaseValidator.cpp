#include "UpperCaseValidator.h"

namespace inlinea::ui {

UpperCaseValidator::UpperCaseValidator(QObject* parent)
    : QValidator(parent)
{}

QValidator::State UpperCaseValidator::validate(QString& input, int& pos) const
{
    Q_UNUSED(pos)
    fixup(input);
    return Acceptable;
}

void UpperCaseValidator::fixup(QString& input) const
{
    // Only a-z: other letters are not allowed in codes anyway, and a full mapping could change the length ("ß").
    for (QChar& c : input) {
        if (c >= u'a' && c <= u'z') {
            c = QChar(static_cast<char16_t>(c.unicode() - u'a' + u'A'));
        }
    }
}

} // namespace inlinea::ui
