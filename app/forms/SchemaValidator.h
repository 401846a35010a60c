#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace inlinea::forms {

// One value of the form data that breaks the schema.
struct SchemaProblem {
    QString pointer; // the value's data pointer, items concrete ("/camini/0/altezza"); a missing value's own pointer
    // required, type, enum, pattern, minLength, maxLength, minimum, maximum, minItems, maxItems, const, format,
    // other (a property the schema does not allow, repeated items, anything else)
    QString code;
    QString detail; // technical, English, for logs

    friend bool operator==(const SchemaProblem&, const SchemaProblem&) = default;
};

struct SchemaError {
    QString detail; // why the schema could not be used (English, for logs)
};

// A procedimento's JSON Schema, parsed once, checking form data as the portal does (draft-07 keywords of a 2020-12
// schema: properties, required, allOf/if/then, enum, const, pattern, format date/email, lengths, bounds, items).
// Like the portal it reports one problem per value: when a value breaks several keywords, the first by keyword name.
// validate() reuses compiled patterns between calls, so one validator is not to be used from two threads at once.
class SchemaValidator {
public:
    [[nodiscard]] static Result<SchemaValidator, SchemaError> create(const QJsonObject& schema);

    SchemaValidator(SchemaValidator&&) noexcept;
    SchemaValidator& operator=(SchemaValidator&&) noexcept;
    ~SchemaValidator();

    // Every problem of `data`, sorted by pointer; empty when the data is valid.
    [[nodiscard]] QList<SchemaProblem> validate(const QJsonObject& data) const;

private:
    struct Impl;
    explicit SchemaValidator(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> m_impl;
};

} // namespace inlinea::forms
