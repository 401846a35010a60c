#pragma once

#include "app/portal/PortalInfo.h"

#include <QCoreApplication>

namespace inlinea::ui {

class LoginMethodText {
    Q_DECLARE_TR_FUNCTIONS(LoginMethodText)
public:
    [[nodiscard]] static QString name(portal::LoginMethod method)
    {
        switch (method) {
        case portal::LoginMethod::Spid: return tr("SPID");
        case portal::LoginMethod::Cns: return tr("CNS/CRS (smart card)");
        case portal::LoginMethod::Password: return tr("credenziali del portale");
        }
        return {};
    }
};

} // namespace inlinea::ui
