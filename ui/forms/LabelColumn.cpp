#include "LabelColumn.h"

#include <QFormLayout>
#include <QLayoutItem>
#include <QWidget>

namespace inlinea::ui {

namespace {

template <typename F> void forEachLabel(const QList<QFormLayout*>& forms, F&& f)
{
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                f(item->widget());
            }
        }
    }
}

} // namespace

void LabelColumn::align(const QList<QFormLayout*>& forms)
{
    int width = 0;
    forEachLabel(forms, [&width](QWidget* label) {
        label->setMinimumWidth(0);
        width = std::max(width, label->sizeHint().width());
    });
    forEachLabel(forms, [width](QWidget* label) { label->setMinimumWidth(width); });
}

} // namespace inlinea::ui
