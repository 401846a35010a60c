#include "SyncStatusWidget.h"

#include "app/sync/Outbox.h"
#include "app/sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace inlinea::ui {

using State = sync::SyncEngine::State;
using ItemState = sync::OutboxItem::State;

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_show(new QToolButton(this))
{
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_show->setObjectName(QStringLiteral("showPendingButton"));
    m_show->setText(tr("Vedi"));
    m_show->setToolTip(tr("Mostra le modifiche non ancora accettate dal portale"));
    m_show->setAutoRaise(true);
    m_show->setCursor(Qt::PointingHandCursor);
    QFont link = m_show->font();
    link.setUnderline(true);
    m_show->setFont(link);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_show);
    connect(m_show, &QToolButton::clicked, this, &SyncStatusWidget::showPendingRequested);
    refresh();
}

void SyncStatusWidget::setEngine(sync::SyncEngine* engine)
{
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
    }
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &sync::SyncEngine::stateChanged, this, &SyncStatusWidget::refresh);
        connect(m_engine, &sync::SyncEngine::pendingCountChanged, this, &SyncStatusWidget::refresh);
        connect(m_engine, &sync::SyncEngine::attentionNeeded, this, &SyncStatusWidget::refresh);
    }
    refresh();
}

void SyncStatusWidget::setOutbox(const sync::Outbox* outbox)
{
    m_outbox = outbox;
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

int SyncStatusWidget::attentionCount() const
{
    if (!m_outbox) {
        return 0;
    }
    int count = 0;
    for (const ItemState state : {ItemState::Conflict, ItemState::Rejected}) {
        if (const auto n = m_outbox->count(state)) {
            count += n.value();
        }
    }
    return count;
}

void SyncStatusWidget::refresh()
{
    const int pending = m_engine ? m_engine->pendingCount() : 0;
    const bool syncing = m_engine && m_engine->state() == State::Syncing;
    const int attention = pending > 0 ? attentionCount() : 0;

    QString text;
    if (syncing) {
        text = tr("Sincronizzazione…");
    } else if (pending == 1) {
        text = tr("1 modifica in attesa");
    } else if (pending > 1) {
        text = tr("%1 modifiche in attesa").arg(pending);
    }
    if (!syncing && attention > 0) {
        text +=
            QStringLiteral(" — ") + (attention == 1 ? tr("1 da controllare") : tr("%1 da controllare").arg(attention));
    }
    m_label->setText(text);

    if (attention > 0) {
        QPalette palette = m_label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_label->setPalette(palette);
    } else {
        m_label->setPalette(QPalette());
    }

    QString tip;
    if (pending > 0 && m_engine && m_engine->state() == State::Waiting) {
        tip = tr("Il portale non è raggiungibile: le modifiche sono salvate su questo computer e saranno inviate "
                 "appena possibile.");
    } else if (attention > 0) {
        tip = tr("Il portale non ha accettato alcune modifiche: premi «Vedi» per decidere cosa fare.");
    } else if (pending > 0) {
        tip = tr("Modifiche salvate su questo computer, non ancora accettate dal portale.");
    }
    setToolTip(tip);
    m_show->setVisible(pending > 0);
    setVisible(syncing || pending > 0);
}

} // namespace inlinea::ui
