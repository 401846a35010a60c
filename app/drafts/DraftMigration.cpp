#include "DraftMigration.h"

#include "app/forms/FormData.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace inlinea::drafts {

using forms::FormData;
using forms::FormSchema;
using Reason = MigratedValue::Reason;

namespace {

const QString kSections = QStringLiteral("sections");
const QString kFields = QStringLiteral("fields");
const QString kPath = QStringLiteral("path");
const QString kTitle = QStringLiteral("title");
const QString kRepeat = QStringLiteral("repeat");
const QString kLabel = QStringLiteral("label");
const QString kStar = QStringLiteral("*");

// Nothing the user typed: dropping it loses nothing.
bool isBlank(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

// A multiple choice: a non-empty list of plain values.
bool isListOfScalars(const QJsonArray& array)
{
    return !array.isEmpty() && std::none_of(array.begin(), array.end(),
                                            [](const QJsonValue& item) { return item.isObject() || item.isArray(); });
}

bool fits(const QJsonValue& value, FormSchema::Type type)
{
    switch (type) {
    case FormSchema::Type::Unknown: return true;
    case FormSchema::Type::String: return value.isString();
    case FormSchema::Type::Number: return value.isDouble();
    case FormSchema::Type::Integer:
        return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
    case FormSchema::Type::Boolean: return value.isBool();
    case FormSchema::Type::Array: return value.isArray();
    case FormSchema::Type::Object: return value.isObject();
    }
    return false;
}

// As FormSchema::enumValues() writes the allowed values.
QString enumText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString::number(value.toDouble());
}

// A layout path with indices[i] in place of its i-th "*".
QString concrete(const QString& path, const QList<int>& indices)
{
    QStringList tokens = FormData::split(path);
    int next = 0;
    for (QString& token : tokens) {
        if (token == kStar && next < indices.size()) {
            token = QString::number(indices.at(next++));
        }
    }
    return FormData::join(tokens);
}

// "Materia prima {n}" for item `index` (0-based) of a repeated section.
QString itemTitle(const QJsonObject& section, int index)
{
    QString title = section.value(kRepeat).toObject().value(QStringLiteral("item_title")).toString();
    if (title.isEmpty()) {
        return QStringLiteral("%1 %2").arg(section.value(kTitle).toString()).arg(index + 1);
    }
    return title.replace(QStringLiteral("{n}"), QString::number(index + 1));
}

struct Indexed {
    QString label;
    QList<QJsonObject> sections;
    QList<int> order;
};

void indexFields(const QJsonArray& sections, const QList<QJsonObject>& chain, const QList<int>& order, int& counter,
                 QHash<QString, Indexed>& places)
{
    for (const QJsonValue& entry : sections) {
        const QJsonObject section = entry.toObject();
        const QList<QJsonObject> inner = chain + QList<QJsonObject>{section};
        const QList<int> innerOrder = order + QList<int>{counter++};
        for (const QJsonValue& field : section.value(kFields).toArray()) {
            places.insert(field.toObject().value(kPath).toString(), Indexed{field.toObject().value(kLabel).toString(),
                                                                            inner, innerOrder + QList<int>{counter++}});
        }
        indexFields(section.value(kSections).toArray(), inner, innerOrder, counter, places);
    }
}

} // namespace

DraftMigration::DraftMigration(const procedimenti::FormDefinition& from, const procedimenti::FormDefinition& to,
                               const QJsonObject& data)
    : m_fromVersion(from.version)
    , m_toVersion(to.version)
    , m_oldSchema(from.schema)
    , m_newSchema(to.schema)
    , m_oldData(data)
{
    QHash<QString, Indexed> places;
    int counter = 0;
    indexFields(from.layout.value(kSections).toArray(), {}, {}, counter, places);
    for (auto it = places.constBegin(); it != places.constEnd(); ++it) {
        m_oldPlaces.insert(it.key(), Place{it.value().label, it.value().sections, it.value().order});
    }
    m_result = migrate(data, {}, {}).toObject();
    // Data order is alphabetical by member: the user knows the form in its layout's order.
    std::stable_sort(m_attention.begin(), m_attention.end(), [this](const MigratedValue& a, const MigratedValue& b) {
        return layoutOrder(a.pointer) < layoutOrder(b.pointer);
    });
    for (const QJsonValue& section : to.layout.value(kSections).toArray()) {
        collectRequired(section.toObject(), {}, {});
    }
}

QJsonValue DraftMigration::migrate(const QJsonValue& value, const QStringList& tokens, const QStringList& generic)
{
    const bool isRoot = tokens.isEmpty();
    const bool known = isRoot || !m_newSchema.node(FormData::join(tokens)).isEmpty();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonValue child =
                migrate(it.value(), tokens + QStringList{it.key()}, generic + QStringList{it.key()});
            if (!child.isUndefined()) {
                result.insert(it.key(), child);
            }
        }
        // A group emptied by the migration goes (the new schema may not know it); one that was empty stays.
        if (!isRoot && (!known || (result.isEmpty() && !object.isEmpty()))) {
            return QJsonValue(QJsonValue::Undefined);
        }
        return result;
    }
    if (value.isArray() && !isListOfScalars(value.toArray())) {
        const QJsonArray array = value.toArray();
        QJsonArray result;
        for (int i = 0; i < array.size(); ++i) {
            const QJsonValue item =
                migrate(array.at(i), tokens + QStringList{QString::number(i)}, generic + QStringList{kStar});
            // Items keep their numbers: an emptied item stays, empty.
            result.append(item.isUndefined() ? QJsonValue(QJsonObject{}) : item);
        }
        if (!known) {
            return QJsonValue(QJsonValue::Undefined);
        }
        return result;
    }
    return migrateLeaf(value, tokens, generic);
}

