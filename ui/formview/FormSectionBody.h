#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QGroupBox;

namespace inlinea::ui {

struct FormContext;

// The content of one layout section at concrete item indices: its help, its fields in a form layout, then its
// nested sections as group boxes (a repeated one as a FormRepeatGroup). A nested section with `visible_when` is
// shown and hidden as its controlling field changes.
class FormSectionBody : public QWidget {
    Q_OBJECT
public:
    // `section` without its `repeat` (for the body of one item), `indices` the item indices of the enclosing groups.
    FormSectionBody(const QJsonObject& section, QList<int> indices, FormContext* context, QWidget* parent = nullptr);

private:
    struct Conditional {
        QJsonObject section;
        QGroupBox* box = nullptr;
    };
    void addNested(const QJsonObject& section);
    void onDataChanged(const QString& pointer);

    QList<int> m_indices;
    FormContext* m_context;
    QList<Conditional> m_conditionals;
};

} // namespace inlinea::ui
