#include "ProfilePage.h"

#include "ui/ValidationText.h"
#include "ui/forms/FormField.h"
#include "ui/forms/FormProblems.h"
#include "ui/forms/LabelColumn.h"
#include "ui/forms/PortalProblemText.h"
#include "ui/forms/UpperCaseValidator.h"
#include "ui/forms/WrappingCheckBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

using profile::Profile;

constexpr auto ErrorColor = "#b00020";
constexpr auto NoteColor = "#555555";

QLabel* noteLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(NoteColor)));
    return label;
}

QFormLayout* formIn(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    return form;
}

// Shows or hides a whole row of the form `widget` is the field of (a hidden field alone would keep its spacing).
void setRowShown(QWidget* widget, bool shown)
{
    if (auto* form = qobject_cast<QFormLayout*>(widget->parentWidget()->layout())) {
        form->setRowVisible(widget, shown);
    } else {
        widget->setVisible(shown);
    }
}

// "Italia" (or nothing, the usual case) is the only state whose provinces the form knows.
bool bornInItaly(const QString& stato)
{
    const QString normalized = stato.trimmed().toLower();
    return normalized.isEmpty() || normalized == u"italia";
}

} // namespace

ProfilePage::ProfilePage(QWidget* parent)
    : QWidget(parent)
    , m_identityNote(noteLabel(QStringLiteral("identityNote"), this))
    , m_emailPending(noteLabel(QStringLiteral("emailPending"), this))
    , m_emailChange(noteLabel(QStringLiteral("emailChangeNote"), this))
    , m_emailUnconfirmed(noteLabel(QStringLiteral("emailUnconfirmed"), this))
    , m_selfDeclared(noteLabel(QStringLiteral("selfDeclaredNote"), this))
    , m_userId(noteLabel(QStringLiteral("userIdLabel"), this))
    , m_changePassword(new QPushButton(tr("Cambia password…"), this))
    , m_newsletterEventi(new WrappingCheckBox(QStringLiteral("newsletter_eventi"), this))
    , m_newsletterServizi(new WrappingCheckBox(QStringLiteral("newsletter_servizi"), this))
    , m_funzionario(new WrappingCheckBox(QStringLiteral("funzionario"), this))
    , m_pending(noteLabel(QStringLiteral("pendingLabel"), this))
    , m_portalErrors(noteLabel(QStringLiteral("portalErrors"), this))
    , m_saveReason(noteLabel(QStringLiteral("saveReason"), this))
    , m_revert(new QPushButton(tr("Annulla modifiche"), this))
    , m_save(new QPushButton(tr("Salva"), this))
    , m_form(new QWidget(this))
{
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Modifica i tuoi dati")), this);
    auto* intro = new QLabel(tr("I tuoi dati personali di compilatore. I dati di aziende, enti e professionisti per "
                                "cui presenti le pratiche si gestiscono nelle anagrafiche."),
                             this);
    intro->setWordWrap(true);
    m_selfDeclared->setText(tr("I dati che hai indicato registrandoti al portale sono un'autocertificazione: "
                               "tienili aggiornati. Ogni modifica che salvi vale come nuova dichiarazione."));
    m_selfDeclared->setStyleSheet(QStringLiteral("background: #fff8e1; border-left: 4px solid #f9a825; padding: 6px;"));
    m_selfDeclared->hide();

    // Anagrafica
    auto* anagraficaBox = new QGroupBox(tr("Anagrafica"), m_form);
    QFormLayout* form = formIn(anagraficaBox);
    m_forms.append(form);
    addField(form, QStringLiteral("codice_fiscale"), tr("Codice fiscale"), tr("Codice fiscale"),
             domain::FieldRule::CodiceFiscalePersona, true, tr("16 caratteri"), 24);
    addField(form, QStringLiteral("nome"), tr("Nome"), tr("Nome"), domain::FieldRule::Text, true);
    addField(form, QStringLiteral("cognome"), tr("Cognome"), tr("Cognome"), domain::FieldRule::Text, true);
    m_identityNote->setText(tr("Dati forniti dall'identità digitale (SPID/CNS): non si possono modificare."));
    form->addRow(QString(), m_identityNote);
    form->setRowVisible(m_identityNote, false);
    addField(form, QStringLiteral("data_nascita"), tr("Nato il"), tr("Data di nascita"), domain::FieldRule::BirthDate,
             false, tr("gg/mm/aaaa, es. 22/08/1974"), 24);
    addField(form, QStringLiteral("stato_nascita"), tr("Stato"), tr("Stato di nascita"), domain::FieldRule::Text,
             false);
    addField(form, QStringLiteral("provincia_nascita"), tr("in provincia di"), tr("Provincia di nascita"),
             domain::FieldRule::Provincia, false, tr("es. MI"), 8);
    addField(form, QStringLiteral("comune_nascita"), tr("Comune"), tr("Comune di nascita"), domain::FieldRule::Text,
             false);
    addField(form, QStringLiteral("cittadinanza"), tr("Cittadinanza"), tr("Cittadinanza"), domain::FieldRule::Text,
             false);
    auto* pecNote = noteLabel(QStringLiteral("pecNote"), anagraficaBox);
    pecNote->setText(tr("L'indirizzo PEC non fa parte dei tuoi dati personali: si inserisce nei dati della sede "
                        "legale di un'anagrafica."));
    form->addRow(tr("PEC"), pecNote);

    // Newsletters
    auto* newsBox = new QGroupBox(tr("Comunicazioni via email"), m_form);
    auto* newsLayout = new QVBoxLayout(newsBox);
    newsLayout->addWidget(m_newsletterEventi);
    newsLayout->addWidget(m_newsletterServizi);
    updateNewsletterTexts();

    // Dati di accesso al sistema
    auto* accessBox = new QGroupBox(tr("Dati di accesso al sistema"), m_form);
    form = formIn(accessBox);
    m_forms.append(form);
    addField(form, QStringLiteral("email"), tr("Email"), tr("Email"), domain::FieldRule::Email, true,
             tr("nome@dominio.it"));
    m_emailChange->setText(tr("Ti invieremo un messaggio all'indirizzo nuovo per confermarlo"));
    m_emailPending->setToolTip(
        tr("Il nuovo indirizzo sarà usato dopo che avrai aperto il link del messaggio che ti abbiamo inviato."));
    m_emailUnconfirmed->setText(tr("Indirizzo non ancora confermato: apri il link del messaggio che ti abbiamo "
                                   "inviato."));
    form->addRow(QString(), m_emailChange);
    form->addRow(QString(), m_emailPending);
    form->addRow(QString(), m_emailUnconfirmed);
    for (QWidget* note : {m_emailChange, m_emailPending, m_emailUnconfirmed}) {
        form->setRowVisible(note, false);
    }
    m_funzionario->setText(tr("Effettuo l'accesso come funzionario che deve rilasciare dei pareri"));
    form->addRow(m_funzionario);
    // Only for an account with the portal's own credentials: SPID and CNS have no password here.
    m_changePassword->setObjectName(QStringLiteral("changePasswordButton"));
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_userId, 1);
    passwordRow->addWidget(m_changePassword);
    form->addRow(tr("User ID"), passwordRow);
    m_passwordRow = passwordRow;
    m_accessForm = form;
    form->setRowVisible(passwordRow, false);
    connect(m_changePassword, &QPushButton::clicked, this, &ProfilePage::passwordChangeRequested);

    // Indirizzi e recapiti
    auto* addressBox = new QGroupBox(tr("Indirizzi e recapiti"), m_form);
    form = formIn(addressBox);
    m_forms.append(form);
    auto* residenza = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Residenza")), addressBox);
    form->addRow(residenza);
    addField(form, QStringLiteral("residenza_indirizzo"), tr("Indirizzo"), tr("Indirizzo di residenza"),
             domain::FieldRule::Text, false, tr("es. Via Roma 1"));
    addField(form, QStringLiteral("residenza_comune"), tr("Comune"), tr("Comune di residenza"), domain::FieldRule::Text,
             false);
    addField(form, QStringLiteral("residenza_cap"), tr("CAP"), tr("CAP di residenza"), domain::FieldRule::Cap, false,
             tr("5 cifre"), 10);
    addField(form, QStringLiteral("residenza_provincia"), tr("Provincia"), tr("Provincia di residenza"),
             domain::FieldRule::Provincia, false, tr("es. MI"), 8);

    auto* requiredNote = noteLabel(QStringLiteral("requiredNote"), m_form);
    requiredNote->setText(tr("* campi obbligatori"));

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(anagraficaBox);
    formLayout->addWidget(newsBox);
    formLayout->addWidget(accessBox);
    formLayout->addWidget(addressBox);
    formLayout->addWidget(requiredNote);
    formLayout->addStretch(1);
    m_form->setMaximumWidth(820);
    m_form->setEnabled(false); // until a profile is set

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 16, 24, 16);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_selfDeclared);
    contentLayout->addWidget(m_portalErrors);
    contentLayout->addWidget(m_form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_flags = {{&Profile::newsletterEventi, m_newsletterEventi->checkBox()},
               {&Profile::newsletterServizi, m_newsletterServizi->checkBox()},
               {&Profile::funzionario, m_funzionario->checkBox()}};

    m_portalErrors->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(ErrorColor)));
    m_portalErrors->hide();
    m_pending->setText(tr("Le ultime modifiche sono salvate su questo computer e non ancora inviate al portale: "
                          "saranno inviate appena possibile."));
    m_pending->hide();
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto* saveRow = new QHBoxLayout;
    saveRow->setContentsMargins(24, 8, 24, 12);
    auto* notes = new QVBoxLayout;
    notes->addWidget(m_pending);
    notes->addWidget(m_saveReason);
    saveRow->addLayout(notes, 1);
    saveRow->addWidget(m_revert, 0, Qt::AlignBottom);
    saveRow->addWidget(m_save, 0, Qt::AlignBottom);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(separator);
    layout->addLayout(saveRow);

    for (const Field& field : std::as_const(m_fields)) {
        connect(field.field, &FormField::changed, this, &ProfilePage::revalidate);
    }
    for (const Flag& flag : std::as_const(m_flags)) {
        connect(flag.box, &QCheckBox::toggled, this, &ProfilePage::revalidate);
    }
    LabelColumn::align(m_forms);
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfilePage::revert);
    revalidate();
}

