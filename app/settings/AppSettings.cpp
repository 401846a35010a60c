#include "AppSettings.h"

namespace inlinea::settings {

namespace {
const QString kPortalUrl = QStringLiteral("portal/url");
const QString kExtraCa = QStringLiteral("portal/extraCaFile");
const QString kLanguage = QStringLiteral("ui/language");
const QString kReader = QStringLiteral("card/preferredReader");

// Host names hold no "/" (the group separator), and are case-insensitive.
QString lastUserKey(const QString& host)
{
    return QStringLiteral("users/lastByHost/") + host.toLower();
}

QString lastSyncKey(const QString& host, const QString& codiceFiscale)
{
    return QStringLiteral("users/lastSync/%1/%2").arg(host.toLower(), codiceFiscale.toUpper());
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QUrl AppSettings::portalUrl() const
{
    return QUrl(m_settings->value(kPortalUrl).toString());
}

void AppSettings::setPortalUrl(const QUrl& url)
{
    m_settings->setValue(kPortalUrl, url.toString());
}

QString AppSettings::extraCaFile() const
{
    return m_settings->value(kExtraCa).toString();
}

void AppSettings::setExtraCaFile(const QString& path)
{
    if (path.isEmpty()) {
        m_settings->remove(kExtraCa);
    } else {
        m_settings->setValue(kExtraCa, path);
    }
}

QString AppSettings::preferredReader() const
{
    return m_settings->value(kReader).toString();
}

void AppSettings::setPreferredReader(const QString& reader)
{
    m_settings->setValue(kReader, reader);
}

Language AppSettings::language() const
{
    return languageFromCode(m_settings->value(kLanguage).toString());
}

void AppSettings::setLanguage(Language language)
{
    m_settings->setValue(kLanguage, languageCode(language));
}

QString AppSettings::lastUser(const QString& portalHost) const
{
    return m_settings->value(lastUserKey(portalHost)).toString();
}

void AppSettings::setLastUser(const QString& portalHost, const QString& codiceFiscale)
{
    m_settings->setValue(lastUserKey(portalHost), codiceFiscale.toUpper());
}

QDateTime AppSettings::lastSync(const QString& portalHost, const QString& codiceFiscale) const
{
    return QDateTime::fromString(m_settings->value(lastSyncKey(portalHost, codiceFiscale)).toString(), Qt::ISODate);
}

void AppSettings::setLastSync(const QString& portalHost, const QString& codiceFiscale, const QDateTime& when)
{
    m_settings->setValue(lastSyncKey(portalHost, codiceFiscale), when.toUTC().toString(Qt::ISODate));
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::languageCode(Language language)
{
    switch (language) {
    case Language::Italian: return QStringLiteral("it");
    case Language::English: return QStringLiteral("en");
    case Language::System: break;
    }
    return QStringLiteral("system");
}

Language AppSettings::languageFromCode(const QString& code)
{
    if (code == QLatin1String("it")) {
        return Language::Italian;
    }
    if (code == QLatin1String("en")) {
        return Language::English;
    }
    return Language::System;
}

} // namespace inlinea::settings
