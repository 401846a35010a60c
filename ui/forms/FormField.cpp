#include "FormField.h"

#include <QAction>
#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QStyle>
#include <QVBoxLayout>

namespace inlinea::ui {

FormField::FormField(QWidget* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_lineEdit(qobject_cast<QLineEdit*>(editor))
    , m_comboBox(qobject_cast<QComboBox*>(editor))
    , m_error(new QLabel(this))
{
    m_editor->setParent(this);
    m_editor->installEventFilter(this);
    setFocusProxy(m_editor);

    m_error->setObjectName(m_editor->objectName() + QStringLiteral("_error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);

    if (m_lineEdit) {
        m_mark = new QAction(style()->standardIcon(QStyle::SP_MessageBoxCritical), QString(), this);
        connect(m_lineEdit, &QLineEdit::textChanged, this, &FormField::onValueChanged);
    } else if (m_comboBox) {
        connect(m_comboBox, &QComboBox::currentIndexChanged, this, &FormField::onValueChanged);
        if (m_comboBox->isEditable()) {
            connect(m_comboBox, &QComboBox::editTextChanged, this, &FormField::onValueChanged);
        }
    }
}

void FormField::onValueChanged()
{
    if (!m_settingValue) {
        // Reward early, punish late: a field that showed no error waits again until it is left before saying
        // what is incomplete; one that showed an error keeps saying it, live, until it is right.
        if (!m_marked) {
            m_touched = false;
        }
        m_portalProblem.clear();
        refresh();
    }
    // Before edited(), so that whoever validates on changed() is done when edited() arrives.
    Q_EMIT changed();
    if (!m_settingValue) {
        Q_EMIT edited();
    }
}

QString FormField::value() const
{
    if (m_lineEdit) {
        return m_lineEdit->text();
    }
    if (m_comboBox) {
        const QVariant current = m_comboBox->currentData();
        return current.isValid() ? current.toString() : m_comboBox->currentText();
    }
    return {};
}

void FormField::setValue(const QString& value)
{
    const QScopedValueRollback setting(m_settingValue, true);
    if (m_lineEdit) {
        m_lineEdit->setText(value);
    } else if (m_comboBox) {
        const int index = m_comboBox->findData(value);
        if (index >= 0) {
            m_comboBox->setCurrentIndex(index);
        } else if (m_comboBox->isEditable()) {
            m_comboBox->setEditText(value);
        } else {
            m_comboBox->setCurrentIndex(0);
        }
    }
}

void FormField::setProblem(const QString& message, bool definite, bool elsewhere)
{
    if (message == m_problem && definite == m_definite && elsewhere == m_elsewhere) {
        return;
    }
    m_problem = message;
    m_definite = definite;
    m_elsewhere = elsewhere;
    refresh();
}

void FormField::setPortalProblem(const QString& message)
{
    m_portalProblem = message;
    refresh();
}

void FormField::markTouched()
{
    if (!m_touched) {
        m_touched = true;
        refresh();
    }
}

QString FormField::shownError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormField::setReadOnly(bool readOnly)
{
    if (m_lineEdit) {
        m_lineEdit->setReadOnly(readOnly);
        // Fusion draws a read-only line edit like an editable one: give it the window's colour instead.
        QPalette palette = m_lineEdit->palette();
        palette.setBrush(QPalette::Base, readOnly ? m_editor->parentWidget()->palette().window()
                                                  : m_editor->parentWidget()->palette().base());
        m_lineEdit->setPalette(palette);
    } else {
        m_editor->setEnabled(!readOnly);
    }
}

void FormField::setEditorWidth(int characters)
{
    m_editor->setFixedWidth(m_editor->fontMetrics().averageCharWidth() * characters + 24);
    layout()->setAlignment(m_editor, Qt::AlignLeft);
}

bool FormField::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the field for another widget of the window; not switching to another window or opening a popup.
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        const auto* focus = static_cast<QFocusEvent*>(event);
        if (focus->reason() != Qt::ActiveWindowFocusReason && focus->reason() != Qt::PopupFocusReason) {
            markTouched();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FormField::refresh()
{
    const bool showProblem = !m_problem.isEmpty() && (m_touched || m_definite);
    QString text;
    if (!m_portalProblem.isEmpty()) {
        text = m_portalProblem;
    } else if (showProblem && !m_elsewhere) {
        text = m_problem;
    }
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_editor->setAccessibleDescription(text);
    setMarked(!m_portalProblem.isEmpty() || showProblem);
}

void FormField::setMarked(bool marked)
{
    if (marked == m_marked) {
        return;
    }
    m_marked = marked;
    if (!m_lineEdit) {
        return;
    }
    if (marked) {
        m_lineEdit->addAction(m_mark, QLineEdit::TrailingPosition);
    } else {
        m_lineEdit->removeAction(m_mark);
    }
}

} // namespace inlinea::ui
