#pragma once

#include "PdfError.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

namespace inlinea::ui {

// Lays a rich-text document out on A4 pages and writes it as a PDF, with "Pagina N di M" and a note in the footer
// of every page. The file is replaced atomically: a failed write leaves any previous file alone.
class PdfPrinter {
    Q_DECLARE_TR_FUNCTIONS(PdfPrinter)
public:
    struct Options {
        QString title;      // the PDF's Title metadata
        QString footerNote; // left side of the footer, e.g. the procedimento and the CIP
    };

    // The body text font: a sans serif readable on paper and embedded in the PDF.
    [[nodiscard]] static QFont bodyFont(qreal pointSize = 9.5);
    [[nodiscard]] static QFont monoFont(qreal pointSize = 8);

    // `html` is Qt rich text; `font` the default font of its text.
    [[nodiscard]] static Status<PdfError> print(const QString& html, const QFont& font, const QString& path,
                                                const Options& options);
};

} // namespace inlinea::ui
