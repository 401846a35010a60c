#pragma once

#include <QtGlobal>

namespace inlinea::ui {

// For the start-up benchmark (`inlinea --measure-startup`): what the process holds once its first window painted.
class StartupReport {
public:
    [[nodiscard]] static qint64 residentKiB();
    [[nodiscard]] static bool webEngineLoaded();
    // Prints "painted rss_kib=N webengine=0|1" on standard output.
    static void print();
};

} // namespace inlinea::ui
