#include "PinDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace inlinea::ui {

PinDialog::PinDialog(const QString& holder, std::optional<int> triesLeft, QWidget* parent)
    : QDialog(parent)
    , m_triesLabel(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_error(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_ok(nullptr)
    , m_blocked(triesLeft && *triesLeft == 0)
    , m_triesLeft(triesLeft)
{
    setWindowTitle(tr("PIN della carta"));
    setMinimumWidth(440);

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(holder.isEmpty() ? tr("Inserisci il PIN della Carta Nazionale dei Servizi.")
                                    : tr("Inserisci il PIN della carta di <b>%1</b>.").arg(holder.toHtmlEscaped()));

    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(MaxLength);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_triesLabel->setObjectName(QStringLiteral("triesLabel"));
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("PIN:"), m_pin);
    form->addRow(QString(), m_triesLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Entra"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annulla"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_pin, &QLineEdit::textChanged, this, &PinDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

PinDialog::~PinDialog()
{
    // Overwrite what the field held before the memory is released.
    m_pin->setText(QString(MaxLength, QLatin1Char('0')));
    m_pin->clear();
}

void PinDialog::updateState()
{
    if (m_blocked) {
        m_pin->setEnabled(false);
        m_triesLabel->setText(tr("PIN bloccato"));
        m_warning->setText(tr("Il PIN è stato bloccato dopo troppi tentativi errati. Per sbloccarlo serve il codice "
                              "PUK ricevuto insieme alla carta (o all'atto del rilascio del PIN): usa la funzione di "
                              "sblocco del software della carta o rivolgiti allo sportello che l'ha rilasciata."));
        m_ok->setEnabled(false);
        return;
    }
    if (!m_triesLeft) {
        m_triesLabel->setText(tr("La carta non indica quanti tentativi restano."));
        m_warning->clear();
    } else {
        m_triesLabel->setText(tr("Tentativi rimasti: %n", nullptr, *m_triesLeft));
        m_warning->setText(*m_triesLeft == 1 ? tr("Attenzione: è l'ultimo tentativo. Se il PIN è sbagliato la carta "
                                                  "verrà bloccata e servirà il PUK.")
                                             : QString());
    }
    m_warning->setVisible(!m_warning->text().isEmpty());
    const qsizetype length = m_pin->text().size();
    m_ok->setEnabled(length >= MinLength && length <= MaxLength);
    m_ok->setToolTip(m_ok->isEnabled() ? QString() : tr("Il PIN ha da %1 a %2 cifre.").arg(MinLength).arg(MaxLength));
}

void PinDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QByteArray PinDialog::takePin()
{
    QByteArray pin = m_pin->text().toLatin1();
    m_pin->setText(QString(MaxLength, QLatin1Char('0')));
    m_pin->clear();
    return pin;
}

} // namespace inlinea::ui
