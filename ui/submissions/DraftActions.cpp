#include "DraftActions.h"

#include "AttachmentsPanel.h"
#include "SubmissionDialog.h"
#include "SubmissionText.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/forms/FormSchema.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/submissions/SubmissionStore.h"
#include "ui/formview/DraftWindow.h"
#include "ui/formview/FormView.h"
#include "ui/pdf/FormPdf.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace inlinea::ui {

DraftActions::DraftActions(DraftWindow* window, DraftSendServices services, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_services(std::move(services))
    , m_state(new QLabel(this))
    , m_pdf(new QPushButton(tr("PDF del modulo…"), this))
    , m_check(new QPushButton(tr("Verifica prima dell'invio"), this))
    , m_send(new QPushButton(tr("Invia"), this))
{
    m_state->setObjectName(QStringLiteral("draftSubmissionState"));
    m_state->setTextFormat(Qt::RichText);
    m_pdf->setObjectName(QStringLiteral("draftPdfButton"));
    m_check->setObjectName(QStringLiteral("draftCheckButton"));
    m_send->setObjectName(QStringLiteral("draftSendButton"));
    m_send->setDefault(true);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_state);
    row->addWidget(m_pdf);
    row->addWidget(m_check);
    row->addWidget(m_send);
    connect(m_pdf, &QPushButton::clicked, this, &DraftActions::choosePdfFile);
    connect(m_check, &QPushButton::clicked, this, &DraftActions::openCheck);
    connect(m_send, &QPushButton::clicked, this, &DraftActions::onSendClicked);
    connect(m_state, &QLabel::linkActivated, this, [this] { showSubmission(m_lastSubmission); });
    if (m_services.engine != nullptr) {
        connect(m_services.engine, &submissions::SubmissionEngine::submissionChanged, this,
                &DraftActions::refreshState);
    }
    refreshState();
}

void DraftActions::refreshState()
{
    m_lastSubmission = 0;
    m_state->clear();
    if (m_services.submissions == nullptr) {
        return;
    }
    const auto sent = m_services.submissions->forDraft(m_window->draftId());
    if (!sent || sent.value().isEmpty()) {
        return;
    }
    const submissions::Submission& last = sent.value().first();
    m_lastSubmission = last.id;
    m_state->setText(QStringLiteral("%1 — <a href='#'>%2</a>")
                         .arg(SubmissionText::state(last).toHtmlEscaped(), tr("dettagli").toHtmlEscaped()));
}

QList<FormProblem> DraftActions::formProblems() const
{
    return m_window->form()->errors();
}

QList<submissions::PreSendProblem> DraftActions::otherProblems(bool rehash) const
{
    const AttachmentsPanel* panel = m_window->attachmentsPanel();
    return submissions::PreSendCheck::check(m_window->definition(), m_window->data()->data(), m_window->anagraficaId(),
                                            panel ? panel->files() : QList<submissions::AttachedFile>{},
                                            m_services.limits, rehash);
}

bool DraftActions::savePdf(const QString& path, QString* why) const
{
    FormPdf::Input input;
    input.definition = m_window->definition();
    input.data = m_window->data()->data();
    input.anagraficaName = m_services.anagraficaName;
    input.anagraficaCode = m_services.anagraficaCode;
    input.draftTitle = m_window->windowTitle();
    QHash<QString, QString> titles;
    for (const QJsonValue& slot : input.definition.attachments) {
        titles.insert(slot.toObject().value(QStringLiteral("slot")).toString(),
                      slot.toObject().value(QStringLiteral("title")).toString());
    }
    if (const AttachmentsPanel* panel = m_window->attachmentsPanel()) {
        for (const submissions::AttachedFile& file : panel->files()) {
            input.attachments.append(
                FormPdf::Attachment{titles.value(file.slot, file.slot), file.filename, file.size, file.sha256});
        }
    }
    if (m_services.submissions != nullptr) {
        const auto sent = m_services.submissions->forDraft(m_window->draftId());
        if (sent && !sent.value().isEmpty() && sent.value().first().state == submissions::Submission::State::Done) {
            input.cip = sent.value().first().cip;
        }
    }
    if (auto written = FormPdf::write(input, path); !written) {
        if (why != nullptr) {
            *why = written.error().detail;
        }
        return false;
    }
    return true;
}

void DraftActions::choosePdfFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                              m_window->definition().code.toLower() + QStringLiteral(".pdf");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Salva il modulo compilato"), suggested, tr("Documenti PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString why;
    if (!savePdf(path, &why)) {
        QMessageBox::warning(this, tr("PDF non salvato"), why);
    }
}

PreSendDialog* DraftActions::openCheck()
{
    auto* dialog = new PreSendDialog(formProblems(), otherProblems(true), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreSendDialog::goToField, m_window, &DraftWindow::focusField);
    connect(dialog, &PreSendDialog::goToSlot, m_window, &DraftWindow::showSlot);
    connect(dialog, &PreSendDialog::sendRequested, this, &DraftActions::send);
    dialog->open();
    return dialog;
}

void DraftActions::onSendClicked()
{
    const auto others = otherProblems(true);
    if (!formProblems().isEmpty() || !others.isEmpty()) {
        // Anything to fix or to know (a warning) is shown first; the dialog's "Invia" goes on.
        openCheck();
        return;
    }
    send();
}

qint64 DraftActions::send()
{
    if (m_services.engine == nullptr || m_services.submissions == nullptr) {
        return 0;
    }
    const auto sent = m_services.submissions->forDraft(m_window->draftId());
    if (sent && !sent.value().isEmpty() && sent.value().first().state != submissions::Submission::State::Rejected) {
        const submissions::Submission& last = sent.value().first();
        const QString question = last.state == submissions::Submission::State::Done
                                     ? tr("Questa bozza è già stata inviata (CIP %1). Un nuovo invio crea un'altra "
                                          "pratica. Inviare di nuovo?")
                                           .arg(last.cip)
                                     : tr("Questa bozza è già in invio. Un nuovo invio crea un'altra pratica. "
                                          "Inviare di nuovo?");
        if (QMessageBox::question(this, tr("Invia di nuovo"), question) != QMessageBox::Yes) {
            return 0;
        }
    }
    if (!m_window->flush()) {
        QMessageBox::warning(this, tr("Invio non avviato"),
                             tr("La bozza non si può salvare sul computer: l'invio non parte finché non è salva."));
        return 0;
    }
    const AttachmentsPanel* panel = m_window->attachmentsPanel();
    auto created = m_services.engine->submit(
        m_window->draftId(), m_window->anagraficaId(), m_window->definition().code, m_window->definition().version,
        m_window->windowTitle(),
        forms::FormSchema::withoutHiddenSections(m_window->definition().layout, m_window->data()->data()),
        panel ? panel->files() : QList<submissions::AttachedFile>{});
    if (!created) {
        QMessageBox::warning(this, tr("Invio non avviato"), created.error().detail);
        return 0;
    }
    refreshState();
    showSubmission(created.value().id);
    return created.value().id;
}

void DraftActions::showSubmission(qint64 id)
{
    if (id == 0 || m_services.submissions == nullptr) {
        return;
    }
    if (m_dialog && m_dialog->submissionId() != id) {
        m_dialog->close();
    }
    if (!m_dialog) {
        m_dialog = new SubmissionDialog(
            *m_services.submissions, m_services.engine, id,
            SubmissionDialog::Context{m_services.anagraficaName, m_services.anagraficaCode, m_window->definition()},
            m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
}

} // namespace inlinea::ui
