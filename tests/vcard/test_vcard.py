"""Unit tests of the virtual CNS card's command handling (no pcscd involved)."""

from __future__ import annotations

import unittest

from cryptography import x509

import atr
import personaldata
import provision
from testutil import (CardFixture, digest_info_sha256, pad_pin, pkcs1_block, read_all,
                      select_path, send, verify_sha256)

PIN, PUK = "12345", "12345678"
FILES = {"10001002", "10001003", "11001101", "11001102"}


def verify(card, pin=None):
    return send(card, 0x00, 0x20, 0x00, 0x90, pad_pin(pin) if pin is not None else b"")[1]


def raw_rsa_chained(card, block: bytes):
    payload = b"\x00" + block
    _, sw = send(card, 0x10, 0x2A, 0x80, 0x86, payload[:255])
    if sw != 0x9000:
        return b"", sw
    return send(card, 0x00, 0x2A, 0x80, 0x86, payload[255:], le=256)


class CardTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fx = CardFixture("mario")

    @classmethod
    def tearDownClass(cls):
        cls.fx.cleanup()

    def setUp(self):
        self.log = []
        self.card = self.fx.new_card(log=self.log.append)


class AtrTest(unittest.TestCase):
    def test_default_atr_is_cns_version_11_with_valid_tck(self):
        value = atr.build()
        self.assertIn(b"CNS\x11\x31\x80", value)
        check = 0
        for b in value[1:]:
            check ^= b
        self.assertEqual(check, 0)

    def test_version_10_gives_the_known_atr(self):
        self.assertEqual(atr.build(0x10).hex().upper(),
                         "3BFF1800FF8131FE55006B02090303010101434E531031809D")


class FileTest(CardTestCase):
    def test_every_file_selects_and_reads_back(self):
        expected = {p.replace("/", ""): c for p, c in self.fx.files.items()}
        self.assertEqual(set(expected), FILES)
        for path, content in expected.items():
            for chunk in (0xFF, 0x80, 0x10):
                with self.subTest(path=path, chunk=chunk):
                    self.assertEqual(select_path(self.card, path)[1], 0x9000)
                    self.assertEqual(read_all(self.card, chunk), content)

    def test_fcp_carries_size_and_fid(self):
        fcp, sw = select_path(self.card, "11001101", p2=0x00)
        self.assertEqual(sw, 0x9000)
        self.assertEqual(fcp[0], 0x62)
        size = len(self.fx.files["1100/1101"])
        self.assertIn(b"\x80\x02" + size.to_bytes(2, "big"), fcp)
        self.assertIn(b"\x83\x02\x11\x01", fcp)

    def test_select_by_fid_walks_the_tree(self):
        for fid in ("3F00", "1100", "1102"):
            self.assertEqual(send(self.card, 0, 0xA4, 0x00, 0x0C, bytes.fromhex(fid))[1], 0x9000)
        self.assertEqual(read_all(self.card), self.fx.files["1100/1102"])
        self.assertEqual(send(self.card, 0, 0xA4, 0x02, 0x0C, bytes.fromhex("1101"))[1], 0x9000)
        self.assertEqual(read_all(self.card), self.fx.files["1100/1101"])
        self.assertEqual(send(self.card, 0, 0xA4, 0x02, 0x0C, bytes.fromhex("1100"))[1], 0x6A82)

    def test_select_failures(self):
        self.assertEqual(select_path(self.card, "14009010")[1], 0x6A82)
        self.assertEqual(select_path(self.card, "2FFF8228")[1], 0x6A82)
        self.assertEqual(send(self.card, 0, 0xA4, 0x04, 0x00, bytes.fromhex("A000000308"))[1],
                         0x6A82)
        self.assertEqual(send(self.card, 0, 0xA4, 0x08, 0x0C, b"\x11")[1], 0x6700)

    def test_read_edges(self):
        self.assertEqual(send(self.card, 0, 0xB0, 0, 0, le=16)[1], 0x6986)   # no EF yet
        select_path(self.card, "10001003")
        data, sw = send(self.card, 0, 0xB0, 0, 10, le=0xFF)
        self.assertEqual((data, sw), (self.fx.files["1000/1003"][10:], 0x6282))
        self.assertEqual(send(self.card, 0, 0xB0, 0, 16, le=1)[1], 0x6B00)
        self.assertEqual(send(self.card, 0, 0xB0, 0x80, 0, le=1)[1], 0x6A81)  # SFI

    def test_strict_le_answers_6c(self):
        card = self.fx.new_card(strict_le=True)
        select_path(card, "10001003")
        self.assertEqual(send(card, 0, 0xB0, 0, 0, le=0xFF), (b"", 0x6C10))
        self.assertEqual(send(card, 0, 0xB0, 0, 0, le=0x10)[1], 0x9000)

    def test_serial_and_personal_data_match_the_certificate(self):
        serial = self.fx.files["1000/1003"].decode()
        self.assertRegex(serial, r"^\d{16}$")
        pd = self.fx.files["1100/1102"]
        values = personaldata.parse(pd)
        self.assertEqual(personaldata.encode(values), pd)
        self.assertEqual((values["surname"], values["name"]), ("ROSSI", "MARIO"))
        self.assertEqual(values["codice_fiscale"], "RSSMRA85T10A562S")
        cert = x509.load_der_x509_certificate(self.fx.files["1100/1101"])
        cn = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
        self.assertEqual(cn, f"RSSMRA85T10A562S/{serial}.{provision.personal_data_sha1_b64(pd)}")


