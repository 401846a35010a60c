#include "LoginFinisher.h"

#include "app/auth/TokenStore.h"
#include "ui/ErrorText.h"
#include "ui/LoginWindow.h"

namespace inlinea::ui {

void LoginFinisher::keep(auth::TokenStore* tokens, const QUrl& portal, LoginWindow* window, QObject* context,
                         const auth::LoginSuccess& session, std::function<void(const auth::LoginSuccess&)> opened)
{
    window->setBusy(true, tr("Completamento dell'accesso…"));
    tokens->save(portal, session.tokens, context,
                 [window, session, opened = std::move(opened)](const Status<auth::KeyringError>& saved) {
                     window->setBusy(false);
                     if (!saved) {
                         window->showNotice(ErrorText::keyring(saved.error().detail), true);
                         return;
                     }
                     window->showNotice(QString(), false);
                     opened(session);
                 });
}

} // namespace inlinea::ui
