#pragma once

#include "Profile.h"
#include "app/portal/PortalError.h"
#include "common/Result.h"

#include <QObject>

#include <functional>

namespace inlinea::auth {
class ApiSession;
}

namespace inlinea::profile {

// GET / PUT /api/v1/me.
class ProfileApi : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<Profile, portal::PortalError>&)>;

    explicit ProfileApi(auth::ApiSession* session, QObject* parent = nullptr);

    void get(QObject* context, Callback callback);
    void update(const Profile& profile, int baseVersion, QObject* context, Callback callback);

private:
    auth::ApiSession* m_session;
};

} // namespace inlinea::profile