class PinTest(CardTestCase):
    def test_wrong_pin_counts_down_then_blocks(self):
        self.assertEqual(verify(self.card), 0x63C3)
        self.assertEqual(verify(self.card), 0x63C3)           # asking costs nothing
        self.assertEqual(verify(self.card, "99999"), 0x63C2)
        self.assertEqual(verify(self.card, "99999"), 0x63C1)
        self.assertEqual(verify(self.card, "99999"), 0x63C0)
        self.assertEqual(verify(self.card, PIN), 0x6983)
        self.assertEqual(verify(self.card), 0x6983)

    def test_right_pin_resets_counter_and_empty_verify_then_says_verified(self):
        verify(self.card, "99999")
        self.assertEqual(verify(self.card, PIN), 0x9000)
        self.assertEqual(verify(self.card), 0x9000)
        self.card.reset()
        self.assertEqual(verify(self.card), 0x63C3)

    def test_p2_10_also_accepted(self):
        self.assertEqual(send(self.card, 0, 0x20, 0, 0x10, pad_pin(PIN))[1], 0x9000)
        self.assertEqual(send(self.card, 0, 0x20, 0, 0x12, pad_pin(PIN))[1], 0x6A88)

    def test_puk_unblocks_with_new_pin(self):
        for _ in range(3):
            verify(self.card, "99999")
        data = pad_pin("00000000") + pad_pin("54321")
        self.assertEqual(send(self.card, 0, 0x2C, 0, 0x90, data)[1], 0x63C9)
        data = pad_pin(PUK) + pad_pin("54321")
        self.assertEqual(send(self.card, 0, 0x2C, 0, 0x90, data)[1], 0x9000)
        self.assertEqual(verify(self.card), 0x63C3)
        self.assertEqual(verify(self.card, "54321"), 0x9000)
        self.assertEqual(send(self.card, 0, 0x20, 0, 0x91, b"")[1], 0x63CA)  # PUK counter back

    def test_puk_p1_01_resets_counter_only(self):
        verify(self.card, "99999")
        self.assertEqual(send(self.card, 0, 0x2C, 1, 0x90, pad_pin(PUK))[1], 0x9000)
        self.assertEqual(verify(self.card), 0x63C3)
        self.assertEqual(verify(self.card, PIN), 0x9000)

    def test_puk_blocks_after_ten_tries(self):
        data = pad_pin("00000000") + pad_pin("54321")
        sws = [send(self.card, 0, 0x2C, 0, 0x90, data)[1] for _ in range(10)]
        self.assertEqual(sws[-1], 0x63C0)
        self.assertEqual(send(self.card, 0, 0x2C, 0, 0x90, pad_pin(PUK) + pad_pin("54321"))[1],
                         0x6983)

    def test_change_pin(self):
        self.assertEqual(send(self.card, 0, 0x24, 0, 0x90, pad_pin("11111") + pad_pin("22222"))[1],
                         0x63C2)
        self.assertEqual(send(self.card, 0, 0x24, 0, 0x90, pad_pin(PIN) + pad_pin("12"))[1],
                         0x6A80)
        self.assertEqual(send(self.card, 0, 0x24, 0, 0x90, pad_pin(PIN) + pad_pin("22222"))[1],
                         0x9000)
        self.card.reset()
        self.assertEqual(verify(self.card, PIN), 0x63C2)
        self.assertEqual(verify(self.card, "22222"), 0x9000)

    def test_counters_survive_a_restart(self):
        verify(self.card, "99999")
        verify(self.card, "99999")
        restarted = self.fx.new_card(fresh_state=False)
        self.assertEqual(verify(restarted), 0x63C1)
        verify(restarted, "99999")
        again = self.fx.new_card(fresh_state=False)
        self.assertEqual(verify(again, PIN), 0x6983)

    def test_pin_never_logged(self):
        verify(self.card, "13579")
        send(self.card, 0, 0x24, 0, 0x90, pad_pin("13579") + pad_pin("24680"))
        text = "\n".join(self.log)
        for secret in ("13579", "24680", b"13579".hex(), b"13579".hex().upper()):
            self.assertNotIn(secret, text)
        self.assertIn("masked", text)


