#pragma once

#include "PreSendDialog.h"
#include "SubmissionDialog.h"
#include "app/portal/PortalInfo.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace inlinea::submissions {
class DraftAttachments;
class SubmissionEngine;
class SubmissionStore;
} // namespace inlinea::submissions

namespace inlinea::ui {

class DraftWindow;

// What a draft window needs to check and send its draft.
struct DraftSendServices {
    submissions::DraftAttachments* attachments = nullptr;
    submissions::SubmissionStore* submissions = nullptr;
    submissions::SubmissionEngine* engine = nullptr; // sends; null only in tests of the check
    std::optional<portal::PortalLimits> limits;      // the portal's, when known
    QString anagraficaName;
    QString anagraficaCode;
};

// The draft window's bottom-right actions: the compiled form as PDF, "Verifica prima dell'invio", "Invia", and
// where the last submission of this draft stands (with its CIP once filed).
class DraftActions : public QWidget {
    Q_OBJECT
public:
    DraftActions(DraftWindow* window, DraftSendServices services, QWidget* parent = nullptr);

    // Everything the portal would refuse, form first (the form's problems come from its view).
    [[nodiscard]] QList<FormProblem> formProblems() const;
    [[nodiscard]] QList<submissions::PreSendProblem> otherProblems(bool rehash) const;
    // Writes the compiled form; false with `why`.
    bool savePdf(const QString& path, QString* why = nullptr) const;
    // Opens the pre-send check (whose "Invia" sends).
    PreSendDialog* openCheck();
    // Freezes the draft into a submission and opens its progress; 0 when it could not be queued.
    qint64 send();
    [[nodiscard]] SubmissionDialog* submissionDialog() const { return m_dialog; }
    [[nodiscard]] const DraftSendServices& services() const noexcept { return m_services; }

public Q_SLOTS:
    void refreshState();

private:
    void choosePdfFile();
    void onSendClicked();
    void showSubmission(qint64 id);

    DraftWindow* m_window;
    DraftSendServices m_services;
    QLabel* m_state;
    QPushButton* m_pdf;
    QPushButton* m_check;
    QPushButton* m_send;
    QPointer<SubmissionDialog> m_dialog;
    qint64 m_lastSubmission = 0;
};

} // namespace inlinea::ui
