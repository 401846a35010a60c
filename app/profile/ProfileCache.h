#pragma once

#include "Profile.h"
#include "app/store/LocalDatabase.h"
#include "common/Result.h"

#include <optional>

namespace inlinea::profile {

// The user's profile as last seen (or as changed locally, `pending`), readable offline.
class ProfileCache {
public:
    explicit ProfileCache(store::LocalDatabase& db);

    [[nodiscard]] Result<std::optional<Profile>, store::StoreError> load() const;
    [[nodiscard]] Result<bool, store::StoreError> isPending() const;
    [[nodiscard]] Status<store::StoreError> save(const Profile& profile, bool pending);

private:
    store::LocalDatabase& m_db;
};

} // namespace inlinea::profile
