#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace inlinea::test {

// The array `key` of a JSON vectors file; empty, with `why` set, when the file cannot be read or parsed.
inline QJsonArray readVectors(const QString& path, const QString& key, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        *why = path + QStringLiteral(": ") + error.errorString();
        return {};
    }
    return document.object().value(key).toArray();
}

// One data row per vector of a file shared with the portal (column "vector"), named by its 1-based number and the
// start of its "value", so that a failure names the vector.
inline void addVectorRows(const QJsonArray& vectors)
{
    QTest::addColumn<QJsonObject>("vector");
    int index = 0;
    for (const QJsonValue value : vectors) {
        const QJsonObject vector = value.toObject();
        const QByteArray name =
            QByteArray::number(++index) + ' ' + vector.value(QStringLiteral("value")).toString().left(20).toUtf8();
        QTest::newRow(name.constData()) << vector;
    }
}

} // namespace inlinea::test
