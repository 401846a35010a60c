#pragma once

#include <QWidget>

namespace inlinea::ui {

class AnagrafichePage;

// "Elenco riassuntivo": search by CIP (coming with the pratiche) and the Elenco anagrafiche.
class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);

    [[nodiscard]] AnagrafichePage* anagrafiche() const noexcept { return m_anagrafiche; }

private:
    AnagrafichePage* m_anagrafiche;
};

} // namespace inlinea::ui
