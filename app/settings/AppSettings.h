#pragma once

#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace inlinea::settings {

enum class Language { System, Italian, English };

// The user's preferences, behind one typed class; nothing else reads QSettings keys.
class AppSettings {
public:
    // Uses the application's default QSettings location (isolated per test with QStandardPaths' test mode).
    AppSettings();
    // A specific file, for tools and tests.
    explicit AppSettings(const QString& iniFile);

    [[nodiscard]] QUrl portalUrl() const;
    void setPortalUrl(const QUrl& url);
    [[nodiscard]] bool hasPortal() const { return portalUrl().isValid() && !portalUrl().isEmpty(); }

    // An additional CA certificate (PEM or DER) trusted for the portal besides the system's.
    [[nodiscard]] QString extraCaFile() const;
    void setExtraCaFile(const QString& path);

    // The reader the user chose when several are connected; empty = automatic.
    [[nodiscard]] QString preferredReader() const;
    void setPreferredReader(const QString& reader);

    [[nodiscard]] Language language() const;
    void setLanguage(Language language);

    // The codice fiscale of the last user who used a portal (by host), so that its local copy can be opened while
    // the portal cannot be reached; empty if none.
    [[nodiscard]] QString lastUser(const QString& portalHost) const;
    void setLastUser(const QString& portalHost, const QString& codiceFiscale);

    // When the local copy of a user of a portal was last brought up to date; invalid if never recorded.
    [[nodiscard]] QDateTime lastSync(const QString& portalHost, const QString& codiceFiscale) const;
    void setLastSync(const QString& portalHost, const QString& codiceFiscale, const QDateTime& when);

    void sync();

    [[nodiscard]] static QString languageCode(Language language);
    [[nodiscard]] static Language languageFromCode(const QString& code);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace inlinea::settings
