#include "FormFieldEditor.h"

#include "FormContext.h"
#include "ui/forms/FormField.h"
#include "ui/forms/UpperCaseValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

using Kind = FormFieldSpec::Kind;

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("fieldError"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

FormFieldEditor::FormFieldEditor(FormFieldSpec spec, FormContext* context, QWidget* parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
    , m_context(context)
{
    setObjectName(m_spec.pointer);
    switch (m_spec.kind) {
    case Kind::Enum: buildCombo(); break;
    case Kind::Boolean: buildCheck(); break;
    case Kind::MultiEnum: buildMulti(); break;
    default: buildLine(); break;
    }
    if (!m_spec.help.isEmpty()) {
        m_focus->setToolTip(m_spec.help);
    }
    m_context->editors.insert(m_spec.pointer, this);
    loadValue();
    connect(m_context->data, &forms::FormData::changed, this, &FormFieldEditor::onDataChanged);
}

FormFieldEditor::~FormFieldEditor()
{
    const auto it = m_context->editors.constFind(m_spec.pointer);
    if (it != m_context->editors.cend() && it.value() == this) {
        m_context->editors.erase(it);
    }
}

void FormFieldEditor::buildLine()
{
    auto* edit = new QLineEdit;
    edit->setObjectName(m_spec.pointer);
    if (m_spec.maxLength > 0) {
        edit->setMaxLength(m_spec.maxLength);
    }
    int width = 0;
    switch (m_spec.kind) {
    case Kind::Integer:
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,15}")), edit));
        width = 12;
        break;
    case Kind::Number:
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("-?[0-9]{0,15}([,.][0-9]{0,10})?")), edit));
        width = 12;
        break;
    case Kind::Date:
        edit->setPlaceholderText(tr("gg/mm/aaaa"));
        width = 12;
        break;
    default:
        if (domain::FieldCheck::isCode(m_spec.rule)) {
            edit->setValidator(new UpperCaseValidator(edit));
        }
        if (m_spec.rule == domain::FieldRule::Cap || m_spec.rule == domain::FieldRule::Provincia) {
            width = 7;
        } else if (m_spec.rule != domain::FieldRule::Text && m_spec.rule != domain::FieldRule::Email &&
                   m_spec.rule != domain::FieldRule::Pec) {
            width = 24; // 16 characters, the error mark and some air
        }
        break;
    }
    m_field = new FormField(edit);
    if (width > 0) {
        m_field->setEditorWidth(width);
    }
    m_focus = edit;
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    if (!m_spec.unit.isEmpty()) {
        auto* unit = new QLabel(m_spec.unit, this);
        unit->setObjectName(QStringLiteral("unit"));
        // Level with the editor's text, not with the error line under it.
        unit->setMinimumHeight(edit->sizeHint().height());
        row->addWidget(unit, 0, Qt::AlignTop);
        // The unit sits beside a short editor, not at the far end of the row.
        row->setStretch(0, 0);
        row->addStretch(1);
    }
    connect(m_field, &FormField::edited, this, &FormFieldEditor::onEdited);
}

void FormFieldEditor::buildCombo()
{
    auto* combo = new QComboBox;
    combo->setObjectName(m_spec.pointer);
    combo->addItem(QString(), QString());
    for (const QString& value : std::as_const(m_spec.enumValues)) {
        combo->addItem(FormFieldSpec::humanized(value), value);
    }
    m_field = new FormField(combo);
    m_field->setEditorWidth(24);
    m_focus = combo;
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field);
    connect(m_field, &FormField::edited, this, &FormFieldEditor::onEdited);
}

void FormFieldEditor::buildCheck()
{
    m_check = new QCheckBox(m_spec.required ? m_spec.label + QStringLiteral(" *") : m_spec.label, this);
    m_check->setObjectName(m_spec.pointer);
    m_focus = m_check;
    m_error = errorLabel(this);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_check);
    column->addWidget(m_error);
    connect(m_check, &QCheckBox::toggled, this, &FormFieldEditor::onCheckToggled);
}

void FormFieldEditor::buildMulti()
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    for (const QString& value : std::as_const(m_spec.enumValues)) {
        auto* box = new QCheckBox(FormFieldSpec::humanized(value), this);
        box->setObjectName(m_spec.pointer + QLatin1Char('#') + value);
        box->setProperty("enumValue", value);
        column->addWidget(box);
        m_multi.append(box);
        connect(box, &QCheckBox::toggled, this, &FormFieldEditor::onMultiToggled);
    }
    m_error = errorLabel(this);
    column->addWidget(m_error);
    m_focus = m_multi.isEmpty() ? static_cast<QWidget*>(this) : m_multi.first();
}

void FormFieldEditor::loadValue()
{
    const QJsonValue value = m_context->data->value(m_spec.pointer);
    if (m_field) {
        const QString text = m_spec.text(value);
        // Leave a half-typed value alone when the data only holds what it could store of it.
        const QJsonValue current = m_spec.stored(m_field->value());
        if (current != value || (value.isUndefined() && m_field->value().trimmed().isEmpty())) {
            m_field->setValue(text);
        }
        if (!value.isUndefined()) {
            m_field->markTouched();
        }
    } else if (m_check) {
        const QSignalBlocker blocker(m_check);
        m_check->setChecked(value.toBool());
    } else {
        const QJsonArray selected = value.toArray();
        for (QCheckBox* box : std::as_const(m_multi)) {
            const QSignalBlocker blocker(box);
            box->setChecked(selected.contains(box->property("enumValue").toString()));
        }
    }
    refreshProblem();
}

void FormFieldEditor::onDataChanged(const QString& pointer)
{
    if (m_writing) {
        return;
    }
    // A change at the field, or at one of its ancestors (a whole item removed, the document replaced).
    if (pointer == m_spec.pointer || m_spec.pointer.startsWith(pointer + QLatin1Char('/')) || pointer.isEmpty()) {
        loadValue();
    }
}

void FormFieldEditor::onEdited()
{
    const QJsonValue value = m_spec.stored(m_field->value());
    m_writing = true;
    if (value.isUndefined()) {
        m_context->data->remove(m_spec.pointer);
    } else {
        m_context->data->setValue(m_spec.pointer, value);
    }
    m_writing = false;
    refreshProblem();
}

void FormFieldEditor::onCheckToggled(bool checked)
{
    m_touched = true;
    m_writing = true;
    m_context->data->setValue(m_spec.pointer, checked);
    m_writing = false;
    refreshProblem();
}

void FormFieldEditor::onMultiToggled()
{
    m_touched = true;
    QJsonArray selected;
    for (QCheckBox* box : std::as_const(m_multi)) {
        if (box->isChecked()) {
            selected.append(box->property("enumValue").toString());
        }
    }
    m_writing = true;
    m_context->data->setValue(m_spec.pointer, selected);
    m_writing = false;
    refreshProblem();
}

void FormFieldEditor::refreshProblem()
{
    if (m_field) {
        const auto problem = m_spec.check(m_field->value());
        m_field->setProblem(problem ? problem->message : QString(), problem && problem->definite);
        return;
    }
    const auto problem = m_spec.checkStored(m_context->data->value(m_spec.pointer));
    const bool show = problem && m_touched;
    m_error->setText(show ? problem->message : QString());
    m_error->setVisible(show);
}

void FormFieldEditor::markTouched()
{
    m_touched = true;
    if (m_field) {
        m_field->markTouched();
    }
    refreshProblem();
}

QString FormFieldEditor::shownError() const
{
    if (m_field) {
        return m_field->shownError();
    }
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace inlinea::ui
