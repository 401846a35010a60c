"""Codice fiscale and partita IVA algorithms (inlinea_portal.domain.fiscal)."""

import datetime as dt
import unittest

from inlinea_portal.domain import fiscal


class CodiceFiscaleTest(unittest.TestCase):
    def test_reference_vectors_are_valid(self):
        for cf in ("RSSMRA85T10A562S", "RSSMRA85T10A56NH", "rssmra85t10a562s"):
            with self.subTest(cf=cf):
                check = fiscal.validate_codice_fiscale_persona(cf)
                self.assertTrue(check.valid, check.errors)
                self.assertEqual(check.birth_date, dt.date(1985, 12, 10))
                self.assertEqual(check.sex, "M")
                self.assertEqual(check.codice_catastale, "A562")

    def test_omocode_is_recognised(self):
        self.assertFalse(fiscal.validate_codice_fiscale_persona("RSSMRA85T10A562S").omocode)
        self.assertTrue(fiscal.validate_codice_fiscale_persona("RSSMRA85T10A56NH").omocode)

    def test_compute_matches_reference(self):
        cf = fiscal.compute_codice_fiscale("Rossi", "Mario", dt.date(1985, 12, 10), "M", "A562")
        self.assertEqual(cf, "RSSMRA85T10A562S")
        self.assertEqual(fiscal.omocode(cf, 1), "RSSMRA85T10A56NH")

    def test_every_omocode_level_validates(self):
        cf = fiscal.compute_codice_fiscale("Bianchi", "Laura", dt.date(1979, 3, 14), "F", "F205")
        for level in range(1, 8):
            variant = fiscal.omocode(cf, level)
            with self.subTest(variant=variant):
                check = fiscal.validate_codice_fiscale_persona(variant)
                self.assertTrue(check.valid, check.errors)
                self.assertEqual(check.birth_date, dt.date(1979, 3, 14))
                self.assertEqual(check.codice_catastale, "F205")

    def test_women_have_day_plus_40(self):
        cf = fiscal.compute_codice_fiscale("Ferrari", "Francesca", dt.date(1996, 2, 29), "F", "I690")
        self.assertEqual(cf[6:11], "96B69")
        check = fiscal.validate_codice_fiscale_persona(cf)
        self.assertEqual((check.sex, check.birth_date), ("F", dt.date(1996, 2, 29)))

    def test_name_and_surname_codes(self):
        self.assertEqual(fiscal.surname_code("Hu"), "HUX")
        self.assertEqual(fiscal.surname_code("D'Amico"), "DMC")
        self.assertEqual(fiscal.surname_code("Fò"), "FOX")
        self.assertEqual(fiscal.name_code("Francesca"), "FNC")  # 4+ consonants: 1st, 3rd, 4th
        self.assertEqual(fiscal.name_code("Mario"), "MRA")
        self.assertEqual(fiscal.name_code("Ioana"), "NIO")

    def test_month_letters(self):
        self.assertEqual(fiscal.MONTH_LETTERS, "ABCDEHLMPRST")

    def test_wrong_check_letter_says_which_is_expected(self):
        errors = fiscal.validate_codice_fiscale("RSSMRA85T10A562X")
        self.assertEqual(errors, ["carattere di controllo errato: atteso S"])

    def test_nonexistent_date(self):
        first15 = "RSSMRA85B30A562"  # 30 February
        errors = fiscal.validate_codice_fiscale(first15 + fiscal.check_letter(first15))
        self.assertEqual(errors, ["data di nascita inesistente: 30/02/85"])

    def test_invalid_day_and_month(self):
        first15 = "RSSMRA85T35A562"
        self.assertIn("giorno di nascita non valido: 35",
                      fiscal.validate_codice_fiscale(first15 + fiscal.check_letter(first15)))
        self.assertIn("carattere non valido in posizione 9: 'F'",
                      fiscal.validate_codice_fiscale("RSSMRA85F10A562S"))

    def test_length_and_characters(self):
        self.assertEqual(fiscal.validate_codice_fiscale("RSSMRA85T10A562"),
                         ["lunghezza errata: 15 caratteri invece di 16"])
        self.assertIn("carattere non valido in posizione 1: '1'",
                      fiscal.validate_codice_fiscale("1SSMRA85T10A562S"))
        self.assertIn("carattere non valido in posizione 8: 'A'",
                      fiscal.validate_codice_fiscale("RSSMRA8AT10A562S"))

    def test_century_is_the_latest_not_in_the_future(self):
        check = fiscal.validate_codice_fiscale_persona("RSSMRA85T10A562S", today=dt.date(2026, 1, 1))
        self.assertEqual(check.birth_date.year, 1985)
        cf = fiscal.compute_codice_fiscale("Verdi", "Anna", dt.date(2010, 5, 1), "F", "F205")
        self.assertEqual(fiscal.validate_codice_fiscale_persona(cf).birth_date.year, 2010)


class PartitaIvaTest(unittest.TestCase):
    def test_reference_vector(self):
        self.assertEqual(fiscal.validate_partita_iva("00743110157"), [])
        self.assertEqual(fiscal.partita_iva_check_digit("0074311015"), 7)
        self.assertEqual(fiscal.make_partita_iva(74311, 15), "00743110157")

    def test_wrong_check_digit(self):
        self.assertEqual(fiscal.validate_partita_iva("00743110158"),
                         ["cifra di controllo errata: attesa 7"])

    def test_format_errors(self):
        self.assertEqual(fiscal.validate_partita_iva("0074311015"),
                         ["lunghezza errata: 10 caratteri invece di 11"])
        self.assertEqual(fiscal.validate_partita_iva("0074311015A"), ["deve contenere solo cifre"])
        self.assertEqual(fiscal.validate_partita_iva("00000000000"), ["numero di matricola nullo"])

    def test_numeric_codice_fiscale_is_checked_like_partita_iva(self):
        self.assertEqual(fiscal.validate_codice_fiscale("00743110157"), [])
        self.assertEqual(fiscal.validate_codice_fiscale("00743110150"),
                         ["cifra di controllo errata: attesa 7"])


if __name__ == "__main__":
    unittest.main()
