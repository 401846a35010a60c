#include "FieldCheck.h"

#include "app/domain/Cap.h"
#include "app/domain/CodiceFiscale.h"
#include "app/domain/EmailAddress.h"
#include "app/domain/ItalianDate.h"
#include "app/domain/PartitaIva.h"
#include "app/domain/Provincia.h"

namespace inlinea::domain {

namespace {

template <typename R> std::optional<FieldError> firstError(const R& result)
{
    if (result) {
        return std::nullopt;
    }
    return result.error();
}

} // namespace

std::optional<FieldError> FieldCheck::check(FieldRule rule, const QString& text, bool required, QDate today)
{
    if (text.trimmed().isEmpty()) {
        return required ? std::optional(FieldError::required()) : std::nullopt;
    }
    switch (rule) {
    case FieldRule::Text: return std::nullopt;
    case FieldRule::CodiceFiscalePersona: {
        const auto cf = CodiceFiscale::parse(text);
        if (cf && cf->kind() == CodiceFiscale::Kind::Body) {
            FieldError error;
            error.code = FieldError::Code::Mismatch;
            error.reason = FieldError::Reason::NotAPerson;
            return error;
        }
        return firstError(cf);
    }
    case FieldRule::CodiceFiscale: return firstError(CodiceFiscale::parse(text));
    case FieldRule::PartitaIva: return firstError(domain::PartitaIva::parse(text));
    case FieldRule::Cap: return firstError(domain::Cap::parse(text));
    case FieldRule::Provincia: return firstError(domain::Provincia::parse(text));
    case FieldRule::Email:
    case FieldRule::Pec: return firstError(domain::EmailAddress::parse(text));
    case FieldRule::BirthDate: return firstError(ItalianDate::parseBirthDate(text, today));
    }
    return std::nullopt;
}

bool FieldCheck::isDefinite(const FieldError& error)
{
    using C = FieldError::Code;
    switch (error.code) {
    case C::Required:
    case C::InvalidFormat: return false;
    // Too long is definite; too short is only a value still being typed.
    case C::Length: return error.length > error.requiredLength && error.length > error.alternativeLength;
    default: return true;
    }
}

bool FieldCheck::isCode(FieldRule rule)
{
    switch (rule) {
    case FieldRule::CodiceFiscalePersona:
    case FieldRule::CodiceFiscale:
    case FieldRule::PartitaIva:
    case FieldRule::Cap:
    case FieldRule::Provincia: return true;
    default: return false;
    }
}

QString FieldCheck::normalized(FieldRule rule, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (isCode(rule)) {
        return trimmed.toUpper();
    }
    if (rule == FieldRule::BirthDate) {
        const auto date = ItalianDate::parse(trimmed);
        return date ? date->toString(Qt::ISODate) : trimmed;
    }
    return trimmed;
}

QString FieldCheck::displayed(FieldRule rule, const QString& stored)
{
    if (rule == FieldRule::BirthDate) {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? ItalianDate::format(date) : stored;
    }
    return stored;
}

} // namespace inlinea::domain
