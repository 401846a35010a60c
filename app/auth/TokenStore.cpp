#include "TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace inlinea::auth {

namespace {

KeyringError toError(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // QtKeychain reports an unreachable Secret Service (no session bus, daemon gone) only as OtherError.
    case QKeychain::OtherError: return KeyringError{KeyringError::Kind::Unavailable, job->errorString()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return KeyringError{KeyringError::Kind::AccessDenied, job->errorString()};
    default: break;
    }
    return KeyringError{KeyringError::Kind::Other, job->errorString()};
}

QByteArray serialize(const Tokens& tokens)
{
    const QJsonObject object{
        {QStringLiteral("access_token"), tokens.accessToken},
        {QStringLiteral("refresh_token"), tokens.refreshToken},
        {QStringLiteral("access_expires_at"), tokens.accessExpiresAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("auth_method"), tokens.authMethod}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Tokens> deserialize(const QByteArray& data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    if (object.isEmpty()) {
        return std::nullopt;
    }
    Tokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    tokens.accessExpiresAt =
        QDateTime::fromString(object.value(QStringLiteral("access_expires_at")).toString(), Qt::ISODate);
    tokens.authMethod = object.value(QStringLiteral("auth_method")).toString();
    return tokens;
}

} // namespace

TokenStore::TokenStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString TokenStore::keyFor(const QUrl& portal)
{
    return QStringLiteral("tokens@") + portal
                                           .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                                     QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                                           .toString();
}

void TokenStore::save(const QUrl& portal, const Tokens& tokens, QObject* context, SaveCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(portal));
    job->setBinaryData(serialize(tokens));
    connect(job, &QKeychain::Job::finished, this,
            [context = QPointer<QObject>(context), callback = std::move(callback)](QKeychain::Job* finished) {
                if (!context) {
                    return;
                }
                if (finished->error() != QKeychain::NoError) {
                    callback(fail(toError(finished)));
                    return;
                }
                callback(Ok{});
            });
    job->start();
}

void TokenStore::load(const QUrl& portal, QObject* context, LoadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(portal));
    connect(job, &QKeychain::Job::finished, this,
            [job, context = QPointer<QObject>(context), callback = std::move(callback)](QKeychain::Job* finished) {
                if (!context) {
                    return;
                }
                if (finished->error() == QKeychain::EntryNotFound) {
                    callback(std::optional<Tokens>());
                    return;
                }
                if (finished->error() != QKeychain::NoError) {
                    callback(fail(toError(finished)));
                    return;
                }
                callback(deserialize(job->binaryData()));
            });
    job->start();
}

void TokenStore::remove(const QUrl& portal, QObject* context, SaveCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(portal));
    connect(job, &QKeychain::Job::finished, this,
            [context = QPointer<QObject>(context), callback = std::move(callback)](QKeychain::Job* finished) {
                if (!context) {
                    return;
                }
                // Nothing stored is as good as removed.
                if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
                    callback(fail(toError(finished)));
                    return;
                }
                callback(Ok{});
            });
    job->start();
}

} // namespace inlinea::auth
