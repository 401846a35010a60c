#pragma once

#include "smartcard/CardError.h"

#include <QLatin1String>

#include <winscard.h>

namespace inlinea::smartcard {

// Maps a PC/SC return code to a typed error; `operation` names the call for the log detail ("SCardTransmit").
[[nodiscard]] CardError pcscError(LONG code, QLatin1String operation);

// True for the codes that mean the PC/SC service (or our context with it) is gone: the context must be
// re-established before anything else works.
[[nodiscard]] bool isServiceLoss(LONG code) noexcept;

} // namespace inlinea::smartcard
