#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace inlinea::ui {

// The few kinds of label the credentials pages and dialogs share: grey notes, and messages that turn red for a
// problem, green for a value that is fine, grey for a note, or stay plain for progress.
class CredentialsLabels {
public:
    enum class Emphasis { Normal, Bold };

    static constexpr auto ProblemColor = "#b00020";
    static constexpr auto FineColor = "#1b7f3b";
    static constexpr auto NoteColor = "#555555";

    // Wrapped plain text in the normal colour, such as an introduction.
    [[nodiscard]] static QLabel* plain(const QString& objectName, QWidget* parent);
    [[nodiscard]] static QLabel* note(const QString& objectName, QWidget* parent);
    [[nodiscard]] static QLabel* message(const QString& objectName, QWidget* parent);

    static void showProblem(QLabel* label, const QString& text, Emphasis emphasis = Emphasis::Normal);
    static void showFine(QLabel* label, const QString& text, Emphasis emphasis = Emphasis::Normal);
    static void showNote(QLabel* label, const QString& text);
    static void showProgress(QLabel* label, const QString& text);
    static void clear(QLabel* label);
};

} // namespace inlinea::ui
