#include "MailSink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace inlinea::test {

namespace {

// Soft line breaks and =XX escapes.
QByteArray decodeQuotedPrintable(QByteArray in)
{
    in.replace("=\r\n", "").replace("=\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        bool ok = false;
        const int value = i + 2 < in.size() && in[i] == '=' ? in.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (ok) {
            out.append(static_cast<char>(value));
            i += 2;
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

// The mail as text, with every base64 block decoded beside the raw text (headers and bodies both stay searchable).
QString decode(const QByteArray& raw)
{
    QString text = QString::fromUtf8(decodeQuotedPrintable(raw));
    static const QRegularExpression base64Line(QStringLiteral("^[A-Za-z0-9+/=]{16,}$"));
    QByteArray block;
    for (const QByteArray& line : raw.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (base64Line.match(QString::fromLatin1(trimmed)).hasMatch()) {
            block += trimmed;
        } else if (!block.isEmpty()) {
            text += QString::fromUtf8(QByteArray::fromBase64(block));
            block.clear();
        }
    }
    return text + QString::fromUtf8(QByteArray::fromBase64(block)) + QLatin1Char('\n');
}

} // namespace

MailSink::MailSink(QString maildir)
    : m_maildir(std::move(maildir))
{}

QString MailSink::text() const
{
    QString text;
    const auto files = QDir(m_maildir + QStringLiteral("/new")).entryInfoList(QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        QFile mail(info.filePath());
        if (mail.open(QIODevice::ReadOnly)) {
            text += decode(mail.readAll());
        }
    }
    return text;
}

QString MailSink::firstMatch(const QString& pattern) const
{
    const QRegularExpression expression(pattern);
    const auto match = expression.match(text());
    return expression.captureCount() > 0 ? match.captured(1) : match.captured(0);
}

int MailSink::count() const
{
    return static_cast<int>(QDir(m_maildir + QStringLiteral("/new")).entryList(QDir::Files).size());
}

} // namespace inlinea::test
