#pragma once

#include "PdfError.h"
#include "app/procedimenti/Procedimento.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace inlinea::ui {

// The compiled form of a procedimento as a PDF: who and what, every visible section in layout order (repeated
// groups item by item, hidden conditional sections left out), the attachments with their SHA-256 and the SHA-256
// of the data, so a signed copy can be matched to what was sent.
class FormPdf {
public:
    struct Attachment {
        QString slotTitle;
        QString filename;
        qint64 size = 0;
        QString sha256; // hex
    };

    struct Input {
        procedimenti::FormDefinition definition;
        QJsonObject data;
        QString anagraficaName;
        QString anagraficaCode; // codice fiscale or partita IVA
        QString draftTitle;
        QString cip; // empty while the form is a draft
        QList<Attachment> attachments;
        QDateTime generatedAt; // invalid: now
    };

    [[nodiscard]] static Status<PdfError> write(const Input& input, const QString& path);
    // The hex SHA-256 of the data as compact JSON with sorted keys: what the PDF prints.
    [[nodiscard]] static QString dataSha256(const QJsonObject& data);
    // The document's rich text, before pagination.
    [[nodiscard]] static QString html(const Input& input);
};

} // namespace inlinea::ui
