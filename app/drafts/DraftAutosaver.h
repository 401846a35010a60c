#pragma once

#include "DraftStore.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QTimer;

namespace inlinea::drafts {

// Saves one draft while the user types: a change schedules a save at most `delay` later (a burst of changes is one
// save: the first change starts a single-shot timer and later ones only update what will be written, so a steady
// stream of keystrokes is still saved every `delay`). saved() is emitted after DraftStore::save() has returned,
// i.e. once the data is committed; from then on it survives the app being killed.
class DraftAutosaver : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultDelay{150};

    DraftAutosaver(DraftStore& store, QString draftId, QObject* parent = nullptr,
                   std::chrono::milliseconds delay = DefaultDelay);
    // Saves what is still pending.
    ~DraftAutosaver() override;

    [[nodiscard]] const QString& draftId() const noexcept { return m_draftId; }
    [[nodiscard]] std::chrono::milliseconds delay() const noexcept { return m_delay; }

    // The form's current values; schedules a save.
    void setData(const QJsonObject& data);
    // Where noteChange() reads the current values from (e.g. the form view); without one it saves the last
    // setData().
    void setDataSource(std::function<QJsonObject()> source);
    // Something changed: schedules a save of the data source's values.
    void noteChange();
    // Saves now if anything is pending (cancelling the scheduled save).
    [[nodiscard]] Status<DraftError> flush();

    [[nodiscard]] bool hasPendingChanges() const noexcept { return m_dirty; }
    [[nodiscard]] bool isSaveScheduled() const;
    // The revision of the last acknowledged save (-1: none yet by this autosaver).
    [[nodiscard]] qint64 savedRevision() const noexcept { return m_savedRevision; }

Q_SIGNALS:
    // The data is committed as `revision`.
    void saved(qint64 revision);
    // The save failed; the changes stay pending and the next change or flush() tries again.
    void saveFailed(const inlinea::drafts::DraftError& error);

private:
    void schedule();
    void saveNow();

    DraftStore& m_store;
    QString m_draftId;
    std::chrono::milliseconds m_delay;
    QTimer* m_timer;
    QJsonObject m_data;
    std::function<QJsonObject()> m_source;
    bool m_dirty = false;
    qint64 m_savedRevision = -1;
};

} // namespace inlinea::drafts
