#include "AttachmentsPanel.h"

#include "SubmissionText.h"
#include "app/forms/FormData.h"
#include "app/submissions/DraftAttachments.h"
#include "app/submissions/PreSendCheck.h"

#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

} // namespace

AttachmentsPanel::AttachmentsPanel(const procedimenti::FormDefinition& definition, submissions::DraftAttachments& store,
                                   QString draftId, const forms::FormData* formData, QWidget* parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_store(store)
    , m_draftId(std::move(draftId))
    , m_data(formData)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_slots = new QVBoxLayout(m_content);
    m_slots->setSpacing(10);
    scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    if (m_data != nullptr) {
        // An answer in the form can make a slot required: only those answers rebuild the list, not every keystroke.
        QStringList conditions;
        for (const QJsonValue& value : m_definition.attachments) {
            const QString field = value.toObject()
                                      .value(QStringLiteral("required_when"))
                                      .toObject()
                                      .value(QStringLiteral("field"))
                                      .toString();
            if (!field.isEmpty()) {
                conditions << field;
            }
        }
        connect(m_data, &forms::FormData::changed, this, [this, conditions](const QString& pointer) {
            const bool relevant = std::any_of(conditions.cbegin(), conditions.cend(), [&](const QString& field) {
                return field == pointer || field.startsWith(pointer + QLatin1Char('/')) || pointer.isEmpty();
            });
            if (relevant) {
                QTimer::singleShot(0, this, &AttachmentsPanel::rebuild);
            }
        });
    }
    reload();
}

void AttachmentsPanel::setLimits(const std::optional<portal::PortalLimits>& limits)
{
    m_limits = limits;
}

void AttachmentsPanel::reload()
{
    auto listed = m_store.list(m_draftId);
    m_error = listed ? QString() : listed.error().detail;
    m_files = listed ? listed.value() : QList<submissions::AttachedFile>{};
    rebuild();
}

