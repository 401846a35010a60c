#include "Cap.h"

#include "FieldText.h"

#include <utility>

namespace inlinea::domain {

Cap::Cap(QString text)
    : m_text(std::move(text))
{}

Result<Cap, FieldError> Cap::parse(QStringView text)
{
    const std::u32string value = FieldText::normalize(text, FieldText::Case::Keep);
    if (value.empty()) {
        return fail(FieldError::required());
    }
    if (value.size() != 5) {
        return fail(FieldError::wrongLength(FieldText::size(value), 5));
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!FieldText::isDigit(value[i])) {
            return fail(FieldError::invalidCharacter(static_cast<int>(i) + 1, FieldText::toQString(value[i]),
                                                     FieldError::Expected::Digit));
        }
    }
    return Cap(FieldText::toQString(value));
}

} // namespace inlinea::domain
