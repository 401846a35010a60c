#pragma once

#include "Tokens.h"
#include "common/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace inlinea::auth {

struct KeyringError {
    enum class Kind {
        Unavailable,  // no Secret Service / keychain reachable: we refuse to fall back to a plain file
        AccessDenied, // the user refused, or the keyring stayed locked
        Other,
    };
    Kind kind;
    QString detail;
};

// Tokens per portal in the system keyring (QtKeychain: Secret Service on Linux), asynchronously.
class TokenStore : public QObject {
    Q_OBJECT
public:
    using SaveCallback = std::function<void(const Status<KeyringError>&)>;
    using LoadCallback = std::function<void(const Result<std::optional<Tokens>, KeyringError>&)>;

    explicit TokenStore(QString service = QStringLiteral("Inlinea Desktop"), QObject* parent = nullptr);

    void save(const QUrl& portal, const Tokens& tokens, QObject* context, SaveCallback callback);
    void load(const QUrl& portal, QObject* context, LoadCallback callback);
    void remove(const QUrl& portal, QObject* context, SaveCallback callback);

    // One entry per portal origin (scheme, host, port), so two portals never share a session.
    [[nodiscard]] static QString keyFor(const QUrl& portal);

private:
    QString m_service;
};

} // namespace inlinea::auth
