#include "AnagraficaEditor.h"

#include "AnagraficaFieldText.h"
#include "app/domain/AnagraficaRules.h"
#include "app/domain/FieldCheck.h"
#include "ui/ValidationText.h"
#include "ui/forms/FormField.h"
#include "ui/forms/FormProblems.h"
#include "ui/forms/LabelColumn.h"
#include "ui/forms/PortalProblemText.h"
#include "ui/forms/UpperCaseValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

using anagrafiche::Anagrafica;
using Tipo = Anagrafica::Tipo;

constexpr auto ErrorColor = "#b00020";
constexpr auto OkColor = "#1b6e34";
constexpr auto NoteColor = "#555555";

bool isPerson(Tipo tipo)
{
    return tipo == Tipo::PersonaFisica || tipo == Tipo::Professionista;
}

bool isAddressKey(QStringView key)
{
    return key == u"indirizzo" || key == u"comune" || key == u"cap" || key == u"provincia";
}

QString colored(const char* color, const QString& text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(QLatin1String(color), text.toHtmlEscaped());
}

} // namespace

AnagraficaEditor::AnagraficaEditor(const Anagrafica& initial, QWidget* parent)
    : QDialog(parent)
    , m_tipo(new QComboBox(this))
    , m_identityBox(nullptr)
    , m_addressBox(nullptr)
    , m_legalBox(nullptr)
    , m_contactsBox(nullptr)
    , m_cfCheck(new QLabel(this))
    , m_portalErrors(new QLabel(this))
    , m_saveReason(new QLabel(this))
    , m_initial(initial)
{
    setWindowTitle(initial.id == 0 ? tr("Nuova anagrafica") : tr("Modifica anagrafica"));
    setMinimumWidth(960);

    m_tipo->setObjectName(QStringLiteral("tipo"));
    for (const Tipo tipo : {Tipo::PersonaFisica, Tipo::PersonaGiuridica, Tipo::Ente, Tipo::Professionista}) {
        m_tipo->addItem(AnagraficaFieldText::tipo(tipo), static_cast<int>(tipo));
    }
    auto* tipoLabel = new QLabel(tr("Tipo di anagrafica"), this);
    tipoLabel->setBuddy(m_tipo);
    auto* tipoRow = new QHBoxLayout;
    tipoRow->addWidget(tipoLabel);
    tipoRow->addWidget(m_tipo);
    tipoRow->addStretch(1);

    m_portalErrors->setObjectName(QStringLiteral("portalErrors"));
    m_portalErrors->setWordWrap(true);
    m_portalErrors->setTextFormat(Qt::PlainText);
    m_portalErrors->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(ErrorColor)));
    m_portalErrors->hide();

    // Left column: who it is (and, for companies and bodies, who represents it).
    QFormLayout* form = nullptr;
    m_identityBox = addGroup(form);
    m_identityForm = form;
    addLineField(form, QStringLiteral("denominazione"), QString());
    addLineField(form, QStringLiteral("cognome"), QString());
    addLineField(form, QStringLiteral("nome"), QString());
    auto* sesso = new QComboBox;
    sesso->addItem(QStringLiteral("—"), QString());
    sesso->addItem(tr("Maschio"), QStringLiteral("M"));
    sesso->addItem(tr("Femmina"), QStringLiteral("F"));
    addComboField(form, QStringLiteral("sesso"), sesso);
    addLineField(form, QStringLiteral("data_nascita"), tr("gg/mm/aaaa"), 14);
    addLineField(form, QStringLiteral("comune_nascita"), QString());
    addLineField(form, QStringLiteral("provincia_nascita"), tr("es. MI"), 8);
    addLineField(form, QStringLiteral("codice_fiscale"), QString(), 24);
    m_cfCheck->setObjectName(QStringLiteral("codiceFiscaleCheck"));
    m_cfCheck->setWordWrap(true);
    m_cfCheck->setTextFormat(Qt::RichText);
    m_cfCheck->setToolTip(tr("Il confronto riguarda cognome, nome, data di nascita e sesso; il comune di nascita non "
                             "viene verificato."));
    form->addRow(tr("Verifica codice fiscale"), m_cfCheck);
    addLineField(form, QStringLiteral("partita_iva"), tr("11 cifre"), 24);

    m_legalBox = addGroup(form);
    m_legalForm = form;
    m_legalBox->setTitle(tr("Legale rappresentante"));
    addLineField(form, QStringLiteral("legale_rappresentante_cognome"), QString());
    addLineField(form, QStringLiteral("legale_rappresentante_nome"), QString());
    addLineField(form, QStringLiteral("legale_rappresentante_codice_fiscale"), tr("16 caratteri"), 24);
    addLineField(form, QStringLiteral("legale_rappresentante_qualifica"), tr("es. Amministratore unico"));

    // Right column: where it is and how to reach it.
    m_addressBox = addGroup(form);
    m_addressForm = form;
    addLineField(form, QStringLiteral("indirizzo"), tr("es. Via Roma 1"));
    addLineField(form, QStringLiteral("comune"), QString());
    addLineField(form, QStringLiteral("cap"), tr("5 cifre"), 10);
    addLineField(form, QStringLiteral("provincia"), tr("es. MI"), 8);

    m_contactsBox = addGroup(form);
    m_contactsForm = form;
    m_contactsBox->setTitle(tr("Recapiti"));
    addLineField(form, QStringLiteral("pec"), tr("nome@pec.it"));
    addLineField(form, QStringLiteral("email"), tr("nome@dominio.it"));
    auto* telefono = addLineField(form, QStringLiteral("telefono"), QString(), 24);
    telefono->lineEdit()->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    auto* left = new QVBoxLayout;
    left->addWidget(m_identityBox);
    left->addWidget(m_legalBox);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_addressBox);
    right->addWidget(m_contactsBox);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* requiredNote = new QLabel(tr("* campi obbligatori"), this);
    requiredNote->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(NoteColor)));

    m_saveReason->setObjectName(QStringLiteral("saveReason"));
    m_saveReason->setWordWrap(true);
    m_saveReason->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Salva"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annulla"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveReason, 1);
    saveRow->addWidget(buttons, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tipoRow);
    layout->addWidget(m_portalErrors);
    layout->addLayout(columns, 1);
    layout->addWidget(requiredNote);
    layout->addLayout(saveRow);

    // The initial record: what came filled in is checked at once.
    m_tipo->setCurrentIndex(m_tipo->findData(static_cast<int>(initial.tipo)));
    for (const Field& field : std::as_const(m_fields)) {
        const anagrafiche::AnagraficaField* member = anagrafiche::findTextField(field.key);
        const QString stored = member ? initial.*(member->member) : QString();
        field.field->setValue(
            domain::FieldCheck::displayed(domain::AnagraficaRules::rule(initial.tipo, field.key), stored));
        if (!stored.isEmpty()) {
            field.field->markTouched();
        }
    }

    for (const Field& field : std::as_const(m_fields)) {
        connect(field.field, &FormField::changed, this, &AnagraficaEditor::revalidate);
    }
    connect(m_tipo, &QComboBox::currentIndexChanged, this, &AnagraficaEditor::applyTipo);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnagraficaEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyTipo();
}

