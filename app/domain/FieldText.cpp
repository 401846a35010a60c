#include "FieldText.h"

#include <QList>

#include <algorithm>

namespace inlinea::domain {

std::u32string FieldText::normalize(QStringView text, Case letterCase)
{
    const QList<uint> ucs4 = text.trimmed().toUcs4();
    std::u32string out;
    out.reserve(static_cast<std::size_t>(ucs4.size()));
    for (const uint codePoint : ucs4) {
        auto c = static_cast<char32_t>(codePoint);
        if (letterCase == Case::Upper && c >= U'a' && c <= U'z') {
            c = c - U'a' + U'A';
        }
        out.push_back(c);
    }
    return out;
}

QString FieldText::toQString(std::u32string_view text)
{
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

QString FieldText::toQString(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

bool FieldText::allDigits(std::u32string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char32_t c) { return isDigit(c); });
}

} // namespace inlinea::domain
