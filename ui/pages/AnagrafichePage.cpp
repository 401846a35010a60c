#include "AnagrafichePage.h"

#include "ui/anagrafiche/AnagraficheListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>

namespace inlinea::ui {

using namespace std::chrono_literals;

namespace {

// Long enough to skip the keystrokes of a word typed fast, short enough to feel immediate.
constexpr auto SearchDelay = 150ms;

} // namespace

AnagrafichePage::AnagrafichePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AnagraficheListModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_new(new QPushButton(tr("Nuova anagrafica"), this))
    , m_open(new QPushButton(tr("Apri"), this))
    , m_delete(new QPushButton(tr("Elimina"), this))
    , m_watch(new QPushButton(tr("Osserva"), this))
{
    auto* title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Elenco anagrafiche").toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("anagraficheTitle"));

    m_search->setObjectName(QStringLiteral("anagraficheSearch"));
    m_search->setPlaceholderText(tr("Cerca per nome, codice fiscale, partita IVA o comune"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("anagraficheCount"));

    m_empty->setObjectName(QStringLiteral("anagraficheEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_empty->setStyleSheet(QStringLiteral("color: #555;"));
    buildView();
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_new->setObjectName(QStringLiteral("newAnagraficaButton"));
    m_open->setObjectName(QStringLiteral("openAnagraficaButton"));
    m_delete->setObjectName(QStringLiteral("deleteAnagraficaButton"));
    m_watch->setObjectName(QStringLiteral("watchAnagraficaButton"));
    m_open->setToolTip(tr("Apri l'anagrafica selezionata (Invio o doppio clic)"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_count);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_watch);
    buttons->addWidget(m_delete);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelay);
    connect(&m_searchDelay, &QTimer::timeout, this, &AnagrafichePage::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &AnagrafichePage::applySearch);

    connect(m_model, &AnagraficheListModel::modelReset, this, &AnagrafichePage::onModelReset);
    connect(m_model, &AnagraficheListModel::rowsInserted, this, &AnagrafichePage::updateCountAndEmptyState);
    connect(m_new, &QPushButton::clicked, this, &AnagrafichePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &AnagrafichePage::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &AnagrafichePage::deleteCurrent);
    connect(m_watch, &QPushButton::clicked, this, &AnagrafichePage::toggleWatchCurrent);

    onModelReset();
}

void AnagrafichePage::buildView()
{
    m_view->setObjectName(QStringLiteral("anagraficheTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->setIconSize(QSize(16, 16));
    m_view->installEventFilter(this);

    // Fixed row heights: the view never measures rows, however many are loaded.
    QHeaderView* rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(AnagraficheListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnagraficheListModel::AddressColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnagraficheListModel::CodesColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(AnagraficheListModel::DomandeColumn, QHeaderView::Fixed);
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(AnagraficheListModel::CodesColumn,
                          metrics.horizontalAdvance(QStringLiteral("RSSMRA85T10A562S / 01234567890")) + 24);
    header->resizeSection(AnagraficheListModel::DomandeColumn,
                          header->fontMetrics().horizontalAdvance(
                              m_model->headerData(AnagraficheListModel::DomandeColumn, Qt::Horizontal).toString()) +
                              36);
    header->setSortIndicator(AnagraficheListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row()); id != 0) {
            Q_EMIT openRequested(id);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& now) {
        if (now.isValid()) {
            m_selectedId = m_model->idAt(now.row());
        }
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnagrafichePage::updateButtons);
}

void AnagrafichePage::setCache(const anagrafiche::AnagraficheCache* cache)
{
    m_model->setCache(cache);
}

void AnagrafichePage::reload()
{
    m_model->reload();
}

void AnagrafichePage::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearchText(m_search->text());
}

void AnagrafichePage::onModelReset()
{
    // The view has dropped its selection: put it back on the same anagrafica when it is still listed.
    if (m_selectedId != 0 && !selectId(m_selectedId)) {
        m_selectedId = 0;
    }
    updateCountAndEmptyState();
    updateButtons();
}

bool AnagrafichePage::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, AnagraficheListModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

int AnagrafichePage::currentRow() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.first().row();
}

qint64 AnagrafichePage::currentId() const
{
    return m_model->idAt(currentRow());
}

void AnagrafichePage::updateCountAndEmptyState()
{
    const int total = m_model->totalCount();
    const QString number = QLocale().toString(total);
    if (m_model->searchText().isEmpty()) {
        m_count->setText(total == 1 ? tr("1 anagrafica") : tr("%1 anagrafiche").arg(number));
    } else {
        m_count->setText(total == 1 ? tr("1 anagrafica trovata") : tr("%1 anagrafiche trovate").arg(number));
    }

    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (const auto& error = m_model->lastError()) {
        m_empty->setText(
            tr("Non è stato possibile leggere l'elenco salvato su questo computer.\n%1").arg(error->detail));
    } else if (!m_model->searchText().isEmpty()) {
        m_empty->setText(tr("Nessuna anagrafica corrisponde a «%1».").arg(m_model->searchText()));
    } else {
        m_empty->setText(tr("Non ci sono ancora anagrafiche.\nQuelle registrate sul portale compaiono qui dopo la "
                            "sincronizzazione; puoi anche crearne una con «Nuova anagrafica»."));
    }
    m_stack->setCurrentWidget(m_empty);
}

void AnagrafichePage::updateButtons()
{
    const int row = currentRow();
    const bool selected = row >= 0;
    m_open->setEnabled(selected);
    m_watch->setEnabled(selected);
    const bool watched = selected && m_model->data(m_model->index(row, 0), AnagraficheListModel::WatchedRole).toBool();
    m_watch->setText(watched ? tr("Non osservare") : tr("Osserva"));
    m_watch->setToolTip(watched ? tr("Togli l'anagrafica dall'elenco di quelle sotto osservazione")
                                : tr("Tieni l'anagrafica sotto osservazione"));
    const int domande = selected ? m_model->data(m_model->index(row, 0), AnagraficheListModel::DomandeRole).toInt() : 0;
    m_delete->setEnabled(selected && domande == 0);
    m_delete->setToolTip(domande > 0 ? tr("Un'anagrafica con domande presentate non può essere eliminata")
                                     : tr("Elimina l'anagrafica selezionata"));
}

void AnagrafichePage::openCurrent()
{
    if (const qint64 id = currentId(); id != 0) {
        Q_EMIT openRequested(id);
    }
}

void AnagrafichePage::toggleWatchCurrent()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    const bool watched = m_model->data(m_model->index(row, 0), AnagraficheListModel::WatchedRole).toBool();
    Q_EMIT watchRequested(m_model->idAt(row), !watched);
}

void AnagrafichePage::deleteCurrent()
{
    const int row = currentRow();
    if (row < 0 || !m_delete->isEnabled()) {
        return;
    }
    const qint64 id = m_model->idAt(row);
    QMessageBox box(QMessageBox::Warning, tr("Elimina anagrafica"),
                    tr("Eliminare l'anagrafica «%1»?").arg(m_model->rowAt(row)->name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    box.setInformativeText(id < 0
                               ? tr("L'anagrafica non è ancora stata inviata al portale: sarà eliminata solo da "
                                    "questo computer.")
                               : tr("L'anagrafica sarà eliminata anche dal portale alla prossima sincronizzazione."));
    box.button(QMessageBox::Yes)->setText(tr("Elimina"));
    box.button(QMessageBox::No)->setText(tr("Annulla"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes) {
        Q_EMIT deleteRequested(id);
    }
}

bool AnagrafichePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_view && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        openCurrent();
        return true;
    }
    if (watched == m_view && key == Qt::Key_Delete) {
        deleteCurrent();
        return true;
    }
    // Down from the search field goes to the results.
    if (watched == m_search && key == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        if (currentRow() < 0) {
            selectId(m_model->idAt(0));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace inlinea::ui
