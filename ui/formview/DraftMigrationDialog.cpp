#include "DraftMigrationDialog.h"

#include "FormFieldSpec.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

using drafts::MigratedValue;
using Type = forms::FormSchema::Type;

namespace {

QString place(const QStringList& path, const QString& label)
{
    return (path + QStringList{label}).join(QStringLiteral(" › "));
}

QTreeWidget* makeList(const QString& objectName, const QStringList& headers)
{
    auto* tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setHeaderHidden(headers.size() < 2);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 2px; }"));
    return tree;
}

QLabel* heading(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A short list as tall as its rows; a long one shows 8 and scrolls (and takes the room the dialog is given).
void fitRows(QTreeWidget* tree, int rows)
{
    tree->ensurePolished();
    const int hint = tree->sizeHintForRow(0);
    const int row = hint > 0 ? hint : tree->fontMetrics().height() + 8;
    const int header = tree->isHeaderHidden() ? 0 : tree->header()->sizeHint().height();
    const int height = header + row * std::min(rows, 8) + 2 * tree->frameWidth() + 2;
    if (rows <= 8) {
        tree->setFixedHeight(height);
    } else {
        tree->setMinimumHeight(height);
    }
}

} // namespace

DraftMigrationDialog::DraftMigrationDialog(drafts::DraftMigration migration, QWidget* parent)
    : QDialog(parent)
    , m_migration(std::move(migration))
{
    setObjectName(QStringLiteral("draftMigrationDialog"));
    setWindowTitle(tr("Nuova versione del modulo"));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(tr("È disponibile una nuova versione del modulo (v%1 → v%2)")
                                 .arg(m_migration.fromVersion(), m_migration.toVersion()));
    title->setObjectName(QStringLiteral("migrationTitle"));
    title->setWordWrap(true);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    layout->addWidget(title);

    auto* intro = new QLabel(
        tr("La bozza è stata iniziata sulla versione %1 del modulo. Puoi aggiornarla alla versione %2 oppure "
           "continuare a compilarla sulla versione attuale. Aggiornando, i dati precedenti restano conservati sul "
           "computer e puoi annullare l'aggiornamento.")
            .arg(m_migration.fromVersion(), m_migration.toVersion()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const int carried = static_cast<int>(m_migration.carried().size());
    auto* summary = new QLabel(carried == 1 ? tr("1 valore passa alla nuova versione così com'è.")
                                            : tr("%1 valori passano alla nuova versione così come sono.").arg(carried));
    summary->setObjectName(QStringLiteral("migrationSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    const QList<MigratedValue>& attention = m_migration.attention();
    if (!attention.isEmpty()) {
        layout->addSpacing(6);
        layout->addWidget(heading(tr("Valori che non rientrano nella nuova versione (%1)").arg(attention.size()),
                                  QStringLiteral("migrationAttentionHeading")));
        auto* note = new QLabel(tr("Non verranno riportati nella bozza aggiornata: prendine nota se ti servono."));
        note->setWordWrap(true);
        layout->addWidget(note);
        QTreeWidget* list =
            makeList(QStringLiteral("migrationAttention"), {tr("Campo"), tr("Valore attuale"), tr("Motivo")});
        for (const MigratedValue& value : attention) {
            const bool choice = value.reason == MigratedValue::Reason::NotAllowed && value.value.isString();
            auto* item = new QTreeWidgetItem(
                list, {place(value.path, value.label),
                       choice ? FormFieldSpec::humanized(value.value.toString()) : valueText(value.value),
                       reasonText(value)});
            item->setData(0, Qt::UserRole, value.pointer);
            for (int column = 0; column < 3; ++column) {
                item->setToolTip(column, item->text(column));
            }
            if (value.reason == MigratedValue::Reason::NotAllowed) {
                QStringList allowed;
                for (const QString& option : value.allowed) {
                    allowed.append(FormFieldSpec::humanized(option));
                }
                item->setToolTip(2, tr("Scelte previste ora: %1").arg(allowed.join(QStringLiteral(", "))));
            }
        }
        list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        list->header()->setStretchLastSection(true);
        list->setColumnWidth(0, 300);
        list->setColumnWidth(1, 170);
        fitRows(list, static_cast<int>(attention.size()));
        layout->addWidget(list, 1);
    }

    const QList<drafts::RequiredField>& required = m_migration.newRequired();
    if (!required.isEmpty()) {
        layout->addSpacing(6);
        layout->addWidget(heading(tr("Nuovi campi obbligatori da compilare (%1)").arg(required.size()),
                                  QStringLiteral("migrationRequiredHeading")));
        QTreeWidget* list = makeList(QStringLiteral("migrationRequired"), {tr("Campo")});
        for (const drafts::RequiredField& field : required) {
            auto* item = new QTreeWidgetItem(list, {place(field.path, field.label)});
            item->setData(0, Qt::UserRole, field.pointer);
        }
        fitRows(list, static_cast<int>(required.size()));
        layout->addWidget(list, 1);
    }

    if (attention.isEmpty() && required.isEmpty()) {
        auto* fine = new QLabel(tr("Tutti i dati della bozza rientrano nella nuova versione."));
        fine->setObjectName(QStringLiteral("migrationLossless"));
        fine->setWordWrap(true);
        layout->addWidget(fine);
    }

    layout->addSpacing(6);
    auto* buttons = new QDialogButtonBox;
    auto* migrate = buttons->addButton(tr("Aggiorna la bozza"), QDialogButtonBox::AcceptRole);
    migrate->setObjectName(QStringLiteral("migrateButton"));
    migrate->setDefault(true);
    auto* keep = buttons->addButton(tr("Continua con la versione attuale"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepVersionButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    layout->insertStretch(layout->count() - 1, 1);
    const int width = attention.isEmpty() ? 560 : 780;
    resize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

QString DraftMigrationDialog::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? tr("Sì") : tr("No");
    case QJsonValue::Double: return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            parts.append(item.isString() ? FormFieldSpec::humanized(item.toString()) : valueText(item));
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: return tr("(gruppo di valori)");
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return QString();
}

QString DraftMigrationDialog::reasonText(const MigratedValue& value)
{
    switch (value.reason) {
    case MigratedValue::Reason::Kept: return QString();
    case MigratedValue::Reason::Removed: return tr("Il campo non c'è più nella nuova versione");
    case MigratedValue::Reason::NotAllowed: return tr("Scelta non più prevista");
    case MigratedValue::Reason::TypeChanged: break;
    }
    switch (value.newType) {
    case Type::Number: return tr("Ora il campo richiede un numero");
    case Type::Integer: return tr("Ora il campo richiede un numero intero");
    case Type::Boolean: return tr("Ora il campo richiede Sì o No");
    case Type::String: return tr("Ora il campo richiede un testo");
    case Type::Array: return tr("Ora il campo è a scelta multipla");
    case Type::Object: return tr("Ora il campo è un gruppo di campi");
    case Type::Unknown: break;
    }
    return tr("Ora il campo richiede un altro tipo di valore");
}

} // namespace inlinea::ui
