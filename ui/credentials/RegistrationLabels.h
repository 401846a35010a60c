#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace inlinea::ui {

// The few kinds of label the registration pages share: grey notes, and messages that turn red for a problem, green
// for a value that is fine, or stay plain for progress.
class RegistrationLabels {
public:
    [[nodiscard]] static QLabel* note(const QString& objectName, QWidget* parent);
    [[nodiscard]] static QLabel* message(const QString& objectName, QWidget* parent);

    static void showProblem(QLabel* label, const QString& text);
    static void showFine(QLabel* label, const QString& text);
    static void showProgress(QLabel* label, const QString& text);
    static void clear(QLabel* label);
};

} // namespace inlinea::ui
