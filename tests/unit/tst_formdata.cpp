#include "app/forms/FormData.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using inlinea::forms::FormData;

class TestFormData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pointerEscapes_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("root") << "" << QStringList{};
        QTest::newRow("plain") << "/a/b" << QStringList{"a", "b"};
        QTest::newRow("tilde") << "/a~0b" << QStringList{"a~b"};
        QTest::newRow("slash") << "/a~1b" << QStringList{"a/b"};
        QTest::newRow("order") << "/~01" << QStringList{"~1"};
        QTest::newRow("empty token") << "/" << QStringList{""};
    }
    void pointerEscapes()
    {
        QFETCH(QString, pointer);
        QFETCH(QStringList, tokens);
        bool ok = false;
        QCOMPARE(FormData::split(pointer, &ok), tokens);
        QVERIFY(ok);
        QCOMPARE(FormData::join(tokens), pointer);
    }

    void malformedPointer()
    {
        bool ok = true;
        (void)FormData::split("a/b", &ok);
        QVERIFY(!ok);
        FormData data;
        QVERIFY(!data.setValue("a", 1));
    }

    void escapedKeysReachTheData()
    {
        FormData data;
        QVERIFY(data.setValue("/m~0n/a~1b", 3));
        QCOMPARE(data.data().value("m~n").toObject().value("a/b").toInt(), 3);
        QCOMPARE(data.value("/m~0n/a~1b").toInt(), 3);
    }

    void nestedSetCreatesObjectsAndArrays()
    {
        FormData data;
        QSignalSpy spy(&data, &FormData::changed);
        QVERIFY(data.setValue("/gestore/sede/cap", "20100"));
        QVERIFY(data.setValue("/camini/0/sigla", "E1"));
        QVERIFY(data.setValue("/camini/-/sigla", "E2"));
        QCOMPARE(data.value("/gestore/sede/cap").toString(), QString("20100"));
        QVERIFY(data.value("/camini").isArray());
        QCOMPARE(data.itemCount("/camini"), 2);
        QCOMPARE(data.value("/camini/1/sigla").toString(), QString("E2"));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toString(), QString("/gestore/sede/cap"));
        // The same value again is not a change.
        QVERIFY(data.setValue("/gestore/sede/cap", "20100"));
        QCOMPARE(spy.count(), 3);
    }

    void setRefusesToCrossScalars()
    {
        FormData data;
        QVERIFY(data.setValue("/a", 1));
        QVERIFY(!data.setValue("/a/b", 2));
        QVERIFY(data.setValue("/list", QJsonArray{1, 2}));
        QVERIFY(!data.setValue("/list/5", 3));
        QVERIFY(!data.setValue("/list/01", 3));
        QVERIFY(data.setValue("/list/2", 3));
        QCOMPARE(data.itemCount("/list"), 3);
    }

    void valueOfMissing()
    {
        FormData data;
        QVERIFY(data.value("/nothing/here").isUndefined());
        QVERIFY(!data.contains("/nothing"));
        QCOMPARE(data.value("").toObject(), QJsonObject{});
    }

    void removeMember()
    {
        FormData data;
        QVERIFY(data.setValue("/a/b", 1));
        QVERIFY(data.setValue("/a/c", 2));
        QSignalSpy spy(&data, &FormData::changed);
        QVERIFY(data.remove("/a/b"));
        QVERIFY(!data.contains("/a/b"));
        QCOMPARE(data.value("/a/c").toInt(), 2);
        QVERIFY(!data.remove("/a/b"));
        QCOMPARE(spy.count(), 1);
    }

    void removeItemShifts()
    {
        FormData data;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(data.insertItem("/emissioni/camini", -1, QJsonObject{{"sigla", QString("E%1").arg(i)}}));
        }
        QSignalSpy spy(&data, &FormData::changed);
        QVERIFY(data.removeItem("/emissioni/camini", 1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString("/emissioni/camini"));
        QCOMPARE(data.itemCount("/emissioni/camini"), 3);
        QCOMPARE(data.value("/emissioni/camini/1/sigla").toString(), QString("E2"));
        QVERIFY(data.remove("/emissioni/camini/0"));
        QCOMPARE(data.value("/emissioni/camini/0/sigla").toString(), QString("E2"));
        QVERIFY(!data.removeItem("/emissioni/camini", 7));
    }

    void insertItemAtIndex()
    {
        FormData data;
        QVERIFY(data.insertItem("/l", 0, 1));
        QVERIFY(data.insertItem("/l", 0, 0));
        QVERIFY(data.insertItem("/l", 99, 2));
        QCOMPARE(data.value("/l").toArray(), (QJsonArray{0, 1, 2}));
        QVERIFY(data.setValue("/s", "x"));
        QVERIFY(!data.insertItem("/s", 0, 1));
    }

    void setDataAnnouncesRoot()
    {
        FormData data;
        QSignalSpy spy(&data, &FormData::changed);
        data.setData(QJsonObject{{"a", 1}});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestFormData)
#include "tst_formdata.moc"
