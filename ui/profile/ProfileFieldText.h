#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace inlinea::ui {

// Italian labels of the profile's JSON keys (GET /api/v1/me), for the conflict view.
class ProfileFieldText {
public:
    [[nodiscard]] static QString label(QStringView key);
    // A stored value as shown: ISO dates as gg/mm/aaaa, choices as Sì / No.
    [[nodiscard]] static QString displayValue(QStringView key, const QString& value);
    // The keys a profile update sends, in the page's order.
    [[nodiscard]] static QStringList editableKeys();
};

} // namespace inlinea::ui
