#include "ReceiptPdf.h"

#include "PdfPrinter.h"
#include "PdfStyle.h"
#include "app/procedimenti/Procedimento.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace inlinea::ui {

namespace {

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

class ReceiptHtml {
    Q_DECLARE_TR_FUNCTIONS(ReceiptPdf)
public:
    explicit ReceiptHtml(const ReceiptPdf::Input& input)
        : m_input(input)
        , m_receipt(input.receipt)
    {}

    QString build()
    {
        const QString cip = text(m_receipt, "cip");
        m_html += PdfStyle::kicker(tr("Inlinea · Sportello telematico"));
        m_html += PdfStyle::title(tr("Ricevuta di invio"));
        m_html += PdfStyle::subtitle(text(m_receipt, "titolo"));
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"0.5\" "
                                 "style=\"border-collapse: collapse; border-color: #1f4e79; border-style: solid; "
                                 "margin-top: 6px;\"><tr><td align=\"center\" bgcolor=\"#eef2f6\">"
                                 "<p style=\"font-size: 9pt; color: #3b4652; margin: 0;\">%1</p>"
                                 "<p style=\"font-size: 30pt; font-weight: bold; color: #1f4e79; margin: 0;\">%2</p>"
                                 "</td></tr></table>")
                      .arg(tr("Codice identificativo della pratica (CIP)").toHtmlEscaped(), cip.toHtmlEscaped());

        const QDateTime at = QDateTime::fromString(text(m_receipt, "created_at"), Qt::ISODate);
        QString anagrafica = m_input.anagraficaName.toHtmlEscaped();
        if (!m_input.anagraficaCode.isEmpty()) {
            anagrafica +=
                QStringLiteral("<br/>") + tr("Codice fiscale / P.IVA: %1").arg(m_input.anagraficaCode.toHtmlEscaped());
        }
        const QString procedimento = text(m_receipt, "titolo").toHtmlEscaped() + QStringLiteral("<br/>") +
                                     tr("Codice %1 · versione %2")
                                         .arg(text(m_receipt, "procedimento"), text(m_receipt, "version"))
                                         .toHtmlEscaped();
        m_html += PdfStyle::summaryTable({
            {tr("Protocollo"), PdfStyle::strong(orDash(text(m_receipt, "protocollo")))},
            {tr("Data e ora di invio"), at.isValid() ? PdfStyle::dateTime(at, true).toHtmlEscaped() : PdfStyle::dash()},
            {tr("Procedimento"), procedimento},
            {tr("Richiedente"), anagrafica.isEmpty() ? PdfStyle::dash() : anagrafica},
        });

        m_html += PdfStyle::heading(tr("Allegati"), 0);
        QList<PdfStyle::AttachmentRow> rows;
        for (const QJsonValue& entry : m_receipt.value(QStringLiteral("attachments")).toArray()) {
            const QJsonObject attachment = entry.toObject();
            const QString slot = text(attachment, "slot");
            rows.append({m_input.slotTitles.value(slot, slot), text(attachment, "filename"),
                         attachment.value(QStringLiteral("size")).toInteger(), text(attachment, "sha256")});
        }
        m_html += rows.isEmpty() ? PdfStyle::note(tr("Nessun allegato.")) : PdfStyle::attachmentTable(rows);

        m_html += PdfStyle::heading(tr("Impronta della richiesta"), 0);
        m_html += PdfStyle::note(tr("SHA-256 del corpo della richiesta ricevuta dal portale:"));
        m_html += PdfStyle::hash(text(m_receipt, "body_sha256"));

        // The one thing to keep from this page, set apart.
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
                                 "style=\"border-collapse: collapse; border-color: #e0c36a; border-style: solid; "
                                 "margin-top: 18px;\"><tr><td bgcolor=\"#fff8e1\">%1</td></tr></table>")
                      .arg(tr("Conservi questa ricevuta. Il CIP %1 identifica la pratica: lo indichi in ogni "
                              "richiesta successiva (integrazioni, chiarimenti, accesso agli atti).")
                               .arg(cip)
                               .toHtmlEscaped());
        return PdfStyle::page(m_html);
    }

private:
    static QString orDash(const QString& value) { return value.isEmpty() ? PdfStyle::dash() : value.toHtmlEscaped(); }

    const ReceiptPdf::Input& m_input;
    const QJsonObject& m_receipt;
    QString m_html;
};

} // namespace

QHash<QString, QString> ReceiptPdf::slotTitles(const procedimenti::FormDefinition& definition)
{
    QHash<QString, QString> titles;
    for (const QJsonValue& entry : definition.attachments) {
        const QJsonObject slot = entry.toObject();
        titles.insert(slot.value(QStringLiteral("slot")).toString(), slot.value(QStringLiteral("title")).toString());
    }
    return titles;
}

QString ReceiptPdf::html(const Input& input)
{
    return ReceiptHtml(input).build();
}

Status<PdfError> ReceiptPdf::write(const Input& input, const QString& path)
{
    const QString cip = text(input.receipt, "cip");
    const QString note = QCoreApplication::translate("ReceiptPdf", "Ricevuta di invio · CIP %1 · protocollo %2")
                             .arg(cip, text(input.receipt, "protocollo"));
    return PdfPrinter::print(html(input), PdfPrinter::bodyFont(10), path,
                             {QCoreApplication::translate("ReceiptPdf", "Ricevuta di invio %1").arg(cip), note});
}

} // namespace inlinea::ui
