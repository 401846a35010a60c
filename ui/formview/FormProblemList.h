#pragma once

#include "app/forms/FormSchema.h"
#include "app/forms/SchemaValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace inlinea::ui {

// One thing to fix before the form can be sent.
struct FormProblem {
    QString pointer;      // the field's data pointer
    QString sectionId;    // the top-level section it is in
    QString label;        // the field's label
    QString message;      // what is wrong, in words
    bool missing = false; // a required value not given yet (else: a value that is wrong)
    QString where = {};   // the repeated items it is in ("Camino 2 › Inquinante 1"); empty outside them
};

// Every problem of a form's data, over the whole layout (built pages or not): fields of hidden sections are skipped,
// repeated groups are checked item by item (at least `min` items). With a validator, what the whole schema finds
// (as the portal will) is added where the field checks said nothing at or under that place, except inside hidden
// sections.
class FormProblemList {
public:
    [[nodiscard]] static QList<FormProblem> check(const forms::FormSchema& schema, const QJsonArray& sections,
                                                  const QJsonObject& data,
                                                  const forms::SchemaValidator* validator = nullptr);

private:
    struct Walk {
        QList<FormProblem> problems;
        QStringList hidden; // data pointers of the sections not shown
        QStringList place;  // the repeated items being walked ("Camino 2")
    };

    static void checkSection(const forms::FormSchema& schema, const QJsonObject& section, const QString& topId,
                             const QList<int>& indices, const QJsonObject& data, Walk& walk);
    static void checkBody(const forms::FormSchema& schema, const QJsonObject& section, const QString& topId,
                          const QList<int>& indices, const QJsonObject& data, Walk& walk);
    static void addSchemaProblems(const forms::SchemaValidator& validator, const forms::FormSchema& schema,
                                  const QJsonArray& sections, const QJsonObject& data, Walk& walk);
};

} // namespace inlinea::ui
