"""The virtual CNS card: state of one session and the command dispatcher.

`CnsCard.process(apdu_bytes) -> response_bytes` is all a transport needs; power
events go to power_on / power_off / reset. No I/O happens here except the state
file written by CardState after PIN/PUK changes.
"""

from __future__ import annotations

import dataclasses

import apdu
import atr
import filesystem
from apdu import Command
from cardkey import CardKey, KeyOperationError
from cardstate import CardState, valid_pin

PIN_REF, PUK_REF = 0x10, 0x11
KEY_REF = 0x01
_MASKED_INS = {0x20, 0x24, 0x2C}       # PIN/PUK data never appears in logs
_SHOWN_INS = {0x22, 0xA4}              # short, harmless data worth logging
_MAX_CHAIN = 4096


def _unpad(field: bytes) -> str:
    return field.rstrip(b"\xff").decode("latin-1")


def _sw_tries(tries: int) -> int:
    return 0x63C0 | min(tries, 0x0F)


class CnsCard:
    def __init__(self, files: dict[str, bytes], private_key, state: CardState,
                 cns_version: int = atr.DEFAULT_CNS_VERSION, chain_responses: bool = False,
                 chunk_size: int = 128, strict_le: bool = False, log=None):
        self.atr = atr.build(cns_version)
        self.selection = filesystem.Selection(filesystem.build_tree(files))
        self.key = CardKey(private_key)
        self.state = state
        self.chain_responses = chain_responses
        self.chunk_size = chunk_size
        self.strict_le = strict_le
        self.log = log
        self.powered = False
        self._handlers = {0xA4: self._select, 0xB0: self._read_binary, 0x20: self._verify,
                          0x24: self._change, 0x2C: self._reset_retry_counter,
                          0x22: self._mse, 0x2A: self._pso}
        self._clear_session()

    # --- power -----------------------------------------------------------------
    def _clear_session(self) -> None:
        self.selection.reset()
        self.pin_verified = False
        self.security_env: dict | None = None
        self._chain: tuple | None = None
        self._pending: tuple | None = None

    def power_on(self) -> None:
        self.powered = True
        self._clear_session()

    def power_off(self) -> None:
        self.powered = False
        self._clear_session()

    def reset(self) -> None:
        self.power_on()

    # --- entry point -----------------------------------------------------------
    def process(self, raw: bytes) -> bytes:
        try:
            cmd = apdu.parse(raw)
        except apdu.ApduFormatError:
            cmd = None
        if cmd is None:
            response = apdu.sw_bytes(apdu.SW_WRONG_LENGTH)
        elif cmd.ins == 0xC0 and cmd.cla == 0x00:
            response = self._get_response(cmd)
        else:
            self._pending = None
            data, sw = self._dispatch(cmd)
            response = self._shape(data, sw)
        if self.log:
            self.log(self._describe(raw, cmd, response))
        return response

    def _dispatch(self, cmd: Command) -> tuple[bytes, int]:
        if cmd.cla not in (0x00, 0x10):
            self._chain = None
            return b"", apdu.SW_CLA_NOT_SUPPORTED
        handler = self._handlers.get(cmd.ins)
        if handler is None:
            self._chain = None
            return b"", apdu.SW_INS_NOT_SUPPORTED
        if cmd.chained:
            return self._collect_chain(cmd)
        if self._chain is not None:
            header, buffer = self._chain
            self._chain = None
            if header == (cmd.ins, cmd.p1, cmd.p2):
                cmd = dataclasses.replace(cmd, data=bytes(buffer) + cmd.data)
        return handler(cmd)

    def _collect_chain(self, cmd: Command) -> tuple[bytes, int]:
        if cmd.ins != 0x2A:
            self._chain = None
            return b"", apdu.SW_CHAINING_UNSUPPORTED
        header = (cmd.ins, cmd.p1, cmd.p2)
        if self._chain is None or self._chain[0] != header:
            self._chain = (header, bytearray())
        self._chain[1].extend(cmd.data)
        if len(self._chain[1]) > _MAX_CHAIN:
            self._chain = None
            return b"", apdu.SW_WRONG_LENGTH
        return b"", apdu.SW_OK

    # --- response chaining (61xx + GET RESPONSE) --------------------------------
    @staticmethod
    def _sw_more(remaining: int) -> int:
        return 0x6100 | (remaining if remaining < 256 else 0)

    def _shape(self, data: bytes, sw: int) -> bytes:
        if self.chain_responses and len(data) > self.chunk_size:
            self._pending = (data, sw)
            return apdu.sw_bytes(self._sw_more(len(data)))
        return data + apdu.sw_bytes(sw)

    def _get_response(self, cmd: Command) -> bytes:
        if cmd.p1 or cmd.p2:
            return apdu.sw_bytes(apdu.SW_INCORRECT_P1P2)
        if self._pending is None:
            return apdu.sw_bytes(apdu.SW_CONDITIONS_NOT_SATISFIED)
        data, final_sw = self._pending
        count = min(cmd.le or 256, self.chunk_size, len(data))
        out, rest = data[:count], data[count:]
        if rest:
            self._pending = (rest, final_sw)
            return out + apdu.sw_bytes(self._sw_more(len(rest)))
        self._pending = None
        return out + apdu.sw_bytes(final_sw)

    # --- files -----------------------------------------------------------------
    def _select(self, cmd: Command) -> tuple[bytes, int]:
        if cmd.p2 not in (0x00, 0x04, 0x0C):
            return b"", apdu.SW_INCORRECT_P1P2
        sel, data = self.selection, cmd.data
        if cmd.p1 == 0x04:                       # by AID: no applications on this card
            return b"", apdu.SW_FILE_NOT_FOUND
        if cmd.p1 in (0x00, 0x01, 0x02):
            if cmd.p1 == 0x00 and not data:
                data = filesystem.MF_ID.to_bytes(2, "big")
            if len(data) != 2:
                return b"", apdu.SW_WRONG_LENGTH
            fid = int.from_bytes(data, "big")
            node = sel.child_df(fid) if cmd.p1 == 0x01 else sel.by_fid(fid, cmd.p1 == 0x02)
        elif cmd.p1 == 0x03:
            node = sel.parent_df()
        elif cmd.p1 in (0x08, 0x09):
            if not data or len(data) % 2:
                return b"", apdu.SW_WRONG_LENGTH
            node = sel.by_path(data, from_current=cmd.p1 == 0x09)
        else:
            return b"", apdu.SW_INCORRECT_P1P2
        if node is None:
            return b"", apdu.SW_FILE_NOT_FOUND
        return (b"" if cmd.p2 == 0x0C else filesystem.fcp(node)), apdu.SW_OK

    def _read_binary(self, cmd: Command) -> tuple[bytes, int]:
        if cmd.p1 & 0x80:                        # short EF identifier: not supported
            return b"", apdu.SW_FUNC_NOT_SUPPORTED
        if cmd.data:
            return b"", apdu.SW_WRONG_LENGTH
        ef = self.selection.current_ef
        if ef is None:
            return b"", apdu.SW_NO_CURRENT_EF
        offset, size = (cmd.p1 << 8) | cmd.p2, len(ef.data)
        if offset >= size and size:
            return b"", apdu.SW_WRONG_P1P2
        le = cmd.le if cmd.le is not None else 256
        chunk = ef.data[offset:offset + le]
        if len(chunk) < le:
            if self.strict_le and 0 < len(chunk) < 256:
                return b"", 0x6C00 | len(chunk)
            return chunk, apdu.SW_EOF_BEFORE_LE
        return chunk, apdu.SW_OK

    # --- PIN and PUK -------------------------------------------------------------
    def _verify(self, cmd: Command) -> tuple[bytes, int]:
        ref = cmd.p2 & 0x7F
        if cmd.p1 != 0x00:
            return b"", apdu.SW_INCORRECT_P1P2
        if ref not in (PIN_REF, PUK_REF):
            return b"", apdu.SW_REF_NOT_FOUND
        st, is_pin = self.state, ref == PIN_REF
        blocked = st.pin_blocked if is_pin else st.puk_blocked
        tries = st.pin_tries if is_pin else st.puk_tries
        if len(cmd.data) > 8:
            return b"", apdu.SW_WRONG_LENGTH
        if blocked:
            return b"", apdu.SW_AUTH_BLOCKED
        if not cmd.data:                         # tries left, without spending one
            if is_pin and self.pin_verified:
                return b"", apdu.SW_OK
            return b"", _sw_tries(tries)
        candidate = _unpad(cmd.data)
        if is_pin:
            self.pin_verified = st.check_pin(candidate)
            return b"", apdu.SW_OK if self.pin_verified else _sw_tries(st.pin_tries)
        return b"", apdu.SW_OK if st.check_puk(candidate) else _sw_tries(st.puk_tries)

    def _change(self, cmd: Command) -> tuple[bytes, int]:
        if cmd.p1 != 0x00:
            return b"", apdu.SW_INCORRECT_P1P2
        if cmd.p2 & 0x7F != PIN_REF:
            return b"", apdu.SW_REF_NOT_FOUND
        if len(cmd.data) != 16:
            return b"", apdu.SW_WRONG_LENGTH
        new_pin = _unpad(cmd.data[8:])
        if not valid_pin(new_pin):
            return b"", apdu.SW_WRONG_DATA
        if self.state.pin_blocked:
            return b"", apdu.SW_AUTH_BLOCKED
        if not self.state.check_pin(_unpad(cmd.data[:8])):
            self.pin_verified = False
            return b"", _sw_tries(self.state.pin_tries)
        self.state.set_pin(new_pin)
        self.pin_verified = True
        return b"", apdu.SW_OK

    def _reset_retry_counter(self, cmd: Command) -> tuple[bytes, int]:
        if cmd.p1 not in (0x00, 0x01):
            return b"", apdu.SW_INCORRECT_P1P2
        if cmd.p2 & 0x7F != PIN_REF:
            return b"", apdu.SW_REF_NOT_FOUND
        if len(cmd.data) != (16 if cmd.p1 == 0x00 else 8):
            return b"", apdu.SW_WRONG_LENGTH
        new_pin = _unpad(cmd.data[8:]) if cmd.p1 == 0x00 else None
        if new_pin is not None and not valid_pin(new_pin):
            return b"", apdu.SW_WRONG_DATA
        if self.state.puk_blocked:
            return b"", apdu.SW_AUTH_BLOCKED
        if not self.state.check_puk(_unpad(cmd.data[:8])):
            return b"", _sw_tries(self.state.puk_tries)
        if new_pin is not None:
            self.state.set_pin(new_pin)
        else:
            self.state.unblock_pin()
        return b"", apdu.SW_OK

    # --- security environment and crypto ------------------------------------------
    def _mse(self, cmd: Command) -> tuple[bytes, int]:
        if cmd.p1 == 0xF3:                       # restore (OpenSC sends 00 22 F3 03 00)
            self.security_env = None
            return b"", apdu.SW_OK
        if cmd.p1 not in (0xF1, 0x41, 0x81):
            return b"", apdu.SW_INCORRECT_P1P2
        if cmd.p2 not in (0xB8, 0xB6, 0xA4):
            return b"", apdu.SW_INCORRECT_P1P2
        data, pos, key_ref = cmd.data, 0, None
        while pos + 2 <= len(data):
            tag, length = data[pos], data[pos + 1]
            value = data[pos + 2:pos + 2 + length]
            if len(value) != length:
                return b"", apdu.SW_WRONG_DATA
            if tag in (0x83, 0x84) and length == 1:
                key_ref = value[0]
            pos += 2 + length
        if pos != len(data) or key_ref is None:
            return b"", apdu.SW_WRONG_DATA
        if key_ref != KEY_REF:
            return b"", apdu.SW_REF_NOT_FOUND
        self.security_env = {"template": cmd.p2, "key": key_ref}
        return b"", apdu.SW_OK

    def _pso(self, cmd: Command) -> tuple[bytes, int]:
        operation = (cmd.p1, cmd.p2)
        if operation not in ((0x80, 0x86), (0x9E, 0x9A)):
            return b"", apdu.SW_INCORRECT_P1P2
        if not self.pin_verified:
            return b"", apdu.SW_SECURITY_NOT_SATISFIED
        try:
            if operation == (0x80, 0x86):        # raw RSA behind "decipher"
                if len(cmd.data) != self.key.size + 1:
                    return b"", apdu.SW_WRONG_LENGTH
                if cmd.data[0] != 0x00:
                    return b"", apdu.SW_WRONG_DATA
                return self.key.raw(cmd.data[1:]), apdu.SW_OK
            if not cmd.data:
                return b"", apdu.SW_WRONG_LENGTH
            return self.key.sign_pkcs1(cmd.data), apdu.SW_OK
        except KeyOperationError:
            return b"", apdu.SW_WRONG_DATA

    # --- logging (never PIN/PUK data) ---------------------------------------------
    @staticmethod
    def _describe(raw: bytes, cmd: Command | None, response: bytes) -> str:
        sw = response[-2:].hex().upper()
        if cmd is None:
            return f"apdu <malformed {len(raw)} bytes> -> {sw}"
        parts = [cmd.header()]
        if cmd.data:
            if cmd.ins in _MASKED_INS:
                parts.append(f"data=<masked {len(cmd.data)} bytes>")
            elif cmd.ins in _SHOWN_INS:
                parts.append(f"data={cmd.data.hex().upper()}")
            else:
                parts.append(f"data=<{len(cmd.data)} bytes>")
        if cmd.le is not None:
            parts.append(f"Le={cmd.le}")
        if cmd.extended:
            parts.append("ext")
        return f"apdu {' '.join(parts)} -> {sw} ({len(response) - 2} bytes)"
