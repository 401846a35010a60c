#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace inlinea::cli {

// Columns aligned with spaces for a terminal: every column as wide as its widest cell (nothing is cut, so a script
// can still split on two or more spaces), numbers right-aligned, no trailing spaces.
class TextTable {
public:
    explicit TextTable(QStringList header);

    void setRightAligned(int column);
    void addRow(QStringList cells);
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }
    // Header and rows, each line ending with "\n".
    [[nodiscard]] QString render() const;

private:
    [[nodiscard]] QString line(const QStringList& cells, const QList<qsizetype>& widths) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
};

} // namespace inlinea::cli
