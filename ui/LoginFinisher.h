#pragma once

#include "app/auth/LoginSuccess.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

class QObject;

namespace inlinea::auth {
class TokenStore;
}

namespace inlinea::ui {

class LoginWindow;

// The last step of an interactive login (SPID, the portal's own credentials): the tokens go to the keyring, then the
// session opens. A keyring that refuses them ends the login with its message: the session is kept nowhere else.
class LoginFinisher {
    Q_DECLARE_TR_FUNCTIONS(LoginFinisher)
public:
    static void keep(auth::TokenStore* tokens, const QUrl& portal, LoginWindow* window, QObject* context,
                     const auth::LoginSuccess& session, std::function<void(const auth::LoginSuccess&)> opened);
};

} // namespace inlinea::ui
