#pragma once

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace inlinea::test {

// A test that crashes must not leave its servers running: the child gets SIGTERM when the test process dies.
inline void terminateWithTest(QProcess& process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace inlinea::test