QGroupBox* AnagraficaEditor::addGroup(QFormLayout*& form)
{
    auto* box = new QGroupBox(this);
    form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    return box;
}

FormField* AnagraficaEditor::addLineField(QFormLayout* form, const QString& key, const QString& placeholder,
                                          int widthChars)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    // The rule of codice_fiscale depends on the tipo, but it is a code either way.
    if (domain::FieldCheck::isCode(domain::AnagraficaRules::rule(Tipo::PersonaGiuridica, key)) ||
        domain::FieldCheck::isCode(domain::AnagraficaRules::rule(Tipo::PersonaFisica, key))) {
        edit->setValidator(new UpperCaseValidator(edit));
    }
    auto* field = new FormField(edit);
    if (widthChars > 0) {
        field->setEditorWidth(widthChars);
    }
    addField(form, key, field);
    return field;
}

FormField* AnagraficaEditor::addComboField(QFormLayout* form, const QString& key, QComboBox* combo)
{
    combo->setObjectName(key);
    auto* field = new FormField(combo);
    field->setEditorWidth(14);
    addField(form, key, field);
    return field;
}

void AnagraficaEditor::addField(QFormLayout* form, const QString& key, FormField* field)
{
    auto* label = new QLabel(AnagraficaFieldText::shortLabel(key));
    label->setBuddy(field->editor());
    form->addRow(label, field);
    m_fields.append(Field{key, form, label, field});
}

