#pragma once

#include "Anagrafica.h"
#include "app/portal/PortalError.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>

namespace inlinea::auth {
class ApiSession;
}

namespace inlinea::anagrafiche {

struct AnagrafichePage {
    QList<Anagrafica> items;
    int page = 1;
    int perPage = 50;
    int total = 0;
};

// /api/v1/anagrafiche. Errors keep the portal's answer: a 412 carries the portal's current record
// (JsonAnswer::conflictCurrent), a 422 its field errors (FieldProblem).
class AnagraficheApi : public QObject {
    Q_OBJECT
public:
    using PageCallback = std::function<void(const Result<AnagrafichePage, portal::PortalError>&)>;
    using ListCallback = std::function<void(const Result<QList<Anagrafica>, portal::PortalError>&)>;
    using OneCallback = std::function<void(const Result<Anagrafica, portal::PortalError>&)>;
    using DoneCallback = std::function<void(const Status<portal::PortalError>&)>;

    static constexpr int MaxPerPage = 500;

    explicit AnagraficheApi(auth::ApiSession* session, QObject* parent = nullptr);

    void page(const QString& query, int page, int perPage, QObject* context, PageCallback callback);
    // Every page, one after the other (for the local cache).
    void all(QObject* context, ListCallback callback);
    void get(qint64 id, QObject* context, OneCallback callback);
    void create(const Anagrafica& anagrafica, const QByteArray& idempotencyKey, QObject* context, OneCallback callback);
    void update(const Anagrafica& anagrafica, int baseVersion, QObject* context, OneCallback callback);
    void remove(qint64 id, int baseVersion, QObject* context, DoneCallback callback);
    void setWatched(qint64 id, bool watched, QObject* context, OneCallback callback);

private:
    void nextPage(int page, QList<Anagrafica> collected, QObject* context, ListCallback callback);

    auth::ApiSession* m_session;
};

} // namespace inlinea::anagrafiche
