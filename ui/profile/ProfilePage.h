#pragma once

#include "app/domain/FieldCheck.h"
#include "app/portal/FieldProblem.h"
#include "app/profile/Profile.h"

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace inlinea::ui {

class FormField;
class WrappingCheckBox;

// "Modifica i tuoi dati": the compilatore's own data, as the portal's "Modifica Dati Personali" page has them
// (anagrafica, newsletters, access email, funzionario flag, residenza). Checked as typed like the anagrafica editor;
// Salva (disabled, saying why, while something is wrong or nothing changed) emits saveRequested(); "Annulla
// modifiche" goes back to the last profile set. After a SPID/CNS login codice fiscale, nome and cognome are
// read-only.
class ProfilePage : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePage(QWidget* parent = nullptr);

    // The profile as last seen (from the portal, or saved locally and not yet sent when `pending`). Fields the user
    // is editing keep what they typed; the others take the new values.
    void setProfile(const profile::Profile& profile, bool pending);
    // The authority named in the newsletter opt-ins ("Città Metropolitana di Milano"); empty: "l'Ente".
    void setAuthority(const QString& authority);
    // The portal's field errors (a 422) under their fields, until the user edits them.
    void showPortalErrors(const QList<portal::FieldProblem>& problems);

    // The profile as the page holds it now: the last one set, with the edits (trimmed; codes upper-case; the birth
    // date as ISO yyyy-MM-dd).
    [[nodiscard]] profile::Profile profile() const;
    [[nodiscard]] bool hasChanges() const;
    // Why Salva is disabled; empty when it is enabled.
    [[nodiscard]] QString saveBlockedReason() const;

Q_SIGNALS:
    void saveRequested(const inlinea::profile::Profile& profile);
    // "Cambia password…" (shown only in a session opened with the portal's own credentials).
    void passwordChangeRequested();

private:
    struct Field {
        QString key;
        QString summary; // the field's name in "Manca: …" / "Da correggere: …"
        domain::FieldRule rule;
        bool required;
        QString profile::Profile::*member;
        FormField* field;
    };
    struct Flag {
        bool profile::Profile::*member;
        QCheckBox* box;
    };

    FormField* addField(QFormLayout* form, const QString& key, const QString& label, const QString& summary,
                        domain::FieldRule rule, bool required, const QString& placeholder = QString(),
                        int widthChars = 0);
    [[nodiscard]] const Field* find(QStringView key) const;
    void applyProfile(const profile::Profile& shown, bool keepEdits);
    void updateNewsletterTexts();
    void setRequired(const QString& key, bool required);
    void revalidate();
    void save();
    void revert();

    QLabel* m_identityNote;
    QLabel* m_emailPending;
    QLabel* m_emailChange;
    QLabel* m_emailUnconfirmed;
    QLabel* m_selfDeclared;
    QLabel* m_userId;
    QPushButton* m_changePassword;
    QHBoxLayout* m_passwordRow = nullptr;
    QFormLayout* m_accessForm = nullptr;
    WrappingCheckBox* m_newsletterEventi;
    WrappingCheckBox* m_newsletterServizi;
    WrappingCheckBox* m_funzionario;
    QLabel* m_pending;
    QLabel* m_portalErrors;
    QLabel* m_saveReason;
    QPushButton* m_revert;
    QPushButton* m_save;
    QWidget* m_form;
    QList<QFormLayout*> m_forms;
    QList<Field> m_fields;
    QList<Flag> m_flags;
    QString m_authority;
    profile::Profile m_shown; // the last profile set, with defaults (cittadinanza "italiana") filled in
    bool m_loaded = false;
    bool m_valid = false;
};

} // namespace inlinea::ui
