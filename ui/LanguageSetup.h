#pragma once

#include "app/settings/AppSettings.h"

#include <QLocale>
#include <QObject>

class QTranslator;

namespace inlinea::ui {

// Loads our translation (Italian is the source language) and Qt's own for standard dialogs.
class LanguageSetup {
public:
    // The language the user chose, or the system's: Italian for an Italian (or unnamed) one, English for any other.
    [[nodiscard]] static QLocale::Language effectiveLanguage(settings::Language choice);
    // Installs translators on the application; returns false when the English catalogue is missing.
    static bool apply(settings::Language choice, QObject* owner);
};

} // namespace inlinea::ui
