#pragma once

#include "Procedimento.h"
#include "app/store/LocalDatabase.h"
#include "common/Result.h"

#include <optional>

namespace inlinea::procedimenti {

// The catalog and every form definition seen, in the local database, so a form can be compiled offline.
class CatalogCache {
public:
    explicit CatalogCache(store::LocalDatabase& db);

    [[nodiscard]] Result<QList<Procedimento>, store::StoreError> catalog() const;
    [[nodiscard]] Status<store::StoreError> replaceCatalog(const QList<Procedimento>& catalog);
    [[nodiscard]] Result<std::optional<FormDefinition>, store::StoreError> definition(const QString& code,
                                                                                      const QString& version) const;
    [[nodiscard]] Result<bool, store::StoreError> hasDefinition(const QString& code, const QString& version) const;
    [[nodiscard]] Status<store::StoreError> putDefinition(const FormDefinition& definition);

private:
    store::LocalDatabase& m_db;
};

} // namespace inlinea::procedimenti
