#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace inlinea::ui {

// One input of a form with the sentence that says what is wrong with it, underneath. Errors are not shouted at the
// user before they are due: a problem that more typing could still fix (an empty required field, a code still too
// short, half an email address) is shown only once the user has left the field; a definite one (a wrong character,
// a wrong check character) at once. A field already showing an error updates it live as the user corrects it.
// A problem reported by the portal stays until the user edits the value.
class FormField : public QWidget {
    Q_OBJECT
public:
    // Takes ownership of `editor` (a QLineEdit or a QComboBox); its object name names the error label too.
    explicit FormField(QWidget* editor, QWidget* parent = nullptr);

    [[nodiscard]] QWidget* editor() const noexcept { return m_editor; }
    // nullptr when the editor is not a line edit / combo box.
    [[nodiscard]] QLineEdit* lineEdit() const noexcept { return m_lineEdit; }
    [[nodiscard]] QComboBox* comboBox() const noexcept { return m_comboBox; }

    // The value as text: the line edit's text, or the combo box's current data (its text when it has none).
    [[nodiscard]] QString value() const;
    // Sets the value without counting as an edit by the user.
    void setValue(const QString& value);

    // The local validation's verdict; an empty message means the value is fine. `definite`: no further typing can
    // make it right, so it is shown before the user leaves the field. `elsewhere`: the sentence is shown by another
    // widget of the form (only the field's error mark is shown here).
    void setProblem(const QString& message, bool definite, bool elsewhere = false);
    // The portal's verdict (a 422 field error), shown until the user edits the value.
    void setPortalProblem(const QString& message);
    [[nodiscard]] bool hasPortalProblem() const noexcept { return !m_portalProblem.isEmpty(); }

    // From now on every problem is shown at once (the user has been here, or the value came filled in).
    void markTouched();
    [[nodiscard]] bool isTouched() const noexcept { return m_touched; }
    // The sentence now visible under the field; empty when none is.
    [[nodiscard]] QString shownError() const;
    [[nodiscard]] bool isMarked() const noexcept { return m_marked; }

    void setReadOnly(bool readOnly);
    // A short value (CAP, provincia, a date): the editor keeps about this many characters' width, on the left; the
    // error sentence still uses the whole row.
    void setEditorWidth(int characters);

Q_SIGNALS:
    // The user changed the value (not emitted by setValue()).
    void edited();
    // The value changed, by the user or by setValue().
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onValueChanged();
    void refresh();
    void setMarked(bool marked);

    QWidget* m_editor;
    QLineEdit* m_lineEdit;
    QComboBox* m_comboBox;
    QLabel* m_error;
    QAction* m_mark = nullptr;
    QString m_problem;
    QString m_portalProblem;
    bool m_definite = false;
    bool m_elsewhere = false;
    bool m_touched = false;
    bool m_marked = false;
    bool m_settingValue = false;
};

} // namespace inlinea::ui
