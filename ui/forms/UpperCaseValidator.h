#pragma once

#include <QValidator>

namespace inlinea::ui {

// Upper-cases codes (codice fiscale, partita IVA, provincia) as they are typed or pasted, keeping the cursor where it
// was. Accepts everything else: what is wrong with the value is the form's validation to say, precisely.
class UpperCaseValidator : public QValidator {
    Q_OBJECT
public:
    explicit UpperCaseValidator(QObject* parent = nullptr);

    State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;
};

} // namespace inlinea::ui
