#include "AnagraficaFieldText.h"

#include <QDate>

#include <array>

namespace inlinea::ui {

namespace {

struct FieldText {
    const char* key;
    const char* label;      // on its own
    const char* shortLabel; // inside its group
};

// QT_TRANSLATE_NOOP with the class's context, so tr() finds them after lupdate.
const std::array<FieldText, 22> Fields{{
    {"tipo", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Tipo"), QT_TRANSLATE_NOOP("AnagraficaFieldText", "Tipo")},
    {"denominazione", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Denominazione"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Denominazione")},
    {"cognome", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Cognome"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Cognome")},
    {"nome", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Nome"), QT_TRANSLATE_NOOP("AnagraficaFieldText", "Nome")},
    {"sesso", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Sesso"), QT_TRANSLATE_NOOP("AnagraficaFieldText", "Sesso")},
    {"data_nascita", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Data di nascita"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Data di nascita")},
    {"comune_nascita", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Comune di nascita"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Comune di nascita")},
    {"provincia_nascita", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Provincia di nascita"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Provincia di nascita")},
    {"codice_fiscale", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Codice fiscale"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Codice fiscale")},
    {"partita_iva", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Partita IVA"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Partita IVA")},
    {"indirizzo", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Sede legale / residenza: indirizzo"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Indirizzo")},
    {"comune", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Sede legale / residenza: comune"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Comune")},
    {"cap", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Sede legale / residenza: CAP"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "CAP")},
    {"provincia", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Sede legale / residenza: provincia"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Provincia")},
    {"pec", QT_TRANSLATE_NOOP("AnagraficaFieldText", "PEC della sede legale"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "PEC")},
    {"email", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Email"), QT_TRANSLATE_NOOP("AnagraficaFieldText", "Email")},
    {"telefono", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Telefono"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Telefono")},
    {"legale_rappresentante_cognome", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Legale rappresentante: cognome"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Cognome")},
    {"legale_rappresentante_nome", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Legale rappresentante: nome"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Nome")},
    {"legale_rappresentante_codice_fiscale",
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Legale rappresentante: codice fiscale"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Codice fiscale")},
    {"legale_rappresentante_qualifica", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Legale rappresentante: qualifica"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Qualifica")},
    {"updated_at", QT_TRANSLATE_NOOP("AnagraficaFieldText", "Ultima modifica sul portale"),
     QT_TRANSLATE_NOOP("AnagraficaFieldText", "Ultima modifica")},
}};

const FieldText* find(QStringView key)
{
    for (const FieldText& field : Fields) {
        if (key == QLatin1String(field.key)) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace

QString AnagraficaFieldText::label(QStringView key)
{
    const FieldText* field = find(key);
    return field ? tr(field->label) : key.toString();
}

QString AnagraficaFieldText::shortLabel(QStringView key)
{
    const FieldText* field = find(key);
    return field ? tr(field->shortLabel) : key.toString();
}

QString AnagraficaFieldText::tipo(anagrafiche::Anagrafica::Tipo tipo)
{
    using Tipo = anagrafiche::Anagrafica::Tipo;
    switch (tipo) {
    case Tipo::PersonaFisica: return tr("Persona fisica");
    case Tipo::PersonaGiuridica: return tr("Persona giuridica");
    case Tipo::Ente: return tr("Ente");
    case Tipo::Professionista: return tr("Professionista");
    }
    return {};
}

QString AnagraficaFieldText::displayValue(QStringView key, const QString& value)
{
    if (value.isEmpty()) {
        return {};
    }
    if (key == u"tipo") {
        const auto tipoValue = anagrafiche::tipoFromKey(value);
        return tipoValue ? tipo(*tipoValue) : value;
    }
    if (key == u"sesso") {
        if (value == u"M") {
            return tr("Maschio");
        }
        if (value == u"F") {
            return tr("Femmina");
        }
        return value;
    }
    if (key == u"data_nascita") {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value;
    }
    return value;
}

QStringList AnagraficaFieldText::editableKeys()
{
    QStringList keys{QStringLiteral("tipo")};
    for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
        keys.append(QString::fromLatin1(field.key));
    }
    return keys;
}

} // namespace inlinea::ui
