#include "SecretEdit.h"

#include <QLineEdit>

namespace inlinea::ui {

namespace {

constexpr int kMaxLength = 1024;

QLineEdit* secret(const QString& objectName, Qt::InputMethodHints extraHints, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | extraHints);
    edit->setMaxLength(kMaxLength);
    return edit;
}

} // namespace

QLineEdit* SecretEdit::password(const QString& objectName, QWidget* parent)
{
    auto* edit = secret(objectName, Qt::ImhHiddenText, parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLineEdit* SecretEdit::answer(const QString& objectName, QWidget* parent)
{
    return secret(objectName, Qt::ImhNone, parent);
}

} // namespace inlinea::ui
