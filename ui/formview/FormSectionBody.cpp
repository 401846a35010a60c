#include "FormSectionBody.h"

#include "FormContext.h"
#include "FormFieldEditor.h"
#include "FormFieldSpec.h"
#include "FormRepeatGroup.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

namespace inlinea::ui {

FormSectionBody::FormSectionBody(const QJsonObject& section, QList<int> indices, FormContext* context, QWidget* parent)
    : QWidget(parent)
    , m_indices(std::move(indices))
    , m_context(context)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    const QString help = section.value(QStringLiteral("help")).toString();
    if (!help.isEmpty()) {
        auto* helpLabel = new QLabel(help, this);
        helpLabel->setWordWrap(true);
        helpLabel->setObjectName(QStringLiteral("sectionHelp"));
        column->addWidget(helpLabel);
    }
    const QJsonArray fields = section.value(QStringLiteral("fields")).toArray();
    if (!fields.isEmpty()) {
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        const QJsonObject& current = m_context->data->data();
        for (const QJsonValue& entry : fields) {
            const QJsonObject field = entry.toObject();
            const QString pointer = FormFieldSpec::concrete(field.value(QStringLiteral("path")).toString(), m_indices);
            auto* editor =
                new FormFieldEditor(FormFieldSpec::make(m_context->schema, field, pointer, current), m_context, this);
            const FormFieldSpec& spec = editor->spec();
            if (spec.kind == FormFieldSpec::Kind::Boolean) {
                form->addRow(editor);
                continue;
            }
            auto* label = new QLabel(spec.required ? spec.label + QStringLiteral(" *") : spec.label, this);
            label->setBuddy(editor->focusTarget());
            if (!spec.help.isEmpty()) {
                label->setToolTip(spec.help);
            }
            form->addRow(label, editor);
        }
        column->addLayout(form);
    }
    for (const QJsonValue& nested : section.value(QStringLiteral("sections")).toArray()) {
        addNested(nested.toObject());
    }
    if (!m_conditionals.isEmpty()) {
        connect(m_context->data, &forms::FormData::changed, this, &FormSectionBody::onDataChanged);
    }
}

void FormSectionBody::addNested(const QJsonObject& section)
{
    auto* box = new QGroupBox(section.value(QStringLiteral("title")).toString(), this);
    box->setObjectName(section.value(QStringLiteral("id")).toString());
    auto* column = new QVBoxLayout(box);
    if (section.contains(QStringLiteral("repeat"))) {
        column->addWidget(new FormRepeatGroup(section, m_indices, m_context, box));
    } else {
        column->addWidget(new FormSectionBody(section, m_indices, m_context, box));
    }
    layout()->addWidget(box);
    if (section.contains(QStringLiteral("visible_when"))) {
        box->setVisible(forms::FormSchema::isVisible(section, m_context->data->data()));
        m_conditionals.append(Conditional{section, box});
    }
}

void FormSectionBody::onDataChanged(const QString& pointer)
{
    for (const Conditional& conditional : std::as_const(m_conditionals)) {
        const QString field = conditional.section.value(QStringLiteral("visible_when"))
                                  .toObject()
                                  .value(QStringLiteral("field"))
                                  .toString();
        if (pointer.isEmpty() || field == pointer || field.startsWith(pointer + QLatin1Char('/'))) {
            conditional.box->setVisible(forms::FormSchema::isVisible(conditional.section, m_context->data->data()));
        }
    }
}

} // namespace inlinea::ui
