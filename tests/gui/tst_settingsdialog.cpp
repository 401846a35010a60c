#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/PortalProbeWidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using settings::Language;

class TestSettingsDialog : public QObject {
    Q_OBJECT

    test::PortalFixture m_portal;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        const QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void changedAddressMustBeVerifiedBeforeSaving()
    {
        settings::AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
        settings.setPortalUrl(QUrl(QStringLiteral("https://old.example.it")));
        ui::SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("portalUrlEdit"));
        auto* ca = dialog.findChild<QLineEdit*>(QStringLiteral("caFileEdit"));
        QCOMPARE(url->text(), QStringLiteral("https://old.example.it"));
        QVERIFY(save->isEnabled());

        url->clear();
        QTest::keyClicks(url, m_portal.baseUrl().toString());
        QTest::keyClicks(ca, m_portal.caFile());
        QVERIFY(!save->isEnabled());
        QVERIFY(!save->toolTip().isEmpty());

        dialog.probe()->verify();
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 20000);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.portalChanged());
        QCOMPARE(settings.portalUrl(), m_portal.baseUrl());
        QCOMPARE(settings.extraCaFile(), m_portal.caFile());
    }

    void languageIsSaved()
    {
        settings::AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
        settings.setPortalUrl(m_portal.baseUrl());
        ui::SettingsDialog dialog(settings);
        dialog.show();
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QCOMPARE(language->currentIndex(), 0);
        language->setCurrentIndex(language->findText(QStringLiteral("English")));
        dialog.accept();
        QVERIFY(dialog.languageChanged());
        QVERIFY(!dialog.portalChanged());
        QCOMPARE(settings.language(), Language::English);
        QCOMPARE(settings.portalUrl(), m_portal.baseUrl());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
