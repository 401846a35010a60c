#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace inlinea::anagrafiche {
class AnagraficheCache;
}

namespace inlinea::ui {

class AnagraficheListModel;

// "Elenco anagrafiche": the cached anagrafiche with search as you type, sortable columns and the actions on them.
// The page only asks; whoever owns the SyncEngine carries out the requests and calls reload() when the cache
// changes.
class AnagrafichePage : public QWidget {
    Q_OBJECT
public:
    explicit AnagrafichePage(QWidget* parent = nullptr);

    // The cache must outlive the page (or be replaced with nullptr first).
    void setCache(const anagrafiche::AnagraficheCache* cache);
    [[nodiscard]] AnagraficheListModel* model() const noexcept { return m_model; }

    // The selected anagrafica's id, 0 when none is selected.
    [[nodiscard]] qint64 currentId() const;
    // Selects an anagrafica when it is among the loaded rows; false otherwise.
    bool selectId(qint64 id);

public Q_SLOTS:
    // The cache changed (connect SyncEngine::anagraficheChanged here): search, sort and selection are kept.
    void reload();
    // Asks for confirmation, then emits deleteRequested.
    void deleteCurrent();

Q_SIGNALS:
    void newRequested();
    void openRequested(qint64 id);
    void deleteRequested(qint64 id);
    void watchRequested(qint64 id, bool watched);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildView();
    void applySearch();
    void onModelReset();
    void updateButtons();
    void updateCountAndEmptyState();
    void openCurrent();
    void toggleWatchCurrent();
    [[nodiscard]] int currentRow() const;

    AnagraficheListModel* m_model;
    QLineEdit* m_search;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_delete;
    QPushButton* m_watch;
    QTimer m_searchDelay;
    qint64 m_selectedId = 0;
};

} // namespace inlinea::ui
