#include "FakeCnsCard.h"

namespace inlinea::test {

using smartcard::CardError;
using smartcard::CommandApdu;
using smartcard::ResponseApdu;

namespace {

QByteArray sw(quint16 value)
{
    QByteArray out;
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xFF));
    return out;
}

QByteArray unpad(const QByteArray& field)
{
    QByteArray out = field;
    while (out.endsWith('\xFF')) {
        out.chop(1);
    }
    return out;
}

} // namespace

FakeCnsCard::FakeCnsCard() = default;

QByteArray FakeCnsCard::fakeRsa(const QByteArray& block)
{
    QByteArray out = block;
    for (char& c : out) {
        c = static_cast<char>(c ^ 0x5A);
    }
    return out;
}

QByteArray FakeCnsCard::encodePersonalData(const QStringList& fields)
{
    QByteArray body;
    for (const QString& field : fields) {
        const QByteArray value = field.toLatin1();
        body += QByteArray::number(value.size(), 16).rightJustified(2, '0').toUpper() + value;
    }
    return QByteArray::number(body.size(), 16).rightJustified(6, '0').toUpper() + body;
}

QByteArray FakeCnsCard::derSequence(int contentSize)
{
    QByteArray out;
    out.append('\x30');
    out.append('\x82');
    out.append(static_cast<char>(contentSize >> 8));
    out.append(static_cast<char>(contentSize & 0xFF));
    for (int i = 0; i < contentSize; ++i) {
        out.append(static_cast<char>(i * 7 + 3));
    }
    return out;
}

void FakeCnsCard::loadMario(int certificateContentSize)
{
    files["10001003"] = "6001000000000014";
    files["11001102"] = encodePersonalData({"I0001", "01022020", "01022030", "ROSSI", "MARIO", "10121985", "M", "",
                                            "RSSMRA85T10A562S", "1", "A562", "", "", "", "", ""}) +
                        QByteArray(64, '\0'); // card padding after the declared length
    files["11001101"] = derSequence(certificateContentSize) + QByteArray(100, '\0');
}

Result<ResponseApdu, CardError> FakeCnsCard::transmit(const CommandApdu& command)
{
    const auto index = commands.size();
    commands.append(command);
    if (failAt && *failAt == index) {
        return fail(failure);
    }
    return *ResponseApdu::parse(answer(command));
}

QByteArray FakeCnsCard::answer(const CommandApdu& command)
{
    const bool chained = (command.cla() & 0x10) != 0;
    if (chained && command.ins() != 0x2A) {
        return sw(0x6884);
    }
    switch (command.ins()) {
    case 0xA4: {
        if (command.p1() != 0x08) {
            return sw(0x6A86);
        }
        if (command.p2() == 0x0C && refuseSelectWithoutFcp) {
            return sw(0x6A86);
        }
        const QByteArray path = command.data().toHex();
        if (!files.contains(path)) {
            return sw(0x6A82);
        }
        m_selected = path;
        return command.p2() == 0x00 ? QByteArray::fromHex("6203800110") + sw(0x9000) : sw(0x9000);
    }
    case 0xB0: {
        if (m_selected.isEmpty()) {
            return sw(0x6986);
        }
        const QByteArray& file = files[m_selected];
        const int offset = (command.p1() << 8) | command.p2();
        const int le = command.le().value_or(256);
        if (offset >= file.size()) {
            return sw(0x6B00);
        }
        const QByteArray chunk = file.mid(offset, le);
        return chunk + sw(chunk.size() < le ? 0x6282 : 0x9000);
    }
    case 0x20:
    case 0x24:
    case 0x2C: return pinCommand(command);
    case 0x22:
        if (command.p1() == 0xF3) {
            m_keySelected = false;
            return sw(0x9000);
        }
        if (command.p1() == 0xF1 && command.p2() == 0xB8 && command.data() == QByteArray::fromHex("830101")) {
            m_keySelected = true;
            return sw(0x9000);
        }
        return sw(0x6A80);
    case 0x2A: return pso(command);
    default: return sw(0x6D00);
    }
}

QByteArray FakeCnsCard::pinCommand(const CommandApdu& command)
{
    const bool isPuk = command.ins() == 0x20 && command.p2() == 0x11;
    if (command.p2() != pinReference && !isPuk) {
        return sw(0x6A88);
    }
    if (command.ins() == 0x20 && command.data().isEmpty()) {
        if (emptyVerifyAnswer) {
            return sw(*emptyVerifyAnswer);
        }
        if (pinTries == 0) {
            return sw(0x6983);
        }
        return verified ? sw(0x9000) : sw(static_cast<quint16>(0x63C0 | pinTries));
    }
    const QByteArray& data = command.data();
    if (command.ins() == 0x2C) {
        if (data.size() != 16) {
            return sw(0x6700);
        }
        if (pukTries == 0) {
            return sw(0x6983);
        }
        if (unpad(data.left(8)) != puk) {
            --pukTries;
            return sw(static_cast<quint16>(0x63C0 | pukTries));
        }
        pukTries = PukMax;
        pin = unpad(data.mid(8));
        pinTries = PinMax;
        return sw(0x9000);
    }
    if (data.size() != (command.ins() == 0x20 ? 8 : 16)) {
        return sw(0x6700);
    }
    if (pinTries == 0) {
        return sw(0x6983);
    }
    if (unpad(data.left(8)) != pin) {
        verified = false;
        --pinTries;
        return sw(static_cast<quint16>(0x63C0 | pinTries));
    }
    pinTries = PinMax;
    verified = true;
    if (command.ins() == 0x24) {
        pin = unpad(data.mid(8));
    }
    return sw(0x9000);
}

QByteArray FakeCnsCard::pso(const CommandApdu& command)
{
    if (command.p1() != 0x80 || command.p2() != 0x86) {
        return sw(0x6A86);
    }
    if (command.cla() & 0x10) {
        m_chain += command.data();
        return sw(0x9000);
    }
    const QByteArray payload = m_chain + command.data();
    m_chain.clear();
    if (!verified) {
        return sw(0x6982);
    }
    if (!m_keySelected) {
        return sw(0x6985);
    }
    if (payload.isEmpty() || payload.at(0) != '\0') {
        return sw(0x6A80);
    }
    return fakeRsa(payload.mid(1)) + sw(0x9000);
}

} // namespace inlinea::test
