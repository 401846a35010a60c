#include "app/settings/AppSettings.h"
#include "tests/support/TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

using inlinea::settings::AppSettings;
using inlinea::settings::Language;

class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { inlinea::test::isolate(); }

    void defaults()
    {
        AppSettings settings;
        QVERIFY(!settings.hasPortal());
        QVERIFY(settings.extraCaFile().isEmpty());
        QCOMPARE(settings.language(), Language::System);
    }

    void persistsAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(file);
            settings.setPortalUrl(QUrl(QStringLiteral("https://localhost:8443")));
            settings.setExtraCaFile(QStringLiteral("/tmp/ca.pem"));
            settings.setLanguage(Language::English);
            settings.sync();
        }
        AppSettings again(file);
        QVERIFY(again.hasPortal());
        QCOMPARE(again.portalUrl(), QUrl(QStringLiteral("https://localhost:8443")));
        QCOMPARE(again.extraCaFile(), QStringLiteral("/tmp/ca.pem"));
        QCOMPARE(again.language(), Language::English);

        again.setExtraCaFile(QString());
        QVERIFY(again.extraCaFile().isEmpty());
    }

    void languageCodes()
    {
        for (const Language l : {Language::System, Language::Italian, Language::English}) {
            QCOMPARE(AppSettings::languageFromCode(AppSettings::languageCode(l)), l);
        }
        QCOMPARE(AppSettings::languageFromCode(QStringLiteral("klingon")), Language::System);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
