"""The CNS answer-to-reset, with a selectable CNS version byte and recomputed TCK."""

from __future__ import annotations

# 3B FF 18 00 FF 81 31 FE 55 | historical: 00 6B 02 09 03 03 01 01 01 'C' 'N' 'S' <ver> 31 80 | TCK
# IC maker 02 (STMicroelectronics), mask maker 09 (STIncard: PIN reference 0x90 in OpenSC).
_PREFIX = bytes.fromhex("3BFF1800FF8131FE55")
_HIST_HEAD = bytes.fromhex("006B02090303010101") + b"CNS"
_HIST_TAIL = bytes.fromhex("3180")
DEFAULT_CNS_VERSION = 0x11


def tck(body: bytes) -> int:
    """XOR of all bytes from T0 (the byte after TS) to the end of the historical bytes."""
    value = 0
    for b in body[1:]:
        value ^= b
    return value


def build(cns_version: int = DEFAULT_CNS_VERSION) -> bytes:
    if not 0 <= cns_version <= 0xFF:
        raise ValueError("CNS version is one byte")
    body = _PREFIX + _HIST_HEAD + bytes([cns_version]) + _HIST_TAIL
    return body + bytes([tck(body)])


def historical_bytes(atr_bytes: bytes) -> bytes:
    """Historical bytes of this ATR layout (T0 low nibble gives their number)."""
    count = atr_bytes[1] & 0x0F
    return atr_bytes[len(_PREFIX):len(_PREFIX) + count]
