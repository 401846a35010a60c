#pragma once

#include "app/anagrafiche/Anagrafica.h"
#include "app/portal/FieldProblem.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace inlinea::ui {

class FormField;
class FormProblems;

// "Nuova anagrafica" / "Modifica anagrafica": the form of a company, public body, professional or person. The tipo
// decides which fields exist and which are required (docs/anagrafiche-api.md); every field is checked as it is
// typed, with the precise sentence under it, and Salva stays disabled, saying why, until everything is right. For
// persons the codice fiscale is checked against surname, name, birth date and sex. Closes with accept() on Salva;
// anagrafica() is then the record to save.
class AnagraficaEditor : public QDialog {
    Q_OBJECT
public:
    using Tipo = anagrafiche::Anagrafica::Tipo;

    explicit AnagraficaEditor(const anagrafiche::Anagrafica& initial, QWidget* parent = nullptr);

    // The record as the form holds it: `initial` with the fields of the chosen tipo replaced by what is typed
    // (trimmed; codes, CAP and provincia upper-case; the birth date as ISO yyyy-MM-dd). Fields the tipo does not
    // have keep the initial record's values.
    [[nodiscard]] anagrafiche::Anagrafica anagrafica() const;
    [[nodiscard]] Tipo tipo() const;
    void setTipo(Tipo tipo);

    // The portal's field errors (a 422) under their fields, until the user edits them; those it cannot place on a
    // field of this tipo are listed above the form.
    void showPortalErrors(const QList<portal::FieldProblem>& problems);

    // Why Salva is disabled ("Manca: Denominazione, PEC\nDa correggere: Codice fiscale"); empty when it is not.
    [[nodiscard]] QString saveBlockedReason() const;

    void accept() override;

private:
    struct Field {
        QString key;
        QFormLayout* form;
        QLabel* label;
        FormField* field;
    };

    QGroupBox* addGroup(QFormLayout*& form);
    FormField* addLineField(QFormLayout* form, const QString& key, const QString& placeholder, int widthChars = 0);
    FormField* addComboField(QFormLayout* form, const QString& key, QComboBox* combo);
    void addField(QFormLayout* form, const QString& key, FormField* field);
    [[nodiscard]] const Field* find(QStringView key) const;
    [[nodiscard]] QString value(QStringView key) const;
    [[nodiscard]] QString summaryLabel(QStringView key) const;

    void applyTipo();
    void revalidate();
    void updatePersonCheck(FormProblems& problems);

    QComboBox* m_tipo;
    QGroupBox* m_identityBox;
    QGroupBox* m_addressBox;
    QGroupBox* m_legalBox;
    QGroupBox* m_contactsBox;
    QFormLayout* m_identityForm = nullptr;
    QFormLayout* m_legalForm = nullptr;
    QFormLayout* m_addressForm = nullptr;
    QFormLayout* m_contactsForm = nullptr;
    QLabel* m_cfCheck;
    QLabel* m_portalErrors;
    QLabel* m_saveReason;
    QPushButton* m_save = nullptr;
    QList<Field> m_fields;
    anagrafiche::Anagrafica m_initial;
    bool m_valid = false;
};

} // namespace inlinea::ui
