#include "PreSendDialog.h"

#include "SubmissionText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

enum Role { PointerRole = Qt::UserRole + 1, SlotRole };

} // namespace

PreSendDialog::PreSendDialog(const QList<FormProblem>& formProblems,
                             const QList<submissions::PreSendProblem>& otherProblems, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_send(nullptr)
{
    setWindowTitle(tr("Verifica prima dell'invio"));
    m_list->setObjectName(QStringLiteral("preSendList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Da sistemare"), tr("Come fare")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setUniformRowHeights(false);

    int blocking = 0;
    for (const FormProblem& p : formProblems) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, p.where.isEmpty() ? QStringLiteral("%1: %2").arg(p.label, p.message)
                                           : QStringLiteral("%1 › %2: %3").arg(p.where, p.label, p.message));
        item->setToolTip(0, item->text(0));
        item->setText(1, p.missing ? tr("Compila il campo (doppio clic per andarci).")
                                   : tr("Correggi il valore (doppio clic per andarci)."));
        item->setData(0, PointerRole, p.pointer);
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        ++blocking;
    }
    for (const submissions::PreSendProblem& p : otherProblems) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, SubmissionText::problem(p));
        item->setText(1, SubmissionText::fix(p));
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, item->text(1));
        item->setData(0, SlotRole, p.slot);
        item->setIcon(0,
                      style()->standardIcon(p.blocking ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        blocking += p.blocking ? 1 : 0;
    }
    m_canSend = blocking == 0;
    m_summary->setObjectName(QStringLiteral("preSendSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(m_canSend ? tr("<b>Tutto pronto per l'invio.</b> Il portale riceverà la domanda con gli "
                                      "allegati e risponderà con il CIP.")
                                 : tr("<b>%n cose da sistemare prima dell'invio.</b> Fai doppio clic su una riga "
                                      "per andare al campo o all'allegato.",
                                      nullptr, blocking));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("Invia"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("preSendSendButton"));
    m_send->setEnabled(m_canSend);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        accept();
        Q_EMIT sendRequested();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &PreSendDialog::onActivated);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(980, 480);
}

void PreSendDialog::onActivated(QTreeWidgetItem* item)
{
    const QString pointer = item->data(0, PointerRole).toString();
    const QString slot = item->data(0, SlotRole).toString();
    if (!pointer.isEmpty()) {
        Q_EMIT goToField(pointer);
        reject();
    } else if (!slot.isEmpty()) {
        Q_EMIT goToSlot(slot);
        reject();
    }
}

} // namespace inlinea::ui
