#pragma once

#include "app/submissions/PreSendCheck.h"
#include "ui/formview/FormProblemList.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace inlinea::ui {

// "Verifica prima dell'invio": everything the portal will check, listed with what to do — the form's missing and
// wrong values, the attachments, the anagrafica, the signature. An entry opens the field or the slot to fix.
// "Invia" is enabled only when nothing blocks.
class PreSendDialog : public QDialog {
    Q_OBJECT
public:
    PreSendDialog(const QList<FormProblem>& formProblems, const QList<submissions::PreSendProblem>& otherProblems,
                  QWidget* parent = nullptr);

    [[nodiscard]] bool canSend() const noexcept { return m_canSend; }
    [[nodiscard]] QTreeWidget* list() const noexcept { return m_list; }

Q_SIGNALS:
    void goToField(const QString& pointer);
    void goToSlot(const QString& slot);
    // The user chose "Invia" (only offered when nothing blocks).
    void sendRequested();

private:
    void onActivated(QTreeWidgetItem* item);

    QTreeWidget* m_list;
    QLabel* m_summary;
    QPushButton* m_send;
    bool m_canSend = false;
};

} // namespace inlinea::ui
