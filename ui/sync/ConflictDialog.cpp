#include "ConflictDialog.h"

#include "app/anagrafiche/Anagrafica.h"
#include "app/profile/Profile.h"
#include "ui/anagrafiche/AnagraficaFieldText.h"
#include "ui/profile/ProfileFieldText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace inlinea::ui {

using anagrafiche::Anagrafica;

namespace {

enum GridColumn { LabelColumn, MineColumn, PortalColumn };

QString textOf(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

bool isProfile(const sync::OutboxItem& item)
{
    return item.entity == sync::OutboxItem::Entity::Profile;
}

QString portalTime(const QJsonObject& portal)
{
    const QDateTime time = QDateTime::fromString(portal.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QLabel* headingLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const sync::OutboxItem& item, QWidget* parent)
    : QDialog(parent)
    , m_item(item)
{
    setWindowTitle(tr("Conflitto con il portale"));
    const bool isDelete = m_item.operation == sync::OutboxItem::Operation::Delete;
    QString name = isProfile(m_item) ? tr("I tuoi dati personali") : Anagrafica::fromJson(m_item.payload).displayName();
    if (name.isEmpty()) {
        name = Anagrafica::fromJson(m_item.portalVersion).displayName();
    }
    auto* title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(name.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("conflictTitle"));

    const QString when = portalTime(m_item.portalVersion);
    const QString changed = when.isEmpty() ? tr("Mentre la tua modifica aspettava di essere inviata, l'anagrafica è "
                                                "stata modificata anche sul portale.")
                                           : tr("Mentre la tua modifica aspettava di essere inviata, l'anagrafica è "
                                                "stata modificata anche sul portale (il %1).")
                                                 .arg(when);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    auto* keepMine = buttons->addButton(isDelete ? tr("Elimina comunque") : tr("Tieni la mia versione"),
                                        QDialogButtonBox::ActionRole);
    auto* keepPortal = buttons->addButton(tr("Tieni la versione del portale"), QDialogButtonBox::ActionRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    keepPortal->setObjectName(QStringLiteral("keepPortalButton"));
    buttons->addButton(tr("Annulla"), QDialogButtonBox::RejectRole);
    connect(keepMine, &QPushButton::clicked, this, [this] { finish(Choice::Mine); });
    connect(keepPortal, &QPushButton::clicked, this, [this] { finish(Choice::Portal); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);

    if (isDelete) {
        intro->setText(changed + QLatin1Char(' ') +
                       tr("Tu l'avevi eliminata: puoi eliminarla comunque o tenere la versione del portale."));
        layout->addWidget(buildDeleteSummary(), 1);
        keepPortal->setDefault(true);
        layout->addWidget(buttons);
        resize(620, 360);
        return;
    }

    intro->setText(changed + QLatin1Char(' ') +
                   tr("Per ogni campo diverso scegli la versione da tenere e premi «Unisci», oppure tieni per intero "
                      "una delle due versioni."));
    buildRows();

    auto* merge = buttons->addButton(tr("Unisci"), QDialogButtonBox::ActionRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setToolTip(tr("Invia la tua versione con i campi scelti dalla versione del portale"));
    merge->setDefault(true);
    connect(merge, &QPushButton::clicked, this, [this] { finish(Choice::Merge); });

    auto* fields = new QWidget;
    auto* grid = new QGridLayout(fields);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(MineColumn, 1);
    grid->setColumnStretch(PortalColumn, 1);
    grid->addWidget(headingLabel(tr("Campo"), fields), 0, LabelColumn);
    grid->addWidget(headingLabel(tr("La mia versione"), fields), 0, MineColumn);
    grid->addWidget(headingLabel(tr("Versione del portale"), fields), 0, PortalColumn);
    auto* line = new QFrame(fields);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 1, 0, 1, 3);
    int next = 2;
    for (FieldRow& row : m_rows) {
        if (row.mine != row.portal) {
            addRow(grid, next++, row);
        }
    }
    if (differingKeys().isEmpty()) {
        auto* same = new QLabel(tr("Le due versioni contengono gli stessi dati."), fields);
        grid->addWidget(same, next++, 0, 1, 3);
    }
    m_equalHeading = headingLabel(tr("Campi uguali nelle due versioni"), fields);
    m_equalHeading->setContentsMargins(0, 8, 0, 0);
    m_equalHeading->hide();
    grid->addWidget(m_equalHeading, next++, 0, 1, 3);
    // Fields empty on both sides (a person's birth data for a company) tell nothing: left out.
    int equal = 0;
    for (FieldRow& row : m_rows) {
        if (row.mine == row.portal && !row.mine.isEmpty()) {
            addRow(grid, next++, row);
            ++equal;
        }
    }
    grid->setRowStretch(next, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(fields);
    layout->addWidget(m_scroll, 1);

    m_showEqual = new QCheckBox(tr("Mostra anche i campi uguali (%1)").arg(equal), this);
    m_showEqual->setObjectName(QStringLiteral("showEqualFields"));
    m_showEqual->setEnabled(equal > 0);
    connect(m_showEqual, &QCheckBox::toggled, this, &ConflictDialog::showEqualFields);
    layout->addWidget(m_showEqual);
    layout->addWidget(buttons);
    // As tall as the differing fields need (the scroll area caps it), wide enough for two values side by side.
    const QSize hint = sizeHint();
    resize(qMax(780, hint.width()), qMax(320, hint.height()));
}

void ConflictDialog::showEqualFields(bool show)
{
    m_equalHeading->setVisible(show);
    for (const FieldRow& row : std::as_const(m_rows)) {
        if (!row.group) {
            for (QWidget* widget : row.widgets) {
                widget->setVisible(show);
            }
        }
    }
    if (show) {
        // Grow to show them, up to most of the screen (the rest scrolls), once the layouts have taken them in.
        QTimer::singleShot(0, this, [this] {
            const int room = screen() ? screen()->availableGeometry().height() * 4 / 5 : height();
            // QScrollArea caches its hint: ask the fields themselves.
            const int wanted = height() + m_scroll->widget()->sizeHint().height() - m_scroll->viewport()->height();
            resize(width(), qMax(height(), qMin(wanted, room)));
        });
    }
}

void ConflictDialog::buildRows()
{
    const QJsonObject portal = portalWritable();
    const QStringList keys = isProfile(m_item) ? ProfileFieldText::editableKeys() : AnagraficaFieldText::editableKeys();
    for (const QString& key : keys) {
        m_rows.append(FieldRow{key, textOf(m_item.payload, key), textOf(portal, key), nullptr, {}});
    }
}

void ConflictDialog::addRow(QGridLayout* grid, int line, FieldRow& row)
{
    QWidget* parent = grid->parentWidget();
    const bool profile = isProfile(m_item);
    const auto shown = [&row, profile](const QString& value) {
        const QString text = profile ? ProfileFieldText::displayValue(row.key, value)
                                     : AnagraficaFieldText::displayValue(row.key, value);
        return text.isEmpty() ? tr("(vuoto)") : text;
    };
    auto* label = new QLabel(profile ? ProfileFieldText::label(row.key) : AnagraficaFieldText::label(row.key), parent);
    row.widgets.append(label);
    grid->addWidget(label, line, LabelColumn);

    if (row.mine == row.portal) {
        // The same on both sides: muted, nothing to choose.
        QPalette muted = label->palette();
        muted.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
        label->setPalette(muted);
        for (const int column : {MineColumn, PortalColumn}) {
            auto* value = new QLabel(shown(row.mine), parent);
            value->setPalette(muted);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(value, line, column);
            row.widgets.append(value);
        }
        for (QWidget* widget : std::as_const(row.widgets)) {
            widget->setVisible(false);
        }
        return;
    }

    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    row.group = new QButtonGroup(this);
    const std::pair<QString, Side> sides[] = {{row.mine, Side::Mine}, {row.portal, Side::Portal}};
    for (const auto& [value, side] : sides) {
        auto* button = new QRadioButton(shown(value), parent);
        button->setObjectName((side == Side::Mine ? QStringLiteral("mine:") : QStringLiteral("portal:")) + row.key);
        if (value.isEmpty()) {
            QFont italic = button->font();
            italic.setItalic(true);
            button->setFont(italic);
        }
        row.group->addButton(button, static_cast<int>(side));
        grid->addWidget(button, line, side == Side::Mine ? MineColumn : PortalColumn);
        row.widgets.append(button);
    }
    row.group->button(static_cast<int>(Side::Mine))->setChecked(true);
}

QWidget* ConflictDialog::buildDeleteSummary()
{
    const Anagrafica portal = Anagrafica::fromJson(m_item.portalVersion);
    QStringList lines{portal.displayName(), portal.displayCodes(), portal.displayAddress()};
    if (!portal.pec.isEmpty()) {
        lines << tr("PEC: %1").arg(portal.pec);
    }
    lines.removeAll(QString());
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(headingLabel(tr("Versione del portale"), box));
    auto* text = new QLabel(lines.join(QLatin1Char('\n')), box);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    layout->addStretch(1);
    return box;
}

void ConflictDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}

const ConflictDialog::FieldRow* ConflictDialog::findRow(const QString& key) const
{
    for (const FieldRow& row : m_rows) {
        if (row.key == key) {
            return &row;
        }
    }
    return nullptr;
}

QStringList ConflictDialog::differingKeys() const
{
    QStringList keys;
    for (const FieldRow& row : m_rows) {
        if (row.group) {
            keys.append(row.key);
        }
    }
    return keys;
}

ConflictDialog::Side ConflictDialog::fieldChoice(const QString& key) const
{
    const FieldRow* row = findRow(key);
    return row && row->group && row->group->checkedId() == static_cast<int>(Side::Portal) ? Side::Portal : Side::Mine;
}

void ConflictDialog::setFieldChoice(const QString& key, Side side)
{
    const FieldRow* row = findRow(key);
    if (row && row->group) {
        row->group->button(static_cast<int>(side))->setChecked(true);
    }
}

QJsonObject ConflictDialog::mergedPayload() const
{
    if (m_choice == Choice::Portal) {
        return portalWritable();
    }
    QJsonObject merged = m_item.payload;
    if (m_choice == Choice::Mine) {
        return merged;
    }
    for (const FieldRow& row : m_rows) {
        if (row.group && fieldChoice(row.key) == Side::Portal) {
            // The portal's own value, with its JSON type (text, or a yes/no choice of the profile).
            const QJsonValue value = portalWritable().value(row.key);
            merged.insert(row.key, value.isString() && value.toString().isEmpty() ? QJsonValue() : value);
        }
    }
    return merged;
}

QJsonObject ConflictDialog::portalWritable() const
{
    return isProfile(m_item) ? profile::Profile::fromJson(m_item.portalVersion).toWritableJson()
                             : Anagrafica::fromJson(m_item.portalVersion).toWritableJson();
}

} // namespace inlinea::ui
