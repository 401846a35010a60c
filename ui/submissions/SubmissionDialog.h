#pragma once

#include "app/procedimenti/Procedimento.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace inlinea::submissions {
class SubmissionEngine;
class SubmissionStore;
} // namespace inlinea::submissions

namespace inlinea::ui {

// One submission as it goes: the file being uploaded or the request being sent (with progress), every attempt with
// its result, and at the end the CIP with the receipt, which can be saved as PDF. It can be closed at any time:
// sending goes on (and survives a restart of the app).
class SubmissionDialog : public QDialog {
    Q_OBJECT
public:
    struct Context {
        QString anagraficaName;
        QString anagraficaCode;
        procedimenti::FormDefinition definition; // for the slots' titles
    };

    SubmissionDialog(submissions::SubmissionStore& store, submissions::SubmissionEngine* engine, qint64 id,
                     Context context, QWidget* parent = nullptr);

    [[nodiscard]] qint64 submissionId() const noexcept { return m_id; }
    // Writes the receipt PDF; false with `why` when it cannot (not filed yet, file not writable).
    bool saveReceipt(const QString& path, QString* why = nullptr);

private:
    void refresh();
    void onProgress(qint64 id, const QString& step, qint64 sent, qint64 total);
    void chooseReceiptFile();

    submissions::SubmissionStore& m_store;
    submissions::SubmissionEngine* m_engine;
    qint64 m_id;
    Context m_context;
    QLabel* m_state;
    QLabel* m_cip;
    QLabel* m_step;
    QProgressBar* m_progress;
    QTreeWidget* m_attempts;
    QPushButton* m_retry;
    QPushButton* m_receipt;
};

} // namespace inlinea::ui
