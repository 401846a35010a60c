#pragma once

#include "app/anagrafiche/Anagrafica.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace inlinea::ui {

// The Italian names of an anagrafica's fields, by their JSON key (docs/anagrafiche-api.md), and their values as the
// user reads them. Shared by the editor, the conflict view and the list of pending changes.
class AnagraficaFieldText {
    Q_DECLARE_TR_FUNCTIONS(AnagraficaFieldText)
public:
    // A label that stands on its own: "Sede legale / residenza: indirizzo", "Legale rappresentante: nome".
    // An unknown key comes back as it is.
    [[nodiscard]] static QString label(QStringView key);
    // The label inside its group (the editor's "Sede legale / residenza" box): "Indirizzo", "Nome".
    [[nodiscard]] static QString shortLabel(QStringView key);
    // "Persona fisica", "Persona giuridica", "Ente", "Professionista".
    [[nodiscard]] static QString tipo(anagrafiche::Anagrafica::Tipo tipo);
    // A stored value as shown: dates as gg/mm/aaaa, "M"/"F" as "Maschio"/"Femmina", tipo keys by name.
    // Empty stays empty.
    [[nodiscard]] static QString displayValue(QStringView key, const QString& value);
    // Every key a user can change, in the editor's order: "tipo" first, then the text fields.
    [[nodiscard]] static QStringList editableKeys();
};

} // namespace inlinea::ui
