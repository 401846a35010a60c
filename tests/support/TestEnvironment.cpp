#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace inlinea::test {

void isolate()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InlineaTest"));
    QCoreApplication::setApplicationName(QCoreApplication::applicationName() + QStringLiteral("-test"));
    QStandardPaths::setTestModeEnabled(true);
    // Start every run from empty settings.
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

} // namespace inlinea::test
