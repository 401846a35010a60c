#include "FormProblemList.h"

#include "FormFieldSpec.h"
#include "SchemaProblemText.h"
#include "app/forms/FormData.h"

namespace inlinea::ui {

namespace {

// `pointer` is `place` or under it.
bool within(const QString& pointer, const QString& place)
{
    return pointer == place || pointer.startsWith(place + QLatin1Char('/'));
}

// The top-level section holding `pointer`: the one with the longest path above it; -1 for none.
int topSectionOf(const QJsonArray& sections, const QString& pointer)
{
    int best = -1;
    qsizetype bestLength = -1;
    for (int i = 0; i < sections.size(); ++i) {
        const QString path = sections.at(i).toObject().value(QStringLiteral("path")).toString();
        if (within(pointer, path) && path.size() > bestLength) {
            best = i;
            bestLength = path.size();
        }
    }
    return best;
}

} // namespace

QList<FormProblem> FormProblemList::check(const forms::FormSchema& schema, const QJsonArray& sections,
                                          const QJsonObject& data, const forms::SchemaValidator* validator)
{
    Walk walk;
    for (const QJsonValue& entry : sections) {
        const QJsonObject section = entry.toObject();
        checkSection(schema, section, section.value(QStringLiteral("id")).toString(), {}, data, walk);
    }
    if (validator) {
        addSchemaProblems(*validator, schema, sections, data, walk);
    }
    return walk.problems;
}

void FormProblemList::checkSection(const forms::FormSchema& schema, const QJsonObject& section, const QString& topId,
                                   const QList<int>& indices, const QJsonObject& data, Walk& walk)
{
    if (!forms::FormSchema::isVisible(section, data)) {
        walk.hidden.append(FormFieldSpec::concrete(section.value(QStringLiteral("path")).toString(), indices));
        return;
    }
    const QJsonObject repeat = section.value(QStringLiteral("repeat")).toObject();
    if (repeat.isEmpty()) {
        checkBody(schema, section, topId, indices, data, walk);
        return;
    }
    const QString arrayPointer = FormFieldSpec::concrete(section.value(QStringLiteral("path")).toString(), indices);
    const int count = std::max(static_cast<int>(forms::FormData::valueIn(data, arrayPointer).toArray().size()),
                               repeat.value(QStringLiteral("min")).toInt());
    const QString itemTitle = repeat.value(QStringLiteral("item_title")).toString();
    for (int i = 0; i < count; ++i) {
        QList<int> itemIndices = indices;
        itemIndices.append(i);
        walk.place.append(itemTitle.isEmpty()
                              ? QString::number(i + 1)
                              : QString(itemTitle).replace(QStringLiteral("{n}"), QString::number(i + 1)));
        checkBody(schema, section, topId, itemIndices, data, walk);
        walk.place.removeLast();
    }
}

void FormProblemList::checkBody(const forms::FormSchema& schema, const QJsonObject& section, const QString& topId,
                                const QList<int>& indices, const QJsonObject& data, Walk& walk)
{
    for (const QJsonValue& entry : section.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = entry.toObject();
        const QString pointer = FormFieldSpec::concrete(field.value(QStringLiteral("path")).toString(), indices);
        const FormFieldSpec spec = FormFieldSpec::make(schema, field, pointer, data);
        if (const auto problem = spec.checkStored(forms::FormData::valueIn(data, pointer))) {
            walk.problems.append(FormProblem{pointer, topId, spec.label, problem->message, problem->missing,
                                             walk.place.join(QStringLiteral(" › "))});
        }
    }
    for (const QJsonValue& nested : section.value(QStringLiteral("sections")).toArray()) {
        checkSection(schema, nested.toObject(), topId, indices, data, walk);
    }
}

void FormProblemList::addSchemaProblems(const forms::SchemaValidator& validator, const forms::FormSchema& schema,
                                        const QJsonArray& sections, const QJsonObject& data, Walk& walk)
{
    const QList<FormProblem> known = walk.problems;
    for (const forms::SchemaProblem& found : validator.validate(data)) {
        const auto under = [&found](const QString& place) { return within(found.pointer, place); };
        if (std::any_of(walk.hidden.cbegin(), walk.hidden.cend(), under)) {
            continue;
        }
        // The field checks already spoke about this place (a group short of items shows its missing fields).
        if (std::any_of(known.cbegin(), known.cend(),
                        [&found](const FormProblem& p) { return within(p.pointer, found.pointer); })) {
            continue;
        }
        const int section = topSectionOf(sections, found.pointer);
        const QJsonObject top = section >= 0 ? sections.at(section).toObject() : QJsonObject();
        QString label = schema.node(found.pointer).value(QStringLiteral("title")).toString();
        if (label.isEmpty()) {
            label = found.pointer.isEmpty() ? top.value(QStringLiteral("title")).toString()
                                            : forms::FormData::unescape(found.pointer.section(QLatin1Char('/'), -1));
        }
        const bool missing = found.code == u"required" || found.code == u"minItems";
        FormProblem problem{found.pointer, top.value(QStringLiteral("id")).toString(), label,
                            SchemaProblemText::message(found, schema), missing};
        // Kept in layout order: after the problems of its own and earlier sections.
        qsizetype at = walk.problems.size();
        if (section >= 0) {
            for (qsizetype i = 0; i < walk.problems.size(); ++i) {
                const int other = topSectionOf(sections, walk.problems.at(i).pointer);
                if (other > section) {
                    at = i;
                    break;
                }
            }
        }
        walk.problems.insert(at, problem);
    }
}

} // namespace inlinea::ui
