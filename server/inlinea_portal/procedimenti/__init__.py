"""Form definitions of the procedimenti (`<CODE>-<version>.json`, written by `build.py`):
loading, catalog, field counts, validation of a submission's `data` (JSON Schema 2020-12,
errors as Italian field errors with JSON pointers) and the attachment rules."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
_FILE_RE = re.compile(r"^([A-Z0-9_]+)-([0-9]+)\.json$")


class Definition:
    def __init__(self, raw: bytes):
        self.raw = raw
        self.body = json.loads(raw)
        self.code, self.version = self.body["code"], self.body["version"]
        self.etag = hashlib.sha256(raw).hexdigest()[:32]
        self.validator = jsonschema.Draft202012Validator(
            self.body["schema"], format_checker=jsonschema.FormatChecker())
        self.slots = {slot["slot"]: slot for slot in self.body["attachments"]}

    def field_count(self) -> int:
        return count_fields(self.body["schema"])


@functools.lru_cache(maxsize=1)
def registry() -> dict[str, dict[str, Definition]]:
    """{code: {version: Definition}} of every file in this directory."""
    found: dict[str, dict[str, Definition]] = {}
    for name in sorted(os.listdir(HERE)):
        match = _FILE_RE.match(name)
        if not match:
            continue
        with open(os.path.join(HERE, name), "rb") as handle:
            definition = Definition(handle.read())
        if (definition.code, definition.version) != match.groups():
            raise ValueError(f"{name}: code/version differ from the file name")
        found.setdefault(definition.code, {})[definition.version] = definition
    return found


def get(code: str, version: str) -> Definition | None:
    return registry().get(code, {}).get(version)


def catalog() -> list[dict]:
    items = []
    for code, versions in sorted(registry().items()):
        ordered = sorted(versions, key=int)
        current = versions[ordered[-1]].body
        items.append({"code": code, "title": current["title"],
                      "description": current["description"], "version": ordered[-1],
                      "versions": ordered, "signature_required": current["signature_required"]})
    return items


def count_fields(schema: dict) -> int:
    """Leaf fields of a schema (an item of a repeated group counts once)."""
    kind = schema.get("type")
    if kind == "object":
        return sum(count_fields(sub) for sub in schema.get("properties", {}).values())
    if kind == "array" and schema.get("items", {}).get("type") == "object":
        return count_fields(schema["items"])
    return 1


# --- validation ---------------------------------------------------------------------------

def _pointer(parts) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


_TYPE_NAMES = {"string": "un testo", "number": "un numero", "integer": "un numero intero",
               "boolean": "vero o falso", "object": "un oggetto", "array": "un elenco"}


def _describe(error) -> tuple[str, str]:
    kind, value = error.validator, error.validator_value
    if kind == "type":
        return "invalid_format", f"deve essere {_TYPE_NAMES.get(value, value)}"
    if kind == "minLength" and value == 1:
        return "required", "campo obbligatorio"
    if kind in ("minLength", "maxLength"):
        return "length", (f"troppo lungo: al massimo {value} caratteri" if kind == "maxLength"
                          else f"troppo corto: almeno {value} caratteri")
    if kind == "pattern":
        return "invalid_format", "formato non valido"
    if kind == "format":
        return "invalid_format", {"date": "data non valida (formato AAAA-MM-GG)",
                                  "email": "indirizzo email non valido"}.get(
            value, "formato non valido")
    if kind in ("enum", "const"):
        return "invalid_value", "valore non ammesso"
    if kind in ("minimum", "exclusiveMinimum"):
        return "out_of_range", f"deve essere almeno {value}"
    if kind in ("maximum", "exclusiveMaximum"):
        return "out_of_range", f"deve essere al massimo {value}"
    if kind == "minItems":
        return "length", f"occorrono almeno {value} elementi"
    if kind == "maxItems":
        return "length", f"al massimo {value} elementi"
    if kind == "uniqueItems":
        return "invalid_value", "elementi ripetuti"
    return "invalid_value", "valore non valido"


def validate_data(definition: Definition, data, prefix: str = "/data") -> list[dict]:
    """Field errors of `data` (one per field, the first found), fields as JSON pointers
    into the request body (`/data/gestore/pec`)."""
    if not isinstance(data, dict):
        return [{"field": prefix, "code": "invalid_format", "detail": "deve essere un oggetto"}]
    found: dict[str, dict] = {}

    def add(pointer: str, code: str, detail: str) -> None:
        found.setdefault(pointer, {"field": pointer, "code": code, "detail": detail})

    errors = sorted(definition.validator.iter_errors(data),
                    key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    for error in errors:
        path = prefix + _pointer(error.absolute_path)
        if error.validator == "required":
            for name in error.validator_value:
                if isinstance(error.instance, dict) and name not in error.instance:
                    add(f"{path}/{name}", "required", "campo obbligatorio")
        elif error.validator == "additionalProperties":
            allowed = set(error.schema.get("properties", {}))
            for name in sorted(error.instance):
                if name not in allowed:
                    add(f"{path}/{name}", "unknown_field", "campo non previsto dal modulo")
        elif error.validator in ("allOf", "if", "then"):
            continue  # the `then` errors are reported on their own
        else:
            code, detail = _describe(error)
            add(path, code, detail)
    return sorted(found.values(), key=lambda e: e["field"])


def resolve(data, pointer: str):
    node = data
    for part in pointer.lstrip("/").split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def slot_required(slot: dict, data) -> bool:
    if slot.get("required"):
        return True
    condition = slot.get("required_when")
    return bool(condition) and resolve(data, condition["field"]) == condition["equals"]