const AnagraficaEditor::Field* AnagraficaEditor::find(QStringView key) const
{
    for (const Field& field : m_fields) {
        if (field.key == key) {
            return &field;
        }
    }
    return nullptr;
}

QString AnagraficaEditor::value(QStringView key) const
{
    const Field* field = find(key);
    return field ? field->field->value() : QString();
}

QString AnagraficaEditor::summaryLabel(QStringView key) const
{
    if (isAddressKey(key)) {
        return tr("%1 (%2)").arg(AnagraficaFieldText::shortLabel(key), m_addressBox->title().toLower());
    }
    if (key.startsWith(u"legale_rappresentante_")) {
        return tr("%1 del legale rappresentante").arg(AnagraficaFieldText::shortLabel(key));
    }
    return AnagraficaFieldText::shortLabel(key);
}

Tipo AnagraficaEditor::tipo() const
{
    return static_cast<Tipo>(m_tipo->currentData().toInt());
}

void AnagraficaEditor::setTipo(Tipo tipo)
{
    m_tipo->setCurrentIndex(m_tipo->findData(static_cast<int>(tipo)));
}

void AnagraficaEditor::applyTipo()
{
    const Tipo current = tipo();
    const bool person = isPerson(current);
    switch (current) {
    case Tipo::PersonaFisica:
    case Tipo::Professionista: m_identityBox->setTitle(tr("Dati anagrafici")); break;
    case Tipo::PersonaGiuridica: m_identityBox->setTitle(tr("Dati della persona giuridica")); break;
    case Tipo::Ente: m_identityBox->setTitle(tr("Dati dell'ente")); break;
    }
    m_addressBox->setTitle(person ? tr("Residenza") : tr("Sede legale"));
    m_legalBox->setVisible(!person);

    for (const Field& field : std::as_const(m_fields)) {
        field.form->setRowVisible(field.field, domain::AnagraficaRules::isVisible(current, field.key));
        QString label = field.key == u"pec" && !person ? AnagraficaFieldText::label(field.key)
                                                       : AnagraficaFieldText::shortLabel(field.key);
        if (domain::AnagraficaRules::isRequired(current, field.key)) {
            label += QStringLiteral(" *");
        }
        field.label->setText(label);
    }
    if (const Field* cf = find(u"codice_fiscale")) {
        cf->field->lineEdit()->setPlaceholderText(person ? tr("16 caratteri") : tr("11 cifre (o 16 caratteri)"));
    }
    m_identityForm->setRowVisible(m_cfCheck, person);
    // Labels change with the tipo (required marks); each column's groups keep their fields lined up.
    LabelColumn::align({m_identityForm, m_legalForm});
    LabelColumn::align({m_addressForm, m_contactsForm});
    revalidate();
}

void AnagraficaEditor::revalidate()
{
    const Tipo current = tipo();
    FormProblems problems;
    for (const Field& field : std::as_const(m_fields)) {
        if (!domain::AnagraficaRules::isVisible(current, field.key)) {
            field.field->setProblem(QString(), false);
            continue;
        }
        const auto error = domain::AnagraficaRules::check(current, field.key, field.field->value());
        if (error) {
            field.field->setProblem(ValidationText::message(*error), domain::FieldCheck::isDefinite(*error));
            if (error->code == domain::FieldError::Code::Required) {
                problems.addMissing(summaryLabel(field.key));
            } else {
                problems.addWrong(summaryLabel(field.key));
            }
        } else {
            field.field->setProblem(QString(), false);
        }
        if (field.field->hasPortalProblem()) {
            problems.addWrong(summaryLabel(field.key));
        }
    }
    if (isPerson(current)) {
        updatePersonCheck(problems);
    }
    m_valid = problems.isEmpty();
    m_save->setEnabled(m_valid);
    m_saveReason->setText(problems.text());
    m_save->setToolTip(problems.text());
}

