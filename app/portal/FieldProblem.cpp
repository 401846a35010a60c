#include "FieldProblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inlinea::portal {

QList<FieldProblem> FieldProblem::parse(const QByteArray& problemJson)
{
    QList<FieldProblem> result;
    const QJsonArray errors = QJsonDocument::fromJson(problemJson).object().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue& value : errors) {
        const QJsonObject error = value.toObject();
        result.append(FieldProblem{
            error.value(QStringLiteral("field")).toString(), error.value(QStringLiteral("code")).toString(),
            error.value(QStringLiteral("detail")).toString(), error.value(QStringLiteral("position")).toInt(),
            error.value(QStringLiteral("expected")).toString()});
    }
    return result;
}

} // namespace inlinea::portal
