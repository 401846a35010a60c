#include "FormPdf.h"

#include "PdfPrinter.h"
#include "PdfStyle.h"
#include "app/forms/FormData.h"
#include "app/forms/FormSchema.h"
#include "ui/formview/FormFieldSpec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace inlinea::ui {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Builds the rich text of the form, one section at a time.
class FormHtml {
    Q_DECLARE_TR_FUNCTIONS(FormPdf)
public:
    explicit FormHtml(const FormPdf::Input& input)
        : m_input(input)
        , m_schema(input.definition.schema)
        , m_data(input.data)
    {}

    QString build()
    {
        header();
        for (const QJsonValue& entry : m_input.definition.layout.value(QStringLiteral("sections")).toArray()) {
            section(entry.toObject(), {}, 0);
        }
        attachments();
        fingerprint();
        return PdfStyle::page(m_html);
    }

private:
    void header()
    {
        const procedimenti::FormDefinition& definition = m_input.definition;
        m_html += PdfStyle::kicker(tr("Modulo compilato"));
        m_html += PdfStyle::title(definition.title);
        m_html += PdfStyle::subtitle(tr("Procedimento %1 · versione %2").arg(definition.code, definition.version));

        const QDateTime at = m_input.generatedAt.isValid() ? m_input.generatedAt : QDateTime::currentDateTime();
        const QString status = m_input.cip.isEmpty()
                                   ? tr("Bozza (non ancora inviata)")
                                   : tr("Inviata · CIP %1").arg(PdfStyle::strong(escaped(m_input.cip)));
        QString anagrafica = escaped(m_input.anagraficaName);
        if (!m_input.anagraficaCode.isEmpty()) {
            anagrafica +=
                QStringLiteral("<br/>") + tr("Codice fiscale / P.IVA: %1").arg(escaped(m_input.anagraficaCode));
        }
        m_html += PdfStyle::summaryTable({
            {tr("Richiedente"), anagrafica},
            {tr("Titolo della richiesta"), orDash(m_input.draftTitle)},
            {tr("Stato"), status},
            {tr("Documento generato il"), escaped(PdfStyle::dateTime(at))},
        });
    }

    void section(const QJsonObject& section, const QList<int>& indices, int level)
    {
        if (!forms::FormSchema::isVisible(section, m_input.data)) {
            return;
        }
        const QString title = section.value(QStringLiteral("title")).toString();
        const QString help = section.value(QStringLiteral("help")).toString();
        const QJsonObject repeat = section.value(QStringLiteral("repeat")).toObject();
        if (repeat.isEmpty()) {
            body(section, indices, level, title, help);
            return;
        }
        const QString arrayPointer = FormFieldSpec::concrete(section.value(QStringLiteral("path")).toString(), indices);
        // As the editor does: the minimum number of items is always shown, empty ones too.
        const int count = std::max(m_data.itemCount(arrayPointer), repeat.value(QStringLiteral("min")).toInt());
        QStringList notes;
        if (!help.isEmpty()) {
            notes.append(escaped(help));
        }
        if (count == 0) {
            notes.append(escaped(tr("Nessun elemento.")));
        }
        m_html += PdfStyle::heading(escaped(title), level, notes.join(QStringLiteral("<br/>")));
        const QString itemTitle = repeat.value(QStringLiteral("item_title")).toString();
        for (int i = 0; i < count; ++i) {
            QString name = itemTitle.isEmpty() ? tr("Elemento %1").arg(i + 1) : itemTitle;
            name.replace(QStringLiteral("{n}"), QString::number(i + 1));
            QList<int> itemIndices = indices;
            itemIndices.append(i);
            body(section, itemIndices, level + 1, name, QString(), true);
        }
    }

