#include "AnagraficheFile.h"

#include "Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace inlinea::cli {

using anagrafiche::Anagrafica;

namespace {

const QString IdKey = QStringLiteral("id");
const QString TipoKey = QStringLiteral("tipo");

bool allEmpty(const QStringList& fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

} // namespace

QStringList AnagraficheFile::columns()
{
    QStringList result{IdKey, TipoKey};
    for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
        result.append(QLatin1String(field.key));
    }
    return result;
}

QByteArray AnagraficheFile::toCsv(const QList<Anagrafica>& list)
{
    QString text = Csv::record(columns());
    for (const Anagrafica& a : list) {
        QStringList fields{QString::number(a.id), anagrafiche::tipoKey(a.tipo)};
        for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
            fields.append(a.*field.member);
        }
        text += Csv::record(fields);
    }
    return text.toUtf8();
}

QByteArray AnagraficheFile::toJson(const QList<Anagrafica>& list)
{
    QJsonArray array;
    for (const Anagrafica& a : list) {
        array.append(a.toJson());
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

bool AnagraficheFile::isImportKey(const QString& key)
{
    return key == TipoKey || anagrafiche::findTextField(key) != nullptr;
}

bool AnagraficheFile::isIgnoredKey(const QString& key)
{
    static const QSet<QString> readOnly{IdKey, QStringLiteral("watched"), QStringLiteral("domande"),
                                        QStringLiteral("version"), QStringLiteral("updated_at")};
    return readOnly.contains(key);
}

Result<ImportFile, FileError> AnagraficheFile::read(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return fail(FileError{QStringLiteral("the file is not UTF-8 text")});
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    if (text.trimmed().startsWith(QLatin1Char('['))) {
        return readJson(text.toUtf8());
    }
    return readCsv(text);
}

Result<ImportFile, FileError> AnagraficheFile::readCsv(const QString& text)
{
    const auto records = Csv::parse(text, Csv::guessSeparator(text));
    if (!records) {
        return fail(FileError{QStringLiteral("line %1: %2").arg(records.error().line).arg(records.error().detail)});
    }
    if (records->isEmpty() || allEmpty(records->first().fields)) {
        return fail(FileError{QStringLiteral("no header row (the first row names the columns)")});
    }
    QStringList header;
    for (const QString& name : records->first().fields) {
        const QString key = name.trimmed().toLower();
        if (!isImportKey(key) && !isIgnoredKey(key)) {
            return fail(FileError{QStringLiteral("unknown column \"%1\"; the columns are: %2")
                                      .arg(name, columns().join(QStringLiteral(", ")))});
        }
        if (header.contains(key)) {
            return fail(FileError{QStringLiteral("column \"%1\" appears twice").arg(key)});
        }
        header.append(key);
    }
    if (!header.contains(TipoKey)) {
        return fail(FileError{QStringLiteral("no \"tipo\" column")});
    }

    ImportFile file{QStringLiteral("row"), static_cast<int>(header.size()), {}};
    for (qsizetype index = 1; index < records->size(); ++index) {
        const QStringList& fields = records->at(index).fields;
        if (allEmpty(fields)) {
            continue;
        }
        ImportRow row;
        row.number = static_cast<int>(index + 1);
        if (fields.size() != header.size()) {
            row.fieldCount = static_cast<int>(fields.size());
        }
        for (qsizetype column = 0; column < header.size() && column < fields.size(); ++column) {
            if (isImportKey(header.at(column))) {
                row.values.insert(header.at(column), fields.at(column));
            }
        }
        file.rows.append(row);
    }
    return file;
}

Result<ImportFile, FileError> AnagraficheFile::readJson(const QByteArray& data)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(
            FileError{QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())});
    }
    if (!doc.isArray()) {
        return fail(FileError{QStringLiteral("the JSON is not an array of anagrafiche")});
    }
    ImportFile file{QStringLiteral("item"), 0, {}};
    int number = 0;
    for (const QJsonValue& item : doc.array()) {
        ++number;
        if (!item.isObject()) {
            return fail(FileError{QStringLiteral("item %1 is not an object").arg(number)});
        }
        ImportRow row;
        row.number = number;
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isIgnoredKey(it.key())) {
                continue;
            }
            if (!isImportKey(it.key())) {
                return fail(FileError{QStringLiteral("item %1: unknown key \"%2\"").arg(number).arg(it.key())});
            }
            if (it.value().isString()) {
                row.values.insert(it.key(), it.value().toString());
            } else if (!it.value().isNull()) {
                row.notText.append(it.key());
            }
        }
        file.rows.append(row);
    }
    return file;
}

} // namespace inlinea::cli
