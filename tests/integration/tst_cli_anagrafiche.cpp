// `inlinea-cli anagrafiche list|show|export|import` against the reference portal, on a session put in the real
// keyring the way the app and `login --cns` do (runs inside tests/support/with-keyring.sh), with the command's
// settings and data in temporary folders. The portal is stopped and restarted to check the local copy and the queue.
#include "app/anagrafiche/AnagraficheApi.h"
#include "app/auth/LoginSuccess.h"
#include "app/auth/TokenStore.h"
#include "app/domain/CodiceFiscale.h"
#include "app/domain/PartitaIva.h"
#include "app/settings/AppSettings.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using anagrafiche::Anagrafica;

namespace {

const QString Compilatore = QStringLiteral("RSSMRA85T10A562S");
// The keyring service of the app and of inlinea-cli.
const QString KeyringService = QStringLiteral("Inlinea Desktop");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // The table's data lines (the header is the first line of the output).
    [[nodiscard]] QList<QByteArray> rows() const
    {
        QList<QByteArray> lines = out.split('\n');
        lines.removeAll(QByteArray());
        if (!lines.isEmpty()) {
            lines.removeFirst();
        }
        return lines;
    }
    [[nodiscard]] QByteArray header() const { return out.left(out.indexOf('\n')); }
};

// A column of a table line, located by the header's titles (in characters: the names are not all ASCII).
QString cell(const Run& run, const QByteArray& line, const QString& title, const QString& nextTitle)
{
    const QString header = QString::fromUtf8(run.header());
    const QString text = QString::fromUtf8(line);
    const qsizetype start = title == QLatin1String("ID") ? 0 : header.indexOf(title);
    const qsizetype end = nextTitle.isEmpty() ? text.size() : header.indexOf(nextTitle);
    return text.mid(start, end - start).trimmed();
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString partitaIva(int companyNumber)
{
    const QString first10 = QStringLiteral("%1").arg(companyNumber, 7, 10, QLatin1Char('0')) + QStringLiteral("015");
    return first10 + QString::number(domain::PartitaIva::checkDigit(first10));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(text.toUtf8());
    return file.fileName();
}

} // namespace

