#include "FormProblemList.h"

#include "FormFieldSpec.h"
#include "app/forms/FormData.h"

namespace inlinea::ui {

namespace {

QJsonValue valueAt(const QJsonObject& data, const QString& pointer)
{
    QJsonValue node = data;
    for (const QString& token : forms::FormData::split(pointer)) {
        if (node.isObject()) {
            node = node.toObject().value(token);
        } else if (node.isArray()) {
            node = node.toArray().at(token.toInt());
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

} // namespace

QList<FormProblem> FormProblemList::check(const forms::FormSchema& schema, const QJsonArray& sections,
                                          const QJsonObject& data)
{
    QList<FormProblem> problems;
    for (const QJsonValue& entry : sections) {
        const QJsonObject section = entry.toObject();
        checkSection(schema, section, section.value(QStringLiteral("id")).toString(), {}, data, problems);
    }
    return problems;
}

void FormProblemList::checkSection(const forms::FormSchema& schema, const QJsonObject& section, const QString& topId,
                                   const QList<int>& indices, const QJsonObject& data, QList<FormProblem>& problems)
{
    if (!forms::FormSchema::isVisible(section, data)) {
        return;
    }
    const QJsonObject repeat = section.value(QStringLiteral("repeat")).toObject();
    if (repeat.isEmpty()) {
        checkBody(schema, section, topId, indices, data, problems);
        return;
    }
    const QString arrayPointer = FormFieldSpec::concrete(section.value(QStringLiteral("path")).toString(), indices);
    const int count = std::max(static_cast<int>(valueAt(data, arrayPointer).toArray().size()),
                               repeat.value(QStringLiteral("min")).toInt());
    for (int i = 0; i < count; ++i) {
        QList<int> itemIndices = indices;
        itemIndices.append(i);
        checkBody(schema, section, topId, itemIndices, data, problems);
    }
}

void FormProblemList::checkBody(const forms::FormSchema& schema, const QJsonObject& section, const QString& topId,
                                const QList<int>& indices, const QJsonObject& data, QList<FormProblem>& problems)
{
    for (const QJsonValue& entry : section.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = entry.toObject();
        const QString pointer = FormFieldSpec::concrete(field.value(QStringLiteral("path")).toString(), indices);
        const FormFieldSpec spec = FormFieldSpec::make(schema, field, pointer, data);
        if (const auto problem = spec.checkStored(valueAt(data, pointer))) {
            problems.append(FormProblem{pointer, topId, spec.label, problem->message, problem->missing});
        }
    }
    for (const QJsonValue& nested : section.value(QStringLiteral("sections")).toArray()) {
        checkSection(schema, nested.toObject(), topId, indices, data, problems);
    }
}

} // namespace inlinea::ui
