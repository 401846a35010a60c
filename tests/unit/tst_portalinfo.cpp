#include "app/portal/PortalInfo.h"

#include <QTest>

using namespace inlinea::portal;

namespace {
// Test JSON is written with single quotes for readability.
QByteArray json(const char* singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}
} // namespace

class TestPortalInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inlineaFlavour()
    {
        const QByteArray body =
            json("{'api_version':'1','name':'Inlinea','authority':'Città Metropolitana di Milano',"
                 "            "
                 "'flavour':'inlinea','login_methods':['spid','cns'],'registration':{'enabled':false,'types':[]},"
                 "            'limits':{'max_upload_bytes':104857600,'max_attachments_per_pratica':50,"
                 "            'allowed_attachment_types':['application/pdf'],'max_spontaneous_integrations':2},"
                 "            'server_time':'2026-12-02T10:00:00Z'}");
        const auto info = PortalInfo::fromJson(body);
        QVERIFY(info);
        QCOMPARE(info->name, QStringLiteral("Inlinea"));
        QCOMPARE(info->authority, QString::fromUtf8("Città Metropolitana di Milano"));
        QCOMPARE(info->flavour, Flavour::Inlinea);
        QVERIFY(info->offers(LoginMethod::Spid));
        QVERIFY(info->offers(LoginMethod::Cns));
        QVERIFY(!info->offers(LoginMethod::Password));
        QVERIFY(!info->registrationEnabled);
        QCOMPARE(info->limits.maxUploadBytes, Q_INT64_C(104857600));
        QCOMPARE(info->limits.maxSpontaneousIntegrations, 2);
        QCOMPARE(info->serverTime, QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
    }

    void comuneFlavourWithRegistration()
    {
        const QByteArray body = json(
            "{'api_version':'1','name':'Comune','flavour':'comune',"
            "            'login_methods':['password','spid','fido2'],'registration':{'enabled':true,"
            "            "
            "'types':[{'code':'cittadino','profiles':['base','completo']},{'code':'turisti','profiles':['base']}]}}");
        const auto info = PortalInfo::fromJson(body);
        QVERIFY(info);
        QCOMPARE(info->flavour, Flavour::Comune);
        // An unknown method (fido2) is skipped, not an error.
        QCOMPARE(info->loginMethods, (QList<LoginMethod>{LoginMethod::Password, LoginMethod::Spid}));
        QVERIFY(info->registrationEnabled);
        QCOMPARE(info->registrationTypes.size(), 2);
        QCOMPARE(info->registrationTypes.first().profiles, (QStringList{"base", "completo"}));
    }

    void credentials()
    {
        const QByteArray body =
            json("{'api_version':'1','name':'Comune','flavour':'comune','login_methods':['password','spid'],"
                 "'credentials':{'login':true,'registration':true,'password_reset':true,"
                 "'user_id_rule':{'min_length':8,'max_length':64,'allowed_special':'_-'},"
                 "'password_policy':{'min_length':12,'max_length':100,'require':['lowercase','digit','fido','digit']},"
                 "'security_questions':[{'id':'q1','text':'Il nome del tuo primo animale domestico?'},"
                 "{'id':'q2','text':'La citt\u00e0 in cui sei nato?'},{'id':'','text':'no id'}]}}");
        const auto info = PortalInfo::fromJson(body);
        QVERIFY(info);
        const PortalCredentials& credentials = info->credentials;
        QVERIFY(credentials.login);
        QVERIFY(credentials.registration);
        QVERIFY(credentials.passwordReset);
        QCOMPARE(credentials.userIdRule.minLength, 8);
        QCOMPARE(credentials.userIdRule.maxLength, 64);
        QCOMPARE(credentials.userIdRule.allowedSpecial, QStringLiteral("_-"));
        QCOMPARE(credentials.passwordPolicy.minLength, 12);
        QCOMPARE(credentials.passwordPolicy.maxLength, 100);
        // Unknown requirements are skipped (the portal still enforces them), duplicates collapse.
        QCOMPARE(credentials.passwordPolicy.require, (QList<inlinea::domain::PasswordPolicy::Requirement>{
                                                         inlinea::domain::PasswordPolicy::Requirement::Lowercase,
                                                         inlinea::domain::PasswordPolicy::Requirement::Digit}));
        // A question without id cannot be chosen: dropped.
        QCOMPARE(credentials.securityQuestions.size(), 2);
        QCOMPARE(credentials.securityQuestions.at(0).id, QStringLiteral("q1"));
        QCOMPARE(credentials.securityQuestions.at(1).text, QString::fromUtf8("La città in cui sei nato?"));
    }

    void noCredentialsMeansNothingOffered()
    {
        const auto info = PortalInfo::fromJson(json("{'api_version':'1','name':'X','login_methods':['spid','cns']}"));
        QVERIFY(info);
        QVERIFY(!info->credentials.login);
        QVERIFY(!info->credentials.registration);
        QVERIFY(!info->credentials.passwordReset);
        QVERIFY(info->credentials.securityQuestions.isEmpty());
        // The contract's rules stay available for checking ahead.
        QCOMPARE(info->credentials.userIdRule.minLength, 8);
        QCOMPARE(info->credentials.passwordPolicy.minLength, 10);
        QCOMPARE(info->credentials.passwordPolicy.require.size(), 4);
    }

    void nonsenseLimitsKeepTheDefaults()
    {
        const auto info = PortalInfo::fromJson(
            json("{'api_version':'1','name':'X','login_methods':['password'],'credentials':{'login':true,"
                 "'user_id_rule':{'min_length':70,'max_length':64},'password_policy':{'min_length':-1}}}"));
        QVERIFY(info);
        QVERIFY(info->credentials.login);
        QCOMPARE(info->credentials.userIdRule.minLength, 8);
        QCOMPARE(info->credentials.userIdRule.maxLength, 64);
        QCOMPARE(info->credentials.passwordPolicy.minLength, 10);
        QCOMPARE(info->credentials.passwordPolicy.maxLength, 128);
    }

    void notAPortal_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Benvenuto</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("other json") << QByteArray(json("{'status':'ok'}"));
        QTest::newRow("name not string") << QByteArray(json("{'api_version':'1','name':5,'login_methods':[]}"));
        QTest::newRow("empty name") << QByteArray(json("{'api_version':'1','name':'  ','login_methods':[]}"));
        QTest::newRow("truncated") << QByteArray(json("{'api_version':'1','name':'X','login_me"));
    }
    void notAPortal()
    {
        QFETCH(QByteArray, body);
        const auto info = PortalInfo::fromJson(body);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, PortalError::Kind::NotAPortal);
    }

    void newerApiVersion()
    {
        const auto info = PortalInfo::fromJson(json("{'api_version':'2','name':'X','login_methods':[]}"));
        QVERIFY(!info);
        QCOMPARE(info.error().kind, PortalError::Kind::UnsupportedApiVersion);
        QCOMPARE(info.error().detail, QStringLiteral("2"));
    }
};

QTEST_APPLESS_MAIN(TestPortalInfo)
#include "tst_portalinfo.moc"
