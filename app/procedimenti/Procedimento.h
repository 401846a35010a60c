#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace inlinea::procedimenti {

// One entry of the portal's catalog (GET /api/v1/procedimenti).
struct Procedimento {
    QString code;
    QString title;
    QString description;
    QString version;      // the current one
    QStringList versions; // every version the portal still accepts, oldest first
    bool signatureRequired = false;

    [[nodiscard]] static Procedimento fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Procedimento&, const Procedimento&) = default;
};

// A versioned form: JSON Schema (2020-12) of the data, layout hints (sections, labels, conditions, repeated groups)
// and attachment slots, kept as the portal sent them; a version never changes once published.
struct FormDefinition {
    QString code;
    QString version;
    QString title;
    QString previousVersion;
    bool signatureRequired = false;
    QJsonObject schema;
    QJsonObject layout;
    QJsonArray attachments;
    QJsonObject raw; // the whole document

    [[nodiscard]] static FormDefinition fromJson(const QJsonObject& json);
    // Leaf fields of the layout (an item of a repeated group counted once).
    [[nodiscard]] int fieldCount() const;
};

} // namespace inlinea::procedimenti
