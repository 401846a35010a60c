"""Rules of the portal's own credentials against tests/data/userid_vectors.json (shared
with the app), scrypt hashing, answer normalisation, the decoy question."""

import json
import os
import unittest

from inlinea_portal import credentials as rules

from .support import SERVER_DIR

VECTORS = os.path.join(os.path.dirname(SERVER_DIR), "tests", "data", "userid_vectors.json")


def load_vectors() -> dict:
    with open(VECTORS, encoding="utf-8") as handle:
        return json.load(handle)


class VectorsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.vectors = load_vectors()

    def test_format(self):
        self.assertEqual(set(self.vectors), {"user_ids", "passwords"})
        for entry in self.vectors["user_ids"]:
            self.assertLessEqual(set(entry), {"value", "valid", "code", "char", "position"})
            self.assertEqual(entry["valid"], "code" not in entry, entry)
        for entry in self.vectors["passwords"]:
            self.assertEqual(set(entry), {"value", "user_id", "valid", "codes"})
            self.assertEqual(entry["valid"], not entry["codes"], entry)

    def test_user_ids(self):
        for entry in self.vectors["user_ids"]:
            with self.subTest(value=entry["value"]):
                expected = None if entry["valid"] else {
                    key: entry[key] for key in ("code", "char", "position") if key in entry}
                self.assertEqual(rules.check_user_id(entry["value"]), expected)

    def test_user_id_vectors_cover_every_code_and_the_required_cases(self):
        entries = self.vectors["user_ids"]
        codes = {entry.get("code") for entry in entries}
        self.assertEqual(codes - {None}, {"too_short", "too_long", "space", "dot", "asterisk",
                                          "accented_letter", "special_character"})
        by_value = {entry["value"]: entry for entry in entries}
        for char in (".", "*", " ", "\t", "à", "è", "é", "ì", "ò", "ù", "@", "#", "!", "/"):
            self.assertTrue(any(char in value and not entry["valid"]
                                for value, entry in by_value.items()), repr(char))
        lengths = {len(value): entry["valid"] for value, entry in by_value.items()
                   if set(value) == {"x"} or value in ("abcdefg", "abcdefgh")}
        self.assertEqual((lengths[7], lengths[8], lengths[64], lengths[65]),
                         (False, True, True, False))

    def test_passwords(self):
        for entry in self.vectors["passwords"]:
            with self.subTest(value=entry["value"][:20], user_id=entry["user_id"]):
                self.assertEqual(rules.check_password(entry["value"], entry["user_id"]),
                                 entry["codes"])

    def test_password_vectors_cover_every_code(self):
        codes = {code for entry in self.vectors["passwords"] for code in entry["codes"]}
        # same_as_current needs the current password, which the vectors do not carry.
        self.assertEqual(codes, {"too_short", "too_long", "no_lowercase", "no_uppercase",
                                 "no_digit", "no_symbol", "contains_user_id"})


class RulesTest(unittest.TestCase):
    def test_first_offending_character_wins_over_length(self):
        self.assertEqual(rules.check_user_id("a.b*"), {"code": "dot", "char": ".",
                                                       "position": 2})
        self.assertEqual(rules.check_user_id("abc"), {"code": "too_short"})

    def test_user_id_key_is_case_insensitive(self):
        self.assertEqual(rules.user_id_key("Mario_Rossi85"), rules.user_id_key("mario_ROSSI85"))

    def test_same_as_current(self):
        self.assertEqual(rules.check_password("Nuova-Password1", "mario_rossi85",
                                              current_matches=True), ["same_as_current"])

    def test_normalise_answer(self):
        self.assertEqual(rules.normalise_answer("  Fido "), "fido")
        self.assertEqual(rules.normalise_answer("Via \t  ROMA\n 1"), "via roma 1")
        self.assertEqual(rules.normalise_answer("Straße"), rules.normalise_answer("STRASSE"))
        self.assertEqual(rules.normalise_answer("Citta\u0300"), rules.normalise_answer("Città"))
        self.assertEqual(rules.normalise_answer("   "), "")

    def test_hash_and_verify(self):
        stored = rules.hash_secret("Inlinea-Prova-2026")
        scheme, n, r, p, salt, digest = stored.split("$")
        self.assertEqual((scheme, n, r, p), ("scrypt", str(2 ** 14), "8", "1"))
        self.assertEqual((len(bytes.fromhex(salt)), len(bytes.fromhex(digest))), (16, 32))
        self.assertNotIn("Inlinea", stored)
        self.assertTrue(rules.verify_secret("Inlinea-Prova-2026", stored))
        self.assertFalse(rules.verify_secret("inlinea-prova-2026", stored))
        self.assertNotEqual(rules.hash_secret("Inlinea-Prova-2026"), stored)  # random salt
        for broken in (None, "", "plain", "md5$1$2$3$00$00", "scrypt$x$8$1$00$00"):
            self.assertFalse(rules.verify_secret("x", broken), broken)

    def test_answers_are_hashed_normalised(self):
        stored = rules.hash_answer("Fido")
        self.assertTrue(rules.verify_answer("  fIDO ", stored))
        self.assertFalse(rules.verify_answer("Fido2", stored))

    def test_decoy_question_is_stable_and_depends_on_the_secret(self):
        first = rules.decoy_question("segreto", "Nessuno_123")
        self.assertIn(first, rules.SECURITY_QUESTIONS)
        self.assertEqual(rules.decoy_question("segreto", "nessuno_123"), first)
        picks = {rules.decoy_question("segreto", f"utente_{i:03d}")["id"] for i in range(60)}
        self.assertEqual(picks, set(rules.QUESTION_IDS))
        other = [rules.decoy_question("altro", f"utente_{i:03d}") for i in range(20)]
        self.assertNotEqual(other, [rules.decoy_question("segreto", f"utente_{i:03d}")
                                    for i in range(20)])

    def test_temporary_password_satisfies_the_policy(self):
        for _ in range(20):
            self.assertEqual(rules.check_password(rules.temporary_password(), "mario_rossi85"),
                             [])

    def test_mask_email(self):
        self.assertEqual(rules.mask_email("mario.rossi@example.it"), "m*********i@example.it")
        self.assertEqual(rules.mask_email("ab@example.it"), "a*@example.it")

    def test_five_questions(self):
        self.assertEqual(rules.QUESTION_IDS, ["q1", "q2", "q3", "q4", "q5"])
        self.assertEqual(rules.question("q1")["text"], "Il nome del tuo primo animale domestico?")


if __name__ == "__main__":
    unittest.main()
