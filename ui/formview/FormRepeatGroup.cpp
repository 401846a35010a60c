#include "FormRepeatGroup.h"

#include "FormContext.h"
#include "FormFieldSpec.h"
#include "FormSectionBody.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

FormRepeatGroup::FormRepeatGroup(const QJsonObject& section, QList<int> indices, FormContext* context, QWidget* parent)
    : QWidget(parent)
    , m_section(section)
    , m_indices(std::move(indices))
    , m_context(context)
{
    const QJsonObject repeat = section.value(QStringLiteral("repeat")).toObject();
    m_section.remove(QStringLiteral("repeat"));
    m_section.remove(QStringLiteral("help")); // shown once, by the enclosing page or group
    m_arrayPointer = FormFieldSpec::concrete(section.value(QStringLiteral("path")).toString(), m_indices);
    setObjectName(m_arrayPointer);
    m_itemTitle = repeat.value(QStringLiteral("item_title")).toString();
    m_min = repeat.value(QStringLiteral("min")).toInt();
    m_max = repeat.value(QStringLiteral("max")).toInt();

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_items = new QVBoxLayout;
    column->addLayout(m_items);
    QString addLabel = repeat.value(QStringLiteral("add_label")).toString();
    if (addLabel.isEmpty()) {
        addLabel = tr("Aggiungi");
    }
    m_add = new QPushButton(addLabel, this);
    m_add->setObjectName(QStringLiteral("addItem"));
    column->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &FormRepeatGroup::addItem);
    connect(m_context->data, &forms::FormData::changed, this, &FormRepeatGroup::onDataChanged);
    rebuild();
}

void FormRepeatGroup::rebuild()
{
    const int count = std::max(m_context->data->itemCount(m_arrayPointer), m_min);
    if (count == m_shown) {
        return;
    }
    m_shown = count;
    while (QLayoutItem* item = m_items->takeAt(0)) {
        // Later: the remove button that asked for this may still be inside its clicked() signal.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < count; ++i) {
        QString title = m_itemTitle.isEmpty() ? QString::number(i + 1) : m_itemTitle;
        title.replace(QStringLiteral("{n}"), QString::number(i + 1));
        auto* box = new QGroupBox(title, this);
        box->setObjectName(m_arrayPointer + QLatin1Char('/') + QString::number(i));
        auto* column = new QVBoxLayout(box);
        QList<int> indices = m_indices;
        indices.append(i);
        column->addWidget(new FormSectionBody(m_section, indices, m_context, box));
        auto* remove = new QPushButton(tr("Rimuovi"), box);
        remove->setObjectName(QStringLiteral("removeItem"));
        remove->setToolTip(tr("Rimuovi «%1»").arg(title));
        remove->setEnabled(count > m_min);
        column->addWidget(remove, 0, Qt::AlignRight);
        connect(remove, &QPushButton::clicked, this, [this, i] { removeItem(i); });
        m_items->addWidget(box);
    }
    m_add->setEnabled(m_max <= 0 || count < m_max);
}

void FormRepeatGroup::addItem()
{
    if (m_max > 0 && m_shown >= m_max) {
        return;
    }
    // Items shown but not yet in the data (below min) are written first, so the new one lands after them.
    while (m_context->data->itemCount(m_arrayPointer) < m_shown) {
        m_context->data->insertItem(m_arrayPointer, -1);
    }
    m_context->data->insertItem(m_arrayPointer, -1);
}

void FormRepeatGroup::removeItem(int index)
{
    if (m_shown <= m_min) {
        return;
    }
    // The items after it move up; the change rebuilds them all on their new pointers.
    m_context->data->removeItem(m_arrayPointer, index);
}

void FormRepeatGroup::onDataChanged(const QString& pointer)
{
    if (pointer.isEmpty() || pointer == m_arrayPointer || m_arrayPointer.startsWith(pointer + QLatin1Char('/'))) {
        if (pointer.isEmpty()) {
            m_shown = -1;
        }
        rebuild();
    }
}

} // namespace inlinea::ui
