#include "PdfPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace inlinea::ui {

namespace {

constexpr int kResolution = 300;
constexpr qreal kFooterMm = 10.0;

int mmToPixels(qreal mm)
{
    return qRound(mm / 25.4 * kResolution);
}

} // namespace

QFont PdfPrinter::bodyFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    // An explicit letter spacing, even the natural 100%, turns ligatures off in Qt's shaper: an "fi" glyph would
    // come out of copy and paste, search and screen readers as "ﬁ".
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return font;
}

QFont PdfPrinter::monoFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Mono"),
                      QStringLiteral("Liberation Mono"), QStringLiteral("Courier New")});
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(pointSize);
    return font;
}

Status<PdfError> PdfPrinter::print(const QString& html, const QFont& font, const QString& path, const Options& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(PdfError{PdfError::Kind::Unwritable, file.errorString()});
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18.0, 16.0, 18.0, 12.0), QPageLayout::Millimeter));
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Inlinea"));

        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(PdfError{PdfError::Kind::Rendering, QStringLiteral("QPainter::begin failed on the PDF")});
        }
        // The painter's origin is the top-left corner of the printable area; the footer takes the bottom strip.
        const int width = writer.width();
        const int footer = mmToPixels(kFooterMm);
        const int bodyHeight = writer.height() - footer;

        // Laid out for the PDF's resolution, and gone before the writer it measures with.
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        QTextOption option = document.defaultTextOption();
        // Hashes, file names and codes have no spaces but must still fit their column.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(option);
        document.setHtml(html);
        document.setPageSize(QSizeF(width, bodyHeight));

        const int pages = document.pageCount();
        const QFont footerFont = bodyFont(7.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage()) {
                painter.end();
                file.cancelWriting();
                return fail(PdfError{PdfError::Kind::Rendering, QStringLiteral("cannot start a new page")});
            }
            painter.save();
            const QRectF visible(0, qreal(page) * bodyHeight, width, bodyHeight);
            painter.translate(0, -visible.top());
            painter.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(footerFont);
            painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), mmToPixels(0.2)));
            const int ruleY = bodyHeight + mmToPixels(3.0);
            painter.drawLine(0, ruleY, width, ruleY);
            painter.setPen(QColor(0x44, 0x4c, 0x56));
            const QRect text(0, ruleY + mmToPixels(1.0), width, footer - mmToPixels(4.0));
            const QString number = tr("Pagina %1 di %2").arg(page + 1).arg(pages);
            const int numberWidth = painter.fontMetrics().horizontalAdvance(number) + mmToPixels(4.0);
            painter.drawText(text, Qt::AlignRight | Qt::AlignTop, number);
            painter.drawText(text.adjusted(0, 0, -numberWidth, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             options.footerNote);
        }
        if (!painter.end()) {
            file.cancelWriting();
            return fail(PdfError{PdfError::Kind::Rendering, QStringLiteral("QPainter::end failed on the PDF")});
        }
    }
    if (!file.commit()) {
        return fail(PdfError{PdfError::Kind::Unwritable, file.errorString()});
    }
    return Ok{};
}

} // namespace inlinea::ui
