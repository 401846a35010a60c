#include "StartupReport.h"

#include <QFile>

#include <cstdio>

namespace inlinea::ui {

qint64 StartupReport::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

bool StartupReport::webEngineLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

void StartupReport::print()
{
    std::printf("painted rss_kib=%lld webengine=%d\n", static_cast<long long>(residentKiB()),
                webEngineLoaded() ? 1 : 0);
    std::fflush(stdout);
}

} // namespace inlinea::ui