class TestCliAnagrafiche : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PortalFixture> m_portal;
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    int m_sessions = 0;
    QString m_initialRefreshToken;

    Run cli(const QStringList& args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INLINEA_CLI), QStringList{QStringLiteral("anagrafiche")} + args);
        process.waitForFinished(90000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    std::optional<auth::Tokens> keyringTokens()
    {
        auth::TokenStore store(KeyringService);
        std::optional<Result<std::optional<auth::Tokens>, auth::KeyringError>> loaded;
        store.load(m_portal->baseUrl(), this, [&loaded](const auto& r) { loaded = r; });
        (void)QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 15000);
        if (!loaded || !loaded->hasValue()) {
            return std::nullopt;
        }
        return loaded->value();
    }

    // What the portal holds, read with a session of its own (what anyone else would see).
    QList<Anagrafica> onPortal()
    {
        QString why;
        auto other = test::PortalSession::open(
            *m_portal, Compilatore, m_files.filePath(QStringLiteral("other%1.sqlite").arg(++m_sessions)), &why);
        if (!other) {
            qWarning() << why;
            return {};
        }
        std::optional<QList<Anagrafica>> all;
        other->user().anagraficheApi()->all(other->client(),
                                            [&all](const Result<QList<Anagrafica>, portal::PortalError>& r) {
                                                all = r ? r.value() : QList<Anagrafica>();
                                            });
        (void)QTest::qWaitFor([&all] { return all.has_value(); }, 20000);
        return all.value_or(QList<Anagrafica>());
    }

    static QStringList named(const QList<Anagrafica>& list, const QString& name)
    {
        QStringList found;
        for (const Anagrafica& a : list) {
            if (a.displayName() == name) {
                found << a.indirizzo;
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        test::PortalFixture::Options options;
        options.seed = true;
        m_portal = std::make_unique<test::PortalFixture>(options);
        const QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // The session as a login leaves it, except that the access token counts as expired: the first command has
        // to refresh it (and store the rotated tokens, or the next command would be logged out).
        QString issueWhy;
        auto login = auth::LoginSuccess::fromTokenAnswer(
            m_portal->issueTokens(Compilatore, QStringLiteral("cns"), &issueWhy), QStringLiteral("cns"));
        QVERIFY2(login, qPrintable(issueWhy));
        login->tokens.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        auth::TokenStore store(KeyringService);
        std::optional<Status<auth::KeyringError>> saved;
        store.save(m_portal->baseUrl(), login->tokens, this, [&saved](const auto& r) { saved = r; });
        QVERIFY(QTest::qWaitFor([&saved] { return saved.has_value(); }, 15000));
        QVERIFY2(saved->hasValue(), qPrintable(saved->hasValue() ? QString() : saved->error().detail));
        m_initialRefreshToken = login->tokens.refreshToken;

        settings::AppSettings settings(m_config.filePath(QStringLiteral("Inlinea/Inlinea Desktop.conf")));
        settings.setPortalUrl(m_portal->baseUrl());
        settings.setExtraCaFile(m_portal->caFile());
        settings.sync();
    }

    void argumentsAndSessionErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("colour")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
        const Run missing = cli({QStringLiteral("import"), m_files.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(missing.exitCode, 2);

        // Another portal: no session stored for it.
        const Run other = cli({QStringLiteral("list"), QStringLiteral("--portal"),
                               QStringLiteral("https://localhost:%1").arg(test::PortalFixture::freePort())});
        QCOMPARE(other.exitCode, 10);
        QVERIFY2(other.err.contains("not logged in"), other.err.constData());
    }

    void dryRunReadsWhatSpreadsheetsWrite_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray verdi =
            domain::CodiceFiscale::compute(u"Verdi", u"Anna", QDate(1990, 4, 15), domain::Sex::Female, u"F205")
                .value()
                .text()
                .toLatin1();
        QTest::newRow("semicolons, BOM, CRLF, Italian date")
            << "\xEF\xBB\xBFtipo;cognome;nome;sesso;data_nascita;codice_fiscale;indirizzo;comune\r\n"
               "persona_fisica;Verdi;Anna;F;15/04/1990;" +
                   verdi + ";Via Garibaldi 7;Milano\r\n"
            << 0 << QByteArray("summary: 1 rows, 0 invalid, 1 valid (dry run: nothing imported)");
        QTest::newRow("future birth date")
            << "tipo,cognome,nome,data_nascita,codice_fiscale,indirizzo,comune\n"
               "persona_fisica,Verdi,Anna,2999-01-01," +
                   verdi + ",Via Garibaldi 7,Milano\n"
            << 8 << QByteArray("row 2: data_nascita: future_date (day 1, month 1, year 2999)");
        QTest::newRow("birth date and sex against the codice fiscale")
            << "tipo,cognome,nome,sesso,data_nascita,codice_fiscale,indirizzo,comune\n"
               "persona_fisica,Verdi,Anna,M,1990-04-15," +
                   verdi + ",Via Garibaldi 7,Milano\n"
            << 8 << QByteArray("row 2: codice_fiscale: mismatch (part sex, found F, expected M)");
        QTest::newRow("a character that cannot be there")
            << QByteArray("tipo,cognome,nome,codice_fiscale,indirizzo,comune\n"
                          "persona_fisica,Rossi,Mario,RSSMRA85T1OA562S,Via Po 3,Torino\n")
            << 8
            << QByteArray(
                   "row 2: codice_fiscale: invalid_character (position 11, found O, expected digit_or_omocode_letter)");
        QTest::newRow("a company's codice fiscale has 11 digits")
            << QByteArray(
                   "tipo,denominazione,codice_fiscale,partita_iva,indirizzo,comune,pec\n"
                   "persona_giuridica,Acme S.r.l.,RSSMRA85T10A562S,00743110157,Via Po 3,Torino,a@pec.example.it\n")
            << 8 << QByteArray("row 2: codice_fiscale: length (found 16, expected 11)");
        QTest::newRow("malformed PEC")
            << QByteArray("tipo,denominazione,codice_fiscale,indirizzo,comune,pec\n"
                          "ente,Comune di Prova,00743110157,Piazza Municipio 1,Rho,protocollo@@pec.example.it\n")
            << 8 << QByteArray("row 2: pec: invalid_format (reason multiple_at");
        QTest::newRow("unknown tipo")
            << QByteArray("tipo,denominazione\nassociazione,Amici del Naviglio\n") << 8
            << QByteArray("row 2: tipo: invalid_format (expected one of persona_fisica, persona_giuridica, ente, "
                          "professionista)");
        QTest::newRow("a record one field short")
            << QByteArray("tipo,denominazione,indirizzo,comune\nente,Comune di Prova,Piazza Municipio 1\n") << 8
            << QByteArray("row 2: field_count (found 3, expected 4)");
        QTest::newRow("blank lines keep the spreadsheet's numbering")
            << QByteArray("tipo,denominazione,indirizzo,comune\n\nente,Comune di Prova,Piazza Municipio 1,Rho\n") << 8
            << QByteArray("row 3: codice_fiscale: required");
        QTest::newRow("JSON value that is not text")
            << QByteArray("[{\"tipo\": \"ente\", \"denominazione\": \"Comune di Prova\", \"codice_fiscale\": "
                          "\"00743110157\", \"indirizzo\": \"Piazza Municipio 1\", \"comune\": \"Rho\", \"pec\": "
                          "\"protocollo@pec.example.it\", \"cap\": 20017}]")
            << 8 << QByteArray("item 1: cap: invalid_format (expected text)");
        QTest::newRow("misspelt column") << QByteArray("tipo,codice fiscale\nente,00743110157\n") << 2
                                         << QByteArray("unknown column \"codice fiscale\"");
        QTest::newRow("no tipo column") << QByteArray("denominazione\nComune di Prova\n") << 2
                                        << QByteArray("no \"tipo\" column");
        QTest::newRow("quote never closed") << QByteArray("tipo,denominazione\nente,\"Comune di Prova\n") << 2
                                            << QByteArray("line 2: a quoted field is never closed");
        QTest::newRow("not UTF-8") << QByteArray("tipo,denominazione\nente,Citt\xE0 di Prova\n") << 2
                                   << QByteArray("not UTF-8");
    }

    // Only the file is read: no session, no portal.
    void dryRunReadsWhatSpreadsheetsWrite()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        QFile file(m_files.filePath(QStringLiteral("dry-run.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const Run r = cli({QStringLiteral("import"), file.fileName(), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == exitCode, r.out + r.err);
        QVERIFY2((r.out + r.err).contains(expected), r.out + r.err);
    }

    void listShowsTheSeededAnagrafiche()
    {
        const Run r = cli({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("unreachable"), r.err.constData());
        for (const char* title :
             {"ID", "ANAGRAFICA", "SEDE LEGALE / RESIDENZA", "CODICE FISCALE / PARTITA IVA", "DOMANDE"}) {
            QVERIFY2(r.header().contains(title), r.header().constData());
        }
        const QList<QByteArray> rows = r.rows();
        QCOMPARE(rows.size(), 25);
        int watched = 0;
        bool brambilla = false;
        for (const QByteArray& row : rows) {
            watched += cell(r, row, "W", "ANAGRAFICA") == "*" ? 1 : 0;
            if (cell(r, row, "ANAGRAFICA", "SEDE LEGALE") == "Officine Meccaniche Brambilla S.r.l.") {
                brambilla = true;
                QVERIFY(cell(r, row, "SEDE LEGALE", "CODICE FISCALE").startsWith("Viale Italia 412, "));
                QVERIFY(cell(r, row, "ID", "W").toLongLong() > 0);
            }
        }
        QCOMPARE(watched, 3);
        QVERIFY(brambilla);

        // The expired access token was refreshed and the rotated tokens went back to the keyring.
        const auto tokens = keyringTokens();
        QVERIFY(tokens);
        QVERIFY(tokens->refreshToken != m_initialRefreshToken);
        QVERIFY(tokens->accessExpiresAt > QDateTime::currentDateTimeUtc());
    }

    void searchAndSort()
    {
        Run r = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("brambilla")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.rows().size(), 1);
        QVERIFY(r.rows().first().contains("Officine Meccaniche Brambilla S.r.l."));

        // The comune counts too: a company and a professional in Cinisello Balsamo.
        r = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("cinisello")});
        QCOMPARE(r.rows().size(), 2);

        r = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("nessuna anagrafica così")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.rows().size(), 0);

        r = cli({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("name")});
        QCOMPARE(cell(r, r.rows().first(), "ANAGRAFICA", "SEDE LEGALE"),
                 QStringLiteral("Azienda Speciale Servizi Ambientali Martesana"));
        r = cli({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("name"), QStringLiteral("--desc")});
        QCOMPARE(cell(r, r.rows().first(), "ANAGRAFICA", "SEDE LEGALE"), QStringLiteral("Villa Marco"));

        r = cli(
            {QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("domande"), QStringLiteral("--desc")});
        QCOMPARE(r.rows().size(), 25);
        int previous = std::numeric_limits<int>::max();
        for (const QByteArray& row : r.rows()) {
            const int domande = cell(r, row, "DOMANDE", {}).toInt();
            QVERIFY(domande <= previous);
            previous = domande;
        }
        QVERIFY(cell(r, r.rows().first(), "DOMANDE", {}).toInt() > 0);
    }

    void showPrintsEveryField()
    {
        Run r = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("brambilla")});
        const QByteArray id = cell(r, r.rows().first(), "ID", "W").toLatin1();

        r = cli({QStringLiteral("show"), QString::fromLatin1(id)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.contains("id: " + id));
        QVERIFY(lines.contains("tipo: persona_giuridica"));
        QVERIFY(lines.contains("denominazione: Officine Meccaniche Brambilla S.r.l."));
        QVERIFY(lines.contains("cognome:"));
        QVERIFY(lines.contains("legale_rappresentante_cognome: Brambilla"));
        QVERIFY(lines.contains("watched: yes"));
        for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
            const QByteArray key = QByteArray(field.key) + ':';
            QVERIFY2(std::any_of(lines.begin(), lines.end(), [&key](const QByteArray& l) { return l.startsWith(key); }),
                     key.constData());
        }

        r = cli({QStringLiteral("show"), QString::fromLatin1(id), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("id")).toInteger(), id.toLongLong());
        QVERIFY(json.value(QStringLiteral("pec")).toString().endsWith(QStringLiteral("@pec.example.it")));

        r = cli({QStringLiteral("show"), QStringLiteral("987654")});
        QCOMPARE(r.exitCode, 11);
    }

    void exportJsonAndCsvRoundTrip()
    {
        const QString jsonFile = m_files.filePath(QStringLiteral("all.json"));
        const QString csvFile = m_files.filePath(QStringLiteral("all.csv"));
        Run r = cli({QStringLiteral("export"), QStringLiteral("--json"), QStringLiteral("--output"), jsonFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile json(jsonFile);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(items.size(), 25);

        r = cli({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("--output"), csvFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvData = csv.readAll();

        // The CSV is the JSON's id, tipo and text fields, in the same order, quoted as RFC 4180 says.
        QStringList keys{QStringLiteral("id"), QStringLiteral("tipo")};
        for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
            keys << QLatin1String(field.key);
        }
        QString expected = keys.join(u',') + QStringLiteral("\r\n");
        for (const QJsonValue& item : items) {
            QStringList fields;
            for (const QString& key : keys) {
                const QJsonValue v = item.toObject().value(key);
                fields << csvField(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
            }
            expected += fields.join(u',') + QStringLiteral("\r\n");
        }
        QCOMPARE(QString::fromUtf8(csvData), expected);
        QVERIFY(csvData.contains("\"Galvanica Olona S.n.c. di Colombo & C.\"") ||
                csvData.contains(",Galvanica Olona S.n.c. di Colombo & C.,"));
        QVERIFY(csvData.contains("\"Via Vittorio Emanuele II 141\"") || csvData.contains("Via Vittorio Emanuele II"));

        // To standard output, the same bytes.
        r = cli({QStringLiteral("export"), QStringLiteral("--csv")});
        QCOMPARE(r.out, csvData);

        // Both files read back as 25 valid rows.
        r = cli({QStringLiteral("import"), csvFile, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("summary: 25 rows, 0 invalid, 25 valid (dry run: nothing imported)"),
                 r.out.constData());
        r = cli({QStringLiteral("import"), jsonFile, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("summary: 25 rows, 0 invalid, 25 valid (dry run: nothing imported)"),
                 r.out.constData());
        QCOMPARE(onPortal().size(), 25);
    }

    void importReportsEachBadRowAndCreatesOnlyTheGoodOnes()
    {
        const QString verdi =
            domain::CodiceFiscale::compute(u"Verdi", u"Anna", QDate(1990, 4, 15), domain::Sex::Female, u"F205")
                .value()
                .text();
        const QStringList lines{
            QStringLiteral("tipo,denominazione,cognome,nome,sesso,data_nascita,codice_fiscale,partita_iva,indirizzo,"
                           "comune,cap,provincia,pec,telefono"),
            // 2: good, with a separator and quotes inside a quoted field
            QStringLiteral("persona_giuridica,Import Uno S.r.l.,,,,,%1,%1,\"Via Roma 1, scala \"\"B\"\"\",Milano,20121,"
                           "MI,import.uno@pec.example.it,")
                .arg(partitaIva(7770001)),
            // 3: the check letter should be S
            QStringLiteral("persona_fisica,,Rossi,Mario,M,1985-12-10,RSSMRA85T10A562X,,Via Po 3,Torino,10121,TO,,"),
            // 4: good (lower-case province stored upper case)
            QStringLiteral("persona_fisica,,Verdi,Anna,F,1990-04-15,%1,,Via Garibaldi 7,Milano,20121,mi,,").arg(verdi),
            // 5: two bad fields
            QStringLiteral("ente,Comune di Prova,,,,,%1,,Piazza Municipio 1,Rho,2012,XX,protocollo@pec.example.it,")
                .arg(partitaIva(7770002)),
            // 6: no tipo
            QStringLiteral(",Senza Tipo S.r.l.,,,,,%1,%1,Via X 1,Milano,,,senza.tipo@pec.example.it,")
                .arg(partitaIva(7770003)),
            // 7: Mario Rossi's code for a Mario Bianchi
            QStringLiteral("persona_fisica,,Bianchi,Mario,M,1985-12-10,RSSMRA85T10A562S,,Via Po 5,Torino,,,,"),
            // 8: valid here, refused by the portal (its limit on free text)
            QStringLiteral(
                "persona_giuridica,Troppo Lungo S.r.l.,,,,,%1,%1,Via Lunga 1,Milano,,,lungo@pec.example.it,%2")
                .arg(partitaIva(7770004), QString(250, u'1')),
            // 9: a company needs its PEC
            QStringLiteral("persona_giuridica,Senza Pec S.r.l.,,,,,%1,%1,Via Corta 2,Milano,,,,")
                .arg(partitaIva(7770005)),
        };
        const QString file = writeFile(m_files, QStringLiteral("mixed.csv"), lines.join(QStringLiteral("\n")) + u'\n');

        Run r = cli({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.out.contains("summary: 8 rows, 5 invalid, 3 valid (dry run: nothing imported)"), r.out.constData());

        r = cli({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 8, r.out + r.err);
        const QList<QByteArray> report = r.out.split('\n');
        for (const char* expected : {
                 "row 3: codice_fiscale: check_character (expected S)",
                 "row 5: cap: length (found 4, expected 5)",
                 "row 5: provincia: unknown_province (found XX)",
                 "row 6: tipo: required",
                 "row 7: codice_fiscale: mismatch (part surname, found RSS, expected BNC)",
                 "row 9: pec: required",
                 "summary: 8 rows, 5 invalid, 2 accepted, 0 waiting, 1 rejected",
             }) {
            QVERIFY2(report.contains(expected), qPrintable(QString::fromUtf8(r.out) + QStringLiteral("\nmissing: ") +
                                                           QString::fromUtf8(expected)));
        }
        QVERIFY2(std::any_of(report.begin(), report.end(),
                             [](const QByteArray& l) { return l.startsWith("row 8: telefono: length (portal: "); }),
                 r.out.constData());
        QVERIFY2(!r.out.contains("row 2:") && !r.out.contains("row 4:"), r.out.constData());

        const QList<Anagrafica> portal = onPortal();
        QCOMPARE(portal.size(), 27);
        QCOMPARE(named(portal, QStringLiteral("Import Uno S.r.l.")),
                 QStringList{QStringLiteral("Via Roma 1, scala \"B\"")});
        QCOMPARE(named(portal, QStringLiteral("Verdi Anna")).size(), 1);
        QVERIFY(named(portal, QStringLiteral("Troppo Lungo S.r.l.")).isEmpty());
        for (const Anagrafica& a : portal) {
            if (a.displayName() == QLatin1String("Verdi Anna")) {
                QCOMPARE(a.provincia, QStringLiteral("MI"));
                QCOMPARE(a.codiceFiscale, verdi);
            }
        }

        // The refused row is not kept in the local copy: nothing is left waiting.
        r = cli({QStringLiteral("list")});
        QCOMPARE(r.rows().size(), 27);
        QVERIFY2(!r.err.contains("not yet accepted"), r.err.constData());
    }

    void withThePortalStoppedTheLocalCopyAndTheQueueWork()
    {
        m_portal->stop();
        Run r = cli({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("portal unreachable: showing the local copy of "), r.err.constData());
        QCOMPARE(r.rows().size(), 27);

        r = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("import uno")});
        QCOMPARE(r.rows().size(), 1);

        const QString file = writeFile(
            m_files, QStringLiteral("offline.csv"),
            QStringLiteral("tipo,denominazione,codice_fiscale,partita_iva,indirizzo,comune,pec\r\n"
                           "persona_giuridica,Coda Offline S.r.l.,%1,%1,Via Attesa 9,Rho,coda@pec.example.it\r\n")
                .arg(partitaIva(7770006)));
        r = cli({QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 9, r.out + r.err);
        QVERIFY2(r.out.contains("summary: 1 rows, 0 invalid, 0 accepted, 1 waiting, 0 rejected"), r.out.constData());
        QVERIFY2(r.err.contains("portal unreachable: 1 row queued"), r.err.constData());

        r = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("coda offline")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.rows().size(), 1);
        QCOMPARE(cell(r, r.rows().first(), "W", "ANAGRAFICA"), QStringLiteral("~"));
        QVERIFY(cell(r, r.rows().first(), "ID", "W").toLongLong() < 0);
        QVERIFY2(r.err.contains("1 change not yet accepted by the portal"), r.err.constData());

        const QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        r = cli({QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("unreachable") && !r.err.contains("not yet accepted"), r.err.constData());
        QCOMPARE(r.rows().size(), 28);
        r = cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("coda offline")});
        QCOMPARE(r.rows().size(), 1);
        QVERIFY(cell(r, r.rows().first(), "W", "ANAGRAFICA").isEmpty());
        QVERIFY(cell(r, r.rows().first(), "ID", "W").toLongLong() > 0);
        QCOMPARE(named(onPortal(), QStringLiteral("Coda Offline S.r.l.")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliAnagrafiche)
#include "tst_cli_anagrafiche.moc"
