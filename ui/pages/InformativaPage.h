#pragma once

#include <QWidget>

namespace inlinea::ui {

// What this application keeps on the computer and where it sends it.
class InformativaPage : public QWidget {
    Q_OBJECT
public:
    explicit InformativaPage(QWidget* parent = nullptr);
};

} // namespace inlinea::ui
