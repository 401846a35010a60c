#include "CatalogSync.h"

#include "CatalogCache.h"
#include "ProcedimentiApi.h"

namespace inlinea::procedimenti {

using portal::PortalError;

CatalogSync::CatalogSync(CatalogCache& cache, ProcedimentiApi* api, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{}

void CatalogSync::refresh()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_api->catalog(this, [this](const Result<QList<Procedimento>, PortalError>& catalog) {
        if (!catalog) {
            finish(false, catalog.error());
            return;
        }
        if (auto stored = m_cache.replaceCatalog(catalog.value()); !stored) {
            finish(false, PortalError{PortalError::Kind::Other, 0, {}, stored.error().detail});
            return;
        }
        Q_EMIT changed();
        m_missing.clear();
        for (const Procedimento& p : catalog.value()) {
            const QStringList versions = p.versions.isEmpty() ? QStringList{p.version} : p.versions;
            for (const QString& version : versions) {
                const auto cached = m_cache.hasDefinition(p.code, version);
                if (cached && !cached.value()) {
                    m_missing.append({p.code, version});
                }
            }
        }
        fetchNext();
    });
}

void CatalogSync::fetchNext()
{
    if (m_missing.isEmpty()) {
        finish(true, {});
        return;
    }
    const auto [code, version] = m_missing.takeFirst();
    m_api->definition(code, version, this, [this](const Result<FormDefinition, PortalError>& definition) {
        if (!definition) {
            finish(false, definition.error());
            return;
        }
        if (auto stored = m_cache.putDefinition(definition.value()); !stored) {
            finish(false, PortalError{PortalError::Kind::Other, 0, {}, stored.error().detail});
            return;
        }
        Q_EMIT changed();
        fetchNext();
    });
}

void CatalogSync::finish(bool complete, const PortalError& error)
{
    m_running = false;
    m_missing.clear();
    m_lastError = error;
    Q_EMIT finished(complete);
}

} // namespace inlinea::procedimenti
