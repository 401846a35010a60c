"""The form data vectors shared with the app (tests/data/form_validation_vectors.json), checked
with the portal's own validation of a pratica's `data` (procedimenti.validate_data, the one
behind 422 validation_failed); the app's tests/unit/tst_schemavalidator.cpp checks the same file.

Format of the file:

    {"bases": {"<CODE>-<version>": {"procedimento", "version", "data"}},   valid data per definition
     "cases": [{"name",
                "base":    a key of "bases",
                "set":     [[pointer, value], ...]   applied in order; missing objects on the way are
                           created (arrays when the next token is an index),
                "remove":  [pointer, ...]            applied after "set",
                "valid":   bool,
                "problems": [{"pointer", "code"}]}]}  exactly the values in error (pointers into
                                                      `data`), one per value

`code` is the app's (SchemaProblem::code: the JSON Schema keyword, "other" for an unknown
property or repeated items). The portal reports its own codes under /data/...; CODES says which of
them each app code may be (minLength of 1 is "required" on the portal: an empty required text).
"""

import copy
import json
import os
import unittest

from inlinea_portal import procedimenti

from .support import SERVER_DIR

VECTORS = os.path.join(os.path.dirname(SERVER_DIR), "tests", "data", "form_validation_vectors.json")

CODES = {
    "required": {"required"},
    "type": {"invalid_format"},
    "enum": {"invalid_value"},
    "const": {"invalid_value"},
    "pattern": {"invalid_format"},
    "format": {"invalid_format"},
    "minLength": {"required", "length"},
    "maxLength": {"length"},
    "minimum": {"out_of_range"},
    "maximum": {"out_of_range"},
    "minItems": {"length"},
    "maxItems": {"length"},
    "other": {"unknown_field", "invalid_value"},
}


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _set(data, pointer: str, value) -> None:
    tokens = _tokens(pointer)
    node = data
    for token, following in zip(tokens, tokens[1:]):
        if isinstance(node, list):
            node = node[int(token)]
            continue
        if token not in node:
            node[token] = [] if following.isdigit() or following == "-" else {}
        node = node[token]
    last = tokens[-1]
    if isinstance(node, list):
        if last == "-" or int(last) == len(node):
            node.append(copy.deepcopy(value))
        else:
            node[int(last)] = copy.deepcopy(value)
    else:
        node[last] = copy.deepcopy(value)


def _remove(data, pointer: str) -> None:
    tokens = _tokens(pointer)
    node = data
    for token in tokens[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    if isinstance(node, list):
        del node[int(tokens[-1])]
    else:
        del node[tokens[-1]]


def load_cases():
    """(case, procedimento, version, data) for every case, the patches applied."""
    with open(VECTORS, encoding="utf-8") as handle:
        vectors = json.load(handle)
    for case in vectors["cases"]:
        base = vectors["bases"][case["base"]]
        data = copy.deepcopy(base["data"])
        for pointer, value in case.get("set", []):
            _set(data, pointer, value)
        for pointer in case.get("remove", []):
            _remove(data, pointer)
        yield case, base["procedimento"], base["version"], data


class FormVectorsTest(unittest.TestCase):
    def test_the_portal_finds_what_the_vectors_say(self):
        cases = list(load_cases())
        self.assertGreaterEqual(len(cases), 40)
        for case, code, version, data in cases:
            with self.subTest(case["name"]):
                definition = procedimenti.get(code, version)
                self.assertIsNotNone(definition, f"{code}-{version}")
                errors = procedimenti.validate_data(definition, data)
                self.assertEqual(case["valid"], not errors, errors)
                self.assertEqual(case["valid"], not case["problems"], "valid iff no problems")
                got = {error["field"].removeprefix("/data"): error["code"] for error in errors}
                want = {problem["pointer"]: problem["code"] for problem in case["problems"]}
                self.assertEqual(sorted(got), sorted(want), errors)
                for pointer, app_code in want.items():
                    self.assertIn(got[pointer], CODES[app_code], f"{pointer}: {errors}")

    def test_every_definition_has_a_base_and_cases(self):
        with open(VECTORS, encoding="utf-8") as handle:
            vectors = json.load(handle)
        every = {f"{code}-{version}" for code, versions in procedimenti.registry().items()
                 for version in versions}
        self.assertEqual(set(vectors["bases"]), every)
        self.assertEqual({case["base"] for case in vectors["cases"]}, every)
        for name, base in vectors["bases"].items():
            with self.subTest(name):
                self.assertEqual(f"{base['procedimento']}-{base['version']}", name)

    def test_patches_reach_existing_places(self):
        """A `remove` of a value the base does not have would make a case test nothing."""
        with open(VECTORS, encoding="utf-8") as handle:
            vectors = json.load(handle)
        for case in vectors["cases"]:
            with self.subTest(case["name"]):
                data = copy.deepcopy(vectors["bases"][case["base"]]["data"])
                for pointer, value in case.get("set", []):
                    _set(data, pointer, value)
                for pointer in case.get("remove", []):
                    _remove(data, pointer)  # raises KeyError/IndexError when absent


if __name__ == "__main__":
    unittest.main()
