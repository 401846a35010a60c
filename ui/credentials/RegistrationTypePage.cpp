#include "RegistrationTypePage.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

// An explanation under its radio button, indented to the button's text.
QLabel* explanationUnder(QRadioButton* button, const QString& objectName, const QString& text, QVBoxLayout* layout)
{
    auto* label = CredentialsLabels::note(objectName, button->parentWidget());
    label->setText(text);
    label->setContentsMargins(24, 0, 0, 6);
    layout->addWidget(button);
    layout->addWidget(label);
    return label;
}

} // namespace

RegistrationTypePage::RegistrationTypePage(const QList<portal::RegistrationType>& types, QWidget* parent)
    : RegistrationPage(parent)
    , m_types(types)
    , m_typeGroup(new QButtonGroup(this))
    , m_profileGroup(new QButtonGroup(this))
    , m_problem(CredentialsLabels::message(QStringLiteral("typeProblem"), this))
{
    setTitle(tr("Tipo e profilo"));
    setSubTitle(tr("Scegli come ti registri: da questo dipendono i dati richiesti e i servizi che potrai usare."));

    auto* typeBox = new QGroupBox(tr("Tipo di registrazione"), this);
    auto* typeLayout = new QVBoxLayout(typeBox);
    for (const portal::RegistrationType& type : std::as_const(m_types)) {
        auto* button = new QRadioButton(CredentialsText::typeName(type.code), typeBox);
        button->setObjectName(QStringLiteral("type_") + type.code);
        m_typeGroup->addButton(button, static_cast<int>(m_typeButtons.size()));
        m_typeButtons.append(button);
        explanationUnder(button, QStringLiteral("typeExplanation_") + type.code,
                         CredentialsText::typeExplanation(type.code), typeLayout);
        for (const QString& profile : type.profiles) {
            if (!m_profiles.contains(profile)) {
                m_profiles.append(profile);
            }
        }
    }

    auto* profileBox = new QGroupBox(tr("Profilo"), this);
    auto* profileLayout = new QVBoxLayout(profileBox);
    for (const QString& profile : std::as_const(m_profiles)) {
        auto* button = new QRadioButton(CredentialsText::profileName(profile), profileBox);
        button->setObjectName(QStringLiteral("profile_") + profile);
        m_profileGroup->addButton(button, static_cast<int>(m_profileButtons.size()));
        m_profileButtons.append(button);
        explanationUnder(button, QStringLiteral("profileExplanation_") + profile,
                         CredentialsText::profileExplanation(profile), profileLayout);
        auto* unavailable = CredentialsLabels::note(QStringLiteral("profileUnavailable_") + profile, profileBox);
        unavailable->setContentsMargins(24, 0, 0, 6);
        profileLayout->addWidget(unavailable);
        m_profileNotes.append(unavailable);
    }

    auto* layout = new QVBoxLayout(this);
    if (m_types.isEmpty()) {
        auth::CredentialsError disabled;
        disabled.kind = auth::CredentialsError::Kind::RegistrationDisabled;
        CredentialsLabels::showProblem(m_problem, CredentialsText::error(disabled));
        typeBox->hide();
        profileBox->hide();
    }
    layout->addWidget(typeBox);
    layout->addWidget(profileBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_typeGroup, &QButtonGroup::idClicked, this, &RegistrationTypePage::updateProfiles);
    connect(m_profileGroup, &QButtonGroup::idClicked, this, [this] {
        CredentialsLabels::clear(m_problem);
        Q_EMIT completeChanged();
    });
    if (!m_typeButtons.isEmpty()) {
        m_typeButtons.first()->setChecked(true);
        updateProfiles();
    }
}

QString RegistrationTypePage::tipo() const
{
    const int index = m_typeGroup->checkedId();
    return index >= 0 ? m_types.at(index).code : QString();
}

QString RegistrationTypePage::profilo() const
{
    const int index = m_profileGroup->checkedId();
    return index >= 0 ? m_profiles.at(index) : QString();
}

bool RegistrationTypePage::isComplete() const
{
    return !tipo().isEmpty() && !profilo().isEmpty();
}

bool RegistrationTypePage::showFieldProblem(const portal::FieldProblem& problem)
{
    if (problem.field != QLatin1String("/tipo") && problem.field != QLatin1String("/profilo")) {
        return false;
    }
    const QString value = problem.field == QLatin1String("/tipo") ? tipo() : profilo();
    CredentialsLabels::showProblem(m_problem, CredentialsText::fieldProblem(problem, value, {}, {}));
    return true;
}

void RegistrationTypePage::updateProfiles()
{
    const int typeIndex = m_typeGroup->checkedId();
    const QStringList offered = typeIndex >= 0 ? m_types.at(typeIndex).profiles : QStringList();
    for (int i = 0; i < m_profileButtons.size(); ++i) {
        const bool available = offered.contains(m_profiles.at(i));
        m_profileButtons.at(i)->setEnabled(available);
        const QString note =
            available || typeIndex < 0
                ? QString()
                : tr("Non disponibile per il tipo «%1».").arg(CredentialsText::typeName(m_types.at(typeIndex).code));
        m_profileNotes.at(i)->setText(note);
        m_profileNotes.at(i)->setVisible(!note.isEmpty());
    }
    // A profile the new type does not offer cannot stay chosen: fall back to the type's first one.
    const int profileIndex = m_profileGroup->checkedId();
    if ((profileIndex < 0 || !offered.contains(m_profiles.at(profileIndex))) && !offered.isEmpty()) {
        m_profileButtons.at(static_cast<int>(m_profiles.indexOf(offered.first())))->setChecked(true);
    }
    CredentialsLabels::clear(m_problem);
    Q_EMIT completeChanged();
}

} // namespace inlinea::ui
