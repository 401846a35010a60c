#include "Procedimento.h"

#include <QJsonArray>

namespace inlinea::procedimenti {

namespace {

int countFields(const QJsonArray& sections)
{
    int count = 0;
    for (const QJsonValue& value : sections) {
        const QJsonObject section = value.toObject();
        count += static_cast<int>(section.value(QStringLiteral("fields")).toArray().size());
        count += countFields(section.value(QStringLiteral("sections")).toArray());
    }
    return count;
}

} // namespace

Procedimento Procedimento::fromJson(const QJsonObject& json)
{
    Procedimento p;
    p.code = json.value(QStringLiteral("code")).toString();
    p.title = json.value(QStringLiteral("title")).toString();
    p.description = json.value(QStringLiteral("description")).toString();
    p.version = json.value(QStringLiteral("version")).toString();
    for (const QJsonValue& version : json.value(QStringLiteral("versions")).toArray()) {
        p.versions.append(version.toString());
    }
    p.signatureRequired = json.value(QStringLiteral("signature_required")).toBool();
    return p;
}

QJsonObject Procedimento::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("version"), version},
            {QStringLiteral("versions"), QJsonArray::fromStringList(versions)},
            {QStringLiteral("signature_required"), signatureRequired}};
}

FormDefinition FormDefinition::fromJson(const QJsonObject& json)
{
    FormDefinition d;
    d.code = json.value(QStringLiteral("code")).toString();
    d.version = json.value(QStringLiteral("version")).toString();
    d.title = json.value(QStringLiteral("title")).toString();
    d.previousVersion = json.value(QStringLiteral("previous_version")).toString();
    d.signatureRequired = json.value(QStringLiteral("signature_required")).toBool();
    d.schema = json.value(QStringLiteral("schema")).toObject();
    d.layout = json.value(QStringLiteral("layout")).toObject();
    d.attachments = json.value(QStringLiteral("attachments")).toArray();
    d.raw = json;
    return d;
}

int FormDefinition::fieldCount() const
{
    return countFields(layout.value(QStringLiteral("sections")).toArray());
}

} // namespace inlinea::procedimenti
