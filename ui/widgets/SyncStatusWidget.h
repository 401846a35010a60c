#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace inlinea::sync {
class Outbox;
class SyncEngine;
} // namespace inlinea::sync

namespace inlinea::ui {

// Status-bar slot for local changes: "3 modifiche in attesa" with "Vedi", "Sincronizzazione…" while sending.
// Hidden when there is nothing to send.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setEngine(sync::SyncEngine* engine);
    // Optional: with the outbox the widget also says how many changes need the user (conflicts, refusals).
    // The outbox must outlive the widget.
    void setOutbox(const sync::Outbox* outbox);
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void showPendingRequested();

private:
    void refresh();
    [[nodiscard]] int attentionCount() const;

    QPointer<sync::SyncEngine> m_engine;
    const sync::Outbox* m_outbox = nullptr;
    QLabel* m_label;
    QToolButton* m_show;
};

} // namespace inlinea::ui
