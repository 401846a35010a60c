#include "PendingChangesDialog.h"

#include "app/anagrafiche/Anagrafica.h"
#include "app/anagrafiche/AnagraficheCache.h"
#include "app/portal/FieldProblem.h"
#include "app/sync/SyncEngine.h"
#include "ui/ErrorText.h"
#include "ui/anagrafiche/AnagraficaFieldText.h"
#include "ui/sync/ConflictDialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

using sync::OutboxItem;

namespace {

constexpr int OutboxIdRole = Qt::UserRole + 1;

enum ListColumn { WhatColumn, SubjectColumn, StateColumn, AttemptsColumn, ErrorColumn };

QString operationText(const OutboxItem& item)
{
    if (item.entity == OutboxItem::Entity::Profile) {
        return PendingChangesDialog::tr("Modifica dei tuoi dati");
    }
    switch (item.operation) {
    case OutboxItem::Operation::Create: return PendingChangesDialog::tr("Nuova anagrafica");
    case OutboxItem::Operation::Update: return PendingChangesDialog::tr("Modifica");
    case OutboxItem::Operation::Delete: return PendingChangesDialog::tr("Eliminazione");
    case OutboxItem::Operation::Watch: return PendingChangesDialog::tr("Messa sotto osservazione");
    case OutboxItem::Operation::Unwatch: return PendingChangesDialog::tr("Fine dell'osservazione");
    }
    return {};
}

QString stateText(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending: return PendingChangesDialog::tr("In attesa");
    case OutboxItem::State::Conflict: return PendingChangesDialog::tr("Conflitto");
    case OutboxItem::State::Rejected: return PendingChangesDialog::tr("Rifiutata");
    }
    return {};
}

// The portal's reasons for refusing a change: its detail, then one line per field.
QStringList rejectionReasons(const OutboxItem& item)
{
    QStringList reasons;
    const QJsonObject problem = QJsonDocument::fromJson(item.problem).object();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty()) {
        reasons << detail;
    }
    const QList<portal::FieldProblem> fields = portal::FieldProblem::parse(item.problem);
    for (const portal::FieldProblem& field : fields) {
        reasons << QStringLiteral("%1: %2").arg(AnagraficaFieldText::label(field.field), field.detail);
    }
    return reasons;
}

QString localTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

