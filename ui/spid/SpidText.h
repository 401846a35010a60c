#pragma once

#include <QCoreApplication>
#include <QString>

namespace inlinea::ui {

// Sentences for the ways a SPID login can end without a session.
class SpidText {
    Q_DECLARE_TR_FUNCTIONS(SpidText)
public:
    [[nodiscard]] static QString error(const QString& code, const QString& detail);
};

} // namespace inlinea::ui
