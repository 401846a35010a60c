#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace inlinea::test {

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
