#include "SpidViewPlugin.h"

#include "SpidLoginDialog.h"

namespace inlinea::ui {

QDialog* SpidViewPlugin::create(const Request& request, Callbacks callbacks, QWidget* parent)
{
    return new SpidLoginDialog(request, std::move(callbacks), parent);
}

} // namespace inlinea::ui
