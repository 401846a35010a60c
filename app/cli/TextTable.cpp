#include "TextTable.h"

#include <algorithm>

namespace inlinea::cli {

namespace {

const QString Gap = QStringLiteral("  ");

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
    , m_rightAligned(m_header.size(), false)
{}

void TextTable::setRightAligned(int column)
{
    if (column >= 0 && column < m_rightAligned.size()) {
        m_rightAligned[column] = true;
    }
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    // A line break inside a cell would break the table.
    for (QString& cell : cells) {
        cell.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const QString& title : m_header) {
        widths.append(title.size());
    }
    for (const QStringList& row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths.at(column), row.at(column).size());
        }
    }
    QString text = line(m_header, widths);
    for (const QStringList& row : m_rows) {
        text += line(row, widths);
    }
    return text;
}

QString TextTable::line(const QStringList& cells, const QList<qsizetype>& widths) const
{
    QString text;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (column > 0) {
            text += Gap;
        }
        const QString& cell = cells.at(column);
        text +=
            m_rightAligned.at(column) ? cell.rightJustified(widths.at(column)) : cell.leftJustified(widths.at(column));
    }
    while (text.endsWith(QLatin1Char(' '))) {
        text.chop(1);
    }
    return text + QLatin1Char('\n');
}

} // namespace inlinea::cli