class CryptoTest(CardTestCase):
    def _block(self, message=b"inlinea"):
        return pkcs1_block(digest_info_sha256(message))

    def test_key_operations_need_the_pin(self):
        self.assertEqual(raw_rsa_chained(self.card, self._block())[1], 0x6982)
        self.assertEqual(send(self.card, 0, 0x2A, 0x9E, 0x9A, digest_info_sha256(b"x"))[1], 0x6982)

    def test_mse(self):
        self.assertEqual(self.card.process(bytes.fromhex("0022F30300"))[-2:], b"\x90\x00")
        self.assertEqual(send(self.card, 0, 0x22, 0xF1, 0xB8, bytes.fromhex("830101"))[1], 0x9000)
        self.assertEqual(send(self.card, 0, 0x22, 0xF1, 0xB6, bytes.fromhex("830102"))[1], 0x6A88)

    def test_raw_rsa_through_command_chaining(self):
        verify(self.card, PIN)
        send(self.card, 0, 0x22, 0xF1, 0xB8, bytes.fromhex("830101"))
        sig, sw = raw_rsa_chained(self.card, self._block())
        self.assertEqual(sw, 0x9000)
        verify_sha256(self.fx.cert, sig, b"inlinea")

    def test_raw_rsa_through_one_extended_apdu(self):
        verify(self.card, PIN)
        sig, sw = send(self.card, 0, 0x2A, 0x80, 0x86, b"\x00" + self._block(b"ext"), le=65536,
                       extended=True)
        self.assertEqual(sw, 0x9000)
        verify_sha256(self.fx.cert, sig, b"ext")

    def test_raw_rsa_rejects_bad_input(self):
        verify(self.card, PIN)
        self.assertEqual(send(self.card, 0, 0x2A, 0x80, 0x86, b"\x00" * 100, le=256)[1], 0x6700)
        big = b"\x00" + b"\xff" * 256
        self.assertEqual(send(self.card, 0, 0x2A, 0x80, 0x86, big, extended=True)[1], 0x6A80)

    def test_pso_cds_pads_on_the_card(self):
        verify(self.card, PIN)
        sig, sw = send(self.card, 0, 0x2A, 0x9E, 0x9A, digest_info_sha256(b"cds"), le=256)
        self.assertEqual(sw, 0x9000)
        verify_sha256(self.fx.cert, sig, b"cds")

    def test_pin_state_cleared_by_power_off(self):
        verify(self.card, PIN)
        self.card.power_off()
        self.card.power_on()
        self.assertEqual(raw_rsa_chained(self.card, self._block())[1], 0x6982)


class ResponseChainingTest(CardTestCase):
    def setUp(self):
        self.card = self.fx.new_card(chain_responses=True, chunk_size=128)

    def test_long_read_comes_through_get_response(self):
        select_path(self.card, "11001101")
        self.assertEqual(send(self.card, 0, 0xB0, 0, 0, le=0xFF), (b"", 0x61FF))
        first, sw = send(self.card, 0, 0xC0, 0, 0, le=0xFF)
        self.assertEqual((len(first), sw), (128, 0x617F))
        second, sw = send(self.card, 0, 0xC0, 0, 0, le=0x7F)
        self.assertEqual((len(second), sw), (127, 0x9000))
        self.assertEqual(first + second, self.fx.files["1100/1101"][:255])
        self.assertEqual(send(self.card, 0, 0xC0, 0, 0, le=0)[1], 0x6985)

    def test_signature_comes_through_get_response(self):
        verify(self.card, PIN)
        _, sw = raw_rsa_chained(self.card, pkcs1_block(digest_info_sha256(b"gr")))
        self.assertEqual(sw, 0x6100)
        sig = b""
        while sw != 0x9000:
            self.assertEqual(sw & 0xFF00, 0x6100)
            part, sw = send(self.card, 0, 0xC0, 0, 0, le=(sw & 0xFF))
            sig += part
        verify_sha256(self.fx.cert, sig, b"gr")

    def test_short_answers_are_not_chained(self):
        select_path(self.card, "10001003")
        self.assertEqual(send(self.card, 0, 0xB0, 0, 0, le=16), (self.fx.files["1000/1003"], 0x9000))


class ErrorTest(CardTestCase):
    def test_unknown_ins_wrong_cla_and_malformed(self):
        self.assertEqual(send(self.card, 0, 0x84, 0, 0, le=8)[1], 0x6D00)
        self.assertEqual(send(self.card, 0x80, 0xA4, 0x08, 0x0C, bytes.fromhex("1000"))[1], 0x6E00)
        self.assertEqual(self.card.process(bytes.fromhex("00A4")), bytes.fromhex("6700"))
        self.assertEqual(self.card.process(bytes.fromhex("00A408000511")), bytes.fromhex("6700"))
        self.assertEqual(send(self.card, 0x10, 0xB0, 0, 0, b"\x01")[1], 0x6884)


if __name__ == "__main__":
    unittest.main()
