// The compiled form and the submission receipt as PDF, read back with poppler's pdftotext and pdfinfo.
#include "app/forms/FormData.h"
#include "app/procedimenti/Procedimento.h"
#include "ui/pdf/FormPdf.h"
#include "ui/pdf/ReceiptPdf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using forms::FormData;
using procedimenti::FormDefinition;
using ui::FormPdf;
using ui::PdfError;
using ui::ReceiptPdf;

namespace {

const QString kAttachmentSha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kBodySha = QStringLiteral("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");

FormDefinition definition(const QString& code)
{
    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/") + code + ".json");
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return FormDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

// pdftotext -layout: one string, lines as laid out on the page.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return -1;
    }
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The PDFs stay where INLINEA_PDF_OUT says, to look at them.
void keep(const QString& path)
{
    const QString out = qEnvironmentVariable("INLINEA_PDF_OUT");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        const QString target = QDir(out).filePath(QFileInfo(path).fileName());
        QFile::remove(target);
        QFile::copy(path, target);
    }
}

QJsonObject auaData()
{
    FormData data;
    const auto set = [&data](const char* pointer, const QJsonValue& value) {
        QVERIFY2(data.setValue(QString::fromLatin1(pointer), value), pointer);
    };
    set("/dichiarante/cognome", QStringLiteral("Rossi"));
    set("/dichiarante/nome", QStringLiteral("Mario"));
    set("/dichiarante/codice_fiscale", QStringLiteral("RSSMRA85T10A562S"));
    set("/dichiarante/data_nascita", QStringLiteral("1985-12-10"));
    set("/dichiarante/comune_nascita", QStringLiteral("Bergamo"));
    set("/dichiarante/qualifica", QStringLiteral("legale_rappresentante"));
    set("/dichiarante/pec", QStringLiteral("mario.rossi@pec.example.it"));
    set("/gestore/ragione_sociale", QStringLiteral("Officine Meccaniche Rossi S.r.l."));
    set("/gestore/forma_giuridica", QStringLiteral("ditta_individuale"));
    set("/gestore/codice_fiscale", QStringLiteral("01234567890"));
    set("/gestore/partita_iva", QStringLiteral("01234567890"));
    set("/gestore/sede_indirizzo", QStringLiteral("Via dei Mille"));
    set("/gestore/sede_civico", QStringLiteral("12/B"));
    set("/gestore/sede_comune", QStringLiteral("Treviglio"));
    set("/gestore/sede_cap", QStringLiteral("24047"));
    set("/gestore/sede_provincia", QStringLiteral("BG"));
    set("/stabilimento/denominazione", QStringLiteral("Stabilimento di via Bergamo"));
    set("/stabilimento/comune", QStringLiteral("Treviglio"));
    set("/stabilimento/superficie_totale", 1250.5);
    set("/stabilimento/numero_addetti", 37);
    set("/stabilimento/turni", 2);
    set("/stabilimento/data_inizio_attivita", QStringLiteral("2004-03-01"));
    set("/stabilimento/vincolo_paesaggistico", false);
    set("/attivita/tipo_istanza", QStringLiteral("rinnovo"));
    set("/attivita/ateco", QStringLiteral("25.62.00"));
    // A long value, to wrap inside its cell.
    set("/attivita/ciclo_produttivo",
        QStringLiteral("Taglio laser delle lamiere, piegatura, saldatura a filo continuo, sgrassaggio in vasca "
                       "chiusa, verniciatura a polvere in cabina con filtri a secco e forno di polimerizzazione "
                       "a metano; collaudo e imballaggio nel reparto spedizioni."));
    set("/attivita/materie_prime/0/denominazione", QStringLiteral("Lamiera di acciaio"));
    set("/attivita/materie_prime/0/stato_fisico", QStringLiteral("solido"));
    set("/attivita/materie_prime/0/quantita_anno", 420);
    set("/attivita/materie_prime/1/denominazione", QStringLiteral("Vernice in polvere"));
    set("/attivita/materie_prime/1/quantita_anno", 12.75);
    set("/titoli/scarichi", true);
    set("/titoli/emissioni", false);
    set("/titoli/rumore", false);
    set("/scarichi/recettore", QStringLiteral("pubblica_fognatura"));
    set("/scarichi/volume_prelevato", 3800);
    set("/scarichi/punti_scarico/0/sigla", QStringLiteral("S1"));
    set("/scarichi/punti_scarico/0/tipologia", QStringLiteral("domestico_assimilato"));
    set("/scarichi/punti_scarico/0/portata_media", 0.8);
    set("/scarichi/parametri/ph", 7.2);
    set("/bollo/modalita", QStringLiteral("pagopa"));
    set("/bollo/oneri_istruttori", 150);
    set("/dichiarazioni/dpr445", true);
    set("/dichiarazioni/veridicita", true);
    return data.data();
}

