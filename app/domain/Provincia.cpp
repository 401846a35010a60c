#include "Provincia.h"

#include "FieldText.h"

#include <algorithm>
#include <array>
#include <utility>

namespace inlinea::domain {

namespace {

// Sorted, for binary search. Keep equal to "province" in tests/data/validation_vectors.json (tst_validationvectors
// compares them). Sardinia as reorganised in 2016: CA (metropolitan city), NU, OR, SS, SU; the regional law 7/2021
// reorganises it again: add the new sigle here and in the vectors when they are in use.
constexpr std::array<QStringView, 107> kCodes{{
    u"AG", u"AL", u"AN", u"AO", u"AP", u"AQ", u"AR", u"AT", u"AV", u"BA", u"BG", u"BI", u"BL", u"BN", u"BO", u"BR",
    u"BS", u"BT", u"BZ", u"CA", u"CB", u"CE", u"CH", u"CL", u"CN", u"CO", u"CR", u"CS", u"CT", u"CZ", u"EN", u"FC",
    u"FE", u"FG", u"FI", u"FM", u"FR", u"GE", u"GO", u"GR", u"IM", u"IS", u"KR", u"LC", u"LE", u"LI", u"LO", u"LT",
    u"LU", u"MB", u"MC", u"ME", u"MI", u"MN", u"MO", u"MS", u"MT", u"NA", u"NO", u"NU", u"OR", u"PA", u"PC", u"PD",
    u"PE", u"PG", u"PI", u"PN", u"PO", u"PR", u"PT", u"PU", u"PV", u"PZ", u"RA", u"RC", u"RE", u"RG", u"RI", u"RM",
    u"RN", u"RO", u"SA", u"SI", u"SO", u"SP", u"SR", u"SS", u"SU", u"SV", u"TA", u"TE", u"TN", u"TO", u"TP", u"TR",
    u"TS", u"TV", u"UD", u"VA", u"VB", u"VC", u"VE", u"VI", u"VR", u"VT", u"VV",
}};

} // namespace

Provincia::Provincia(QString code)
    : m_code(std::move(code))
{}

Result<Provincia, FieldError> Provincia::parse(QStringView text)
{
    const std::u32string value = FieldText::normalize(text, FieldText::Case::Upper);
    if (value.empty()) {
        return fail(FieldError::required());
    }
    if (value.size() != 2) {
        return fail(FieldError::wrongLength(FieldText::size(value), 2));
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!FieldText::isLetter(value[i])) {
            return fail(FieldError::invalidCharacter(static_cast<int>(i) + 1, FieldText::toQString(value[i]),
                                                     FieldError::Expected::Letter));
        }
    }
    QString code = FieldText::toQString(value);
    if (!isKnown(code)) {
        FieldError error;
        error.code = FieldError::Code::UnknownProvince;
        error.found = code;
        return fail(std::move(error));
    }
    return Provincia(std::move(code));
}

bool Provincia::isKnown(QStringView code)
{
    return std::binary_search(kCodes.begin(), kCodes.end(), code);
}

QStringList Provincia::all()
{
    QStringList codes;
    codes.reserve(static_cast<qsizetype>(kCodes.size()));
    for (const QStringView code : kCodes) {
        codes.append(code.toString());
    }
    return codes;
}

} // namespace inlinea::domain
