#include "FirstRunDialog.h"

#include "ui/widgets/PortalProbeWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent)
    , m_probe(new PortalProbeWidget(this))
    , m_continueButton(nullptr)
{
    setWindowTitle(tr("Benvenuto in Inlinea Desktop"));
    setMinimumWidth(620);

    auto* title = new QLabel(tr("<h2>Benvenuto in Inlinea Desktop</h2>"), this);
    auto* intro = new QLabel(tr("Per iniziare indica l'indirizzo del portale a cui presentare le pratiche. "
                                "Inlinea Desktop verifica che il portale risponda e mostra quali modalità di "
                                "accesso offre."),
                             this);
    intro->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_continueButton = buttons->button(QDialogButtonBox::Ok);
    m_continueButton->setText(tr("Continua"));
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setEnabled(false);
    m_continueButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Esci"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_probe);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_probe, &PortalProbeWidget::verified, this, [this] {
        m_continueButton->setEnabled(true);
        m_continueButton->setFocus();
    });
    connect(m_probe, &PortalProbeWidget::invalidated, this, [this] { m_continueButton->setEnabled(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace inlinea::ui
