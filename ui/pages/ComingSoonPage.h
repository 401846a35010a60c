#pragma once

#include <QStringList>
#include <QWidget>

namespace inlinea::ui {

// A section that a later release fills: says what it will do, so the user sees the shape of the product.
class ComingSoonPage : public QWidget {
    Q_OBJECT
public:
    ComingSoonPage(const QString& title, const QString& intro, const QStringList& coming, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const { return m_title; }

private:
    QString m_title;
};

} // namespace inlinea::ui
