#pragma once

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;

namespace inlinea::card {
class CardMonitor;
}

namespace inlinea::ui {

// The card as the login window shows it: reader (a choice when there are several), holder, codice fiscale, card
// expiry (warned months ahead) and PIN tries left, or what to do when there is no usable card.
class CardPanel : public QGroupBox {
    Q_OBJECT
public:
    static constexpr int ExpiryWarningDays = 90;

    explicit CardPanel(QWidget* parent = nullptr);

    void setMonitor(card::CardMonitor* monitor);

Q_SIGNALS:
    void readerChosen(const QString& reader);

private:
    void refresh();

    QPointer<card::CardMonitor> m_monitor;
    QComboBox* m_readers;
    QLabel* m_readerLabel;
    QLabel* m_hint;
    QWidget* m_details;
    QLabel* m_holder;
    QLabel* m_codiceFiscale;
    QLabel* m_expiry;
    QLabel* m_tries;
};

} // namespace inlinea::ui
