#include "PortalUrl.h"

namespace inlinea::portal {

namespace {
const QString kApiPrefix = QStringLiteral("/api/v1");
}

Result<QUrl, PortalError> PortalUrl::normalize(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        return fail(PortalError{PortalError::Kind::InvalidUrl, 0, {}, QStringLiteral("empty address")});
    }
    if (!text.contains(QStringLiteral("://"))) {
        text.prepend(QStringLiteral("https://"));
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(PortalError{PortalError::Kind::InvalidUrl, 0, {}, url.errorString()});
    }
    if (url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) != 0) {
        return fail(PortalError{PortalError::Kind::InsecureScheme, 0, {}, url.scheme()});
    }
    url.setScheme(QStringLiteral("https"));
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());

    QString path = url.path();
    const qsizetype apiAt = path.indexOf(kApiPrefix);
    if (apiAt >= 0) {
        path.truncate(apiAt);
    }
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path);
    return url;
}

QUrl PortalUrl::apiUrl(const QUrl& base, const QString& apiPath)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    // A query ("/anagrafiche?q=…") arrives already encoded (QUrlQuery::toString(QUrl::FullyEncoded)).
    const qsizetype question = apiPath.indexOf(QLatin1Char('?'));
    const QString resource = question < 0 ? apiPath : apiPath.left(question);
    url.setPath(path + kApiPrefix + (resource.startsWith(QLatin1Char('/')) ? resource : QLatin1Char('/') + resource));
    url.setQuery(question < 0 ? QString() : apiPath.mid(question + 1), QUrl::StrictMode);
    return url;
}

} // namespace inlinea::portal
