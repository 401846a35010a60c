#pragma once

#include "Procedimento.h"
#include "app/portal/PortalError.h"
#include "common/Result.h"

#include <QObject>

#include <functional>

namespace inlinea::auth {
class ApiSession;
}

namespace inlinea::procedimenti {

// GET /api/v1/procedimenti and /api/v1/procedimenti/{code}/{version}.
class ProcedimentiApi : public QObject {
    Q_OBJECT
public:
    using CatalogCallback = std::function<void(const Result<QList<Procedimento>, portal::PortalError>&)>;
    using DefinitionCallback = std::function<void(const Result<FormDefinition, portal::PortalError>&)>;

    explicit ProcedimentiApi(auth::ApiSession* session, QObject* parent = nullptr);

    void catalog(QObject* context, CatalogCallback callback);
    void definition(const QString& code, const QString& version, QObject* context, DefinitionCallback callback);

private:
    auth::ApiSession* m_session;
};

} // namespace inlinea::procedimenti
