#include "ProfileFieldText.h"

#include "app/profile/Profile.h"

#include <QCoreApplication>
#include <QDate>

#include <array>

namespace inlinea::ui {

namespace {

struct FieldText {
    const char* key;
    const char* label;
};

const std::array<FieldText, 16> Fields{{
    {"codice_fiscale", QT_TRANSLATE_NOOP("ProfileFieldText", "Codice fiscale")},
    {"nome", QT_TRANSLATE_NOOP("ProfileFieldText", "Nome")},
    {"cognome", QT_TRANSLATE_NOOP("ProfileFieldText", "Cognome")},
    {"data_nascita", QT_TRANSLATE_NOOP("ProfileFieldText", "Nato il")},
    {"stato_nascita", QT_TRANSLATE_NOOP("ProfileFieldText", "Stato di nascita")},
    {"provincia_nascita", QT_TRANSLATE_NOOP("ProfileFieldText", "Provincia di nascita")},
    {"comune_nascita", QT_TRANSLATE_NOOP("ProfileFieldText", "Comune di nascita")},
    {"cittadinanza", QT_TRANSLATE_NOOP("ProfileFieldText", "Cittadinanza")},
    {"email", QT_TRANSLATE_NOOP("ProfileFieldText", "Email")},
    {"residenza_indirizzo", QT_TRANSLATE_NOOP("ProfileFieldText", "Residenza: indirizzo")},
    {"residenza_comune", QT_TRANSLATE_NOOP("ProfileFieldText", "Residenza: comune")},
    {"residenza_cap", QT_TRANSLATE_NOOP("ProfileFieldText", "Residenza: CAP")},
    {"residenza_provincia", QT_TRANSLATE_NOOP("ProfileFieldText", "Residenza: provincia")},
    {"newsletter_eventi", QT_TRANSLATE_NOOP("ProfileFieldText", "Notizie sugli eventi dell'Ente")},
    {"newsletter_servizi", QT_TRANSLATE_NOOP("ProfileFieldText", "Aggiornamenti dei servizi on-line")},
    {"funzionario", QT_TRANSLATE_NOOP("ProfileFieldText", "Accesso come funzionario")},
}};

} // namespace

QString ProfileFieldText::label(QStringView key)
{
    for (const FieldText& field : Fields) {
        if (key == QLatin1String(field.key)) {
            return QCoreApplication::translate("ProfileFieldText", field.label);
        }
    }
    return key.toString();
}

QString ProfileFieldText::displayValue(QStringView key, const QString& value)
{
    if (key == u"newsletter_eventi" || key == u"newsletter_servizi" || key == u"funzionario") {
        return value == u"true" ? QCoreApplication::translate("ProfileFieldText", "Sì")
                                : QCoreApplication::translate("ProfileFieldText", "No");
    }
    if (key == u"data_nascita") {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value;
    }
    return value;
}

QStringList ProfileFieldText::editableKeys()
{
    QStringList keys;
    for (const FieldText& field : Fields) {
        keys.append(QString::fromLatin1(field.key));
    }
    return keys;
}

} // namespace inlinea::ui