QJsonValue DraftMigration::migrateLeaf(const QJsonValue& value, const QStringList& tokens, const QStringList& generic)
{
    const QString pointer = FormData::join(tokens);
    const QJsonObject node = m_newSchema.node(pointer);
    const FormSchema::Type type = FormSchema::typeOf(node);
    if (isBlank(value)) {
        return !node.isEmpty() && fits(value, type) ? value : QJsonValue(QJsonValue::Undefined);
    }
    if (node.isEmpty()) {
        note(m_attention, Reason::Removed, tokens, generic, value);
        return QJsonValue(QJsonValue::Undefined);
    }
    if (!fits(value, type)) {
        note(m_attention, Reason::TypeChanged, tokens, generic, value);
        m_attention.last().newType = type;
        return QJsonValue(QJsonValue::Undefined);
    }
    const QStringList allowed = m_newSchema.enumValues(pointer);
    if (!allowed.isEmpty()) {
        if (value.isArray()) {
            QJsonArray kept;
            QJsonArray dropped;
            for (const QJsonValue& choice : value.toArray()) {
                (allowed.contains(enumText(choice)) ? kept : dropped).append(choice);
            }
            if (!dropped.isEmpty()) {
                note(m_attention, Reason::NotAllowed, tokens, generic, dropped);
                m_attention.last().allowed = allowed;
                if (kept.isEmpty()) {
                    return QJsonValue(QJsonValue::Undefined);
                }
                note(m_carried, Reason::Kept, tokens, generic, kept);
                return kept;
            }
        } else if (!allowed.contains(enumText(value))) {
            note(m_attention, Reason::NotAllowed, tokens, generic, value);
            m_attention.last().allowed = allowed;
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    note(m_carried, Reason::Kept, tokens, generic, value);
    return value;
}

void DraftMigration::note(QList<MigratedValue>& list, Reason reason, const QStringList& tokens,
                          const QStringList& generic, const QJsonValue& value)
{
    MigratedValue entry;
    entry.pointer = FormData::join(tokens);
    entry.reason = reason;
    entry.value = value;
    const auto place = m_oldPlaces.constFind(FormData::join(generic));
    if (place != m_oldPlaces.constEnd()) {
        entry.label = place->label;
        for (const QJsonObject& section : place->sections) {
            entry.path.append(section.value(kTitle).toString());
            if (section.contains(kRepeat)) {
                // The item index follows the section's own path.
                const int depth = static_cast<int>(FormData::split(section.value(kPath).toString()).size());
                entry.path.append(itemTitle(section, depth < tokens.size() ? tokens.at(depth).toInt() : 0));
            }
        }
    }
    if (entry.label.isEmpty()) {
        entry.label = m_oldSchema.node(entry.pointer).value(kTitle).toString();
    }
    if (entry.label.isEmpty()) {
        entry.label = tokens.isEmpty() ? QString() : tokens.last();
    }
    list.append(entry);
}

QList<int> DraftMigration::layoutOrder(const QString& pointer) const
{
    const QStringList tokens = FormData::split(pointer);
    QStringList generic = tokens;
    for (QString& token : generic) {
        bool isIndex = false;
        (void)token.toInt(&isIndex);
        if (isIndex) {
            token = kStar;
        }
    }
    const auto place = m_oldPlaces.constFind(FormData::join(generic));
    if (place == m_oldPlaces.constEnd()) {
        return {std::numeric_limits<int>::max()}; // not in the layout: after everything that is
    }
    QList<int> key;
    for (int i = 0; i < place->sections.size(); ++i) {
        key.append(place->order.at(i));
        const QJsonObject& section = place->sections.at(i);
        if (section.contains(kRepeat)) {
            const auto depth = FormData::split(section.value(kPath).toString()).size();
            key.append(depth < tokens.size() ? tokens.at(depth).toInt() : 0);
        }
    }
    key.append(place->order.last());
    return key;
}

void DraftMigration::collectRequired(const QJsonObject& section, const QList<int>& indices, const QStringList& path)
{
    if (!FormSchema::isVisible(section, m_result)) {
        return;
    }
    auto body = [this, &section](const QList<int>& at, const QStringList& where) {
        for (const QJsonValue& entry : section.value(kFields).toArray()) {
            const QJsonObject field = entry.toObject();
            const QString pointer = concrete(field.value(kPath).toString(), at);
            if (!m_newSchema.isRequired(pointer, m_result) || !isBlank(FormData::valueIn(m_result, pointer))) {
                continue;
            }
            if (!m_oldSchema.node(pointer).isEmpty() && m_oldSchema.isRequired(pointer, m_oldData)) {
                continue; // required before too: the form's usual "missing" mark, not news of this version
            }
            QString label = field.value(kLabel).toString();
            if (label.isEmpty()) {
                label = m_newSchema.node(pointer).value(kTitle).toString();
            }
            m_newRequired.append(RequiredField{pointer, label, where});
        }
        for (const QJsonValue& nested : section.value(kSections).toArray()) {
            collectRequired(nested.toObject(), at, where);
        }
    };
    const QJsonObject repeat = section.value(kRepeat).toObject();
    if (repeat.isEmpty()) {
        body(indices, path + QStringList{section.value(kTitle).toString()});
        return;
    }
    const QString arrayPointer = concrete(section.value(kPath).toString(), indices);
    const int count = std::max(static_cast<int>(FormData::valueIn(m_result, arrayPointer).toArray().size()),
                               repeat.value(QStringLiteral("min")).toInt());
    for (int i = 0; i < count; ++i) {
        body(indices + QList<int>{i}, path + QStringList{section.value(kTitle).toString(), itemTitle(section, i)});
    }
}

} // namespace inlinea::drafts
