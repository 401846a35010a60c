#include "AnagraficheListModel.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

#include <array>

namespace inlinea::ui {

using anagrafiche::AnagraficaRow;
using anagrafiche::ListQuery;

namespace {

// A five-pointed star, drawn rather than taken from a font so it looks the same everywhere.
QPixmap star(int size, const QColor& fill, const QColor& outline)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    if (!fill.isValid()) {
        return pixmap;
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(size / 2.0, size / 2.0 + size * 0.04);
    const double outer = size * 0.47;
    const double inner = outer * 0.45;
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? outer : inner;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF point(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle));
        if (i == 0) {
            path.moveTo(point);
        } else {
            path.lineTo(point);
        }
    }
    path.closeSubpath();
    painter.setPen(QPen(outline, size / 16.0));
    painter.setBrush(fill);
    painter.drawPath(path);
    return pixmap;
}

QIcon starIcon(const QColor& fill, const QColor& outline)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        icon.addPixmap(star(size, fill, outline));
    }
    return icon;
}

ListQuery::Sort sortFor(int column)
{
    switch (column) {
    case AnagraficheListModel::AddressColumn: return ListQuery::Sort::Address;
    case AnagraficheListModel::CodesColumn: return ListQuery::Sort::Codes;
    case AnagraficheListModel::DomandeColumn: return ListQuery::Sort::Domande;
    default: return ListQuery::Sort::Name;
    }
}

} // namespace

AnagraficheListModel::AnagraficheListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_watchedIcon(starIcon(QColor(0xf2, 0xb7, 0x05), QColor(0xa6, 0x7c, 0x00)))
    , m_blankIcon(starIcon(QColor(), QColor()))
{}

void AnagraficheListModel::setCache(const anagrafiche::AnagraficheCache* cache)
{
    m_cache = cache;
    requery(PageSize);
}

void AnagraficheListModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.text) {
        return;
    }
    m_query.text = trimmed;
    requery(PageSize);
}

void AnagraficheListModel::sort(int column, Qt::SortOrder order)
{
    const ListQuery::Sort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending) {
        return;
    }
    m_query.sort = sort;
    m_query.descending = descending;
    requery(PageSize);
}

void AnagraficheListModel::reload()
{
    // Round up to whole pages so the next fetchMore continues where the user was.
    const int loaded = static_cast<int>(m_rows.size());
    requery(qMax(PageSize, (loaded + PageSize - 1) / PageSize * PageSize));
}

void AnagraficheListModel::requery(int rows)
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.reset();
    if (m_cache) {
        auto page = m_cache->rows(m_query, 0, rows);
        if (!page) {
            m_error = page.error();
        } else {
            m_rows = std::move(page).value();
            m_atEnd = m_rows.size() < rows;
            // A page that is not full is the whole answer; otherwise counting waits until the page is on screen.
            if (m_atEnd) {
                m_total = static_cast<int>(m_rows.size());
            } else {
                m_total.reset();
            }
        }
    }
    endResetModel();
    if (m_total) {
        Q_EMIT totalCountChanged(*m_total);
    } else {
        QMetaObject::invokeMethod(
            this, [this, generation = m_generation] { announceCount(generation); }, Qt::QueuedConnection);
    }
}

void AnagraficheListModel::announceCount(quint64 generation)
{
    if (generation == m_generation && !m_total) {
        Q_EMIT totalCountChanged(totalCount());
    }
}

int AnagraficheListModel::totalCount() const
{
    if (!m_total) {
        const auto count = m_cache ? m_cache->count(m_query) : Result<int, store::StoreError>(0);
        m_total = count ? count.value() : static_cast<int>(m_rows.size());
    }
    return *m_total;
}

bool AnagraficheListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_cache && !m_atEnd;
}

void AnagraficheListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const int offset = static_cast<int>(m_rows.size());
    auto page = m_cache->rows(m_query, offset, PageSize);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    const QList<AnagraficaRow>& more = page.value();
    m_atEnd = more.size() < PageSize || (m_total && offset + more.size() >= *m_total);
    if (more.isEmpty()) {
        return;
    }
    beginInsertRows({}, offset, offset + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

int AnagraficheListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AnagraficheListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AnagraficaRow* AnagraficheListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 AnagraficheListModel::idAt(int row) const
{
    const AnagraficaRow* r = rowAt(row);
    return r ? r->id : 0;
}

int AnagraficheListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QString AnagraficheListModel::toolTip(const AnagraficaRow& row) const
{
    QStringList lines;
    if (row.watched) {
        lines << tr("Sotto osservazione");
    }
    if (row.pending) {
        lines << tr("Modifiche in attesa di invio");
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant AnagraficheListModel::data(const QModelIndex& index, int role) const
{
    const AnagraficaRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row) {
        return {};
    }
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return row->name;
        case AddressColumn: return row->address;
        case CodesColumn: return row->codes;
        case DomandeColumn: return row->domande;
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == NameColumn) {
            return row->watched ? m_watchedIcon : m_blankIcon;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString tip = toolTip(*row);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (row->pending) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DomandeColumn) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole: return row->id;
    case WatchedRole: return row->watched;
    case PendingRole: return row->pending;
    case DomandeRole: return row->domande;
    default: return {};
    }
}

QVariant AnagraficheListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("ANAGRAFICA");
        case AddressColumn: return tr("SEDE LEGALE / RESIDENZA");
        case CodesColumn: return tr("CODICE FISCALE / PARTITA IVA");
        case DomandeColumn: return tr("DOMANDE");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == DomandeColumn) {
        return tr("Numero di pratiche presentate per l'anagrafica");
    }
    if (role == Qt::TextAlignmentRole) {
        // Over the values they name: text on the left, numbers on the right.
        return static_cast<int>((section == DomandeColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return {};
}

} // namespace inlinea::ui