void AnagraficaEditor::updatePersonCheck(FormProblems& problems)
{
    const auto labels = [](const QStringList& keys) {
        QStringList names;
        for (const QString& key : keys) {
            names.append(AnagraficaFieldText::shortLabel(key).toLower());
        }
        return names.join(QStringLiteral(", "));
    };
    const auto check = domain::AnagraficaRules::checkPerson(value(u"codice_fiscale"), value(u"cognome"), value(u"nome"),
                                                            value(u"data_nascita"), value(u"sesso"));
    using State = domain::AnagraficaRules::PersonCheck::State;
    switch (check.state) {
    case State::Incomplete:
        m_cfCheck->setText(colored(NoteColor, tr("Si farà quando saranno inseriti: %1").arg(labels(check.missing))));
        break;
    case State::Unverifiable:
        m_cfCheck->setText(colored(NoteColor, tr("Si farà dopo aver corretto: %1").arg(labels(check.missing))));
        break;
    case State::Matches:
        m_cfCheck->setText(
            colored(OkColor, QStringLiteral(u"✓ ") + tr("Il codice fiscale corrisponde ai dati anagrafici")));
        break;
    case State::Mismatch:
        m_cfCheck->setText(colored(ErrorColor, QStringLiteral(u"✗ ") + ValidationText::message(*check.error)));
        if (const Field* cf = find(u"codice_fiscale")) {
            cf->field->setProblem(ValidationText::message(*check.error), true, true);
        }
        problems.addWrong(summaryLabel(u"codice_fiscale"));
        break;
    }
}

void AnagraficaEditor::showPortalErrors(const QList<portal::FieldProblem>& problems)
{
    for (const Field& field : std::as_const(m_fields)) {
        field.field->setPortalProblem(QString());
    }
    QStringList elsewhere;
    FormField* first = nullptr;
    for (const portal::FieldProblem& problem : problems) {
        const Field* field = find(problem.field);
        const QString message = PortalProblemText::message(problem, field ? field->field->value() : QString());
        if (field && domain::AnagraficaRules::isVisible(tipo(), field->key)) {
            field->field->setPortalProblem(message);
            field->field->markTouched();
            if (!first) {
                first = field->field;
            }
        } else {
            elsewhere.append(tr("%1: %2").arg(AnagraficaFieldText::label(problem.field), message));
        }
    }
    m_portalErrors->setText(elsewhere.isEmpty()
                                ? QString()
                                : tr("Il portale non ha accettato questi dati:") + u'\n' + elsewhere.join(u'\n'));
    m_portalErrors->setVisible(!elsewhere.isEmpty());
    revalidate();
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

QString AnagraficaEditor::saveBlockedReason() const
{
    return m_saveReason->text();
}

Anagrafica AnagraficaEditor::anagrafica() const
{
    Anagrafica result = m_initial;
    const Tipo current = tipo();
    result.tipo = current;
    for (const Field& field : m_fields) {
        if (!domain::AnagraficaRules::isVisible(current, field.key)) {
            continue;
        }
        if (const anagrafiche::AnagraficaField* member = anagrafiche::findTextField(field.key)) {
            result.*(member->member) =
                domain::FieldCheck::normalized(domain::AnagraficaRules::rule(current, field.key), field.field->value());
        }
    }
    return result;
}

void AnagraficaEditor::accept()
{
    revalidate();
    if (!m_valid) {
        return;
    }
    QDialog::accept();
}

} // namespace inlinea::ui
