"""Tests of the CNS test CA, the people and the personal-data encoding."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
import unittest

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID

import checkdigits
import cnsca
import people
import personaldata
import provision

HERE = os.path.dirname(os.path.abspath(__file__))
SHA1_B64 = "GeoMb91j3IV+Z0yOYlBfVV57sLA="


def policies(cert):
    ext = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    return [p.policy_identifier.dotted_string for p in ext]


class CaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="cnsca-test-")
        cls.ca = cnsca.init_ca(cls.dir)
        cls.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def issue(self, **kw):
        return cnsca.issue(self.dir, "6001000000000014", "RSSMRA85T10A562S", SHA1_B64,
                           self.key.public_key(), **kw)

    def test_ca_profile_and_idempotent_init(self):
        self.assertEqual(self.ca.subject.rfc4514_string(),
                         "CN=Inlinea CNS Test CA,O=Inlinea Test,C=IT")
        self.assertEqual(self.ca.public_key().key_size, 2048)
        self.assertEqual(self.ca.signature_hash_algorithm.name, "sha256")
        self.assertEqual(oct(os.stat(os.path.join(self.dir, "cns-ca.key")).st_mode & 0o777), "0o600")
        again = cnsca.init_ca(self.dir)
        self.assertEqual(again.fingerprint(again.signature_hash_algorithm),
                         self.ca.fingerprint(self.ca.signature_hash_algorithm))
        with open(os.path.join(self.dir, "cns-ca.crl.pem"), "rb") as f:
            crl = x509.load_pem_x509_crl(f.read())
        self.assertTrue(crl.is_signature_valid(self.ca.public_key()))

    def test_auth_certificate_profile(self):
        cert = self.issue(surname="Rossi", given_name="Mario")
        cn = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
        self.assertEqual(cn, f"RSSMRA85T10A562S/6001000000000014.{SHA1_B64}")
        self.assertEqual(policies(cert), ["1.3.76.16.2.1"])
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        self.assertEqual(list(eku), [ExtendedKeyUsageOID.CLIENT_AUTH])
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage)
        self.assertTrue(ku.critical)
        self.assertTrue(ku.value.digital_signature)
        self.assertFalse(ku.value.key_encipherment)
        years = (cert.not_valid_after - cert.not_valid_before).days / 365.25
        self.assertAlmostEqual(years, 6, delta=0.01)
        self.ca.public_key().verify(cert.signature, cert.tbs_certificate_bytes,
                                    padding.PKCS1v15(), cert.signature_hash_algorithm)

    def test_expired_and_wrong_policy(self):
        expired = self.issue(expired=True)
        yesterday = dt.datetime.utcnow() - dt.timedelta(days=1)
        self.assertLess(abs((expired.not_valid_after - yesterday).total_seconds()), 120)
        self.assertEqual(policies(self.issue(wrong_policy=True)), [cnsca.WRONG_POLICY])

    def test_revoke_adds_to_crl_once(self):
        cert = self.issue()
        cnsca.revoke(self.dir, cert)
        cnsca.revoke(self.dir, cert)
        with open(os.path.join(self.dir, "cns-ca.crl.pem"), "rb") as f:
            crl = x509.load_pem_x509_crl(f.read())
        self.assertTrue(crl.is_signature_valid(self.ca.public_key()))
        self.assertIsNotNone(crl.get_revoked_certificate_by_serial_number(cert.serial_number))
        self.assertEqual(sum(1 for r in crl if r.serial_number == cert.serial_number), 1)

    def test_cli(self):
        pub = os.path.join(self.dir, "pub.pem")
        out = os.path.join(self.dir, "cli-cert.pem")
        with open(pub, "wb") as f:
            f.write(self.key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        tool = ["/usr/bin/python3", os.path.join(HERE, "cnsca.py")]
        subprocess.run(tool + ["init", "--dir", self.dir], check=True)
        subprocess.run(tool + ["issue", "--dir", self.dir, "--serial", "6001000000000014",
                               "--cf", "RSSMRA85T10A562S", "--personal-data-sha1", SHA1_B64,
                               "--pubkey", pub, "--wrong-policy", "--out", out], check=True)
        with open(out, "rb") as f:
            self.assertEqual(policies(x509.load_pem_x509_certificate(f.read())),
                             [cnsca.WRONG_POLICY])
        subprocess.run(tool + ["revoke", "--dir", self.dir, "--cert", out], check=True)

    def test_provision_variants(self):
        state = tempfile.mkdtemp(prefix="provision-test-", dir=self.dir)
        _f, key, _s, cert = provision.provision(state, "anna", "revoked")
        with open(os.path.join(state, "cns-ca.crl.pem"), "rb") as f:
            crl = x509.load_pem_x509_crl(f.read())
        self.assertIsNotNone(crl.get_revoked_certificate_by_serial_number(cert.serial_number))
        _f, key2, _s, valid = provision.provision(state, "anna")
        self.assertEqual(key.private_numbers(), key2.private_numbers())
        self.assertIsNone(crl.get_revoked_certificate_by_serial_number(valid.serial_number))
        self.assertEqual(oct(os.stat(os.path.join(state, "anna", "key.pem")).st_mode & 0o777),
                         "0o600")


class PeopleTest(unittest.TestCase):
    def test_codici_fiscali(self):
        self.assertEqual(people.get("mario").codice_fiscale, "RSSMRA85T10A562S")
        self.assertEqual(people.get("anna").codice_fiscale, "BNCNNA90A41F205W")
        for person in people.PEOPLE.values():
            self.assertTrue(checkdigits.cf_is_valid(person.codice_fiscale))
        self.assertTrue(checkdigits.cf_is_valid("RSSMRA85T10A56NH"))      # omocode
        self.assertFalse(checkdigits.cf_is_valid("RSSMRA85T10A562X"))

    def test_card_serials_pass_luhn(self):
        for person in people.PEOPLE.values():
            self.assertRegex(person.card_serial, r"^\d{16}$")
            self.assertTrue(checkdigits.luhn_is_valid(person.card_serial))
        self.assertEqual(checkdigits.luhn_check_digit("7992739871"), "3")

    def test_personal_data_round_trip(self):
        for person in people.PEOPLE.values():
            data = person.personal_data()
            values = personaldata.parse(data)
            self.assertEqual(int(data[:6], 16), len(data) - 6)
            self.assertEqual(values["codice_fiscale"], person.codice_fiscale)
            self.assertEqual(values["birth_date"], person.birth_date.strftime("%d%m%Y"))
            self.assertEqual(personaldata.encode(values), data)
        self.assertEqual(personaldata.parse(people.get("anna").personal_data())["sex"], "F")

    def test_parser_rejects_bad_lengths(self):
        good = people.get("mario").personal_data()
        self.assertEqual(personaldata.parse(good + b"\x00" * 20)["surname"], "ROSSI")  # padding
        for bad in (good[:3], good[:-10], b"0000FF" + good[6:], b"00000A05ABC", b"zz" + good[2:],
                    good[:6] + b"FF" + good[8:]):
            with self.subTest(bad=bad[:12]):
                with self.assertRaises(personaldata.PersonalDataError):
                    personaldata.parse(bad)


if __name__ == "__main__":
    unittest.main()
