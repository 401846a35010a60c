#include "SettingsDialog.h"

#include "ui/widgets/PortalProbeWidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

using settings::Language;

SettingsDialog::SettingsDialog(settings::AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_probe(new PortalProbeWidget(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_saveButton(nullptr)
{
    setWindowTitle(tr("Impostazioni"));
    setMinimumWidth(640);

    m_probe->setAddress(settings.portalUrl().toString());
    m_probe->setCaFile(settings.extraCaFile());

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Lingua del sistema"), QVariant::fromValue(static_cast<int>(Language::System)));
    m_language->addItem(QStringLiteral("Italiano"), QVariant::fromValue(static_cast<int>(Language::Italian)));
    m_language->addItem(QStringLiteral("English"), QVariant::fromValue(static_cast<int>(Language::English)));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(settings.language())));
    m_languageNote->setText(tr("La nuova lingua sarà usata al prossimo avvio."));
    m_languageNote->setVisible(false);

    auto* portalBox = new QGroupBox(tr("Portale"), this);
    auto* portalLayout = new QVBoxLayout(portalBox);
    portalLayout->addWidget(m_probe);

    auto* generalBox = new QGroupBox(tr("Generale"), this);
    auto* generalLayout = new QFormLayout(generalBox);
    generalLayout->addRow(tr("Lingua:"), m_language);
    generalLayout->addRow(QString(), m_languageNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("Salva"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annulla"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(portalBox);
    layout->addWidget(generalBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_probe, &PortalProbeWidget::edited, this, [this] {
        m_addressTouched = true;
        updateSaveButton();
    });
    connect(m_probe, &PortalProbeWidget::verified, this, &SettingsDialog::updateSaveButton);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toInt() != static_cast<int>(m_settings.language()));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateSaveButton();
}

void SettingsDialog::updateSaveButton()
{
    const bool needsCheck = m_addressTouched && !m_probe->info();
    m_saveButton->setEnabled(!needsCheck);
    m_saveButton->setToolTip(needsCheck ? tr("Verifica il nuovo indirizzo del portale prima di salvare.") : QString());
}

void SettingsDialog::accept()
{
    if (m_addressTouched && m_probe->info()) {
        m_portalChanged =
            m_probe->verifiedUrl() != m_settings.portalUrl() || m_probe->caFile() != m_settings.extraCaFile();
        m_settings.setPortalUrl(m_probe->verifiedUrl());
        m_settings.setExtraCaFile(m_probe->caFile());
    }
    const auto language = static_cast<Language>(m_language->currentData().toInt());
    m_languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.sync();
    QDialog::accept();
}

} // namespace inlinea::ui
