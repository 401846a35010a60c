#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace inlinea::ui {

struct FormContext;

// The items of a repeated section (`repeat: {min, max, item_title, add_label}`), each in a group box with a remove
// button, and the add button under them. At least `min` items are shown (an item not yet in the data is written
// when the user fills it in); remove is disabled at `min`, add at `max`.
class FormRepeatGroup : public QWidget {
    Q_OBJECT
public:
    FormRepeatGroup(const QJsonObject& section, QList<int> indices, FormContext* context, QWidget* parent = nullptr);

    [[nodiscard]] QString arrayPointer() const { return m_arrayPointer; }
    [[nodiscard]] int shownItems() const noexcept { return m_shown; }
    [[nodiscard]] QPushButton* addButton() const noexcept { return m_add; }

private:
    void rebuild();
    void addItem();
    void removeItem(int index);
    void onDataChanged(const QString& pointer);

    QJsonObject m_section; // without `repeat`
    QList<int> m_indices;
    FormContext* m_context;
    QString m_arrayPointer;
    QString m_itemTitle;
    int m_min = 0;
    int m_max = 0;
    int m_shown = -1;
    QVBoxLayout* m_items = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace inlinea::ui
