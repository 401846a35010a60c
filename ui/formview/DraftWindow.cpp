#include "DraftWindow.h"

#include "DraftMigrationDialog.h"
#include "FormView.h"
#include "app/drafts/DraftAutosaver.h"
#include "app/drafts/DraftMigration.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/procedimenti/CatalogCache.h"
#include "app/procedimenti/Procedimento.h"
#include "ui/submissions/AttachmentsPanel.h"
#include "ui/submissions/DraftActions.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace inlinea::ui {

DraftWindow::DraftWindow(drafts::DraftStore& store, QString draftId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_draftId(std::move(draftId))
    , m_data(new forms::FormData({}, this))
    , m_autosaver(new drafts::DraftAutosaver(store, m_draftId, this))
    , m_saved(new QLabel(this))
{
    m_saved->setObjectName(QStringLiteral("draftSavedLabel"));
    m_saved->setForegroundRole(QPalette::PlaceholderText);
}

DraftWindow* DraftWindow::open(drafts::DraftStore& store, const QString& draftId,
                               const procedimenti::FormDefinition& definition, QString* why, QWidget* parent)
{
    const auto draft = store.load(draftId);
    if (!draft) {
        if (why != nullptr) {
            *why = draft.error().detail;
        }
        return nullptr;
    }
    auto* window = new DraftWindow(store, draftId, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(draft->title);
    window->m_data->setData(draft->data);
    window->m_definition = std::make_unique<procedimenti::FormDefinition>(definition);
    window->m_form = new FormView(definition, window->m_data, window);
    window->m_saved->setText(tr("Bozza salvata sul computer."));
    window->m_tabs = new QTabWidget(window);
    window->m_tabs->setObjectName(QStringLiteral("draftTabs"));
    window->m_tabs->setDocumentMode(true);
    window->m_tabs->addTab(window->m_form, tr("Modulo"));
    window->m_bottom = new QHBoxLayout;
    window->m_bottom->addWidget(window->m_saved, 1);
    auto* layout = new QVBoxLayout(window);
    layout->addWidget(window->m_tabs, 1);
    layout->addLayout(window->m_bottom);
    window->resize(1180, 760);
    // Every change: saved within a fraction of a second, even if the app is killed right after.
    window->m_autosaver->setDataSource([data = window->m_data] { return data->data(); });
    connect(window->m_data, &forms::FormData::changed, window->m_autosaver, &drafts::DraftAutosaver::noteChange);
    connect(window->m_autosaver, &drafts::DraftAutosaver::saved, window, [window](qint64 revision) {
        window->m_saved->setText(tr("Bozza salvata alle %1 (revisione %2).")
                                     .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                                     .arg(revision));
    });
    connect(window->m_autosaver, &drafts::DraftAutosaver::saveFailed, window, [window](const drafts::DraftError& e) {
        window->m_saved->setText(
            tr("Salvataggio non riuscito: %1. Le modifiche restano nella finestra.").arg(e.detail));
    });
    return window;
}

DraftWindow::~DraftWindow() = default;

void DraftWindow::offerNewerVersion(procedimenti::CatalogCache& catalog)
{
    m_catalog = &catalog;
    if (newerDefinition()) {
        showVersionBar();
    }
}

std::optional<procedimenti::FormDefinition> DraftWindow::newerDefinition() const
{
    if (m_catalog == nullptr) {
        return std::nullopt;
    }
    const auto catalog = m_catalog->catalog();
    if (!catalog) {
        return std::nullopt;
    }
    for (const procedimenti::Procedimento& p : catalog.value()) {
        if (p.code != m_definition->code || p.version == m_definition->version) {
            continue;
        }
        // `versions` is oldest first; a draft version the portal no longer lists is older than any it does.
        if (p.versions.indexOf(m_definition->version) > p.versions.indexOf(p.version)) {
            return std::nullopt;
        }
        auto definition = m_catalog->definition(p.code, p.version);
        if (definition && definition.value()) {
            return *definition.value();
        }
    }
    return std::nullopt;
}

void DraftWindow::showVersionBar()
{
    if (m_versionBar == nullptr) {
        m_versionBar = new QWidget(this);
        m_versionBar->setObjectName(QStringLiteral("draftVersionBar"));
        m_versionBar->setAttribute(Qt::WA_StyledBackground);
        m_versionBar->setStyleSheet(
            QStringLiteral("#draftVersionBar { background: #fff4ce; border: 1px solid #e5c55a; border-radius: 4px; }"));
        m_versionText = new QLabel(m_versionBar);
        m_versionText->setWordWrap(true);
        m_versionButton = new QPushButton(m_versionBar);
        m_versionButton->setObjectName(QStringLiteral("draftVersionButton"));
        auto* row = new QHBoxLayout(m_versionBar);
        row->setContentsMargins(10, 6, 10, 6);
        row->addWidget(m_versionText, 1);
        row->addWidget(m_versionButton);
        static_cast<QBoxLayout*>(layout())->insertWidget(0, m_versionBar);
    }
    m_versionButton->disconnect(this);
    if (m_previousDefinition) {
        m_versionText->setText(
            tr("Bozza aggiornata alla versione %1 del modulo. I dati della versione %2 restano conservati.")
                .arg(m_definition->version, m_previousDefinition->version));
        m_versionButton->setText(tr("Annulla l'aggiornamento"));
        connect(m_versionButton, &QPushButton::clicked, this, &DraftWindow::undoMigration);
    } else {
        m_versionText->setText(
            tr("Nuova versione del modulo disponibile — la bozza usa la versione %1.").arg(m_definition->version));
        m_versionButton->setText(tr("Aggiorna…"));
        connect(m_versionButton, &QPushButton::clicked, this, &DraftWindow::showMigrationDialog);
    }
    m_versionBar->show();
}

void DraftWindow::showMigrationDialog()
{
    const auto target = newerDefinition();
    if (!target) {
        m_versionBar->hide();
        return;
    }
    // The plan reads what the store holds: nothing typed may be left out of it.
    (void)m_autosaver->flush();
    auto* dialog = new DraftMigrationDialog(drafts::DraftMigration(*m_definition, *target, m_data->data()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, newer = *target] {
        if (auto flushed = m_autosaver->flush(); !flushed) {
            QMessageBox::warning(this, tr("Aggiornamento non riuscito"), flushed.error().detail);
            return;
        }
        const QJsonObject data = dialog->migration().apply();
        if (auto migrated = m_store.migrate(m_draftId, newer.version, data); !migrated) {
            QMessageBox::warning(this, tr("Aggiornamento non riuscito"), migrated.error().detail);
            return;
        }
        m_previousDefinition = std::make_unique<procedimenti::FormDefinition>(*m_definition);
        replaceForm(newer, data);
        showVersionBar();
    });
    // Declined: the draft stays on its version for as long as this window is open.
    connect(dialog, &QDialog::rejected, m_versionBar, &QWidget::hide);
    dialog->open();
}

void DraftWindow::undoMigration()
{
    if (auto flushed = m_autosaver->flush(); !flushed) {
        QMessageBox::warning(this, tr("Annullamento non riuscito"), flushed.error().detail);
        return;
    }
    auto previous = m_store.beforeMigration(m_draftId);
    if (!previous || !previous.value()) {
        QMessageBox::warning(this, tr("Annullamento non riuscito"),
                             previous ? tr("Non c'è un aggiornamento da annullare.") : previous.error().detail);
        return;
    }
    if (auto undone = m_store.undoMigration(m_draftId); !undone) {
        QMessageBox::warning(this, tr("Annullamento non riuscito"), undone.error().detail);
        return;
    }
    const procedimenti::FormDefinition definition = *m_previousDefinition;
    m_previousDefinition.reset();
    replaceForm(definition, previous.value()->data);
    showVersionBar();
}

void DraftWindow::replaceForm(const procedimenti::FormDefinition& definition, const QJsonObject& data)
{
    // The old view goes first: it must not react to data of another version.
    delete m_form;
    m_definition = std::make_unique<procedimenti::FormDefinition>(definition);
    m_data->setData(data);
    m_form = new FormView(definition, m_data, this);
    m_tabs->insertTab(0, m_form, tr("Modulo"));
    m_tabs->setCurrentIndex(0);
    if (m_attachments != nullptr) {
        // The slots are the new version's.
        delete m_attachments;
        m_attachments = nullptr;
        buildAttachments();
    }
    Q_EMIT formReplaced(m_form);
}

void DraftWindow::enableSending(const DraftSendServices& services)
{
    if (m_actions != nullptr || services.attachments == nullptr) {
        return;
    }
    m_services = std::make_unique<DraftSendServices>(services);
    buildAttachments();
    m_actions = new DraftActions(this, services, this);
    m_bottom->addWidget(m_actions);
}

void DraftWindow::buildAttachments()
{
    m_attachments = new AttachmentsPanel(*m_definition, *m_services->attachments, m_draftId, m_data, this);
    m_attachments->setObjectName(QStringLiteral("draftAttachments"));
    m_attachments->setLimits(m_services->limits);
    m_tabs->insertTab(1, m_attachments, QString());
    connect(m_attachments, &AttachmentsPanel::filesChanged, this, &DraftWindow::updateAttachmentsTab);
    updateAttachmentsTab();
}

void DraftWindow::updateAttachmentsTab()
{
    const int index = m_tabs->indexOf(m_attachments);
    if (index >= 0) {
        m_tabs->setTabText(index, tr("Allegati (%1)").arg(m_attachments->files().size()));
    }
}

qint64 DraftWindow::anagraficaId() const
{
    const auto draft = m_store.load(m_draftId);
    return draft ? draft.value().anagraficaId : 0;
}

bool DraftWindow::flush()
{
    return bool(m_autosaver->flush());
}

void DraftWindow::focusField(const QString& pointer)
{
    m_tabs->setCurrentWidget(m_form);
    m_form->focusField(pointer);
}

void DraftWindow::showSlot(const QString& slot)
{
    if (m_attachments == nullptr) {
        return;
    }
    m_tabs->setCurrentWidget(m_attachments);
    m_attachments->showSlot(slot);
}

void DraftWindow::closeEvent(QCloseEvent* event)
{
    (void)m_autosaver->flush();
    event->accept();
}

} // namespace inlinea::ui
