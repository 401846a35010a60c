#include "PdfStyle.h"

#include <QLocale>

#include <algorithm>

namespace inlinea::ui {

namespace {

const QString kBorder = QStringLiteral("#ccd4dd");
const QString kMonoFamilies = QStringLiteral("'DejaVu Sans Mono', 'Noto Mono', 'Liberation Mono', monospace");

struct Band {
    QString background;
    QString color;
    QString size;
};

Band bandFor(int level, bool item)
{
    if (item) {
        return {QStringLiteral("#eef2f6"), QStringLiteral("#1d2b3a"), QStringLiteral("9.5pt")};
    }
    if (level == 0) {
        return {QStringLiteral("#1f4e79"), QStringLiteral("#ffffff"), QStringLiteral("11pt")};
    }
    return {QStringLiteral("#d9e4ef"), QStringLiteral("#1d2b3a"), QStringLiteral("10pt")};
}

// `level` indents nested sections, so the hierarchy reads at a glance.
QString tableOpen(int topMargin, int level = 0)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                          "style=\"border-collapse: collapse; border-color: %1; border-style: solid; "
                          "margin-top: %2px; margin-left: %3px;\">")
        .arg(kBorder)
        .arg(topMargin)
        .arg(std::max(level, 0) * 12);
}

QString bandCell(const QString& titleHtml, int level, bool item, int columns)
{
    const Band band = bandFor(level, item);
    return QStringLiteral("<th colspan=\"%1\" align=\"left\" bgcolor=\"%2\" style=\"color: %3; font-size: %4; "
                          "font-weight: bold;\">%5</th>")
        .arg(columns)
        .arg(band.background, band.color, band.size, titleHtml);
}

QString helpRow(const QString& helpHtml, int columns)
{
    return QStringLiteral("<tr><td colspan=\"%1\" style=\"color: #4a5561; font-style: italic;\">%2</td></tr>")
        .arg(columns)
        .arg(helpHtml);
}

int marginFor(int level, bool item)
{
    return level == 0 && !item ? 14 : 8;
}

} // namespace

QString PdfStyle::page(const QString& bodyHtml)
{
    return QStringLiteral("<html><body>") + bodyHtml + QStringLiteral("</body></html>");
}

QString PdfStyle::kicker(const QString& text)
{
    return QStringLiteral("<p style=\"color: #1f4e79; font-size: 8.5pt; font-weight: bold; margin: 0;\">%1</p>")
        .arg(text.toUpper().toHtmlEscaped());
}

QString PdfStyle::title(const QString& text)
{
    return QStringLiteral("<p style=\"font-size: 16pt; font-weight: bold; color: #111a24; margin-top: 2px; "
                          "margin-bottom: 2px;\">%1</p>")
        .arg(text.toHtmlEscaped());
}

QString PdfStyle::subtitle(const QString& text)
{
    return QStringLiteral("<p style=\"font-size: 10pt; color: #3b4652; margin-bottom: 8px;\">%1</p>")
        .arg(text.toHtmlEscaped());
}

QString PdfStyle::strong(const QString& html)
{
    return QStringLiteral("<b>") + html + QStringLiteral("</b>");
}

QString PdfStyle::note(const QString& text)
{
    return QStringLiteral("<p style=\"color: #3b4652; margin-top: 4px; margin-bottom: 4px;\">%1</p>")
        .arg(text.toHtmlEscaped());
}

QString PdfStyle::dash()
{
    return QStringLiteral("<span style=\"color: #7a8591;\">—</span>");
}

QString PdfStyle::hashInline(const QString& hex)
{
    return QStringLiteral("<span style=\"font-family: %1; font-size: 8pt;\">%2</span>")
        .arg(kMonoFamilies, hex.toHtmlEscaped());
}

QString PdfStyle::hash(const QString& hex)
{
    return QStringLiteral("<p style=\"margin-top: 4px;\">") + hashInline(hex) + QStringLiteral("</p>");
}

QString PdfStyle::summaryTable(const QList<Row>& rows)
{
    QString html = tableOpen(4);
    for (const Row& row : rows) {
        html += QStringLiteral("<tr><td width=\"30%\" bgcolor=\"#f3f6f9\" style=\"color: #3b4652;\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(row.labelHtml, row.valueHtml);
    }
    return html + QStringLiteral("</table>");
}

QString PdfStyle::heading(const QString& titleHtml, int level, const QString& helpHtml, bool item)
{
    QString html = tableOpen(marginFor(level, item), level);
    html += QStringLiteral("<tr>") + bandCell(titleHtml, level, item, 1) + QStringLiteral("</tr>");
    if (!helpHtml.isEmpty()) {
        html += helpRow(helpHtml, 1);
    }
    return html + QStringLiteral("</table>");
}

QString PdfStyle::fieldTable(const QString& titleHtml, int level, const QString& helpHtml, const QList<Row>& rows,
                             bool item)
{
    QString html = tableOpen(marginFor(level, item), level);
    html += QStringLiteral("<thead><tr>") + bandCell(titleHtml, level, item, 2) + QStringLiteral("</tr></thead>");
    if (!helpHtml.isEmpty()) {
        html += helpRow(helpHtml, 2);
    }
    for (const Row& row : rows) {
        html += QStringLiteral("<tr><td width=\"42%\" style=\"color: #3b4652;\">%1</td><td>%2</td></tr>")
                    .arg(row.labelHtml, row.valueHtml);
    }
    return html + QStringLiteral("</table>");
}

QString PdfStyle::attachmentTable(const QList<AttachmentRow>& rows)
{
    QString html = tableOpen(4);
    html += QStringLiteral("<thead><tr>"
                           "<th align=\"left\" width=\"31%\" bgcolor=\"#f3f6f9\">%1</th>"
                           "<th align=\"left\" bgcolor=\"#f3f6f9\">%2</th>"
                           "<th align=\"left\" width=\"31%\" bgcolor=\"#f3f6f9\">%3</th>"
                           "</tr></thead>")
                .arg(tr("Allegato"), tr("File"), tr("Dimensione"));
    for (const AttachmentRow& row : rows) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(row.slotTitle.toHtmlEscaped(), row.filename.toHtmlEscaped(),
                         // The size on one line: the file name may wrap instead.
                         size(row.size).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        html += QStringLiteral("<tr><td colspan=\"3\" style=\"color: #3b4652;\">%1</td></tr>")
                    .arg(tr("SHA-256: %1").arg(hashInline(row.sha256)));
    }
    return html + QStringLiteral("</table>");
}

QString PdfStyle::dateTime(const QDateTime& at, bool seconds)
{
    const QDateTime local = at.toLocalTime();
    const QLocale italian(QLocale::Italian);
    return tr("%1 alle %2")
        .arg(italian.toString(local.date(), QStringLiteral("dd/MM/yyyy")),
             italian.toString(local.time(), seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm")));
}

QString PdfStyle::size(qint64 bytes)
{
    const QLocale italian(QLocale::Italian);
    const QString exact = tr("%1 byte").arg(italian.toString(bytes));
    if (bytes < 1000) {
        return exact;
    }
    return QStringLiteral("%1 (%2)").arg(italian.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat), exact);
}

} // namespace inlinea::ui
