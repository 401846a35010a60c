#include "CardPanel.h"

#include "app/card/CardMonitor.h"
#include "ui/CardText.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace inlinea::ui {

using State = card::CardMonitor::State;

CardPanel::CardPanel(QWidget* parent)
    : QGroupBox(tr("Smart card"), parent)
    , m_readers(new QComboBox(this))
    , m_readerLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_details(new QWidget(this))
    , m_holder(new QLabel(m_details))
    , m_codiceFiscale(new QLabel(m_details))
    , m_expiry(new QLabel(m_details))
    , m_tries(new QLabel(m_details))
{
    setObjectName(QStringLiteral("cardPanel"));
    m_readers->setObjectName(QStringLiteral("readerCombo"));
    m_readerLabel->setObjectName(QStringLiteral("readerLabel"));
    m_hint->setObjectName(QStringLiteral("cardHint"));
    m_hint->setWordWrap(true);
    m_holder->setObjectName(QStringLiteral("holderLabel"));
    m_codiceFiscale->setObjectName(QStringLiteral("cfLabel"));
    m_expiry->setObjectName(QStringLiteral("expiryLabel"));
    m_tries->setObjectName(QStringLiteral("triesLabel"));
    m_codiceFiscale->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* details = new QFormLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addRow(tr("Titolare:"), m_holder);
    details->addRow(tr("Codice fiscale:"), m_codiceFiscale);
    details->addRow(tr("Scadenza della carta:"), m_expiry);
    details->addRow(tr("Tentativi PIN:"), m_tries);

    auto* readerRow = new QFormLayout;
    auto* readerBox = new QWidget(this);
    auto* readerLayout = new QVBoxLayout(readerBox);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(m_readers);
    readerLayout->addWidget(m_readerLabel);
    readerRow->addRow(tr("Lettore:"), readerBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(readerRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_details);

    connect(m_readers, &QComboBox::activated, this,
            [this](int index) { Q_EMIT readerChosen(m_readers->itemText(index)); });
    refresh();
}

void CardPanel::setMonitor(card::CardMonitor* monitor)
{
    if (m_monitor) {
        disconnect(m_monitor, nullptr, this, nullptr);
    }
    m_monitor = monitor;
    if (m_monitor) {
        connect(m_monitor, &card::CardMonitor::changed, this, &CardPanel::refresh);
    }
    refresh();
}

void CardPanel::refresh()
{
    if (!m_monitor) {
        m_readers->hide();
        m_readerLabel->setText(tr("nessuno"));
        m_hint->clear();
        m_details->hide();
        return;
    }
    const auto& readers = m_monitor->readers();
    {
        const QSignalBlocker block(m_readers);
        m_readers->clear();
        for (const auto& r : readers) {
            m_readers->addItem(r.name);
        }
        m_readers->setCurrentText(m_monitor->currentReader());
    }
    // A choice only when there is one to make.
    m_readers->setVisible(readers.size() > 1);
    m_readerLabel->setVisible(readers.size() <= 1);
    m_readerLabel->setText(readers.isEmpty() ? tr("nessuno") : m_monitor->currentReader());

    const bool ready = m_monitor->state() == State::Ready && m_monitor->identity();
    m_details->setVisible(ready);
    m_hint->setText(CardText::stateHint(*m_monitor));
    m_hint->setVisible(!m_hint->text().isEmpty());
    if (!ready) {
        return;
    }
    const auto& identity = *m_monitor->identity();
    const auto& person = identity.personal;
    m_holder->setText(QStringLiteral("%1 %2").arg(person.name, person.surname));
    m_codiceFiscale->setText(person.codiceFiscale);

    const QDate today = QDate::currentDate();
    // gg/mm/aaaa, as Italian forms write dates (the locale's short format has a two-digit year).
    QString expiry = person.expiryDate.toString(QStringLiteral("dd/MM/yyyy"));
    QPalette expiryPalette = palette();
    if (person.expiryDate.isValid() && person.expiryDate < today) {
        expiry = tr("%1 — scaduta: rinnova la carta").arg(expiry);
        expiryPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    } else if (person.expiryDate.isValid() && today.daysTo(person.expiryDate) <= ExpiryWarningDays) {
        expiry = tr("%1 — scade tra %n giorni", nullptr, static_cast<int>(today.daysTo(person.expiryDate))).arg(expiry);
        expiryPalette.setColor(QPalette::WindowText, QColor(0xb2, 0x6a, 0x00));
    }
    m_expiry->setText(expiry);
    m_expiry->setPalette(expiryPalette);

    if (!identity.pinTriesLeft) {
        m_tries->setText(identity.pinVerified ? tr("PIN già verificato") : tr("non indicati dalla carta"));
    } else if (*identity.pinTriesLeft == 0) {
        m_tries->setText(tr("PIN bloccato: serve il PUK"));
    } else {
        m_tries->setText(QString::number(*identity.pinTriesLeft));
    }
}

} // namespace inlinea::ui
