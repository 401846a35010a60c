#include "SelfDeclarationPage.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"
#include "ui/forms/WrappingCheckBox.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace inlinea::ui {

SelfDeclarationPage::SelfDeclarationPage(QWidget* parent)
    : RegistrationPage(parent)
    , m_summary(CredentialsLabels::plain(QStringLiteral("summaryLabel"), this))
    , m_declaration(new WrappingCheckBox(QStringLiteral("selfDeclarationCheck"), this))
    , m_status(CredentialsLabels::message(QStringLiteral("sendStatus"), this))
{
    setTitle(tr("Autocertificazione e invio"));
    setSubTitle(tr("Controlla i dati: con «Registrati» li invii al portale."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Registrati"));

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* frameLayout = new QVBoxLayout(frame);
    frameLayout->addWidget(m_summary);

    m_declaration->setText(tr("Dichiaro che i dati inseriti sono veri (autocertificazione ai sensi del DPR 445/2000) e "
                              "mi impegno a tenerli aggiornati."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(frame);
    layout->addSpacing(8);
    layout->addWidget(m_declaration);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_declaration->checkBox(), &QCheckBox::toggled, this, [this] {
        CredentialsLabels::clear(m_status);
        Q_EMIT completeChanged();
    });
}

void SelfDeclarationPage::setSummary(const QString& summary)
{
    m_summary->setText(summary);
}

bool SelfDeclarationPage::declared() const
{
    return m_declaration->checkBox()->isChecked();
}

void SelfDeclarationPage::setSending(bool sending)
{
    m_sending = sending;
    m_declaration->setEnabled(!sending);
    if (sending) {
        CredentialsLabels::showProgress(m_status, tr("Invio della registrazione al portale in corso…"));
    } else {
        CredentialsLabels::clear(m_status);
    }
    Q_EMIT completeChanged();
}

void SelfDeclarationPage::setSent()
{
    m_sent = true;
}

void SelfDeclarationPage::showError(const QString& text)
{
    CredentialsLabels::showProblem(m_status, text);
}

void SelfDeclarationPage::initializePage()
{
    CredentialsLabels::clear(m_status);
}

bool SelfDeclarationPage::isComplete() const
{
    return declared() && !m_sending;
}

bool SelfDeclarationPage::validatePage()
{
    if (m_sent) {
        return true;
    }
    if (!m_sending) {
        Q_EMIT sendRequested();
    }
    return false;
}

bool SelfDeclarationPage::showFieldProblem(const portal::FieldProblem& problem)
{
    if (problem.field != QLatin1String("/accetto_autocertificazione")) {
        return false;
    }
    CredentialsLabels::showProblem(m_status, CredentialsText::fieldProblem(problem, QString(), {}, {}));
    return true;
}

} // namespace inlinea::ui
