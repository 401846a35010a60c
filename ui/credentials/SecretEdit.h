#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace inlinea::ui {

// Line edits for secrets (passwords, security answers), set up alike wherever they are typed: input methods neither
// learn nor suggest them, and the length stays bounded.
class SecretEdit {
public:
    // Hidden as it is typed (password mode also refuses copy and drag).
    [[nodiscard]] static QLineEdit* password(const QString& objectName, QWidget* parent);
    // Visible, since the user must see what they type, but never learnt by input methods.
    [[nodiscard]] static QLineEdit* answer(const QString& objectName, QWidget* parent);
};

} // namespace inlinea::ui
