#include "SubmissionDialog.h"

#include "SubmissionText.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/submissions/SubmissionStore.h"
#include "ui/pdf/ReceiptPdf.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

SubmissionDialog::SubmissionDialog(submissions::SubmissionStore& store, submissions::SubmissionEngine* engine,
                                   qint64 id, Context context, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_engine(engine)
    , m_id(id)
    , m_context(std::move(context))
    , m_state(new QLabel(this))
    , m_cip(new QLabel(this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_attempts(new QTreeWidget(this))
    , m_retry(new QPushButton(tr("Riprova ora"), this))
    , m_receipt(new QPushButton(tr("Salva la ricevuta in PDF…"), this))
{
    setWindowTitle(tr("Invio della domanda"));
    m_state->setObjectName(QStringLiteral("submissionState"));
    m_state->setWordWrap(true);
    m_cip->setObjectName(QStringLiteral("submissionCip"));
    m_cip->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_step->setObjectName(QStringLiteral("submissionStep"));
    m_progress->setObjectName(QStringLiteral("submissionProgress"));
    m_attempts->setObjectName(QStringLiteral("submissionAttempts"));
    m_attempts->setColumnCount(3);
    m_attempts->setHeaderLabels({tr("Ora"), tr("Passo"), tr("Esito")});
    m_attempts->setRootIsDecorated(false);
    m_attempts->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_retry->setObjectName(QStringLiteral("submissionRetry"));
    m_receipt->setObjectName(QStringLiteral("submissionReceipt"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_receipt, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_receipt, &QPushButton::clicked, this, &SubmissionDialog::chooseReceiptFile);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_engine == nullptr) {
            return;
        }
        const auto found = m_store.find(m_id);
        if (found && found.value() && found.value()->state == submissions::Submission::State::Rejected) {
            (void)m_engine->retry(m_id);
        } else {
            m_engine->sendNow();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_cip);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(new QLabel(tr("Tentativi"), this));
    layout->addWidget(m_attempts, 1);
    layout->addWidget(buttons);
    resize(720, 480);

    if (m_engine != nullptr) {
        connect(m_engine, &submissions::SubmissionEngine::submissionChanged, this, [this](qint64 changed) {
            if (changed == m_id) {
                refresh();
            }
        });
        connect(m_engine, &submissions::SubmissionEngine::progress, this, &SubmissionDialog::onProgress);
        connect(m_engine, &submissions::SubmissionEngine::stateChanged, this, &SubmissionDialog::refresh);
    }
    refresh();
}

void SubmissionDialog::refresh()
{
    const auto found = m_store.find(m_id);
    if (!found || !found.value()) {
        m_state->setText(tr("Invio non trovato sul computer."));
        return;
    }
    const submissions::Submission& s = *found.value();
    using State = submissions::Submission::State;
    QString text =
        QStringLiteral("<b>%1</b> — %2").arg(s.title.toHtmlEscaped(), SubmissionText::state(s).toHtmlEscaped());
    if (s.state == State::Pending && m_engine != nullptr &&
        m_engine->state() == submissions::SubmissionEngine::State::Waiting) {
        text += QStringLiteral("<br>") + tr("Il portale non risponde: nuovo tentativo tra poco, anche se chiudi "
                                            "l'applicazione (riprende alla prossima apertura).");
    } else if (s.state == State::Rejected) {
        text += QStringLiteral("<br>") +
                SubmissionText::rejection(s.problem).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    m_state->setText(text);
    m_cip->setVisible(s.state == State::Done);
    if (s.state == State::Done) {
        m_cip->setText(tr("<span style='font-size:16pt'>CIP <b>%1</b></span><br>Protocollo %2 — conserva la "
                          "ricevuta: il CIP identifica la pratica in ogni richiesta successiva.")
                           .arg(s.cip.toHtmlEscaped(), s.protocollo.toHtmlEscaped()));
    }
    const bool sending = s.state == State::Pending;
    m_step->setVisible(sending);
    m_progress->setVisible(sending);
    m_retry->setVisible(s.state != State::Done && m_engine != nullptr);
    m_receipt->setEnabled(s.state == State::Done);

    m_attempts->clear();
    const auto attempts = m_store.attempts(m_id);
    for (const submissions::SubmissionAttempt& a :
         attempts ? attempts.value() : QList<submissions::SubmissionAttempt>{}) {
        auto* item = new QTreeWidgetItem(m_attempts);
        item->setText(0, a.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        item->setText(1, SubmissionText::step(a.step));
        item->setText(2, SubmissionText::outcome(a.outcome));
        item->setToolTip(2, a.detail);
    }
    m_attempts->resizeColumnToContents(0);
    m_attempts->resizeColumnToContents(1);
}

void SubmissionDialog::onProgress(qint64 id, const QString& step, qint64 sent, qint64 total)
{
    if (id != m_id) {
        return;
    }
    m_step->setText(SubmissionText::step(step));
    if (total <= 0) {
        m_progress->setRange(0, 0); // waiting for the answer
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(sent * 1000 / total));
    m_progress->setFormat(QStringLiteral("%1 / %2").arg(SubmissionText::size(sent), SubmissionText::size(total)));
}

bool SubmissionDialog::saveReceipt(const QString& path, QString* why)
{
    const auto found = m_store.find(m_id);
    if (!found || !found.value() || found.value()->state != submissions::Submission::State::Done) {
        if (why != nullptr) {
            *why = tr("La domanda non è ancora stata registrata dal portale.");
        }
        return false;
    }
    ReceiptPdf::Input input;
    input.receipt = found.value()->receipt;
    input.anagraficaName = m_context.anagraficaName;
    input.anagraficaCode = m_context.anagraficaCode;
    input.slotTitles = ReceiptPdf::slotTitles(m_context.definition);
    if (auto written = ReceiptPdf::write(input, path); !written) {
        if (why != nullptr) {
            *why = written.error().detail;
        }
        return false;
    }
    return true;
}

void SubmissionDialog::chooseReceiptFile()
{
    const auto found = m_store.find(m_id);
    const QString cip = found && found.value() ? found.value()->cip : QString();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/ricevuta-%1.pdf").arg(cip);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Salva la ricevuta"), suggested, tr("Documenti PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString why;
    if (!saveReceipt(path, &why)) {
        QMessageBox::warning(this, tr("Ricevuta non salvata"), why);
    }
}

} // namespace inlinea::ui
