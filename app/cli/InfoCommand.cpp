#include "InfoCommand.h"

#include "CliExit.h"
#include "app/portal/PortalClient.h"
#include "app/portal/PortalUrl.h"
#include "app/portal/TlsTrust.h"
#include "app/settings/AppSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inlinea::cli {

using portal::LoginMethod;
using portal::PortalError;
using portal::PortalInfo;

namespace {

QString methodName(LoginMethod method)
{
    switch (method) {
    case LoginMethod::Spid: return QStringLiteral("spid");
    case LoginMethod::Cns: return QStringLiteral("cns");
    case LoginMethod::Password: return QStringLiteral("password");
    }
    return {};
}

QJsonObject toJson(const PortalInfo& info, const QUrl& url)
{
    QJsonArray methods;
    for (const LoginMethod m : info.loginMethods) {
        methods.append(methodName(m));
    }
    return QJsonObject{{QStringLiteral("url"), url.toString()},
                       {QStringLiteral("name"), info.name},
                       {QStringLiteral("authority"), info.authority},
                       {QStringLiteral("api_version"), info.apiVersion},
                       {QStringLiteral("flavour"),
                        info.flavour == portal::Flavour::Comune ? QStringLiteral("comune") : QStringLiteral("inlinea")},
                       {QStringLiteral("login_methods"), methods},
                       {QStringLiteral("registration"), info.registrationEnabled},
                       {QStringLiteral("max_upload_bytes"), info.limits.maxUploadBytes}};
}

} // namespace

InfoCommand::InfoCommand(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

void InfoCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("portal"), QStringLiteral("Portal address (default: the app's setting)."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("ca"), QStringLiteral("Additional trusted CA certificate file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Timeout in milliseconds."), QStringLiteral("ms"),
                      QStringLiteral("15000")});
}

void InfoCommand::run(const QCommandLineParser& parser)
{
    settings::AppSettings settings;
    const QString typedUrl = parser.isSet(QStringLiteral("portal")) ? parser.value(QStringLiteral("portal"))
                                                                    : settings.portalUrl().toString();
    const QString caFile =
        parser.isSet(QStringLiteral("ca")) ? parser.value(QStringLiteral("ca")) : settings.extraCaFile();

    const auto url = portal::PortalUrl::normalize(typedUrl);
    if (!url) {
        m_err << "error: " << portal::kindName(url.error().kind) << ": " << url.error().detail << Qt::endl;
        CliExit::quit(CliExit::Usage);
        return;
    }
    const auto tls = portal::TlsTrust::configuration(caFile);
    if (!tls) {
        m_err << "error: cannot use CA file " << tls.error().path << Qt::endl;
        CliExit::quit(CliExit::Usage);
        return;
    }

    auto* client = new portal::PortalClient(url.value(), tls.value(), this);
    client->setTimeout(std::chrono::milliseconds(parser.value(QStringLiteral("timeout")).toInt()));
    const bool json = parser.isSet(QStringLiteral("json"));
    const QUrl base = url.value();
    client->fetchInfo(this, [this, json, base](const Result<PortalInfo, PortalError>& r) {
        if (!r) {
            m_err << "error: " << portal::kindName(r.error().kind);
            if (r.error().httpStatus != 0) {
                m_err << " (HTTP " << r.error().httpStatus << ")";
            }
            m_err << ": " << r.error().detail << Qt::endl;
            CliExit::quit(CliExit::Portal);
            return;
        }
        const QJsonObject object = toJson(r.value(), base);
        if (json) {
            m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QJsonValue v = it.value();
                const QString text = v.isArray()
                                         ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                         : v.toVariant().toString();
                m_out << it.key() << ": " << text << Qt::endl;
            }
        }
        m_out.flush();
        CliExit::quit(CliExit::Ok);
    });
}

} // namespace inlinea::cli