FormField* ProfilePage::addField(QFormLayout* form, const QString& key, const QString& label, const QString& summary,
                                 domain::FieldRule rule, bool required, const QString& placeholder, int widthChars)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    if (domain::FieldCheck::isCode(rule)) {
        edit->setValidator(new UpperCaseValidator(edit));
    }
    auto* field = new FormField(edit);
    if (widthChars > 0) {
        field->setEditorWidth(widthChars);
    }
    auto* labelWidget = new QLabel(required ? label + QStringLiteral(" *") : label);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, field);
    QString Profile::*member = nullptr;
    for (const profile::ProfileField& profileField : profile::profileTextFields()) {
        if (key == QLatin1String(profileField.key)) {
            member = profileField.member;
        }
    }
    Q_ASSERT(member);
    m_fields.append(Field{key, summary, rule, required, member, field});
    return field;
}

const ProfilePage::Field* ProfilePage::find(QStringView key) const
{
    for (const Field& field : m_fields) {
        if (field.key == key) {
            return &field;
        }
    }
    return nullptr;
}

void ProfilePage::setProfile(const Profile& profile, bool pending)
{
    Profile shown = profile;
    if (shown.cittadinanza.isEmpty()) {
        shown.cittadinanza = QStringLiteral("italiana"); // a value sent to the portal, not a translated text
    }
    applyProfile(shown, m_loaded);
    m_loaded = true;
    m_form->setEnabled(true);

    // An account registered with the portal's own credentials on a Profilo Base has no codice fiscale and may keep it
    // so; every other account has one.
    setRequired(QStringLiteral("codice_fiscale"),
                !(profile.authMethod == QLatin1String("password") && profile.codiceFiscale.isEmpty()));
    const bool locked = profile.identityLocked;
    for (const QString& key : {QStringLiteral("codice_fiscale"), QStringLiteral("nome"), QStringLiteral("cognome")}) {
        const Field* field = find(key);
        field->field->setReadOnly(locked);
        field->field->lineEdit()->setToolTip(locked ? m_identityNote->text() : QString());
    }
    setRowShown(m_identityNote, locked);
    m_selfDeclared->setVisible(profile.selfDeclared);
    m_userId->setText(profile.userId);
    m_accessForm->setRowVisible(m_passwordRow, profile.authMethod == QLatin1String("password"));
    m_pending->setVisible(pending);
    m_emailPending->setText(tr("In attesa di conferma: %1").arg(profile.emailPending));
    setRowShown(m_emailPending, !profile.emailPending.isEmpty());
    setRowShown(m_emailUnconfirmed,
                !profile.emailConfirmed && profile.emailPending.isEmpty() && !profile.email.isEmpty());
    revalidate();
}

