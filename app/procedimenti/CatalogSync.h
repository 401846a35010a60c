#pragma once

#include "app/portal/PortalError.h"

#include <QObject>
#include <QStringList>

namespace inlinea::procedimenti {

class CatalogCache;
class ProcedimentiApi;

// Keeps the local copy of the catalog and of every form definition it names (all versions still accepted), so
// that forms can be opened and compiled offline. Definitions never change once published: each is fetched once.
class CatalogSync : public QObject {
    Q_OBJECT
public:
    CatalogSync(CatalogCache& cache, ProcedimentiApi* api, QObject* parent = nullptr);

    [[nodiscard]] bool isRunning() const noexcept { return m_running; }
    // Why the last refresh stopped short (meaningful after finished(false)).
    [[nodiscard]] const portal::PortalError& lastError() const noexcept { return m_lastError; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The catalog or a definition was stored.
    void changed();
    // Refresh over: everything fetched, or not (lastError says why; the local copy stays as it was).
    void finished(bool complete);

private:
    void fetchNext();
    void finish(bool complete, const portal::PortalError& error);

    CatalogCache& m_cache;
    ProcedimentiApi* m_api;
    bool m_running = false;
    portal::PortalError m_lastError;
    QList<std::pair<QString, QString>> m_missing; // (code, version) still to fetch
};

} // namespace inlinea::procedimenti
