#include "CardCommand.h"

#include "CliExit.h"
#include "smartcard/CardService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace inlinea::cli {

using smartcard::CardService;
using smartcard::ReaderInfo;

namespace {

QJsonObject readerJson(const ReaderInfo& r)
{
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("card_present"), r.cardPresent},
                       {QStringLiteral("atr"), QString::fromLatin1(r.atr.toHex(' ').toUpper())},
                       {QStringLiteral("is_cns"), r.isCns}};
}

} // namespace

CardCommand::CardCommand(CardService* cards, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_cards(cards)
    , m_out(out)
    , m_err(err)
{}

void CardCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("reader"), QStringLiteral("Card reader to use (default: the first with a CNS)."),
                      QStringLiteral("name")});
}

void CardCommand::whenReadersKnown(CardService* cards, QObject* context, std::function<void()> then)
{
    // The service reports its first state shortly after it starts; give pcscd a moment to list its readers.
    auto done = std::make_shared<bool>(false);
    auto finish = [done, then] {
        if (!*done) {
            *done = true;
            then();
        }
    };
    QObject::connect(cards, &CardService::readersChanged, context, [finish] { QTimer::singleShot(200, finish); });
    QObject::connect(cards, &CardService::serviceAvailableChanged, context, [finish](bool available) {
        if (!available) {
            finish();
        }
    });
    QTimer::singleShot(3000, context, finish);
}

void CardCommand::run(const QCommandLineParser& parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString wanted = parser.value(QStringLiteral("reader"));
    whenReadersKnown(m_cards, this, [this, json, wanted] {
        if (!m_cards->isServiceAvailable()) {
            m_err << "error: service_unavailable: the PC/SC service (pcscd) is not running" << Qt::endl;
            CliExit::quit(CliExit::NoCard);
            return;
        }
        const QList<ReaderInfo> readers = m_cards->readers();
        QString reader = wanted;
        for (const auto& r : readers) {
            if (reader.isEmpty() && r.isCns) {
                reader = r.name;
            }
        }
        if (json) {
            QJsonArray list;
            for (const auto& r : readers) {
                list.append(readerJson(r));
            }
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("readers"), list}}).toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            for (const auto& r : readers) {
                m_out << "reader: " << r.name << (r.cardPresent ? "" : " (empty)") << Qt::endl;
                if (r.cardPresent) {
                    m_out << "  atr: " << r.atr.toHex(' ').toUpper() << (r.isCns ? "  (CNS/CRS)" : "  (not a CNS)")
                          << Qt::endl;
                }
            }
        }
        if (readers.isEmpty() || reader.isEmpty()) {
            m_err << "error: " << (readers.isEmpty() ? "no_reader" : "no_cns") << Qt::endl;
            CliExit::quit(CliExit::NoCard);
            return;
        }
        m_cards->readIdentity(reader, this,
                              [this, json](const Result<smartcard::CnsIdentity, smartcard::CardError>& r) {
                                  if (!r) {
                                      m_err << "error: " << r.error().toString() << Qt::endl;
                                      CliExit::quit(CliExit::CardError);
                                      return;
                                  }
                                  printIdentity(r.value(), json);
                                  CliExit::quit(CliExit::Ok);
                              });
    });
}

void CardCommand::printIdentity(const smartcard::CnsIdentity& identity, bool json)
{
    const auto& p = identity.personal;
    const QJsonValue tries = identity.pinTriesLeft ? QJsonValue(*identity.pinTriesLeft) : QJsonValue();
    if (json) {
        const QJsonObject object{{QStringLiteral("reader"), identity.reader},
                                 {QStringLiteral("serial"), identity.serial},
                                 {QStringLiteral("surname"), p.surname},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("codice_fiscale"), p.codiceFiscale},
                                 {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)},
                                 {QStringLiteral("issuer"), p.issuer},
                                 {QStringLiteral("issue_date"), p.issueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("expiry_date"), p.expiryDate.toString(Qt::ISODate)},
                                 {QStringLiteral("pin_tries_left"), tries}};
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    m_out << "holder: " << p.name << ' ' << p.surname << Qt::endl
          << "codice fiscale: " << p.codiceFiscale << Qt::endl
          << "card serial: " << identity.serial << Qt::endl
          << "card expiry: " << p.expiryDate.toString(Qt::ISODate) << Qt::endl
          << "pin tries left: "
          << (identity.pinTriesLeft ? QString::number(*identity.pinTriesLeft) : QStringLiteral("unknown")) << Qt::endl;
}

} // namespace inlinea::cli
