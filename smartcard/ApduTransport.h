#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"
#include "smartcard/CommandApdu.h"
#include "smartcard/ResponseApdu.h"

namespace inlinea::smartcard {

// Where command APDUs go. The CNS applet code talks only to this interface, so a fake transport can drive its tests
// and PC/SC stays in one class (PcscTransport).
class ApduTransport {
public:
    // Largest data field of one short command APDU, the size of each part of a command chain.
    static constexpr int ShortDataMax = 255;

    ApduTransport() = default;
    virtual ~ApduTransport() = default;
    ApduTransport(const ApduTransport&) = delete;
    ApduTransport& operator=(const ApduTransport&) = delete;

    // One command and its final answer: implementations follow 61xx (GET RESPONSE) and 6Cxx (repeat with Le = xx)
    // themselves, so callers only ever see the last status word and all of the data.
    [[nodiscard]] virtual Result<ResponseApdu, CardError> transmit(const CommandApdu& command) = 0;

    // ISO 7816-4 command chaining for data longer than one short APDU: every part but the last carries CLA | 0x10.
    // A part answered with anything but 9000 ends the chain with that answer.
    [[nodiscard]] Result<ResponseApdu, CardError> transmitChained(const CommandApdu& command,
                                                                  int partSize = ShortDataMax);
};

} // namespace inlinea::smartcard
