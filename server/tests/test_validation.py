"""Field validation (inlinea_portal.domain.validation): the shared vectors of
tests/data/validation_vectors.json, Italian details, the wire date format, codice fiscale
against the person, and a fuzz test against an independent oracle."""

import datetime as dt
import json
import os
import random
import re
import unittest

from inlinea_portal.domain import fiscal, validation as v

from .support import SERVER_DIR

VECTORS = os.path.join(os.path.dirname(SERVER_DIR), "tests", "data", "validation_vectors.json")


def load_vectors() -> dict:
    with open(VECTORS, encoding="utf-8") as handle:
        return json.load(handle)


class VectorsTest(unittest.TestCase):
    """Both implementations (this one and the app's) are tested against the same file."""

    @classmethod
    def setUpClass(cls):
        cls.vectors = load_vectors()

    def test_every_case_gives_the_same_first_error(self):
        cases = self.vectors["cases"]
        self.assertGreater(len(cases), 150)
        for case in cases:
            with self.subTest(field=case["field"], value=case["value"], note=case.get("note")):
                errors = v.VALIDATORS[case["field"]](case["value"])
                expected = case["error"]
                if expected is None:
                    self.assertEqual(errors, [])
                    continue
                self.assertTrue(errors, "valid, but the vector says " + expected["code"])
                first = errors[0]
                self.assertEqual(first["code"], expected["code"], first["detail"])
                for key in ("position", "expected"):
                    if key in expected:
                        self.assertEqual(first.get(key), expected[key], first["detail"])
                self.assertTrue(first["detail"])

    def test_every_field_of_the_vectors_has_a_validator(self):
        self.assertEqual({case["field"] for case in self.vectors["cases"]} - set(v.VALIDATORS),
                         set())

    def test_province_list_is_the_shared_one(self):
        self.assertEqual(sorted(v.PROVINCE), sorted(self.vectors["province"]))
        self.assertEqual(len(v.PROVINCE), 107)
        for sigla in self.vectors["province"]:
            self.assertEqual(v.check_provincia(sigla.lower()), [], sigla)

    def test_every_code_used_is_a_contract_code(self):
        for case in self.vectors["cases"]:
            if case["error"]:
                self.assertIn(case["error"]["code"], v.CODES)


class DetailsTest(unittest.TestCase):
    """The Italian details say exactly what is wrong."""

    def first(self, errors):
        self.assertEqual(len(errors), 1, errors)
        return errors[0]

    def test_codice_fiscale_details(self):
        self.assertEqual(self.first(v.check_codice_fiscale("RSSMRA85T10A562A")),
                         {"code": "check_character",
                          "detail": "carattere di controllo errato: atteso S", "expected": "S"})
        error = self.first(v.check_codice_fiscale("RSSMRA8KT10A562S"))
        self.assertEqual((error["code"], error["position"]), ("invalid_character", 8))
        self.assertIn("posizione 8: «K»", error["detail"])
        self.assertIn("omocodia", error["detail"])
        error = self.first(v.check_codice_fiscale("RSSMRA85F10A562S"))
        self.assertEqual(error["position"], 9)
        self.assertIn("A B C D E H L M P R S T", error["detail"])
        self.assertIn("uno spazio", v.check_codice_fiscale("RSSMRA85T1 A562S")[0]["detail"])
        self.assertIn("U+0009", v.check_codice_fiscale("RSSMRA85T1\tA562S")[0]["detail"])
        self.assertIn("35", self.first(v.check_codice_fiscale("RSSMRA85TPRA562N"))["detail"])
        self.assertIn("30/02/85", self.first(v.check_codice_fiscale("RSSMRA85B30A562G"))["detail"])
        self.assertIn("15 caratteri invece di 16",
                      self.first(v.check_codice_fiscale("RSSMRA85T10A562"))["detail"])

    def test_codice_fiscale_kinds(self):
        self.assertEqual(v.check_codice_fiscale("00743110157", "numerico"), [])
        self.assertEqual(v.check_codice_fiscale("RSSMRA85T10A562S", "persona"), [])
        self.assertEqual(self.first(v.check_codice_fiscale("00743110157", "persona"))["code"],
                         "length")
        error = self.first(v.check_codice_fiscale("RSSMRA85T10A562S", "numerico"))
        self.assertEqual(error["code"], "length")
        self.assertIn("11 cifre", error["detail"])
        self.assertEqual(self.first(v.check_codice_fiscale("0074311015A", "numerico"))["code"],
                         "invalid_character")
        self.assertEqual(self.first(v.check_codice_fiscale("00743110158", "numerico")),
                         {"code": "check_digit", "detail": "cifra di controllo errata: attesa 7",
                          "expected": "7"})
        with self.assertRaises(ValueError):
            v.check_codice_fiscale("X", "altro")

    def test_partita_iva_cap_provincia_details(self):
        self.assertIn("prime 7 cifre", self.first(v.check_partita_iva("00000001231"))["detail"])
        self.assertIn("«O»", self.first(v.check_partita_iva("0074311O157"))["detail"])
        self.assertIn("4 caratteri invece di 5", self.first(v.check_cap("2012"))["detail"])
        self.assertEqual(self.first(v.check_provincia("XX"))["detail"],
                         "sigla di provincia sconosciuta: XX")

    def test_email_details_say_what_is_wrong(self):
        for value, words in (("mario.rossi", "manca la @"), ("a@b@c.it", "più di una @"),
                             ("mario@example", "almeno un punto"),
                             ("mario..rossi@example.it", "due punti consecutivi"),
                             ("mario@192.168.0.1", "numerico"), ("màrio@example.it", "non ASCII"),
                             ("mario,rossi@example.it", "«,»"),
                             ("mario@ex_ample.it", "«_»"), ("mario@-ex.it", "trattino")):
            with self.subTest(value):
                error = self.first(v.check_email(value))
                self.assertEqual(error["code"], "invalid_format")
                self.assertIn(words, error["detail"])
        self.assertIn("PEC", self.first(v.check_pec("azienda.pec.it"))["detail"])

    def test_normalise_code_changes_ascii_letters_only(self):
        self.assertEqual(v.normalise_code("  rssmra85t10a562s\t"), "RSSMRA85T10A562S")
        self.assertEqual(v.normalise_code("straße"), "STRAßE")  # same length: no "SS"
        self.assertEqual(v.normalise_code(None), "")


