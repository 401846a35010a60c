#pragma once

#include "ui/spid/SpidWebLogin.h"

#include <QObject>

namespace inlinea::ui {

class SpidViewPlugin : public QObject, public SpidWebLogin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID InlineaSpidWebLogin_iid)
    Q_INTERFACES(inlinea::ui::SpidWebLogin)
public:
    [[nodiscard]] QDialog* create(const Request& request, Callbacks callbacks, QWidget* parent) override;
};

} // namespace inlinea::ui
