#pragma once

#include "app/forms/FormSchema.h"
#include "app/procedimenti/Procedimento.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace inlinea::drafts {

// A value of the draft as the new version of the form sees it.
struct MigratedValue {
    enum class Reason {
        Kept,        // same pointer, still of the right type and among the allowed values
        Removed,     // the new version has no field at this pointer
        TypeChanged, // the field now takes another type of value (newType)
        NotAllowed,  // a choice no longer among the allowed values (allowed); for a multiple choice, `value` holds
                     // only the choices dropped, the others are kept
    };
    QString pointer;  // concrete, with item indices ("/attivita/materie_prime/1/denominazione")
    QString label;    // the field's label in the version the value comes from (old layout, else schema title)
    QStringList path; // the sections it is in, repeated ones with the item number ("Materia prima 2")
    QJsonValue value; // what the draft holds
    Reason reason = Reason::Kept;
    forms::FormSchema::Type newType = forms::FormSchema::Type::Unknown;
    QStringList allowed;
};

// A field the new version requires that the draft leaves empty and the old version did not require.
struct RequiredField {
    QString pointer;
    QString label; // from the new layout
    QStringList path;
};

// What moving a draft's data from one version of a procedimento's form to another does, worked out before doing
// it so the user can see it: values carried over unchanged, values that would not fit (listed so nothing typed is
// dropped without the user seeing it) and new required fields. Only the type and the allowed values decide whether
// a value fits; patterns, lengths and ranges are the form's ordinary checks once the draft is open.
class DraftMigration {
public:
    DraftMigration(const procedimenti::FormDefinition& from, const procedimenti::FormDefinition& to,
                   const QJsonObject& data);

    [[nodiscard]] const QString& fromVersion() const noexcept { return m_fromVersion; }
    [[nodiscard]] const QString& toVersion() const noexcept { return m_toVersion; }
    [[nodiscard]] const QList<MigratedValue>& carried() const noexcept { return m_carried; }
    // Removed, TypeChanged and NotAllowed values, in the old layout's order (item by item in repeated groups).
    [[nodiscard]] const QList<MigratedValue>& attention() const noexcept { return m_attention; }
    [[nodiscard]] const QList<RequiredField>& newRequired() const noexcept { return m_newRequired; }
    // Nothing typed would be left out.
    [[nodiscard]] bool isLossless() const noexcept { return m_attention.isEmpty(); }

    // The data for the new version: the carried values, item numbering of repeated groups preserved.
    [[nodiscard]] QJsonObject apply() const { return m_result; }

private:
    // `generic` is `tokens` with "*" for every array index, as layout paths are written.
    [[nodiscard]] QJsonValue migrate(const QJsonValue& value, const QStringList& tokens, const QStringList& generic);
    [[nodiscard]] QJsonValue migrateLeaf(const QJsonValue& value, const QStringList& tokens,
                                         const QStringList& generic);
    void note(QList<MigratedValue>& list, MigratedValue::Reason reason, const QStringList& tokens,
              const QStringList& generic, const QJsonValue& value);
    void collectRequired(const QJsonObject& section, const QList<int>& indices, const QStringList& path);

    QString m_fromVersion;
    QString m_toVersion;
    forms::FormSchema m_oldSchema;
    forms::FormSchema m_newSchema;
    QJsonObject m_oldData;
    // Old layout fields by path ("/a/*/b"): label and the sections around it, outermost first.
    struct Place {
        QString label;
        QList<QJsonObject> sections;
        QList<int> order; // each section's, then the field's, position in a walk of the layout
    };
    QHash<QString, Place> m_oldPlaces;
    [[nodiscard]] QList<int> layoutOrder(const QString& pointer) const;
    QList<MigratedValue> m_carried;
    QList<MigratedValue> m_attention;
    QList<RequiredField> m_newRequired;
    QJsonObject m_result;
};

} // namespace inlinea::drafts
