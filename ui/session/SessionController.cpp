#include "SessionController.h"

#include "app/anagrafiche/AnagraficheCache.h"
#include "app/portal/ConnectivityMonitor.h"
#include "app/portal/FieldProblem.h"
#include "app/procedimenti/CatalogSync.h"
#include "app/session/UserSession.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/anagrafiche/AnagraficaEditor.h"
#include "ui/formview/DraftWindow.h"
#include "ui/pages/AnagrafichePage.h"
#include "ui/pages/NuovaRichiestaPage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/submissions/DraftActions.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/PendingChangesDialog.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QMessageBox>
#include <QStatusBar>

namespace inlinea::ui {

using anagrafiche::Anagrafica;
using sync::OutboxItem;
using sync::SyncEngine;

SessionController::SessionController(session::UserSession& session, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    SyncEngine* engine = m_session.sync();
    AnagrafichePage* list = m_window->anagrafichePage();
    list->setCache(&m_session.anagrafiche());
    connect(engine, &SyncEngine::anagraficheChanged, list, &AnagrafichePage::reload);
    connect(list, &AnagrafichePage::newRequested, this, [this] { editAnagrafica(Anagrafica{}, 0); });
    connect(list, &AnagrafichePage::openRequested, this, &SessionController::openAnagrafica);
    connect(list, &AnagrafichePage::deleteRequested, this, [this](qint64 id) {
        if (auto done = m_session.sync()->deleteAnagrafica(id); !done) {
            reportStoreError(done.error().detail);
        }
    });
    connect(list, &AnagrafichePage::watchRequested, this, [this](qint64 id, bool watched) {
        if (auto done = m_session.sync()->setWatched(id, watched); !done) {
            reportStoreError(done.error().detail);
        }
    });

    SyncStatusWidget* status = m_window->syncStatus();
    status->setOutbox(&m_session.outbox());
    status->setEngine(engine);
    connect(status, &SyncStatusWidget::showPendingRequested, this, [this] { showPendingChanges(0); });
    connect(engine, &SyncEngine::attentionNeeded, this, &SessionController::onAttentionNeeded);

    ProfilePage* profile = m_window->profilePage();
    connect(engine, &SyncEngine::profileChanged, this, &SessionController::showProfile);
    connect(profile, &ProfilePage::saveRequested, this, [this](const profile::Profile& edited) {
        if (auto done = m_session.sync()->saveProfile(edited); !done) {
            reportStoreError(done.error().detail);
        }
    });
    NuovaRichiestaPage* nuova = m_window->nuovaRichiestaPage();
    nuova->setSources(&m_session.anagrafiche(), &m_session.catalog(), &m_session.drafts(), &m_session.submissions(),
                      &m_session.attachments());
    // A draft's state column follows its submission.
    connect(m_session.submissionEngine(), &submissions::SubmissionEngine::submissionChanged, nuova,
            &NuovaRichiestaPage::reload);
    // Submissions go on with their windows closed (and after a restart): the outcome shows in the status bar.
    connect(m_session.submissionEngine(), &submissions::SubmissionEngine::filed, this,
            [this](qint64, const QString& cip) {
                m_window->statusBar()->showMessage(tr("Domanda registrata dal portale: CIP %1").arg(cip));
            });
    connect(m_session.submissionEngine(), &submissions::SubmissionEngine::attentionNeeded, this, [this] {
        m_window->statusBar()->showMessage(
            tr("Il portale ha respinto una domanda: apri la bozza in «Nuova richiesta» per vedere cosa correggere."));
    });
    connect(engine, &SyncEngine::anagraficheChanged, nuova, &NuovaRichiestaPage::reload);
    connect(m_session.catalogSync(), &procedimenti::CatalogSync::changed, nuova, &NuovaRichiestaPage::reload);
    connect(nuova, &NuovaRichiestaPage::newAnagraficaRequested, this,
            [this, nuova] { editAnagrafica(Anagrafica{}, 0, [nuova](qint64 id) { nuova->selectAnagrafica(id); }); });
    connect(nuova, &NuovaRichiestaPage::openDraftRequested, this, &SessionController::openDraft);

    showProfile();
    list->reload();
    engine->syncNow();
}

void SessionController::openDraft(const QString& draftId)
{
    for (const QPointer<DraftWindow>& open : std::as_const(m_draftWindows)) {
        if (open && open->draftId() == draftId) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    const auto draft = m_session.drafts().load(draftId);
    const auto definition = draft
                                ? m_session.catalog().definition(draft->procedimento, draft->definitionVersion)
                                : Result<std::optional<procedimenti::FormDefinition>, store::StoreError>(std::nullopt);
    if (!draft || !definition || !definition.value()) {
        QMessageBox::warning(m_window, tr("Bozza non disponibile"),
                             tr("Il modulo di questa bozza non è sul computer: collegati al portale per scaricarlo."));
        return;
    }
    QString why;
    DraftWindow* window = DraftWindow::open(m_session.drafts(), draftId, *definition.value(), &why, m_window);
    if (!window) {
        QMessageBox::warning(m_window, tr("Bozza non disponibile"), why);
        return;
    }
    window->offerNewerVersion(m_session.catalog());
    DraftSendServices services;
    services.attachments = &m_session.attachments();
    services.submissions = &m_session.submissions();
    services.engine = m_session.submissionEngine();
    services.limits = m_monitor && m_monitor->info() ? std::optional(m_monitor->info()->limits) : std::nullopt;
    if (const auto anagrafica = m_session.anagrafiche().find(draft->anagraficaId); anagrafica && anagrafica.value()) {
        services.anagraficaName = anagrafica.value()->displayName();
        services.anagraficaCode = anagrafica.value()->displayCodes();
    }
    window->enableSending(services);
    m_draftWindows.append(window);
    window->show();
}

SessionController::~SessionController()
{
    delete m_pending;
    // The drafts' database goes with the session: each window saves what is left first.
    for (const QPointer<DraftWindow>& window : std::as_const(m_draftWindows)) {
        if (window) {
            window->close();
        }
    }
    if (m_window) {
        // The pages keep pointers into the session's database: they let go before it closes.
        m_window->nuovaRichiestaPage()->setSources(nullptr, nullptr, nullptr);
        m_window->anagrafichePage()->setCache(nullptr);
        m_window->syncStatus()->setEngine(nullptr);
        m_window->syncStatus()->setOutbox(nullptr);
    }
}

void SessionController::setMonitor(portal::ConnectivityMonitor* monitor)
{
    if (m_monitor) {
        disconnect(m_monitor, nullptr, this, nullptr);
    }
    m_monitor = monitor;
    if (m_monitor) {
        // Back online: send what waited and refresh what is shown.
        connect(m_monitor, &portal::ConnectivityMonitor::stateChanged, this,
                [this](portal::ConnectivityMonitor::State state) {
                    if (state == portal::ConnectivityMonitor::State::Online) {
                        m_session.sync()->syncNow();
                    }
                });
    }
}

void SessionController::setAuthority(const QString& authority)
{
    m_window->profilePage()->setAuthority(authority);
}

void SessionController::showProfile()
{
    const auto cached = m_session.profile().load();
    const auto pending = m_session.profile().isPending();
    if (cached && cached.value()) {
        m_window->profilePage()->setProfile(*cached.value(), pending && pending.value());
    }
}

void SessionController::openAnagrafica(qint64 id)
{
    const auto found = m_session.anagrafiche().find(id);
    if (!found) {
        reportStoreError(found.error().detail);
        return;
    }
    if (found.value()) {
        editAnagrafica(*found.value(), 0);
    }
}

void SessionController::editAnagrafica(const Anagrafica& initial, qint64 rejectedOutboxId,
                                       std::function<void(qint64)> saved)
{
    auto* editor = new AnagraficaEditor(initial, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (rejectedOutboxId != 0) {
        const auto item = m_session.outbox().find(rejectedOutboxId);
        if (item && item.value()) {
            editor->showPortalErrors(portal::FieldProblem::parse(item.value()->problem));
        }
    }
    connect(editor, &QDialog::accepted, this, [this, editor, initial, rejectedOutboxId, saved = std::move(saved)] {
        Anagrafica edited = editor->anagrafica();
        edited.id = initial.id;
        edited.version = initial.version;
        edited.watched = initial.watched;
        edited.domande = initial.domande;
        if (rejectedOutboxId != 0) {
            // The corrected data replaces the refused change instead of queueing behind it.
            if (auto done = m_session.sync()->resolveWith(rejectedOutboxId, edited.toWritableJson()); !done) {
                reportStoreError(done.error().detail);
            }
            return;
        }
        auto stored = m_session.sync()->saveAnagrafica(edited);
        if (!stored) {
            reportStoreError(stored.error().detail);
        } else if (saved) {
            saved(stored.value());
        }
    });
    editor->open();
}

void SessionController::showPendingChanges(qint64 selectOutboxId)
{
    if (!m_pending) {
        m_pending = new PendingChangesDialog(m_session.outbox(), m_session.sync(), m_window);
        m_pending->setCache(&m_session.anagrafiche());
        connect(m_session.sync(), &SyncEngine::pendingCountChanged, m_pending.data(), &PendingChangesDialog::refresh);
        connect(m_pending.data(), &PendingChangesDialog::openAnagraficaRequested, this, [this](qint64 id) {
            // A refused change: the editor opens on the user's data with the portal's reasons on the fields.
            qint64 rejected = 0;
            const auto items = m_session.outbox().items();
            for (const OutboxItem& item : items ? items.value() : QList<OutboxItem>{}) {
                if (item.entityId == id && item.state == OutboxItem::State::Rejected &&
                    item.entity == OutboxItem::Entity::Anagrafica) {
                    rejected = item.id;
                }
            }
            const auto found = m_session.anagrafiche().find(id);
            if (found && found.value()) {
                editAnagrafica(*found.value(), rejected);
            }
        });
    }
    m_pending->refresh();
    if (selectOutboxId != 0) {
        m_pending->selectItem(selectOutboxId);
    }
    m_pending->show();
    m_pending->raise();
}

void SessionController::onAttentionNeeded(qint64 outboxId)
{
    const auto found = m_session.outbox().find(outboxId);
    if (!found || !found.value()) {
        return;
    }
    const OutboxItem item = *found.value();
    if (item.state == OutboxItem::State::Conflict) {
        // Someone changed the same anagrafica (or the profile) on the portal: the user decides, field by field.
        auto* dialog = new ConflictDialog(item, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog, outboxId] {
            Status<store::StoreError> done = Ok{};
            switch (dialog->choice()) {
            case ConflictDialog::Choice::None: return; // stays in "Modifiche in attesa" until decided
            case ConflictDialog::Choice::Portal: done = m_session.sync()->keepPortalVersion(outboxId); break;
            case ConflictDialog::Choice::Mine:
            case ConflictDialog::Choice::Merge:
                done = m_session.sync()->resolveWith(outboxId, dialog->mergedPayload());
                break;
            }
            if (!done) {
                reportStoreError(done.error().detail);
            }
        });
        dialog->open();
        return;
    }
    if (item.entity == OutboxItem::Entity::Profile && item.state == OutboxItem::State::Rejected) {
        m_window->profilePage()->showPortalErrors(portal::FieldProblem::parse(item.problem));
    }
    showPendingChanges(outboxId);
}

void SessionController::reportStoreError(const QString& detail)
{
    // The local database refused a write: say so plainly; the data is still in the form the user typed it in.
    QMessageBox::warning(m_window, tr("Salvataggio locale non riuscito"),
                         tr("Non è stato possibile salvare la modifica sul computer: %1").arg(detail));
}

} // namespace inlinea::ui
