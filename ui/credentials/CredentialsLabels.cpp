#include "CredentialsLabels.h"

#include <QLabel>

namespace inlinea::ui {

namespace {

using Emphasis = CredentialsLabels::Emphasis;

QString style(const char* color, Emphasis emphasis = Emphasis::Normal)
{
    QString sheet = color ? QStringLiteral("color: %1;").arg(QLatin1String(color)) : QString();
    if (emphasis == Emphasis::Bold) {
        sheet += QStringLiteral(" font-weight: bold;");
    }
    return sheet.trimmed();
}

void show(QLabel* label, const QString& text, const char* color, Emphasis emphasis = Emphasis::Normal)
{
    label->setStyleSheet(style(color, emphasis));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel* wrapping(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QLabel* CredentialsLabels::plain(const QString& objectName, QWidget* parent)
{
    return wrapping(objectName, parent);
}

QLabel* CredentialsLabels::note(const QString& objectName, QWidget* parent)
{
    auto* label = wrapping(objectName, parent);
    label->setStyleSheet(style(NoteColor));
    return label;
}

QLabel* CredentialsLabels::message(const QString& objectName, QWidget* parent)
{
    auto* label = wrapping(objectName, parent);
    label->hide();
    return label;
}

void CredentialsLabels::showProblem(QLabel* label, const QString& text, Emphasis emphasis)
{
    show(label, text, ProblemColor, emphasis);
}

void CredentialsLabels::showFine(QLabel* label, const QString& text, Emphasis emphasis)
{
    show(label, text, FineColor, emphasis);
}

void CredentialsLabels::showNote(QLabel* label, const QString& text)
{
    show(label, text, NoteColor);
}

void CredentialsLabels::showProgress(QLabel* label, const QString& text)
{
    show(label, text, nullptr);
}

void CredentialsLabels::clear(QLabel* label)
{
    show(label, QString(), nullptr);
}

} // namespace inlinea::ui
