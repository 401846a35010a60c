#include "SubmissionText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace inlinea::ui {

using Kind = submissions::PreSendProblem::Kind;

QString SubmissionText::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString SubmissionText::types(const QStringList& contentTypes)
{
    QStringList names;
    for (const QString& type : contentTypes) {
        if (type == u"application/pdf") {
            names << QStringLiteral("PDF");
        } else if (type == u"application/pkcs7-mime") {
            names << tr("P7M (firmato)");
        } else if (type == u"image/jpeg") {
            names << QStringLiteral("JPEG");
        } else if (type == u"image/png") {
            names << QStringLiteral("PNG");
        } else if (type == u"application/xml") {
            names << QStringLiteral("XML");
        } else {
            names << type;
        }
    }
    return names.join(QStringLiteral(", "));
}

QString SubmissionText::problem(const submissions::PreSendProblem& p)
{
    const QString file = p.path.section(QLatin1Char('/'), -1);
    switch (p.kind) {
    case Kind::AnagraficaNotOnPortal:
        return tr("L'anagrafica è stata creata sul computer e il portale non l'ha ancora ricevuta.");
    case Kind::SlotMissing: return tr("Manca l'allegato obbligatorio «%1».").arg(p.slotTitle);
    case Kind::SlotTooManyFiles: return tr("«%1» accetta al massimo %n file.", nullptr, int(p.limit)).arg(p.slotTitle);
    case Kind::FileTooLarge:
        return tr("Il file %1 è troppo grande per «%2» (massimo %3).").arg(file, p.slotTitle, size(p.limit));
    case Kind::FileTypeNotAccepted: return tr("Il file %1 non è di un tipo accettato da «%2».").arg(file, p.slotTitle);
    case Kind::FileUnreadable: return tr("Il file %1 non si trova più o non si può leggere.").arg(file);
    case Kind::FileChanged: return tr("Il file %1 è cambiato dopo essere stato allegato.").arg(file);
    case Kind::TooManyFiles: return tr("Il portale accetta al massimo %n allegati per pratica.", nullptr, int(p.limit));
    case Kind::SignatureMissing:
        return tr("Questo procedimento chiede la domanda firmata digitalmente: la firma con la carta non è ancora "
                  "disponibile nell'applicazione.");
    }
    return {};
}

QString SubmissionText::fix(const submissions::PreSendProblem& p)
{
    switch (p.kind) {
    case Kind::AnagraficaNotOnPortal:
        return tr("Collegati al portale e attendi che le modifiche in attesa siano inviate.");
    case Kind::SlotMissing: return tr("Allega il file nella scheda «Allegati».");
    case Kind::SlotTooManyFiles: return tr("Togli i file in più.");
    case Kind::FileTooLarge: return tr("Riduci il file (per esempio una scansione a risoluzione più bassa).");
    case Kind::FileTypeNotAccepted: return tr("Allega il documento in uno dei formati indicati per l'allegato.");
    case Kind::FileUnreadable: return tr("Rimetti il file al suo posto oppure toglilo e allegalo di nuovo.");
    case Kind::FileChanged: return tr("Controlla il file, poi toglilo e allegalo di nuovo.");
    case Kind::TooManyFiles: return tr("Unisci alcuni documenti in un solo PDF.");
    case Kind::SignatureMissing: return tr("Puoi inviare comunque: il portale accetta la domanda senza firma.");
    }
    return {};
}

QString SubmissionText::state(const submissions::Submission& s)
{
    switch (s.state) {
    case submissions::Submission::State::Done: return tr("Inviata — CIP %1").arg(s.cip);
    case submissions::Submission::State::Rejected: return tr("Respinta: da correggere");
    case submissions::Submission::State::Pending:
        return s.attempts == 0 ? tr("In invio") : tr("In invio (%n tentativi)", nullptr, s.attempts);
    }
    return {};
}

QString SubmissionText::step(const QString& step)
{
    if (step.startsWith(u"upload:")) {
        return tr("Caricamento di %1").arg(step.mid(7));
    }
    return tr("Invio della domanda");
}

QString SubmissionText::outcome(const QString& outcome)
{
    if (outcome == u"ok") {
        return tr("riuscito");
    }
    if (outcome == u"replayed") {
        return tr("riuscito: il portale aveva già registrato questa domanda e ha risposto con la stessa ricevuta");
    }
    if (outcome == u"host_not_found" || outcome == u"connection_refused" || outcome == u"network_down") {
        return tr("portale non raggiungibile");
    }
    if (outcome == u"timeout") {
        return tr("nessuna risposta in tempo");
    }
    if (outcome == u"unauthorized") {
        return tr("sessione scaduta: accedi di nuovo");
    }
    if (outcome == u"validation_failed") {
        return tr("dati rifiutati dal portale");
    }
    if (outcome.startsWith(u"http_5") || outcome == u"internal_error" || outcome == u"service_unavailable") {
        return tr("errore del portale");
    }
    if (outcome == u"file_changed") {
        return tr("il file è cambiato dopo essere stato allegato");
    }
    return tr("non riuscito (%1)").arg(outcome);
}

QString SubmissionText::rejection(const QByteArray& problem)
{
    const QJsonObject json = QJsonDocument::fromJson(problem).object();
    QStringList lines;
    const QString detail = json.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty()) {
        lines << detail;
    }
    for (const QJsonValue& value : json.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject error = value.toObject();
        lines << QStringLiteral("%1: %2").arg(error.value(QStringLiteral("field")).toString(),
                                              error.value(QStringLiteral("detail")).toString());
    }
    return lines.isEmpty() ? tr("Il portale ha rifiutato la domanda.") : lines.join(QLatin1Char('\n'));
}

} // namespace inlinea::ui
