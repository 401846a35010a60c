"""Fidelity check: Debian's OpenSC, through the real pcscd and vpcd, must treat the virtual
card as an Italian CNS — recognise it, read its certificate, log in and sign.

Skips only when pcscd, OpenSC or the vpcd driver are not installed. Needs exclusive use of
pcscd (see stack.py). Set VCARD_KEEP=1 to keep the temporary folder with the logs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

import atr
import provision
from stack import Stack
from testutil import digest_info_sha256, verify_sha256

MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"
VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so"
_SEARCH = os.environ.get("PATH", "") + ":/usr/sbin:/sbin"
MISSING = ([t for t in ("pcscd", "opensc-tool", "pkcs15-tool", "pkcs11-tool")
            if shutil.which(t, path=_SEARCH) is None]
           + [f for f in (MODULE, VPCD_DRIVER) if not os.path.exists(f)])

_CONF = """app default {{
{reader}	framework pkcs15 {{
		use_file_caching = no;
	}}
}}
"""
_EXTENDED = """	reader_driver pcsc {
		max_send_size = 65535;
		max_recv_size = 65536;
	}
"""
MESSAGE = b"Inlinea Desktop: firma di prova\n"


@unittest.skipIf(MISSING, f"not installed: {', '.join(MISSING)}")
class OpenscFidelityTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="vcard-opensc-")
        cls.logs = os.path.join(cls.tmp, "logs")
        cls.conf = cls._write("opensc.conf", _CONF.format(reader=""))
        cls.conf_ext = cls._write("opensc-ext.conf", _CONF.format(reader=_EXTENDED))
        os.makedirs(os.path.join(cls.tmp, "home"))
        cls.stack = Stack(os.path.join(cls.tmp, "state"), "mario", log_dir=cls.logs)
        cls.stack.start_pcscd()

    @classmethod
    def tearDownClass(cls):
        cls.stack.stop()
        if os.environ.get("VCARD_KEEP"):
            print(f"\nkept {cls.tmp}", file=sys.stderr)
        else:
            shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def _write(cls, name, text):
        path = os.path.join(cls.tmp, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    # --- helpers ---------------------------------------------------------------------
    def use_card(self, person="mario", *extra):
        """Insert a fresh card (state reset: PIN 12345, PUK 12345678, full counters)."""
        self.stack.remove()
        self.card_log_start = self._card_log_size()
        return self.stack.insert(person, ["--reset-state", *extra])

    def _card_log_size(self):
        path = os.path.join(self.logs, "vcard.log")
        return os.path.getsize(path) if os.path.exists(path) else 0

    def card_log(self) -> str:
        with open(os.path.join(self.logs, "vcard.log"), "rb") as f:
            f.seek(self.card_log_start)
            return f.read().decode(errors="replace")

    def run_tool(self, *args, conf=None, expect_ok=True):
        env = dict(os.environ, OPENSC_CONF=conf or self.conf, HOME=os.path.join(self.tmp, "home"))
        env.pop("OPENSC_DEBUG", None)
        proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
        if expect_ok and proc.returncode != 0:
            env["OPENSC_DEBUG"] = "9"
            debug = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
            tail = "\n".join((debug.stdout + debug.stderr).splitlines()[-80:])
            self.fail(f"{' '.join(args)} failed ({proc.returncode}): {proc.stdout}{proc.stderr}\n"
                      f"--- OPENSC_DEBUG=9 rerun, last lines ---\n{tail}")
        return proc

    def pkcs11(self, *args, **kw):
        return self.run_tool("pkcs11-tool", "--module", MODULE, *args, **kw)

    def sign(self, mechanism, data: bytes, pin="12345", conf=None) -> bytes:
        src, out = os.path.join(self.tmp, "data.bin"), os.path.join(self.tmp, "sig.bin")
        with open(src, "wb") as f:
            f.write(data)
        if os.path.exists(out):
            os.remove(out)
        self.pkcs11("--login", "--pin", pin, "--sign", "--mechanism", mechanism, "--id", "01",
                    "-i", src, "-o", out, conf=conf)
        with open(out, "rb") as f:
            return f.read()

    def certificate(self, person="mario"):
        with open(provision.cert_path(self.stack.state_dir, person), "rb") as f:
            return x509.load_pem_x509_certificate(f.read())

    # --- tests -----------------------------------------------------------------------
    def test_card_is_named_an_italian_cns(self):
        self.use_card()
        proc = self.run_tool("opensc-tool", "-n", "-v")
        text = proc.stdout + proc.stderr
        self.assertIn("Using card driver Italian CNS", text)
        self.assertIn("CNS card", text)
        atr_text = self.run_tool("opensc-tool", "-a").stdout
        self.assertIn(":".join(f"{b:02x}" for b in atr.build()), atr_text)

    def test_pkcs15_lists_the_auth_certificate_and_the_holder(self):
        self.use_card()
        listing = self.run_tool("pkcs15-tool", "--list-certificates").stdout
        self.assertIn("X.509 Certificate [CNS0]", listing)
        self.assertIn("3f0011001101", listing)
        pem = self.run_tool("pkcs15-tool", "--read-certificate", "01").stdout
        cert = x509.load_pem_x509_certificate(pem.encode())
        self.assertEqual(cert, self.certificate())
        dump = self.run_tool("pkcs15-tool", "--dump").stdout
        self.assertIn("PKCS#15 Card [MARIO ROSSI]", dump)          # parsed EF_DatiPersonali
        self.assertIn("Serial number  : 6001000000000014", dump)
        self.assertIn("ModLength      : 2048", dump)

    def test_sign_rsa_pkcs_through_chained_decipher_and_count_apdus(self):
        self.use_card()
        sig = self.sign("RSA-PKCS", digest_info_sha256(MESSAGE))
        verify_sha256(self.certificate(), sig, MESSAGE)
        log = self.card_log()
        self.assertIn("10 2A 80 86 data=<255 bytes>", log)
        self.assertIn("00 20 00 90 data=<masked 8 bytes> -> 9000", log)
        self.assertNotIn("3132333435", log.replace(" ", ""))        # "12345" never logged
        count = self.stack.remove()
        self.assertGreater(count, 0)
        with open(os.path.join(self.logs, "apdu-count.txt"), "w") as f:
            f.write(f"{count}\n")
        print(f"\nOpenSC 'read cert + login + sign once': {count} APDUs", file=sys.stderr)

    def test_sign_sha256_rsa_pss_when_offered(self):
        self.use_card()
        mechanisms = self.pkcs11("-M").stdout
        if "SHA256-RSA-PKCS-PSS" not in mechanisms:
            self.skipTest("this OpenSC offers no SHA256-RSA-PKCS-PSS for the card")
        sig = self.sign("SHA256-RSA-PKCS-PSS", MESSAGE)
        self.certificate().public_key().verify(
            sig, MESSAGE, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())

    def test_sign_with_one_extended_apdu(self):
        self.use_card()
        sig = self.sign("RSA-PKCS", digest_info_sha256(MESSAGE), conf=self.conf_ext)
        verify_sha256(self.certificate(), sig, MESSAGE)
        self.assertRegex(self.card_log(), r"00 2A 80 86 data=<257 bytes> Le=\d+ ext -> 9000")

    def test_sign_with_61xx_get_response(self):
        self.use_card("mario", "--chain-responses")
        sig = self.sign("SHA256-RSA-PKCS", MESSAGE)
        verify_sha256(self.certificate(), sig, MESSAGE)
        self.assertIn("00 C0 00 00", self.card_log())

    def test_wrong_pin_blocks_and_puk_unblocks(self):
        self.use_card("anna")
        for _ in range(3):
            proc = self.pkcs11("--login", "--pin", "99999", "-O", expect_ok=False)
            self.assertNotEqual(proc.returncode, 0)
        proc = self.pkcs11("--login", "--pin", "12345", "-O", expect_ok=False)
        self.assertIn("CKR_PIN_LOCKED", proc.stdout + proc.stderr)
        self.run_tool("pkcs15-tool", "--unblock-pin", "--auth-id", "01", "--puk", "12345678",
                      "--new-pin", "54321")
        sig = self.sign("SHA256-RSA-PKCS", MESSAGE, pin="54321")
        verify_sha256(self.certificate("anna"), sig, MESSAGE)
        log = self.card_log()
        self.assertIn("-> 6983", log)
        self.assertIn("00 2C 00 90 data=<masked 16 bytes> -> 9000", log)


if __name__ == "__main__":
    unittest.main()
