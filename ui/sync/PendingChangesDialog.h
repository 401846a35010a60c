#pragma once

#include "app/sync/Outbox.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace inlinea::anagrafiche {
class AnagraficheCache;
}
namespace inlinea::sync {
class SyncEngine;
}

namespace inlinea::ui {

// "Modifiche in attesa": every change the portal has not accepted yet, its state (in attesa, conflitto, rifiutata
// with the portal's reasons), attempts and last error; the user resolves conflicts, discards changes or retries.
class PendingChangesDialog : public QDialog {
    Q_OBJECT
public:
    // The outbox (and the cache, when given) must outlive the dialog. Without an engine the dialog only shows.
    PendingChangesDialog(const sync::Outbox& outbox, sync::SyncEngine* engine, QWidget* parent = nullptr);

    // Names the anagrafiche of changes that carry no record (deletions, watching).
    void setCache(const anagrafiche::AnagraficheCache* cache);
    [[nodiscard]] int itemCount() const noexcept { return static_cast<int>(m_items.size()); }
    // Selects the row of an outbox item (e.g. the one SyncEngine::attentionNeeded named).
    bool selectItem(qint64 outboxId);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The user wants to correct a change the portal refused: open this anagrafica in the editor.
    void openAnagraficaRequested(qint64 anagraficaId);

private:
    void resolveCurrent();
    void discardCurrent();
    void retryNow();
    void updateDetails();
    void showStoreError(const QString& detail);
    [[nodiscard]] std::optional<sync::OutboxItem> currentItem() const;
    [[nodiscard]] QString subject(const sync::OutboxItem& item) const;

    const sync::Outbox& m_outbox;
    QPointer<sync::SyncEngine> m_engine;
    const anagrafiche::AnagraficheCache* m_cache = nullptr;
    QList<sync::OutboxItem> m_items;
    QLabel* m_status;
    QTreeWidget* m_list;
    QLabel* m_details;
    QPushButton* m_resolve;
    QPushButton* m_discard;
    QPushButton* m_open;
    QPushButton* m_retry;
};

} // namespace inlinea::ui