void ProfilePage::applyProfile(const Profile& shown, bool keepEdits)
{
    // A field the user changed since the last profile keeps what they typed.
    for (const Field& field : std::as_const(m_fields)) {
        const QString before = domain::FieldCheck::displayed(field.rule, m_shown.*(field.member));
        if (keepEdits && field.field->value() != before) {
            continue;
        }
        const QString& stored = shown.*(field.member);
        field.field->setValue(domain::FieldCheck::displayed(field.rule, stored));
        if (!stored.isEmpty()) {
            field.field->markTouched();
        }
    }
    for (const Flag& flag : std::as_const(m_flags)) {
        if (keepEdits && flag.box->isChecked() != m_shown.*(flag.member)) {
            continue;
        }
        const QSignalBlocker block(flag.box);
        flag.box->setChecked(shown.*(flag.member));
    }
    m_shown = shown;
}

void ProfilePage::setAuthority(const QString& authority)
{
    m_authority = authority;
    updateNewsletterTexts();
}

void ProfilePage::updateNewsletterTexts()
{
    const QString ente = m_authority.isEmpty() ? tr("dall'Ente") : tr("dall'Ente (%1)").arg(m_authority);
    // The portal's own wording.
    m_newsletterEventi->setText(
        tr("Desidero ricevere via email informazioni sulle iniziative ed eventi organizzati %1").arg(ente));
    m_newsletterServizi->setText(
        tr("Desidero ricevere via email informazioni relative agli aggiornamenti delle applicazioni on-line %1")
            .arg(ente));
}

