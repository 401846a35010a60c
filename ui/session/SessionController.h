#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace inlinea::anagrafiche {
struct Anagrafica;
}
namespace inlinea::portal {
class ConnectivityMonitor;
}
namespace inlinea::session {
class UserSession;
}

namespace inlinea::ui {

class MainWindow;
class DraftWindow;
class PendingChangesDialog;

// Connects one logged-in user's data (UserSession: cache, outbox, sync) to the main window: the Elenco anagrafiche
// and its editor, the profile page, the status bar's pending changes, and the conflict and rejection dialogs. Sync
// runs at login and whenever the portal comes back online.
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(session::UserSession& session, MainWindow* window, QObject* parent = nullptr);
    ~SessionController() override;

    void setMonitor(portal::ConnectivityMonitor* monitor);
    void setAuthority(const QString& authority);

private:
    // `saved` gets the local id of what was saved (a new anagrafica's, e.g. to choose it for a new request).
    void editAnagrafica(const anagrafiche::Anagrafica& initial, qint64 rejectedOutboxId,
                        std::function<void(qint64)> saved = {});
    void openAnagrafica(qint64 id);
    void showPendingChanges(qint64 selectOutboxId);
    void onAttentionNeeded(qint64 outboxId);
    void showProfile();
    void openDraft(const QString& draftId);
    void reportStoreError(const QString& detail);

    session::UserSession& m_session;
    QPointer<MainWindow> m_window;
    QPointer<portal::ConnectivityMonitor> m_monitor;
    QPointer<PendingChangesDialog> m_pending;
    QList<QPointer<DraftWindow>> m_draftWindows;
};

} // namespace inlinea::ui
