#pragma once

#include "PdfError.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace inlinea::procedimenti {
struct FormDefinition;
}

namespace inlinea::ui {

// The one-page receipt of a submission: the CIP in large type, the protocollo, when, what and for whom, the
// attachments with their SHA-256 and the SHA-256 of the request body, as the portal confirmed them.
class ReceiptPdf {
public:
    struct Input {
        // The portal's receipt: {cip, protocollo, procedimento, version, titolo, anagrafica_id, created_at,
        // body_sha256, attachments: [{slot, upload_id, filename, size, sha256}]}.
        QJsonObject receipt;
        QString anagraficaName;
        QString anagraficaCode;             // codice fiscale or partita IVA
        QHash<QString, QString> slotTitles; // slot → title; the slot's name is shown when missing
    };

    [[nodiscard]] static Status<PdfError> write(const Input& input, const QString& path);
    // The titles of the attachment slots of a form, for Input::slotTitles.
    [[nodiscard]] static QHash<QString, QString> slotTitles(const procedimenti::FormDefinition& definition);
    // The document's rich text, before pagination.
    [[nodiscard]] static QString html(const Input& input);
};

} // namespace inlinea::ui
