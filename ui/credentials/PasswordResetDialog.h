#pragma once

#include "app/auth/CredentialsApi.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace inlinea::ui {

// "Password dimenticata?": the User ID, then the security question the portal asks for it, then one final sentence
// that is the same whatever the portal did, so the dialog reveals neither whether the User ID exists nor whether the
// answer was right. A right answer makes the portal mail a temporary password. The answer lives only in its field.
class PasswordResetDialog : public QDialog {
    Q_OBJECT
public:
    explicit PasswordResetDialog(auth::CredentialsApi* api, QWidget* parent = nullptr);

    // Prefills the User ID (the one typed in the login window).
    void setUserId(const QString& userId);

    void done(int result) override;

Q_SIGNALS:
    // The answer was sent for `userId` (the final page is showing): the login window can prefill it.
    void answerSent(const QString& userId);

private:
    enum Step { UserIdStep, QuestionStep, DoneStep };

    void next();
    void back();
    void askQuestion();
    void sendAnswer();
    void showStep(Step step);
    void updateButtons();
    void setBusy(bool busy, const QString& message = {});
    void showError(const QString& message);
    [[nodiscard]] QString userId() const;

    QPointer<auth::CredentialsApi> m_api;
    QStackedWidget* m_steps;
    QLineEdit* m_userId;
    QLabel* m_question;
    QLineEdit* m_answer;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_cancel;
    QPushButton* m_next;
    QString m_askedUserId; // the User ID the question shown belongs to
    bool m_busy = false;
};

} // namespace inlinea::ui
