#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inlinea::ui {

// Why a form cannot be saved yet, by field label: what is missing and what must be corrected. Shown next to the save
// button ("Manca: Denominazione, PEC") and as its tooltip.
class FormProblems {
    Q_DECLARE_TR_FUNCTIONS(FormProblems)
public:
    void addMissing(const QString& label);
    void addWrong(const QString& label);

    [[nodiscard]] bool isEmpty() const { return m_missing.isEmpty() && m_wrong.isEmpty(); }
    [[nodiscard]] const QStringList& missing() const noexcept { return m_missing; }
    [[nodiscard]] const QStringList& wrong() const noexcept { return m_wrong; }
    // "Manca: Denominazione, PEC", "Da correggere: Codice fiscale", one line each; empty when nothing is wrong.
    [[nodiscard]] QString text() const;

private:
    QStringList m_missing;
    QStringList m_wrong;
};

} // namespace inlinea::ui
