#pragma once

#include <QWidget>

namespace inlinea::ui {

// "Elenco riassuntivo": search by CIP and the list of anagrafiche (filled by the anagrafiche and pratiche issues).
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);
};

} // namespace inlinea::ui
