// `inlinea-cli drafts list|export|import` on the local database of the last user of the configured portal, with
// the command's settings and data in temporary folders. No portal and no keyring: the commands work offline.
#include "app/drafts/DraftStore.h"
#include "app/settings/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;

namespace {

const QString Portal = QStringLiteral("https://portale.example.test");
const QString Host = QStringLiteral("portale.example.test");
const QString User = QStringLiteral("RSSMRA85T10A562S");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QList<QByteArray> lines() const
    {
        QList<QByteArray> all = out.split('\n');
        all.removeAll(QByteArray());
        return all;
    }
};

} // namespace

class TestCliDrafts : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    QString m_older;
    QString m_newer;

    Run cli(const QStringList& args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        // Must not be needed: no portal, no keyring.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INLINEA_CLI), QStringList{QStringLiteral("drafts")} + args);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    [[nodiscard]] std::unique_ptr<store::LocalDatabase> database() const
    {
        return store::LocalDatabase::open(store::LocalDatabase::defaultPath(Host, User)).value();
    }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_data.isValid() && m_files.isValid());
        // The same locations and names as inlinea-cli, so defaultPath() here is the command's.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Inlinea"));
        QCoreApplication::setApplicationName(QStringLiteral("Inlinea Desktop"));

        settings::AppSettings settings(m_config.filePath(QStringLiteral("Inlinea/Inlinea Desktop.conf")));
        settings.setPortalUrl(QUrl(Portal));
        settings.setLastUser(Host, User);
        settings.sync();

        auto db = database();
        drafts::DraftStore store(*db);
        m_older = store
                      .create(11, QStringLiteral("SCIA"), QStringLiteral("2.1"), QStringLiteral("Apertura bar"),
                              QJsonObject{{QStringLiteral("insegna"), QStringLiteral("Bar Àurora")}})
                      .value()
                      .id;
        QTest::qWait(5);
        m_newer = store.create(12, QStringLiteral("CILA"), QStringLiteral("1.0"), QStringLiteral("Bagno")).value().id;
    }

    void listsNewestFirst()
    {
        const Run run = cli({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const auto lines = run.lines();
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("ID"));
        QVERIFY(lines[0].contains("PROCEDIMENTO") && lines[0].contains("TITLE"));
        QVERIFY(lines[1].startsWith(m_newer.toUtf8()));
        QVERIFY(lines[1].contains("CILA") && lines[1].contains("Bagno"));
        QVERIFY(lines[2].startsWith(m_older.toUtf8()));
        QVERIFY(lines[2].contains("SCIA") && lines[2].contains("2.1") && lines[2].contains("Apertura bar"));
    }

    void listsPerAnagrafica()
    {
        const Run run = cli({QStringLiteral("list"), QStringLiteral("--anagrafica"), QStringLiteral("11")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 2);
        QVERIFY(run.lines()[1].startsWith(m_older.toUtf8()));
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--anagrafica"), QStringLiteral("x")}).exitCode, 2);
    }

    void exportsAndImports()
    {
        const Run toStdout = cli({QStringLiteral("export"), m_older});
        QCOMPARE(toStdout.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(toStdout.out).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("inlinea-draft"));
        QCOMPARE(document.value(QStringLiteral("procedimento")).toString(), QStringLiteral("SCIA"));
        QCOMPARE(document.value(QStringLiteral("data")).toObject().value(QStringLiteral("insegna")).toString(),
                 QStringLiteral("Bar Àurora"));

        const QString file = m_files.filePath(QStringLiteral("bar.json"));
        const Run toFile = cli({QStringLiteral("export"), m_older, QStringLiteral("--output"), file});
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(), document);

        const Run imported = cli({QStringLiteral("import"), file});
        QCOMPARE(imported.exitCode, 0);
        const QString newId = QString::fromUtf8(imported.out.trimmed());
        QVERIFY(!newId.isEmpty() && newId != m_older);
        QVERIFY(imported.err.contains("imported draft"));

        auto db = database();
        drafts::DraftStore store(*db);
        const auto copy = store.load(newId);
        QVERIFY(copy);
        QCOMPARE(copy->title, QStringLiteral("Apertura bar"));
        QCOMPARE(copy->anagraficaId, 11);
        QCOMPARE(copy->data.value(QStringLiteral("insegna")).toString(), QStringLiteral("Bar Àurora"));
        QCOMPARE(cli({QStringLiteral("list")}).lines().size(), 4);
        QVERIFY(store.remove(newId));
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown draft") << "unknown" << 11 << QByteArray("no such draft");
        QTest::newRow("changed file") << "tampered" << 13 << QByteArray("checksum mismatch");
        QTest::newRow("other JSON") << "other" << 13 << QByteArray("not an Inlinea draft file");
        QTest::newRow("newer format") << "version" << 13 << QByteArray("unsupported draft file version");
        QTest::newRow("missing file") << "missing" << 2 << QByteArray("cannot read the file");
        QTest::newRow("unwritable output") << "unwritable" << 2 << QByteArray("cannot write the file");
        QTest::newRow("no subcommand") << "nosub" << 2 << QByteArray("usage:");
        QTest::newRow("unknown subcommand") << "badsub" << 2 << QByteArray("usage:");
        QTest::newRow("portal never used") << "otherportal" << 10 << QByteArray("no local data for other.example.test");
    }

    void reportsErrors()
    {
        QFETCH(QString, case_);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const auto exportedJson = [this] {
            return QJsonDocument::fromJson(cli({QStringLiteral("export"), m_newer}).out).object();
        };
        QStringList args;
        if (case_ == QLatin1String("unknown")) {
            args = {QStringLiteral("export"), QStringLiteral("00000000-0000-0000-0000-000000000000")};
        } else if (case_ == QLatin1String("tampered")) {
            QJsonObject doc = exportedJson();
            doc.insert(QStringLiteral("title"), QStringLiteral("changed"));
            args = {QStringLiteral("import"), writeFile(QStringLiteral("t.json"), QJsonDocument(doc).toJson())};
        } else if (case_ == QLatin1String("other")) {
            args = {QStringLiteral("import"), writeFile(QStringLiteral("o.json"), "{\"hello\": 1}")};
        } else if (case_ == QLatin1String("version")) {
            QJsonObject doc = exportedJson();
            doc.insert(QStringLiteral("formatVersion"), 99);
            doc.insert(QStringLiteral("sha256"), drafts::DraftStore::checksum(doc));
            args = {QStringLiteral("import"), writeFile(QStringLiteral("v.json"), QJsonDocument(doc).toJson())};
        } else if (case_ == QLatin1String("missing")) {
            args = {QStringLiteral("import"), m_files.filePath(QStringLiteral("none.json"))};
        } else if (case_ == QLatin1String("unwritable")) {
            args = {QStringLiteral("export"), m_newer, QStringLiteral("--output"),
                    m_files.filePath(QStringLiteral("no/such/dir/x.json"))};
        } else if (case_ == QLatin1String("badsub")) {
            args = {QStringLiteral("frobnicate")};
        } else if (case_ == QLatin1String("otherportal")) {
            args = {QStringLiteral("list"), QStringLiteral("--portal"), QStringLiteral("https://other.example.test")};
        }
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(cli({QStringLiteral("list")}).lines().size(), 3); // nothing imported
    }
};

QTEST_GUILESS_MAIN(TestCliDrafts)
#include "tst_cli_drafts.moc"