void AttachmentsPanel::rebuild()
{
    while (QLayoutItem* item = m_slots->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* intro = new QLabel(tr("I file restano dove sono sul computer: l'applicazione ne registra dimensione e "
                                "impronta (SHA-256) e li carica sul portale al momento dell'invio."),
                             m_content);
    intro->setWordWrap(true);
    m_slots->addWidget(intro);
    if (!m_error.isEmpty()) {
        m_slots->addWidget(new QLabel(tr("Elenco degli allegati non leggibile: %1").arg(m_error), m_content));
    }
    for (const QJsonValue& value : m_definition.attachments) {
        m_slots->addWidget(slotBox(value.toObject()));
    }
    m_slots->addStretch(1);
}

QWidget* AttachmentsPanel::slotBox(const QJsonObject& slot)
{
    const QString id = slot.value(QStringLiteral("slot")).toString();
    auto* box = new QFrame(m_content);
    box->setObjectName(QStringLiteral("slot_") + id);
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(box);

    const bool required = submissions::PreSendCheck::isSlotRequired(slot, m_data ? m_data->data() : QJsonObject{});
    auto* title = new QLabel(QStringLiteral("<b>%1</b>%2")
                                 .arg(slot.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                                      required ? QStringLiteral(" <span style='color:#b3261e'>*</span> ") +
                                                     tr("obbligatorio").toHtmlEscaped()
                                               : QString()),
                             box);
    layout->addWidget(title);
    const int maxFiles = slot.value(QStringLiteral("max_files")).toInt(1);
    auto* rules = new QLabel(tr("%1 · fino a %2 per file · %n file al massimo", nullptr, maxFiles)
                                 .arg(SubmissionText::types(stringList(slot.value(QStringLiteral("accepted_types")))),
                                      SubmissionText::size(slot.value(QStringLiteral("max_bytes")).toInteger())),
                             box);
    rules->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(rules);
    const QString help = slot.value(QStringLiteral("help")).toString();
    if (!help.isEmpty()) {
        auto* helpLabel = new QLabel(help, box);
        helpLabel->setWordWrap(true);
        layout->addWidget(helpLabel);
    }

    int count = 0;
    for (const submissions::AttachedFile& file : std::as_const(m_files)) {
        if (file.slot != id) {
            continue;
        }
        ++count;
        QList<submissions::PreSendProblem> problems;
        submissions::PreSendCheck::checkFile(slot, file, m_limits, false, problems);
        auto* row = new QHBoxLayout;
        auto* name = new QLabel(QStringLiteral("%1 — %2<br><small>SHA-256 %3</small>%4")
                                    .arg(file.filename.toHtmlEscaped(), SubmissionText::size(file.size), file.sha256,
                                         problems.isEmpty()
                                             ? QString()
                                             : QStringLiteral("<br><span style='color:#b3261e'>%1</span>")
                                                   .arg(SubmissionText::problem(problems.first()).toHtmlEscaped())),
                                box);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setToolTip(file.path);
        auto* remove = new QPushButton(tr("Rimuovi"), box);
        remove->setObjectName(QStringLiteral("remove_") + file.filename);
        connect(remove, &QPushButton::clicked, this, [this, id, path = file.path] { removeFile(id, path); });
        row->addWidget(name, 1);
        row->addWidget(remove, 0, Qt::AlignTop);
        layout->addLayout(row);
    }
    if (count == 0) {
        auto* none = new QLabel(tr("Nessun file allegato."), box);
        none->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(none);
    }
    auto* add = new QPushButton(tr("Aggiungi file…"), box);
    add->setObjectName(QStringLiteral("add_") + id);
    add->setEnabled(count < maxFiles);
    connect(add, &QPushButton::clicked, this, [this, id] { chooseFile(id); });
    layout->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

void AttachmentsPanel::chooseFile(const QString& slot)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Scegli il file da allegare"));
    if (path.isEmpty()) {
        return;
    }
    QString why;
    if (!addFile(slot, path, &why)) {
        QMessageBox::warning(this, tr("File non allegato"), why);
    }
}

bool AttachmentsPanel::addFile(const QString& slot, const QString& path, QString* why)
{
    QJsonObject slotDefinition;
    for (const QJsonValue& value : m_definition.attachments) {
        if (value.toObject().value(QStringLiteral("slot")).toString() == slot) {
            slotDefinition = value.toObject();
        }
    }
    auto described = submissions::DraftAttachments::describe(slot, path);
    if (!described) {
        if (why != nullptr) {
            *why = tr("Il file non si può leggere: %1").arg(described.error().detail);
        }
        return false;
    }
    // Refused at once when the slot or the portal would refuse it: better now than at sending time.
    QList<submissions::PreSendProblem> problems;
    submissions::PreSendCheck::checkFile(slotDefinition, described.value(), m_limits, false, problems);
    if (!problems.isEmpty()) {
        if (why != nullptr) {
            *why =
                SubmissionText::problem(problems.first()) + QLatin1Char('\n') + SubmissionText::fix(problems.first());
        }
        return false;
    }
    auto attached = m_store.attach(m_draftId, slot, path);
    if (!attached) {
        if (why != nullptr) {
            *why = attached.error().kind == submissions::AttachError::Kind::AlreadyThere
                       ? tr("Questo file è già allegato qui.")
                       : attached.error().detail;
        }
        return false;
    }
    reload();
    Q_EMIT filesChanged();
    return true;
}

bool AttachmentsPanel::removeFile(const QString& slot, const QString& path)
{
    if (!m_store.detach(m_draftId, slot, path)) {
        return false;
    }
    reload();
    Q_EMIT filesChanged();
    return true;
}

void AttachmentsPanel::showSlot(const QString& slot)
{
    if (auto* box = m_content->findChild<QFrame*>(QStringLiteral("slot_") + slot)) {
        if (auto* scroll = qobject_cast<QScrollArea*>(m_content->parentWidget()->parentWidget())) {
            scroll->ensureWidgetVisible(box);
        }
        if (auto* add = box->findChild<QPushButton*>(QStringLiteral("add_") + slot)) {
            add->setFocus();
        }
    }
}

} // namespace inlinea::ui