    void body(const QJsonObject& section, const QList<int>& indices, int level, const QString& title,
              const QString& help, bool item = false)
    {
        QList<PdfStyle::Row> rows;
        for (const QJsonValue& entry : section.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = entry.toObject();
            if (!forms::FormSchema::isVisible(field, m_input.data)) {
                continue;
            }
            const QString pointer = FormFieldSpec::concrete(field.value(QStringLiteral("path")).toString(), indices);
            const FormFieldSpec spec = FormFieldSpec::make(m_schema, field, pointer, m_input.data);
            rows.append({escaped(spec.label), valueHtml(spec, m_data.value(pointer))});
        }
        const QString helpHtml = help.isEmpty() ? QString() : escaped(help);
        if (rows.isEmpty()) {
            m_html += PdfStyle::heading(escaped(title), level, helpHtml, item);
        } else {
            m_html += PdfStyle::fieldTable(escaped(title), level, helpHtml, rows, item);
        }
        for (const QJsonValue& nested : section.value(QStringLiteral("sections")).toArray()) {
            this->section(nested.toObject(), indices, level + 1);
        }
    }

    QString valueHtml(const FormFieldSpec& spec, const QJsonValue& value) const
    {
        if (value.isUndefined() || value.isNull()) {
            return PdfStyle::dash();
        }
        QString text;
        switch (spec.kind) {
        case FormFieldSpec::Kind::Boolean:
            if (!value.isBool()) {
                return orDash(value.toVariant().toString());
            }
            text = value.toBool() ? tr("Sì") : tr("No");
            break;
        case FormFieldSpec::Kind::Enum: text = FormFieldSpec::humanized(value.toString()); break;
        case FormFieldSpec::Kind::MultiEnum: {
            QStringList chosen;
            for (const QJsonValue& item : value.toArray()) {
                chosen.append(FormFieldSpec::humanized(item.toString()));
            }
            text = chosen.join(QStringLiteral(", "));
            break;
        }
        default: text = spec.text(value); break;
        }
        if (text.trimmed().isEmpty()) {
            return PdfStyle::dash();
        }
        if (!spec.unit.isEmpty() && spec.kind != FormFieldSpec::Kind::Boolean) {
            text += QChar(0x00a0) + spec.unit;
        }
        // Line breaks typed in a long text are kept.
        return escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    }

    void attachments()
    {
        m_html += PdfStyle::heading(tr("Allegati"), 0);
        if (m_input.attachments.isEmpty()) {
            m_html += PdfStyle::note(tr("Nessun allegato."));
            return;
        }
        QList<PdfStyle::AttachmentRow> rows;
        for (const FormPdf::Attachment& attachment : m_input.attachments) {
            rows.append({attachment.slotTitle, attachment.filename, attachment.size, attachment.sha256});
        }
        m_html += PdfStyle::attachmentTable(rows);
    }

    void fingerprint()
    {
        m_html += PdfStyle::heading(tr("Impronta dei dati"), 0);
        m_html += PdfStyle::note(tr("SHA-256 dei dati del modulo (JSON compatto, chiavi in ordine alfabetico): "
                                    "permette di verificare che una copia firmata corrisponda ai dati inviati."));
        m_html += PdfStyle::hash(FormPdf::dataSha256(m_input.data));
    }

    static QString orDash(const QString& text) { return text.trimmed().isEmpty() ? PdfStyle::dash() : escaped(text); }

    const FormPdf::Input& m_input;
    const forms::FormSchema m_schema;
    const forms::FormData m_data;
    QString m_html;
};

} // namespace

QString FormPdf::dataSha256(const QJsonObject& data)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(data).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString FormPdf::html(const Input& input)
{
    return FormHtml(input).build();
}

Status<PdfError> FormPdf::write(const Input& input, const QString& path)
{
    const procedimenti::FormDefinition& definition = input.definition;
    QString note = QStringLiteral("%1 v%2 · %3").arg(definition.code, definition.version, definition.title);
    note +=
        QStringLiteral(" · ") + (input.cip.isEmpty() ? QCoreApplication::translate("FormPdf", "Bozza")
                                                     : QCoreApplication::translate("FormPdf", "CIP %1").arg(input.cip));
    return PdfPrinter::print(html(input), PdfPrinter::bodyFont(), path, {definition.title, note});
}

} // namespace inlinea::ui
