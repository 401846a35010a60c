#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace inlinea::ui {

// The portal-blue band on top of the login and main windows: "Servizi on-line…", the portal's name, and room for
// actions on the right. Plain text and a palette, no style sheet or rich text: it is on the first painted frame.
class HeaderBar : public QWidget {
    Q_OBJECT
public:
    explicit HeaderBar(QWidget* parent = nullptr);

    void setSubtitle(const QString& text);
    [[nodiscard]] QLabel* subtitleLabel() const noexcept { return m_subtitle; }
    // Adds a widget to the right side (user name, links).
    void addAction(QWidget* widget);

private:
    QLabel* m_subtitle;
    QHBoxLayout* m_layout;
};

} // namespace inlinea::ui
