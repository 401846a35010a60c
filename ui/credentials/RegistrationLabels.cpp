#include "RegistrationLabels.h"

#include <QLabel>

namespace inlinea::ui {

namespace {

constexpr auto ProblemColor = "#b00020";
constexpr auto FineColor = "#1b7f3b";
constexpr auto NoteColor = "#555555";

void show(QLabel* label, const QString& text, const char* color)
{
    label->setStyleSheet(color ? QStringLiteral("color: %1;").arg(QLatin1String(color)) : QString());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

QLabel* RegistrationLabels::note(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(NoteColor)));
    return label;
}

QLabel* RegistrationLabels::message(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void RegistrationLabels::showProblem(QLabel* label, const QString& text)
{
    show(label, text, ProblemColor);
}

void RegistrationLabels::showFine(QLabel* label, const QString& text)
{
    show(label, text, FineColor);
}

void RegistrationLabels::showProgress(QLabel* label, const QString& text)
{
    show(label, text, nullptr);
}

void RegistrationLabels::clear(QLabel* label)
{
    show(label, QString(), nullptr);
}

} // namespace inlinea::ui
