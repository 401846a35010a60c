#pragma once

#include "Anagrafica.h"
#include "app/store/LocalDatabase.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace inlinea::anagrafiche {

// One line of the Elenco anagrafiche: what the four columns show, without parsing the whole record.
struct AnagraficaRow {
    qint64 id = 0;
    QString name;
    QString address;
    QString codes;
    int domande = 0;
    bool watched = false;
    bool pending = false; // changed here and not yet accepted by the portal
};

struct ListQuery {
    enum class Sort { Name, Address, Codes, Domande };
    QString text; // search as you type: name, codice fiscale, partita IVA, comune; any case, any part of the word
    Sort sort = Sort::Name;
    bool descending = false;
};

// The anagrafiche the user has seen, in the local database, searchable offline. The portal's copy is written here
// after each sync; a record changed locally is marked pending and a later sync does not overwrite it until the
// portal has accepted the change.
class AnagraficheCache {
public:
    explicit AnagraficheCache(store::LocalDatabase& db);

    // A page of the list, sorted; searching uses the full-text index from 3 characters up.
    [[nodiscard]] Result<QList<AnagraficaRow>, store::StoreError> rows(const ListQuery& query, int offset,
                                                                       int limit) const;
    [[nodiscard]] Result<int, store::StoreError> count(const ListQuery& query) const;
    [[nodiscard]] Result<std::optional<Anagrafica>, store::StoreError> find(qint64 id) const;
    [[nodiscard]] Result<QList<Anagrafica>, store::StoreError> all() const;

    // A record as the portal sent it, or as the user changed it (`pending`).
    [[nodiscard]] Status<store::StoreError> put(const Anagrafica& anagrafica, bool pending);
    // Many at once in one transaction (a sync, an import, the benchmark's fill).
    [[nodiscard]] Status<store::StoreError> putMany(const QList<Anagrafica>& list, bool pending);
    // The whole list from the portal: records missing from it are dropped, unless they carry local changes.
    [[nodiscard]] Status<store::StoreError> replaceFromPortal(const QList<Anagrafica>& list);
    [[nodiscard]] Status<store::StoreError> remove(qint64 id);
    // A record created offline got its portal id.
    [[nodiscard]] Status<store::StoreError> changeId(qint64 localId, qint64 portalId);
    // The next id for a record created offline (negative, never reused).
    [[nodiscard]] Result<qint64, store::StoreError> nextLocalId() const;

private:
    enum class Mode {
        Local,   // the user's record, accepted (e.g. the portal's answer to a change)
        Pending, // the user's change, not yet accepted
        Portal,  // a refresh: records with pending changes are left alone, records not listed are dropped
    };
    struct SortKey {
        qint64 key = 0;
        bool crowded = false; // no room left between the neighbours: renumber after the batch
    };
    [[nodiscard]] Status<store::StoreError> write(const QList<Anagrafica>& list, Mode mode,
                                                  const QSet<qint64>* keepOnly);
    [[nodiscard]] Result<SortKey, store::StoreError> keyFor(const QString& name, qint64 id) const;
    [[nodiscard]] Status<store::StoreError> renumber();
    [[nodiscard]] QSqlQuery& prepared(const QString& sql) const;

    store::LocalDatabase& m_db;
    mutable QHash<QString, QSqlQuery> m_prepared;
};

} // namespace inlinea::anagrafiche