class DatesTest(unittest.TestCase):
    TODAY = dt.date(2026, 6, 15)

    def code(self, value, **kwargs):
        errors = v.check_iso_date(value, today=self.TODAY, **kwargs)
        return errors[0]["code"] if errors else None

    def test_iso_dates_on_the_wire(self):
        self.assertIsNone(self.code("1974-08-22"))
        self.assertIsNone(self.code(" 2024-02-29 "))
        self.assertEqual(self.code(""), "required")
        for value in ("22/08/1974", "1974-8-22", "74-08-22", "1974-08-22T10:00:00",
                      "1974/08/22", "１974-08-22"):
            self.assertEqual(self.code(value), "invalid_format", value)
        for value in ("2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                      "0000-01-01"):
            self.assertEqual(self.code(value), "nonexistent_date", value)

    def test_birth_dates_are_not_in_the_future(self):
        self.assertIsNone(self.code("2026-06-15", birth=True))
        self.assertEqual(self.code("2026-06-16", birth=True), "future_date")
        self.assertIsNone(self.code("2026-06-16"))  # any other date may be in the future
        detail = v.check_iso_date("2030-01-02", birth=True, today=self.TODAY)[0]["detail"]
        self.assertIn("02/01/2030", detail)
        self.assertEqual(v.check_data("02/01/2030", birth=True, today=self.TODAY)[0]["code"],
                         "future_date")

    def test_parse_iso_date(self):
        self.assertEqual(v.parse_iso_date("1985-12-10"), dt.date(1985, 12, 10))
        self.assertIsNone(v.parse_iso_date("1985-02-30"))
        self.assertIsNone(v.parse_iso_date("10/12/1985"))


class MatchesPersonTest(unittest.TestCase):
    CF = "RSSMRA85T10A562S"

    def details(self, **kwargs):
        errors = v.check_cf_matches_person(kwargs.pop("cf", self.CF), **kwargs)
        self.assertTrue(all(error["code"] == "mismatch" for error in errors))
        return [error["detail"] for error in errors]

    def test_agreeing_data(self):
        self.assertEqual(self.details(cognome="Rossi", nome="Mario", data_nascita="1985-12-10",
                                      sesso="M"), [])
        self.assertEqual(self.details(cf="RSSMRAURTMLARSNL", cognome="Rossi", nome="Mario",
                                      data_nascita=dt.date(1985, 12, 10), sesso="m"), [])
        self.assertEqual(self.details(cf="BNCLRA90A41F205I", cognome="Bianchi", nome="Laura",
                                      data_nascita="1990-01-01", sesso="F"), [])
        self.assertEqual(self.details(), [])  # nothing to compare

    def test_each_part_is_named(self):
        (detail,) = self.details(cognome="Verdi")
        self.assertIn("cognome", detail)
        self.assertIn("VRD", detail)
        self.assertEqual(self.details(cognome="Russo"), [])  # R S S as well: same code
        (detail,) = self.details(nome="Anna")
        self.assertIn("al nome", detail)
        self.assertIn("NNA", detail)
        (detail,) = self.details(data_nascita="1985-12-11")
        self.assertIn("data di nascita", detail)
        self.assertIn("10/12/85", detail)
        (detail,) = self.details(sesso="F")
        self.assertIn("sesso", detail)
        self.assertEqual(len(self.details(cognome="Verdi", nome="Anna",
                                          data_nascita="1990-01-01", sesso="F")), 4)

    def test_invalid_codes_are_left_to_their_own_check(self):
        self.assertEqual(self.details(cf="RSSMRA85T10A562A", cognome="Verdi"), [])
        self.assertEqual(self.details(cf="00743110157", cognome="Verdi"), [])
        self.assertEqual(self.details(cf=None, cognome="Verdi"), [])


class LegacyInterfaceTest(unittest.TestCase):
    """fiscal.validate_* keep their sentences (CNS and SPID checks, tests/vcard)."""

    def test_sentences(self):
        self.assertEqual(fiscal.validate_codice_fiscale(""),
                         ["lunghezza errata: 0 caratteri invece di 16"])
        self.assertEqual(fiscal.validate_partita_iva(""),
                         ["lunghezza errata: 0 caratteri invece di 11"])
        self.assertEqual(fiscal.validate_codice_fiscale("RSSMRA85T32A562Y"),
                         ["giorno di nascita non valido: 32"])
        check = fiscal.validate_codice_fiscale_persona("RSSMRA85T10A562A")
        self.assertFalse(check.valid)
        self.assertEqual(check.birth_date, dt.date(1985, 12, 10))  # decoded all the same


# --- fuzz -------------------------------------------------------------------------------------

_CF_RE = re.compile(r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
                    r"[0-9LMNPQRSTUV]{3}[A-Z]$")
_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
_EVEN = {**{str(d): d for d in range(10)}, **{chr(65 + i): i for i in range(26)}}


def oracle_cf_valid(value: str) -> bool:
    """An independent, deliberately plain reading of docs/domain.md."""
    cf = value.strip()
    cf = "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in cf)
    if len(cf) == 11 and all("0" <= c <= "9" for c in cf):
        return oracle_piva_valid(cf)
    if not _CF_RE.match(cf):
        return False
    total = sum((_ODD if i % 2 == 0 else _EVEN)[c] for i, c in enumerate(cf[:15]))
    if chr(65 + total % 26) != cf[15]:
        return False
    digits = "".join(str("LMNPQRSTUV".index(c)) if c in "LMNPQRSTUV" and i in
                     (6, 7, 9, 10, 12, 13, 14) else c for i, c in enumerate(cf[:15]))
    yy, day = int(digits[6:8]), int(digits[9:11])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    year = 2000 if yy % 4 == 0 else 2001  # 29 February exists when yy is a multiple of 4
    try:
        dt.date(year, "ABCDEHLMPRST".index(cf[8]) + 1, day % 40)
    except ValueError:
        return False
    return True


def oracle_piva_valid(value: str) -> bool:
    number = value.strip()
    if len(number) != 11 or not all("0" <= c <= "9" for c in number) or number[:7] == "0" * 7:
        return False
    total = 0
    for i, c in enumerate(number[:10]):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == int(number[10])


class FuzzTest(unittest.TestCase):
    SEED = int(os.environ.get("INLINEA_FUZZ_SEED", "20260101"))
    ALPHABET = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                " \t-_.@+'\"/,;:[]()àèÈßﬁ１２٣\u00a0\u200b\x00\x7f€")

    def setUp(self):
        self.rng = random.Random(self.SEED)

    def random_text(self, max_length=40) -> str:
        return "".join(self.rng.choice(self.ALPHABET)
                       for _ in range(self.rng.randrange(max_length)))

    def assert_well_formed(self, errors, value):
        self.assertIsInstance(errors, list)
        for error in errors:
            self.assertIn(error["code"], v.CODES, value)
            self.assertIsInstance(error["detail"], str)
            self.assertTrue(error["detail"])
            if "position" in error:
                self.assertTrue(1 <= error["position"] <= len(value.strip()), (value, error))
            if "expected" in error:
                self.assertRegex(error["expected"], r"^[A-Z0-9]$")

    def test_random_strings_never_raise(self):
        validators = list(v.VALIDATORS.items()) + [
            ("iso", v.check_iso_date), ("persona", lambda x: v.check_codice_fiscale(x, "persona")),
            ("numerico", lambda x: v.check_codice_fiscale(x, "numerico")),
            ("match", lambda x: v.check_cf_matches_person(x, x, x, x, x))]
        for _ in range(3000):
            value = self.random_text()
            for name, validator in validators:
                with self.subTest(validator=name, value=value):
                    self.assert_well_formed(validator(value), value)
            self.assertEqual(fiscal.validate_codice_fiscale(value) == [],
                             oracle_cf_valid(value), value)

    def valid_codes(self) -> list[str]:
        codes = ["RSSMRA85T10A562S", "BNCLRA90A41F205I", "NREGLI00B69H501I", "MLLHNS80L12Z112I"]
        rng = random.Random(7)
        for _ in range(40):
            sex = rng.choice("MF")
            born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(365 * 90))
            cf = fiscal.compute_codice_fiscale(
                rng.choice(["Rossi", "Hu", "D'Amico", "Bo"]), rng.choice(["Mario", "Ioana", "Al"]),
                born, sex, rng.choice(["F205", "Z210", "A562"]))
            codes += [cf, fiscal.omocode(cf, rng.randint(1, 7))]
        return codes

    def mutations(self, code: str):
        for _ in range(60):
            index = self.rng.randrange(len(code))
            ch = self.rng.choice(self.ALPHABET)
            yield code[:index] + ch + code[index + 1:]                    # replace
        yield code[:-1]                                                   # drop
        yield code + self.rng.choice(self.ALPHABET)                       # add
        index = self.rng.randrange(len(code) - 1)
        yield code[:index] + code[index + 1] + code[index] + code[index + 2:]  # swap

    def test_mutated_codici_fiscali_are_invalid_unless_valid_again(self):
        for code in self.valid_codes():
            self.assertEqual(v.check_codice_fiscale(code), [], code)
            for mutated in self.mutations(code):
                with self.subTest(code=code, mutated=mutated):
                    errors = v.check_codice_fiscale(mutated)
                    self.assert_well_formed(errors, mutated)
                    self.assertEqual(errors == [], oracle_cf_valid(mutated), errors)
                    if mutated.upper() != code and oracle_cf_valid(mutated):
                        # Another valid code: it must decode to a consistent person.
                        self.assertTrue(fiscal.validate_codice_fiscale_persona(mutated).valid)

    def test_mutated_partite_iva_are_invalid_unless_valid_again(self):
        codes = ["00743110157", "12345670157"] + [
            fiscal.make_partita_iva(self.rng.randrange(1, 10_000_000), self.rng.randrange(1000))
            for _ in range(40)]
        single_digit_changes = 0
        for code in codes:
            self.assertEqual(v.check_partita_iva(code), [], code)
            self.assertEqual(v.check_codice_fiscale(code), [], code)
            for mutated in self.mutations(code):
                with self.subTest(code=code, mutated=mutated):
                    errors = v.check_partita_iva(mutated)
                    self.assert_well_formed(errors, mutated)
                    self.assertEqual(errors == [], oracle_piva_valid(mutated), errors)
                    changed = sum(a != b for a, b in zip(code, mutated))
                    if (len(mutated) == 11 and mutated.isascii() and mutated.isdigit()
                            and changed == 1):
                        single_digit_changes += 1
                        self.assertTrue(errors, "a single changed digit is always caught")
        self.assertGreater(single_digit_changes, 50)

    def test_mutated_caps_and_provinces(self):
        for _ in range(500):
            cap = "".join(self.rng.choice("0123456789") for _ in range(5))
            self.assertEqual(v.check_cap(cap), [])
            for mutated in self.mutations(cap):
                ok = len(mutated.strip()) == 5 and all("0" <= c <= "9" for c in mutated.strip())
                self.assertEqual(v.check_cap(mutated) == [], ok, mutated)
        for sigla in v.PROVINCE:
            for mutated in self.mutations(sigla):
                expected = v.normalise_code(mutated) in v.PROVINCE
                self.assertEqual(v.check_provincia(mutated) == [], expected, mutated)


if __name__ == "__main__":
    unittest.main()
