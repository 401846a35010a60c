// "Read identity + PIN + TLS login" with the virtual CNS card behind the real pcscd, beside OpenSC reading the same
// card's certificate and signing once, in the same run. The witness for APDU counts is the card itself (vcard counts
// what it answered). Prints times (median of the runs) and APDU counts; never fails on a target.
#include "app/auth/CnsLogin.h"
#include "app/portal/TlsTrust.h"
#include "smartcard/CardService.h"
#include "tests/smartcard/CardServiceWait.h"
#include "tests/smartcard/CardStackFixture.h"
#include "tests/support/PortalFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace inlinea;
using test::CardStackFixture;

namespace {

const QString kModule = QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so");

struct Sample {
    double ms = 0;
    int apdus = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::optional<Sample> ours(CardStackFixture& stack, const test::PortalFixture& portal, QTextStream& err)
{
    if (!stack.insert().isEmpty()) {
        return std::nullopt;
    }
    QElapsedTimer timer;
    bool ok = false;
    {
        smartcard::CardService cards;
        const QString reader = CardStackFixture::readerName();
        (void)QTest::qWaitFor([&] { return !cards.readers().isEmpty() && cards.readers().first().isCns; }, 15000);
        timer.start();
        const auto identity = test::awaitIdentity(cards, reader);
        const auto verified = test::awaitVerify(cards, reader, "12345");
        if (!identity || !identity->hasValue() || !verified || !verified->hasValue()) {
            err << "card: " << test::describe(identity) << " / " << test::describe(verified) << Qt::endl;
            stack.remove();
            return std::nullopt;
        }
        auth::CnsLogin login(portal.cnsLoginUrl(), portal::TlsTrust::configuration(portal.caFile()).value());
        std::optional<Result<auth::LoginSuccess, auth::CnsLoginError>> result;
        QObject context;
        login.login(
            QSslCertificate(identity->value().certificateDer, QSsl::Der),
            [&cards, reader](const QByteArray& block) -> Result<QByteArray, QString> {
                auto r = cards.rawRsaBlocking(reader, block, std::chrono::seconds(20));
                if (!r) {
                    return fail(r.error().toString());
                }
                return std::move(r).value();
            },
            &context, [&result](const auto& r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 60000);
        ok = result && result->hasValue();
        if (!ok) {
            err << "login failed: " << (result ? result->error().portal.detail : QStringLiteral("timeout")) << Qt::endl;
        }
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const auto apdus = stack.remove();
    if (!ok || !apdus) {
        return std::nullopt;
    }
    return Sample{ms, *apdus};
}

bool runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env, QTextStream& err)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        err << program << " failed: " << p.readAllStandardError() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<Sample> openSc(CardStackFixture& stack, const QTemporaryDir& tmp, QTextStream& err)
{
    if (!stack.insert().isEmpty()) {
        return std::nullopt;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSC_CONF"), tmp.filePath(QStringLiteral("opensc.conf")));
    env.insert(QStringLiteral("HOME"), tmp.path());
    QElapsedTimer timer;
    timer.start();
    const bool ok =
        runTool(QStringLiteral("pkcs15-tool"), {QStringLiteral("--read-certificate"), QStringLiteral("01")}, env,
                err) &&
        runTool(QStringLiteral("pkcs11-tool"),
                {QStringLiteral("--module"), kModule, QStringLiteral("--login"), QStringLiteral("--pin"),
                 QStringLiteral("12345"), QStringLiteral("--sign"), QStringLiteral("--mechanism"),
                 QStringLiteral("SHA256-RSA-PKCS"), QStringLiteral("--id"), QStringLiteral("01"), QStringLiteral("-i"),
                 tmp.filePath(QStringLiteral("data")), QStringLiteral("-o"), tmp.filePath(QStringLiteral("sig"))},
                env, err);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const auto apdus = stack.remove();
    if (!ok || !apdus) {
        return std::nullopt;
    }
    return Sample{ms, *apdus};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    if (const QString missing = CardStackFixture::missingPrerequisite(); !missing.isEmpty()) {
        out << "bench_cns_login: skipped: " << missing << Qt::endl;
        return 0;
    }

    CardStackFixture stack;
    if (const QString why = stack.startPcscd(); !why.isEmpty()) {
        err << why << Qt::endl;
        return 1;
    }
    // The first insertion creates the CNS test CA that the portal's CNS endpoint trusts.
    if (!stack.insert().isEmpty()) {
        return 1;
    }
    stack.remove();
    test::PortalFixture portal(test::PortalFixture::Options{.cnsCaDir = stack.stateDir()});
    if (const QString why = portal.start(); !why.isEmpty()) {
        err << why << Qt::endl;
        return 1;
    }
    QTemporaryDir tmp;
    QFile conf(tmp.filePath(QStringLiteral("opensc.conf")));
    QFile data(tmp.filePath(QStringLiteral("data")));
    if (!conf.open(QIODevice::WriteOnly) || !data.open(QIODevice::WriteOnly)) {
        return 1;
    }
    // No file caching: OpenSC reads the card as on a first use, like we do.
    conf.write("app default {\n  framework pkcs15 {\n    use_file_caching = no;\n  }\n}\n");
    conf.close();
    data.write("Inlinea Desktop: benchmark\n");
    data.close();

    std::vector<double> oursMs, openScMs;
    int oursApdus = 0, openScApdus = 0;
    for (int i = 0; i < runs; ++i) {
        const auto a = ours(stack, portal, err);
        const auto b = openSc(stack, tmp, err);
        if (!a || !b) {
            return 1;
        }
        oursMs.push_back(a->ms);
        openScMs.push_back(b->ms);
        oursApdus = a->apdus;
        openScApdus = b->apdus;
    }
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "CNS login on the virtual card behind pcscd (median of " << runs << ")\n";
    out << "  inlinea: read identity + verify PIN + TLS login to the portal : " << median(oursMs) << " ms, "
        << oursApdus << " APDUs\n";
    out << "  OpenSC : pkcs15-tool read certificate + pkcs11-tool sign once  : " << median(openScMs) << " ms, "
        << openScApdus << " APDUs\n";
    out << "  APDUs: " << oursApdus << " vs " << openScApdus << " (target: no more than OpenSC) -> "
        << (oursApdus <= openScApdus ? "met" : "NOT met") << Qt::endl;
    return 0;
}
