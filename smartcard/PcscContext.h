#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"

#include <winscard.h>

namespace inlinea::smartcard {

// Owns one SCARDCONTEXT and releases it. Move-only. Use from the thread that established it (SCardCancel excepted).
class PcscContext {
public:
    PcscContext() = default;
    ~PcscContext();
    PcscContext(PcscContext&& other) noexcept;
    PcscContext& operator=(PcscContext&& other) noexcept;
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    // ServiceUnavailable when pcscd is not running.
    [[nodiscard]] static Result<PcscContext, CardError> establish();

    [[nodiscard]] bool isValid() const noexcept { return m_valid; }
    [[nodiscard]] SCARDCONTEXT handle() const noexcept { return m_handle; }
    void release() noexcept;

private:
    SCARDCONTEXT m_handle = 0;
    bool m_valid = false;
};

} // namespace inlinea::smartcard
