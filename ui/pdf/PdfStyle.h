#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace inlinea::ui {

// The rich-text pieces the PDFs are made of, so the form and the receipt look alike. Arguments named `html` are
// already escaped; plain-text arguments are escaped here.
class PdfStyle {
    Q_DECLARE_TR_FUNCTIONS(PdfStyle)
public:
    struct Row {
        QString labelHtml;
        QString valueHtml;
    };
    struct AttachmentRow {
        QString slotTitle;
        QString filename;
        qint64 size = 0;
        QString sha256;
    };

    [[nodiscard]] static QString page(const QString& bodyHtml);
    [[nodiscard]] static QString kicker(const QString& text);
    [[nodiscard]] static QString title(const QString& text);
    [[nodiscard]] static QString subtitle(const QString& text);
    [[nodiscard]] static QString strong(const QString& html);
    [[nodiscard]] static QString note(const QString& text);
    [[nodiscard]] static QString dash();
    // A hex digest on one line, in a fixed-width font.
    [[nodiscard]] static QString hash(const QString& hex);
    [[nodiscard]] static QString hashInline(const QString& hex);
    // Label/value pairs in a framed box, for the header of a document.
    [[nodiscard]] static QString summaryTable(const QList<Row>& rows);
    // A title band (level 0: section, deeper: nested section; item: an item of a repeated group) with an optional
    // help line.
    [[nodiscard]] static QString heading(const QString& titleHtml, int level, const QString& helpHtml = {},
                                         bool item = false);
    // The title band repeated at the top of every page the table continues on, then label → value rows.
    [[nodiscard]] static QString fieldTable(const QString& titleHtml, int level, const QString& helpHtml,
                                            const QList<Row>& rows, bool item = false);
    [[nodiscard]] static QString attachmentTable(const QList<AttachmentRow>& rows);

    // "02/12/2026 alle 21:40", local time.
    [[nodiscard]] static QString dateTime(const QDateTime& at, bool seconds = false);
    // "1,2 MB (1.234.567 byte)".
    [[nodiscard]] static QString size(qint64 bytes);
};

} // namespace inlinea::ui
