"""vcard.py over a fake vpcd: framing, power control, readiness, removal, APDU count."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

import atr
from fakevpcd import FakeVpcd

HERE = os.path.dirname(os.path.abspath(__file__))
SELECT_SERIAL = bytes.fromhex("00A4080C0410001003")
READ_16 = bytes.fromhex("00B0000010")


class TransportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.state = tempfile.mkdtemp(prefix="vcard-transport-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.state, ignore_errors=True)

    def start(self, *extra):
        self.vpcd = FakeVpcd()
        self.addCleanup(self.vpcd.close)
        cmd = ["/usr/bin/python3", os.path.join(HERE, "vcard.py"), "--state", self.state,
               "--person", "luca", "--port", str(self.vpcd.port), *extra]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
        self.addCleanup(self._kill)
        self.vpcd.accept()
        self.assertEqual(self.vpcd.control(0x04), atr.build())   # ATR before power-on, as vpcd does
        self.vpcd.control(0x01)
        self.assertEqual(self.proc.stdout.readline().strip(), "vcard: ready")

    def _kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()
        self.proc.stderr.close()

    def finish(self) -> tuple[str, str]:
        out, err = self.proc.communicate(timeout=10)
        return out, err

    def test_apdus_ready_and_count_on_sigterm(self):
        self.start("--verbose")
        self.assertEqual(self.vpcd.transmit(SELECT_SERIAL), b"\x90\x00")
        resp = self.vpcd.transmit(READ_16)
        self.assertEqual(resp[-2:], b"\x90\x00")
        self.assertRegex(resp[:-2].decode(), r"^6001\d{12}$")
        self.vpcd.control(0x02)                                   # reset keeps the link
        self.assertEqual(self.vpcd.transmit(bytes.fromhex("00CA000000"))[-2:], b"\x6D\x00")
        self.proc.send_signal(signal.SIGTERM)
        out, err = self.finish()
        self.assertEqual(self.proc.returncode, 0)
        self.assertIn("vcard: apdus=3", out)
        self.assertIn("00 A4 08 0C data=10001003 -> 9000", err)

    def test_remove_after_drops_the_link(self):
        self.start("--remove-after", "2")
        self.vpcd.transmit(SELECT_SERIAL)
        self.vpcd.transmit(READ_16)
        self.vpcd.send(READ_16)
        self.assertTrue(self.vpcd.card_closed())
        out, _ = self.finish()
        self.assertIn("vcard: apdus=2", out)

    def test_round_trip_is_fast(self):
        """TCP_QUICKACK: without it each APDU waits for a delayed ACK (~40 ms)."""
        self.start()
        self.vpcd.transmit(SELECT_SERIAL)
        count = 30
        begin = time.perf_counter()
        for _ in range(count):
            self.vpcd.transmit(READ_16)
        per_apdu = (time.perf_counter() - begin) / count
        self.assertLess(per_apdu, 0.010, f"{per_apdu * 1000:.1f} ms per APDU")


if __name__ == "__main__":
    unittest.main()
