#include "ApduTransport.h"

#include <algorithm>

namespace inlinea::smartcard {

Result<ResponseApdu, CardError> ApduTransport::transmitChained(const CommandApdu& command, int partSize)
{
    const QByteArray& data = command.data();
    if (partSize < 1 || partSize > ShortDataMax) {
        return fail(CardError(CardError::Kind::Internal, QStringLiteral("chain part size %1").arg(partSize)));
    }
    if (data.size() <= partSize) {
        return transmit(command);
    }
    qsizetype offset = 0;
    while (data.size() - offset > partSize) {
        const CommandApdu part(static_cast<std::uint8_t>(command.cla() | 0x10), command.ins(), command.p1(),
                               command.p2(), data.mid(offset, partSize));
        auto answer = transmit(part);
        if (!answer || !answer->isSuccess()) {
            return answer;
        }
        offset += partSize;
    }
    return transmit(CommandApdu(command.cla(), command.ins(), command.p1(), command.p2(), data.mid(offset),
                                command.le() ? std::optional<int>(std::min(*command.le(), 256)) : std::nullopt));
}

} // namespace inlinea::smartcard
