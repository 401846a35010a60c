#include "FormView.h"

#include "FormFieldEditor.h"
#include "FormRepeatGroup.h"
#include "FormSectionBody.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

FormView::FormView(procedimenti::FormDefinition definition, forms::FormData* formData, QWidget* parent)
    : QWidget(parent)
    , m_definition(std::move(definition))
    , m_sections(m_definition.layout.value(QStringLiteral("sections")).toArray())
    , m_context(std::make_unique<FormContext>())
{
    m_context->data = formData;
    m_context->schema = forms::FormSchema(m_definition.schema);
    if (auto validator = forms::SchemaValidator::create(m_definition.schema)) {
        m_validator.emplace(std::move(validator).value());
    } else {
        // The field checks still run; the portal will say what they miss.
        qWarning("form %s-%s: schema not usable here: %s", qPrintable(m_definition.code),
                 qPrintable(m_definition.version), qPrintable(validator.error().detail));
    }

    m_index = new QTreeWidget(this);
    m_index->setObjectName(QStringLiteral("formIndex"));
    m_index->setColumnCount(2);
    m_index->setHeaderHidden(true);
    m_index->setRootIsDecorated(false);
    m_index->setUniformRowHeights(true);
    m_index->header()->setStretchLastSection(false);
    m_index->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_index->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_index->setAccessibleName(tr("Sezioni del modulo"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("formPages"));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_index);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});
    splitter->setChildrenCollapsible(false);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(splitter);

    buildIndex();
    connect(m_index, &QTreeWidget::currentItemChanged, this, &FormView::onIndexSelection);
    connect(formData, &forms::FormData::changed, this, &FormView::onDataChanged);
    refreshIndex();
    for (int i = 0; i < m_index->topLevelItemCount(); ++i) {
        if (!m_index->topLevelItem(i)->isHidden()) {
            m_index->setCurrentItem(m_index->topLevelItem(i));
            break;
        }
    }
}

FormView::~FormView()
{
    // The editors unregister from the context as they go: delete them while it still exists.
    delete m_pages;
    m_pages = nullptr;
}

void FormView::buildIndex()
{
    for (const QJsonValue& entry : std::as_const(m_sections)) {
        const QJsonObject section = entry.toObject();
        auto* item = new QTreeWidgetItem(m_index);
        item->setText(0, section.value(QStringLiteral("title")).toString());
        item->setData(0, kIdRole, section.value(QStringLiteral("id")).toString());
        item->setSizeHint(0, QSize(0, m_index->fontMetrics().height() * 2));
        auto* placeholder = new QWidget(m_pages);
        m_pages->addWidget(placeholder);
        m_built.append(nullptr);
    }
}

QWidget* FormView::ensurePage(int index)
{
    if (index < 0 || index >= m_built.size()) {
        return nullptr;
    }
    if (m_built.at(index)) {
        return m_built.at(index);
    }
    const QJsonObject section = m_sections.at(index).toObject();
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("page_") + section.value(QStringLiteral("id")).toString());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* title = new QLabel(section.value(QStringLiteral("title")).toString(), content);
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    column->addWidget(title);
    if (section.contains(QStringLiteral("repeat"))) {
        const QString help = section.value(QStringLiteral("help")).toString();
        if (!help.isEmpty()) {
            auto* helpLabel = new QLabel(help, content);
            helpLabel->setWordWrap(true);
            column->addWidget(helpLabel);
        }
        column->addWidget(new FormRepeatGroup(section, {}, m_context.get(), content));
    } else {
        column->addWidget(new FormSectionBody(section, {}, m_context.get(), content));
    }
    column->addStretch(1);
    scroll->setWidget(content);

    QWidget* placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, scroll);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    m_built[index] = scroll;
    return scroll;
}

void FormView::onIndexSelection()
{
    QTreeWidgetItem* item = m_index->currentItem();
    if (!item) {
        return;
    }
    const int index = m_index->indexOfTopLevelItem(item);
    if (QWidget* page = ensurePage(index)) {
        m_pages->setCurrentWidget(page);
    }
}