QJsonObject emissioniData(bool convogliate)
{
    FormData data;
    data.setValue(QStringLiteral("/dichiarante/cognome"), QStringLiteral("Bianchi"));
    data.setValue(QStringLiteral("/dichiarante/nome"), QStringLiteral("Laura"));
    data.setValue(QStringLiteral("/emissioni/convogliate"), convogliate);
    data.setValue(QStringLiteral("/emissioni/diffuse"), false);
    data.setValue(QStringLiteral("/emissioni/convogliate_dati/numero_camini"), 2);
    data.setValue(QStringLiteral("/emissioni/convogliate_dati/camini/0/sigla"), QStringLiteral("E1"));
    data.setValue(QStringLiteral("/emissioni/convogliate_dati/camini/0/altezza"), 12.5);
    data.setValue(QStringLiteral("/emissioni/convogliate_dati/camini/0/portata"), 4500);
    data.setValue(QStringLiteral("/emissioni/convogliate_dati/camini/1/sigla"), QStringLiteral("E2"));
    data.setValue(QStringLiteral("/emissioni/convogliate_dati/camini/1/altezza"), 9);
    data.setValue(QStringLiteral("/emissioni/convogliate_dati/camini/1/temperatura"), 45);
    return data.data();
}

FormPdf::Input formInput(const QString& code, const QJsonObject& data)
{
    FormPdf::Input input;
    input.definition = definition(code);
    input.data = data;
    input.anagraficaName = QStringLiteral("Officine Meccaniche Rossi S.r.l.");
    input.anagraficaCode = QStringLiteral("01234567890");
    input.draftTitle = QStringLiteral("Rinnovo AUA stabilimento di Treviglio");
    input.attachments = {
        {QStringLiteral("Relazione tecnica generale"), QStringLiteral("relazione-tecnica-2026.pdf.p7m"), 1234567,
         kAttachmentSha},
        {QStringLiteral("Planimetria dello stabilimento"), QStringLiteral("planimetria.pdf"), 845, kBodySha},
    };
    input.generatedAt = QDateTime(QDate(2026, 12, 2), QTime(10, 30));
    return input;
}

} // namespace

