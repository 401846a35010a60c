#pragma once

#include "app/anagrafiche/AnagraficheCache.h"
#include "app/store/LocalDatabase.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <optional>

namespace inlinea::ui {

// The Elenco anagrafiche over the local cache, in the portal's four columns. Rows are read a page at a time
// (canFetchMore / fetchMore), so a cache of 100,000 records is never loaded whole; sorting and searching query the
// cache again and load the first page only.
class AnagraficheListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, CodesColumn, DomandeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 anagrafica id (negative: created here, not yet sent)
        WatchedRole,               // bool
        PendingRole,               // bool: local changes not yet accepted by the portal
        DomandeRole,               // int
    };
    static constexpr int PageSize = 200;

    explicit AnagraficheListModel(QObject* parent = nullptr);

    // The cache must outlive the model (or be replaced with nullptr first). Reloads.
    void setCache(const anagrafiche::AnagraficheCache* cache);

    // Search as you type: name, codice fiscale, partita IVA, comune. Loads the first page only.
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_query.text; }
    [[nodiscard]] const anagrafiche::ListQuery& query() const noexcept { return m_query; }

    // Rows matching the search in the whole cache (not just those loaded). When the first page is full the count is
    // not part of the keystroke: it is read once the page is shown (totalCountChanged), or here when asked first.
    [[nodiscard]] int totalCount() const;
    // The row's anagrafica id, 0 for an invalid row.
    [[nodiscard]] qint64 idAt(int row) const;
    // The row of an anagrafica among those loaded, -1 when not loaded (or absent).
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] const anagrafiche::AnagraficaRow* rowAt(int row) const;
    // Why the last read failed; nullopt after a successful one.
    [[nodiscard]] const std::optional<store::StoreError>& lastError() const noexcept { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    // The cache changed (SyncEngine::anagraficheChanged): read again with the same search and sort, as many rows
    // as were loaded.
    void reload();

Q_SIGNALS:
    void totalCountChanged(int count);

private:
    void requery(int rows);
    [[nodiscard]] QString toolTip(const anagrafiche::AnagraficaRow& row) const;

    const anagrafiche::AnagraficheCache* m_cache = nullptr;
    anagrafiche::ListQuery m_query;
    QList<anagrafiche::AnagraficaRow> m_rows;
    void announceCount(quint64 generation);

    mutable std::optional<int> m_total; // nullopt: not counted yet
    quint64 m_generation = 0;           // which query a deferred count belongs to
    bool m_atEnd = true;
    std::optional<store::StoreError> m_error;
    QIcon m_watchedIcon;
    QIcon m_blankIcon;
};

} // namespace inlinea::ui