Profile ProfilePage::profile() const
{
    Profile result = m_shown;
    for (const Field& field : m_fields) {
        // Untouched values stay exactly as they came (no trimming that would count as a change).
        if (field.field->value() != domain::FieldCheck::displayed(field.rule, m_shown.*(field.member))) {
            result.*(field.member) = domain::FieldCheck::normalized(field.rule, field.field->value());
        }
    }
    for (const Flag& flag : m_flags) {
        result.*(flag.member) = flag.box->isChecked();
    }
    return result;
}

bool ProfilePage::hasChanges() const
{
    return m_loaded && profile() != m_shown;
}

void ProfilePage::setRequired(const QString& key, bool required)
{
    for (Field& field : m_fields) {
        if (field.key != key || field.required == required) {
            continue;
        }
        field.required = required;
        for (QFormLayout* form : std::as_const(m_forms)) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(field.field))) {
                const QString text = label->text();
                label->setText(required ? text + QStringLiteral(" *") : text.chopped(2));
            }
        }
    }
}

void ProfilePage::revalidate()
{
    FormProblems problems;
    for (const Field& field : std::as_const(m_fields)) {
        // Identity data the user cannot change are not theirs to correct.
        const bool skip = field.field->lineEdit()->isReadOnly() ||
                          (field.key == u"provincia_nascita" && !bornInItaly(find(u"stato_nascita")->field->value()));
        const auto error =
            skip ? std::nullopt : domain::FieldCheck::check(field.rule, field.field->value(), field.required);
        if (error) {
            field.field->setProblem(ValidationText::message(*error), domain::FieldCheck::isDefinite(*error));
            if (error->code == domain::FieldError::Code::Required) {
                problems.addMissing(field.summary);
            } else {
                problems.addWrong(field.summary);
            }
        } else {
            field.field->setProblem(QString(), false);
        }
        if (field.field->hasPortalProblem()) {
            problems.addWrong(field.summary);
        }
    }

    const QString email = find(u"email")->field->value().trimmed();
    setRowShown(m_emailChange, m_loaded && !email.isEmpty() && email.compare(m_shown.email, Qt::CaseInsensitive) != 0);

    const bool changed = hasChanges();
    m_valid = m_loaded && problems.isEmpty();
    m_save->setEnabled(m_valid && changed);
    m_revert->setEnabled(changed);
    m_saveReason->setText(problems.text());
    m_saveReason->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(problems.isEmpty() ? NoteColor : ErrorColor)));
    if (!m_loaded) {
        m_save->setToolTip(tr("I tuoi dati non sono ancora stati letti dal portale."));
    } else if (!problems.isEmpty()) {
        m_save->setToolTip(problems.text());
    } else if (!changed) {
        m_save->setToolTip(tr("Nessuna modifica da salvare."));
    } else {
        m_save->setToolTip(QString());
    }
}

QString ProfilePage::saveBlockedReason() const
{
    return m_save->isEnabled() ? QString() : m_save->toolTip();
}

void ProfilePage::showPortalErrors(const QList<portal::FieldProblem>& problems)
{
    for (const Field& field : std::as_const(m_fields)) {
        field.field->setPortalProblem(QString());
    }
    QStringList elsewhere;
    for (const portal::FieldProblem& problem : problems) {
        const Field* field = find(problem.field);
        const QString message = PortalProblemText::message(problem, field ? field->field->value() : QString());
        if (field) {
            field->field->setPortalProblem(message);
            field->field->markTouched();
        } else {
            elsewhere.append(tr("%1: %2").arg(problem.field, message));
        }
    }
    m_portalErrors->setText(elsewhere.isEmpty()
                                ? QString()
                                : tr("Il portale non ha accettato questi dati:") + u'\n' + elsewhere.join(u'\n'));
    m_portalErrors->setVisible(!elsewhere.isEmpty());
    revalidate();
}

void ProfilePage::save()
{
    revalidate();
    if (!m_save->isEnabled()) {
        return;
    }
    const Profile edited = profile();
    // What was saved is the new starting point; the caller confirms it with setProfile().
    applyProfile(edited, false);
    revalidate();
    Q_EMIT saveRequested(edited);
}

void ProfilePage::revert()
{
    for (const Field& field : std::as_const(m_fields)) {
        field.field->setPortalProblem(QString());
    }
    applyProfile(m_shown, false);
    m_portalErrors->hide();
    revalidate();
}

} // namespace inlinea::ui
