#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

namespace inlinea::domain {

// A field value as every validator reads it: trimmed and split into Unicode code points, so that lengths and 1-based
// positions agree with the portal's Python (which counts code points, not UTF-16 units). Digits and letters are ASCII
// only: QChar::isDigit() would let full-width or Arabic-Indic digits into a partita IVA.
class FieldText {
public:
    enum class Case { Keep, Upper };

    // Upper only maps a-z: other lower-case letters are not allowed in codes anyway, and a full Unicode mapping
    // could change the length ("ß" -> "SS").
    [[nodiscard]] static std::u32string normalize(QStringView text, Case letterCase);
    [[nodiscard]] static QString toQString(std::u32string_view text);
    [[nodiscard]] static QString toQString(char32_t codePoint);
    [[nodiscard]] static int size(std::u32string_view text) { return static_cast<int>(text.size()); }

    [[nodiscard]] static constexpr bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
    [[nodiscard]] static constexpr bool isLetter(char32_t c) { return c >= U'A' && c <= U'Z'; }
    [[nodiscard]] static constexpr int digitValue(char32_t c) { return static_cast<int>(c - U'0'); }
    [[nodiscard]] static bool allDigits(std::u32string_view text);
};

} // namespace inlinea::domain
