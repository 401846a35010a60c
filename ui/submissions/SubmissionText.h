#pragma once

#include "app/submissions/PreSendCheck.h"
#include "app/submissions/Submission.h"

#include <QCoreApplication>
#include <QString>

namespace inlinea::ui {

// The words for what the pre-send check finds and for how a submission is doing.
class SubmissionText {
    Q_DECLARE_TR_FUNCTIONS(SubmissionText)
public:
    // What is wrong ("Manca l'allegato obbligatorio «Curriculum vitae».").
    [[nodiscard]] static QString problem(const submissions::PreSendProblem& problem);
    // What to do about it.
    [[nodiscard]] static QString fix(const submissions::PreSendProblem& problem);
    [[nodiscard]] static QString state(const submissions::Submission& submission);
    // A step of the attempts list: "Caricamento di cv.pdf", "Invio della domanda".
    [[nodiscard]] static QString step(const QString& step);
    // The outcome of an attempt: "riuscito", "ripetuto: il portale aveva già registrato la domanda", "portale non
    // raggiungibile"...
    [[nodiscard]] static QString outcome(const QString& outcome);
    // Why the portal (or the app) refused a submission, from its problem document.
    [[nodiscard]] static QString rejection(const QByteArray& problem);
    // Short names of the accepted types: "PDF, P7M, JPEG".
    [[nodiscard]] static QString types(const QStringList& contentTypes);
    [[nodiscard]] static QString size(qint64 bytes);
};

} // namespace inlinea::ui
