#pragma once

#include <QList>

class QFormLayout;

namespace inlinea::ui {

// Gives the label column of several form layouts one width, so that the fields of group boxes stacked one above the
// other line up. Hidden rows count too, so the column does not jump when rows are shown or hidden.
class LabelColumn {
public:
    static void align(const QList<QFormLayout*>& forms);
};

} // namespace inlinea::ui
