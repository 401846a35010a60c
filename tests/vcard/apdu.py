"""ISO 7816-4 command APDU parsing (short and extended length) and status words."""

from __future__ import annotations

import dataclasses

# Status words used by the card.
SW_OK = 0x9000
SW_EOF_BEFORE_LE = 0x6282
SW_WRONG_LENGTH = 0x6700
SW_LOGICAL_CHANNEL = 0x6881
SW_CHAINING_UNSUPPORTED = 0x6884
SW_NO_CURRENT_EF = 0x6986
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_AUTH_BLOCKED = 0x6983
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_WRONG_DATA = 0x6A80
SW_FUNC_NOT_SUPPORTED = 0x6A81
SW_FILE_NOT_FOUND = 0x6A82
SW_INCORRECT_P1P2 = 0x6A86
SW_REF_NOT_FOUND = 0x6A88
SW_WRONG_P1P2 = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00


class ApduFormatError(ValueError):
    """The bytes are not a well-formed command APDU (answer 6700)."""


@dataclasses.dataclass
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None      # None = absent; otherwise the number of bytes (0 -> 256/65536)
    extended: bool = False
    has_lc: bool = False

    @property
    def chained(self) -> bool:
        return bool(self.cla & 0x10)

    def header(self) -> str:
        return f"{self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X}"


def parse(raw: bytes) -> Command:
    """Decode the four ISO cases in short or extended form."""
    if len(raw) < 4:
        raise ApduFormatError("shorter than a header")
    cla, ins, p1, p2 = raw[:4]
    body = raw[4:]
    cmd = Command(cla, ins, p1, p2)
    if not body:                                   # case 1
        return cmd
    if len(body) == 1:                             # case 2 short
        cmd.le = body[0] or 256
        return cmd
    if body[0] != 0:                               # case 3/4 short
        lc = body[0]
        if len(body) == 1 + lc:
            cmd.data, cmd.has_lc = bytes(body[1:]), True
            return cmd
        if len(body) == 2 + lc:
            cmd.data, cmd.has_lc = bytes(body[1:1 + lc]), True
            cmd.le = body[-1] or 256
            return cmd
        raise ApduFormatError("Lc does not match the data")
    # body[0] == 0 and at least two more bytes: extended length
    cmd.extended = True
    if len(body) == 3:                             # case 2 extended
        cmd.le = int.from_bytes(body[1:3], "big") or 65536
        return cmd
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0:
        raise ApduFormatError("extended Lc of zero")
    if len(body) == 3 + lc:                        # case 3 extended
        cmd.data, cmd.has_lc = bytes(body[3:]), True
        return cmd
    if len(body) == 5 + lc:                        # case 4 extended
        cmd.data, cmd.has_lc = bytes(body[3:3 + lc]), True
        cmd.le = int.from_bytes(body[-2:], "big") or 65536
        return cmd
    raise ApduFormatError("extended Lc does not match the data")


def build(cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None,
          extended: bool = False) -> bytes:
    """Encode a command APDU (used by the tests and by tools)."""
    out = bytes([cla, ins, p1, p2])
    if extended or len(data) > 255 or (le is not None and le > 256):
        if data:
            out += b"\x00" + len(data).to_bytes(2, "big") + data
        if le is not None:
            out += (b"" if data else b"\x00") + (le % 65536).to_bytes(2, "big")
        return out
    if data:
        out += bytes([len(data)]) + data
    if le is not None:
        out += bytes([le % 256])
    return out


def sw_bytes(sw: int) -> bytes:
    return sw.to_bytes(2, "big")


def split_response(resp: bytes) -> tuple[bytes, int]:
    if len(resp) < 2:
        raise ValueError("response without status word")
    return resp[:-2], int.from_bytes(resp[-2:], "big")
