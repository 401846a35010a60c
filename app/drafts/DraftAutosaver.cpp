#include "DraftAutosaver.h"

#include <QTimer>

namespace inlinea::drafts {

DraftAutosaver::DraftAutosaver(DraftStore& store, QString draftId, QObject* parent, std::chrono::milliseconds delay)
    : QObject(parent)
    , m_store(store)
    , m_draftId(std::move(draftId))
    , m_delay(delay)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosaver::saveNow);
}

DraftAutosaver::~DraftAutosaver()
{
    if (m_dirty) {
        (void)flush();
    }
}

void DraftAutosaver::setData(const QJsonObject& data)
{
    m_data = data;
    schedule();
}

void DraftAutosaver::setDataSource(std::function<QJsonObject()> source)
{
    m_source = std::move(source);
}

void DraftAutosaver::noteChange()
{
    schedule();
}

bool DraftAutosaver::isSaveScheduled() const
{
    return m_timer->isActive();
}

void DraftAutosaver::schedule()
{
    m_dirty = true;
    // Not restarted by later changes: the first change of a burst sets when it is saved.
    if (!m_timer->isActive()) {
        m_timer->start(m_delay);
    }
}

void DraftAutosaver::saveNow()
{
    (void)flush();
}

Status<DraftError> DraftAutosaver::flush()
{
    m_timer->stop();
    if (!m_dirty) {
        return Ok{};
    }
    if (m_source) {
        m_data = m_source();
    }
    auto revision = m_store.save(m_draftId, m_data);
    if (!revision) {
        Q_EMIT saveFailed(revision.error());
        return fail(revision.error());
    }
    m_dirty = false;
    m_savedRevision = revision.value();
    Q_EMIT saved(m_savedRevision);
    return Ok{};
}

} // namespace inlinea::drafts