PendingChangesDialog::PendingChangesDialog(const sync::Outbox& outbox, sync::SyncEngine* engine, QWidget* parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_engine(engine)
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_resolve(new QPushButton(tr("Risolvi…"), this))
    , m_discard(new QPushButton(tr("Scarta"), this))
    , m_open(new QPushButton(tr("Apri anagrafica"), this))
    , m_retry(new QPushButton(tr("Riprova ora"), this))
{
    setWindowTitle(tr("Modifiche in attesa"));
    auto* intro =
        new QLabel(tr("Le modifiche sono salvate su questo computer e vengono inviate al portale, nell'ordine "
                      "in cui le hai fatte, appena è raggiungibile."),
                   this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("pendingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_list->setObjectName(QStringLiteral("pendingList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Modifica"), tr("Anagrafica"), tr("Stato"), tr("Tentativi"), tr("Ultimo errore")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(WhatColumn, 190);
    m_list->setColumnWidth(SubjectColumn, 230);
    m_list->setColumnWidth(StateColumn, 90);
    m_list->setColumnWidth(AttemptsColumn, 70);

    m_details->setObjectName(QStringLiteral("pendingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 4);

    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_open->setObjectName(QStringLiteral("openAnagraficaButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_resolve->setToolTip(tr("Confronta la tua versione con quella del portale e scegli cosa tenere"));
    m_discard->setToolTip(tr("Rinuncia a questa modifica: resta la versione del portale"));
    m_open->setToolTip(tr("Apri l'anagrafica per correggere i dati rifiutati dal portale"));
    auto* close = new QPushButton(tr("Chiudi"), this);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_resolve);
    actions->addWidget(m_open);
    actions->addWidget(m_discard);
    actions->addStretch(1);
    actions->addWidget(m_retry);
    actions->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PendingChangesDialog::updateDetails);
    connect(m_resolve, &QPushButton::clicked, this, &PendingChangesDialog::resolveCurrent);
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesDialog::discardCurrent);
    connect(m_retry, &QPushButton::clicked, this, &PendingChangesDialog::retryNow);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto item = currentItem()) {
            Q_EMIT openAnagraficaRequested(item->entityId);
        }
    });
    if (m_engine) {
        connect(m_engine, &sync::SyncEngine::pendingCountChanged, this, &PendingChangesDialog::refresh);
        connect(m_engine, &sync::SyncEngine::stateChanged, this, &PendingChangesDialog::refresh);
        connect(m_engine, &sync::SyncEngine::attentionNeeded, this, &PendingChangesDialog::refresh);
        connect(m_engine, &sync::SyncEngine::synced, this, &PendingChangesDialog::refresh);
    }
    resize(860, 420);
    refresh();
}

void PendingChangesDialog::setCache(const anagrafiche::AnagraficheCache* cache)
{
    m_cache = cache;
    refresh();
}

QString PendingChangesDialog::subject(const OutboxItem& item) const
{
    if (item.entity == OutboxItem::Entity::Profile) {
        return tr("I tuoi dati personali");
    }
    for (const QJsonObject* json : {&item.payload, &item.portalVersion}) {
        const QString name = anagrafiche::Anagrafica::fromJson(*json).displayName();
        if (!name.isEmpty()) {
            return name;
        }
    }
    if (m_cache) {
        if (const auto found = m_cache->find(item.entityId); found && found.value()) {
            return found.value()->displayName();
        }
    }
    return tr("Anagrafica n. %1").arg(item.entityId);
}

void PendingChangesDialog::refresh()
{
    const qint64 selected = currentItem() ? currentItem()->id : 0;
    auto items = m_outbox.items();
    m_items = items ? std::move(items).value() : QList<OutboxItem>();

    QString status;
    if (!items) {
        status = tr("Non è stato possibile leggere le modifiche salvate: %1").arg(items.error().detail);
    } else if (m_engine && m_engine->state() == sync::SyncEngine::State::Syncing) {
        status = tr("Invio al portale in corso…");
    } else if (m_engine && m_engine->state() == sync::SyncEngine::State::Waiting && !m_items.isEmpty()) {
        status = tr("Il portale non è raggiungibile (%1): nuovo tentativo automatico più tardi.")
                     .arg(ErrorText::portalShort(m_engine->lastError()));
    } else if (m_items.isEmpty()) {
        status = tr("Nessuna modifica in attesa: il portale ha accettato tutto.");
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());

    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const OutboxItem& item : std::as_const(m_items)) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setData(WhatColumn, OutboxIdRole, item.id);
        row->setText(WhatColumn, operationText(item));
        row->setText(SubjectColumn, subject(item));
        row->setText(StateColumn, stateText(item.state));
        row->setText(AttemptsColumn, QString::number(item.attempts));
        row->setTextAlignment(AttemptsColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(ErrorColumn, item.lastError);
        row->setToolTip(ErrorColumn, item.lastError);
        if (item.state != OutboxItem::State::Pending) {
            row->setForeground(StateColumn, QColor(0xc6, 0x28, 0x28));
            QFont bold = row->font(StateColumn);
            bold.setBold(true);
            row->setFont(StateColumn, bold);
        }
        if (item.state == OutboxItem::State::Rejected) {
            row->setToolTip(StateColumn, rejectionReasons(item).join(QLatin1Char('\n')));
        }
    }
    if (!selectItem(selected) && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_retry->setEnabled(m_engine && !m_items.isEmpty());
    updateDetails();
}

bool PendingChangesDialog::selectItem(qint64 outboxId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_list->topLevelItem(i);
        if (row->data(WhatColumn, OutboxIdRole).toLongLong() == outboxId) {
            m_list->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

std::optional<OutboxItem> PendingChangesDialog::currentItem() const
{
    const QTreeWidgetItem* row = m_list->currentItem();
    if (!row) {
        return std::nullopt;
    }
    const qint64 id = row->data(WhatColumn, OutboxIdRole).toLongLong();
    for (const OutboxItem& item : m_items) {
        if (item.id == id) {
            return item;
        }
    }
    return std::nullopt;
}

void PendingChangesDialog::updateDetails()
{
    const auto item = currentItem();
    const bool anagrafica = item && item->entity == OutboxItem::Entity::Anagrafica;
    const bool syncing = m_engine && m_engine->state() == sync::SyncEngine::State::Syncing;
    m_resolve->setEnabled(m_engine && item && item->state == OutboxItem::State::Conflict);
    // A change being sent right now is not pulled back from under the engine.
    m_discard->setEnabled(m_engine && item && (item->state != OutboxItem::State::Pending || !syncing));
    m_open->setEnabled(anagrafica && item->operation != OutboxItem::Operation::Delete);
    if (!item) {
        m_details->clear();
        return;
    }

    QStringList lines;
    const QString when = localTime(item->createdAt);
    lines << (when.isEmpty() ? QStringLiteral("%1 — %2").arg(operationText(*item), subject(*item))
                             : tr("%1 — %2, fatta il %3").arg(operationText(*item), subject(*item), when));
    switch (item->state) {
    case OutboxItem::State::Pending:
        lines << (item->attempts == 0 ? tr("Non ancora inviata.") : tr("Tentativi di invio: %1.").arg(item->attempts));
        break;
    case OutboxItem::State::Conflict:
        lines << tr("Nel frattempo l'anagrafica è stata modificata sul portale: premi «Risolvi…» per scegliere "
                    "quale versione tenere.");
        break;
    case OutboxItem::State::Rejected: {
        const QStringList reasons = rejectionReasons(*item);
        lines << (reasons.isEmpty() ? tr("Il portale ha rifiutato la modifica.")
                                    : tr("Il portale ha rifiutato la modifica:"));
        for (const QString& reason : reasons) {
            lines << QStringLiteral("• ") + reason;
        }
        break;
    }
    }
    if (!item->lastError.isEmpty()) {
        lines << tr("Ultimo errore: %1").arg(item->lastError);
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void PendingChangesDialog::showStoreError(const QString& detail)
{
    QMessageBox::warning(this, tr("Modifiche in attesa"),
                         tr("Non è stato possibile salvare la scelta su questo computer: %1").arg(detail));
}

void PendingChangesDialog::resolveCurrent()
{
    const auto item = currentItem();
    if (!item || !m_engine || item->state != OutboxItem::State::Conflict) {
        return;
    }
    ConflictDialog dialog(*item, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto done = dialog.choice() == ConflictDialog::Choice::Portal
                          ? m_engine->keepPortalVersion(item->id)
                          : m_engine->resolveWith(item->id, dialog.mergedPayload());
    if (!done) {
        showStoreError(done.error().detail);
    }
    refresh();
}

void PendingChangesDialog::discardCurrent()
{
    const auto item = currentItem();
    if (!item || !m_engine) {
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Scarta modifica"),
                    tr("Scartare «%1» di «%2»?").arg(operationText(*item), subject(*item)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmDiscardBox"));
    box.setInformativeText(tr("La modifica non sarà inviata al portale e i dati torneranno come sono sul portale."));
    box.button(QMessageBox::Yes)->setText(tr("Scarta"));
    box.button(QMessageBox::No)->setText(tr("Annulla"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes) {
        return;
    }
    if (const auto done = m_engine->discard(item->id); !done) {
        showStoreError(done.error().detail);
    }
    refresh();
}

void PendingChangesDialog::retryNow()
{
    if (m_engine) {
        m_engine->syncNow();
    }
    refresh();
}

} // namespace inlinea::ui