void FormView::onDataChanged(const QString& pointer)
{
    Q_UNUSED(pointer)
    m_problemsDirty = true;
    // Index marks and the error list follow once per burst of changes (a keystroke writes once, a paste once).
    if (!m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            refreshIndex();
            Q_EMIT errorsChanged();
        });
    }
}

void FormView::refreshProblems() const
{
    if (!m_problemsDirty) {
        return;
    }
    m_problems = FormProblemList::check(m_context->schema, m_sections, m_context->data->data(),
                                        m_validator ? &*m_validator : nullptr);
    m_problemsDirty = false;
}

void FormView::refreshIndex()
{
    refreshProblems();
    const QJsonObject& current = m_context->data->data();
    for (int i = 0; i < m_index->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_index->topLevelItem(i);
        const QString id = item->data(0, kIdRole).toString();
        const bool visible = forms::FormSchema::isVisible(m_sections.at(i).toObject(), current);
        item->setHidden(!visible);
        const int wrong = sectionErrorCount(id);
        const bool complete = isSectionComplete(id);
        if (wrong > 0) {
            item->setText(1, QString::number(wrong));
            item->setForeground(1, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(0, tr("%n valori da correggere", nullptr, wrong));
        } else if (complete) {
            item->setText(1, QStringLiteral("✓"));
            item->setForeground(1, QColor(0x1b, 0x7f, 0x3b));
            item->setToolTip(0, tr("Sezione completa"));
        } else {
            item->setText(1, QString());
            item->setToolTip(0, tr("Mancano dati obbligatori"));
        }
    }
}

QList<FormProblem> FormView::errors() const
{
    refreshProblems();
    return m_problems;
}

QStringList FormView::sectionIds() const
{
    QStringList ids;
    for (const QJsonValue& entry : std::as_const(m_sections)) {
        ids.append(entry.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

bool FormView::isSectionVisible(const QString& id) const
{
    const qsizetype index = sectionIds().indexOf(id);
    return index >= 0 && forms::FormSchema::isVisible(m_sections.at(index).toObject(), m_context->data->data());
}

bool FormView::isSectionComplete(const QString& id) const
{
    refreshProblems();
    return std::none_of(m_problems.cbegin(), m_problems.cend(),
                        [&id](const FormProblem& p) { return p.sectionId == id; });
}

int FormView::sectionErrorCount(const QString& id) const
{
    refreshProblems();
    return static_cast<int>(std::count_if(m_problems.cbegin(), m_problems.cend(),
                                          [&id](const FormProblem& p) { return p.sectionId == id && !p.missing; }));
}

QString FormView::currentSection() const
{
    QTreeWidgetItem* item = m_index->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void FormView::showSection(const QString& id)
{
    const qsizetype index = sectionIds().indexOf(id);
    if (index >= 0) {
        m_index->setCurrentItem(m_index->topLevelItem(static_cast<int>(index)));
    }
}

int FormView::sectionOf(const QString& pointer) const
{
    int best = -1;
    qsizetype bestLength = -1;
    for (int i = 0; i < m_sections.size(); ++i) {
        const QString path = m_sections.at(i).toObject().value(QStringLiteral("path")).toString();
        if ((pointer == path || pointer.startsWith(path + QLatin1Char('/'))) && path.size() > bestLength) {
            best = i;
            bestLength = path.size();
        }
    }
    return best;
}

bool FormView::focusField(const QString& pointer)
{
    const int index = sectionOf(pointer);
    if (index < 0 || m_index->topLevelItem(index)->isHidden()) {
        return false;
    }
    m_index->setCurrentItem(m_index->topLevelItem(index));
    auto* scroll = qobject_cast<QScrollArea*>(ensurePage(index));
    FormFieldEditor* editor = m_context->editors.value(pointer);
    if (!scroll || !editor || !editor->isVisibleTo(scroll->widget())) {
        return false;
    }
    editor->markTouched();
    scroll->widget()->adjustSize();
    scroll->ensureWidgetVisible(editor);
    editor->focusTarget()->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace inlinea::ui
