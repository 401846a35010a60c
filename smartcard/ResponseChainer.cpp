#include "ResponseChainer.h"

#include "smartcard/SecureBytes.h"

namespace inlinea::smartcard {

namespace {

// A card that keeps answering 61xx would otherwise loop forever; 64 KiB in 128-byte parts is 512 rounds.
constexpr int MaxGetResponseRounds = 1024;
constexpr qsizetype MaxResponseData = CommandApdu::MaxLe;

int leFromSw2(std::uint8_t sw2)
{
    return sw2 == 0 ? 256 : sw2;
}

} // namespace

ResponseChainer::ResponseChainer(RawExchange exchange)
    : m_exchange(std::move(exchange))
{}

Result<ResponseApdu, CardError> ResponseChainer::exchangeOnce(const CommandApdu& command)
{
    QByteArray encoded = command.encode();
    auto raw = m_exchange(encoded);
    // The encoded command may carry a PIN: do not leave it in freed memory.
    wipe(encoded);
    if (!raw) {
        return fail(raw.error());
    }
    auto response = ResponseApdu::parse(*raw);
    if (!response) {
        return fail(CardError(CardError::Kind::MalformedData,
                              QStringLiteral("answer of %1 bytes has no status word").arg(raw->size())));
    }
    return *response;
}

Result<ResponseApdu, CardError> ResponseChainer::transmit(const CommandApdu& command)
{
    auto response = exchangeOnce(command);
    if (!response) {
        return response;
    }
    // 6Cxx: the card wants the same command with Le = xx. Once only: a card that keeps asking is broken.
    if (response->isWrongLength()) {
        response = exchangeOnce(command.withLe(leFromSw2(response->sw2())));
        if (!response) {
            return response;
        }
    }
    if (!response->hasMoreData()) {
        return response;
    }

    QByteArray data = response->data();
    std::uint8_t sw1 = response->sw1();
    std::uint8_t sw2 = response->sw2();
    for (int round = 0; sw1 == 0x61; ++round) {
        if (round >= MaxGetResponseRounds || data.size() > MaxResponseData) {
            return fail(CardError(CardError::Kind::MalformedData, QStringLiteral("endless 61xx response chain")));
        }
        const CommandApdu getResponse(0x00, 0xC0, 0x00, 0x00, {}, leFromSw2(sw2));
        auto part = exchangeOnce(getResponse);
        if (part && part->isWrongLength()) {
            part = exchangeOnce(getResponse.withLe(leFromSw2(part->sw2())));
        }
        if (!part) {
            return part;
        }
        data += part->data();
        sw1 = part->sw1();
        sw2 = part->sw2();
    }
    data.append(static_cast<char>(sw1));
    data.append(static_cast<char>(sw2));
    return *ResponseApdu::parse(data);
}

} // namespace inlinea::smartcard