class TestFormPdf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        }
        QVERIFY(m_dir.isValid());
    }

    void auaDraft()
    {
        const QJsonObject data = auaData();
        const QString path = m_dir.filePath(QStringLiteral("aua-2.pdf"));
        const auto written = FormPdf::write(formInput(QStringLiteral("AUA-2"), data), path);
        QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error().detail));
        keep(path);
        QVERIFY(pdfPages(path) >= 2);
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());

        // Header.
        for (const QString& expected :
             {QStringLiteral("Autorizzazione Unica Ambientale (AUA)"), QStringLiteral("Procedimento AUA · versione 2"),
              QStringLiteral("Officine Meccaniche Rossi S.r.l."), QStringLiteral("01234567890"),
              QStringLiteral("Rinnovo AUA stabilimento di Treviglio"), QStringLiteral("Bozza"),
              QStringLiteral("02/12/2026 alle 10:30")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY(!text.contains(QStringLiteral("CIP")));
        // Labels and values as the editor shows them.
        for (const QString& expected : {QStringLiteral("Dichiarante"),
                                        QStringLiteral("Cognome"),
                                        QStringLiteral("Rossi"),
                                        QStringLiteral("Data di nascita"),
                                        QStringLiteral("10/12/1985"),
                                        QStringLiteral("In qualità di"),
                                        QStringLiteral("Legale rappresentante"),
                                        QStringLiteral("Ditta individuale"),
                                        QStringLiteral("RSSMRA85T10A562S"),
                                        QStringLiteral("Superficie totale"),
                                        QStringLiteral("1250,5 m²"),
                                        QStringLiteral("Numero di addetti"),
                                        QStringLiteral("37"),
                                        QStringLiteral("01/03/2004"),
                                        QStringLiteral("Rinnovo"),
                                        QStringLiteral("Materia prima 1"),
                                        QStringLiteral("Materia prima 2"),
                                        QStringLiteral("Lamiera di acciaio"),
                                        QStringLiteral("420 t/anno"),
                                        QStringLiteral("12,75 t/anno"),
                                        QStringLiteral("Pubblica fognatura"),
                                        QStringLiteral("3800 m³/anno"),
                                        QStringLiteral("0,8 m³/h"),
                                        QStringLiteral("7,2"),
                                        QStringLiteral("Pagopa"),
                                        QStringLiteral("150 EUR"),
                                        QStringLiteral("Sì"),
                                        QStringLiteral("No"),
                                        QStringLiteral("—"),
                                        QStringLiteral("polimerizzazione")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // Hidden conditional sections (emissioni and rumore are not asked for).
        for (const QString& hidden : {QStringLiteral("Consumo di solventi"), QStringLiteral("Tecnico competente"),
                                      QStringLiteral("Camino 1"), QStringLiteral("Classe acustica")}) {
            QVERIFY2(!text.contains(hidden), qPrintable(hidden));
        }
        // Attachments and fingerprints, each on one line.
        QVERIFY(text.contains(QStringLiteral("relazione-tecnica-2026.pdf.p7m")));
        QVERIFY(text.contains(QStringLiteral("1,2 MB (1.234.567 byte)")));
        QVERIFY(text.contains(QStringLiteral("845 byte")));
        QVERIFY(text.contains(kAttachmentSha));
        const QString dataHash = FormPdf::dataSha256(data);
        QCOMPARE(dataHash,
                 QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(data).toJson(QJsonDocument::Compact),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        QVERIFY(text.contains(dataHash));
        QVERIFY(text.contains(QStringLiteral("Pagina 1 di %1").arg(pdfPages(path))));
    }

    void emissioniWithCamini()
    {
        FormPdf::Input input = formInput(QStringLiteral("EMISSIONI_272-1"), emissioniData(true));
        input.cip = QStringLiteral("RI01390J");
        const QString path = m_dir.filePath(QStringLiteral("emissioni-272.pdf"));
        QVERIFY(FormPdf::write(input, path).hasValue());
        keep(path);
        const QString text = pdfText(path);
        for (const QString& expected :
             {QStringLiteral("Inviata"), QStringLiteral("CIP RI01390J"), QStringLiteral("Emissioni convogliate"),
              QStringLiteral("Punti di emissione (camini)"), QStringLiteral("Camino 1"), QStringLiteral("Camino 2"),
              QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("12,5 m"), QStringLiteral("4500 Nm³/h"),
              QStringLiteral("45 °C"), QStringLiteral("Sigla del punto di emissione"),
              FormPdf::dataSha256(input.data)}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY(!text.contains(QStringLiteral("Bozza")));
        QVERIFY(!text.contains(QStringLiteral("Camino 3")));
    }

    void emissioniWithoutCamini()
    {
        const QString path = m_dir.filePath(QStringLiteral("emissioni-272-diffuse.pdf"));
        QVERIFY(FormPdf::write(formInput(QStringLiteral("EMISSIONI_272-1"), emissioniData(false)), path).hasValue());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Sono presenti emissioni diffuse")));
        for (const QString& hidden : {QStringLiteral("Emissioni convogliate"), QStringLiteral("Camino 1"),
                                      QStringLiteral("Sigla del punto di emissione"), QStringLiteral("E1")}) {
            QVERIFY2(!text.contains(hidden), qPrintable(hidden));
        }
    }

    void formToUnwritablePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/form.pdf"));
        const auto written = FormPdf::write(formInput(QStringLiteral("AUA-2"), {}), path);
        QVERIFY(!written.hasValue());
        QCOMPARE(written.error().kind, PdfError::Kind::Unwritable);
        QVERIFY(!written.error().detail.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void receipt()
    {
        const QJsonObject receipt{
            {QStringLiteral("cip"), QStringLiteral("RI01390J")},
            {QStringLiteral("protocollo"), QStringLiteral("2026/000123")},
            {QStringLiteral("procedimento"), QStringLiteral("AUA")},
            {QStringLiteral("version"), QStringLiteral("2")},
            {QStringLiteral("titolo"), QStringLiteral("Autorizzazione unica ambientale")},
            {QStringLiteral("anagrafica_id"), 7},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-02T21:37:15Z")},
            {QStringLiteral("body_sha256"), kBodySha},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("slot"), QStringLiteral("relazione_tecnica")},
                                    {QStringLiteral("upload_id"), QStringLiteral("u-1")},
                                    {QStringLiteral("filename"), QStringLiteral("relazione-tecnica-2026.pdf.p7m")},
                                    {QStringLiteral("size"), 1234567},
                                    {QStringLiteral("sha256"), kAttachmentSha}},
                        QJsonObject{{QStringLiteral("slot"), QStringLiteral("slot_sconosciuto")},
                                    {QStringLiteral("upload_id"), QStringLiteral("u-2")},
                                    {QStringLiteral("filename"), QStringLiteral("altro.pdf")},
                                    {QStringLiteral("size"), 512},
                                    {QStringLiteral("sha256"), kBodySha}}}},
        };
        ReceiptPdf::Input input{receipt, QStringLiteral("Officine Meccaniche Rossi S.r.l."),
                                QStringLiteral("01234567890"),
                                ReceiptPdf::slotTitles(definition(QStringLiteral("AUA-2")))};
        const QString path = m_dir.filePath(QStringLiteral("ricevuta.pdf"));
        const auto written = ReceiptPdf::write(input, path);
        QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error().detail));
        keep(path);
        QCOMPARE(pdfPages(path), 1);
        const QString text = pdfText(path);
        const QDateTime at = QDateTime(QDate(2026, 12, 2), QTime(21, 37, 15), Qt::UTC).toLocalTime();
        for (const QString& expected :
             {QStringLiteral("Ricevuta di invio"), QStringLiteral("RI01390J"), QStringLiteral("2026/000123"),
              at.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(" alle ") +
                  at.toString(QStringLiteral("HH:mm:ss")),
              QStringLiteral("Autorizzazione unica ambientale"), QStringLiteral("Codice AUA · versione 2"),
              QStringLiteral("Officine Meccaniche Rossi S.r.l."), QStringLiteral("01234567890"),
              QStringLiteral("Relazione tecnica generale"), QStringLiteral("relazione-tecnica-2026.pdf.p7m"),
              QStringLiteral("1,2 MB (1.234.567 byte)"), QStringLiteral("slot_sconosciuto"), QStringLiteral("512 byte"),
              kAttachmentSha, kBodySha, QStringLiteral("identifica la pratica")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }

        const auto refused = ReceiptPdf::write(input, m_dir.filePath(QStringLiteral("missing-folder/ricevuta.pdf")));
        QVERIFY(!refused.hasValue());
        QCOMPARE(refused.error().kind, PdfError::Kind::Unwritable);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFormPdf)
#include "tst_formpdf.moc"
