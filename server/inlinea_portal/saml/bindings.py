"""SAML HTTP-Redirect (deflate + query signature) and HTTP-POST (auto-submitting form)."""

from __future__ import annotations

import base64
import binascii
import zlib
from urllib.parse import quote, unquote_plus

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509 import load_pem_x509_certificate
from markupsafe import escape

from .signing import RSA_SHA256, RSA_SHA384, RSA_SHA512
from .xml import MAX_MESSAGE_BYTES

_HASHES = {RSA_SHA256: hashes.SHA256, RSA_SHA384: hashes.SHA384, RSA_SHA512: hashes.SHA512}


class BindingError(ValueError):
    """A message that cannot be decoded, or whose binding signature is wrong."""


def deflate_b64(xml: bytes) -> str:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(compressor.compress(xml) + compressor.flush()).decode("ascii")


def inflate_b64(value: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=False)
        inflater = zlib.decompressobj(-15)
        data = inflater.decompress(raw, MAX_MESSAGE_BYTES + 1)
    except (binascii.Error, zlib.error, ValueError) as exc:
        raise BindingError(f"messaggio HTTP-Redirect non decodificabile: {exc}") from None
    if len(data) > MAX_MESSAGE_BYTES or inflater.unconsumed_tail:
        raise BindingError("messaggio HTTP-Redirect troppo grande")
    return data


def decode_post(value: str) -> bytes:
    """The XML of a base64 SAMLRequest/SAMLResponse form field."""
    if not value or len(value) > MAX_MESSAGE_BYTES * 4 // 3 + 8:
        raise BindingError("messaggio HTTP-POST assente o troppo grande")
    try:
        return base64.b64decode(value.encode("ascii"), validate=False)
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise BindingError(f"messaggio HTTP-POST non è base64: {exc}") from None


def encode_post(xml: bytes) -> str:
    return base64.b64encode(xml).decode("ascii")


def redirect_query(param: str, xml: bytes, relay_state: str | None,
                   key: rsa.RSAPrivateKey, signature_alg: str = RSA_SHA256) -> str:
    """`SAMLRequest=…&RelayState=…&SigAlg=…&Signature=…`, signed as the binding says."""
    parts = [f"{param}={quote(deflate_b64(xml), safe='')}"]
    if relay_state is not None:
        parts.append(f"RelayState={quote(relay_state, safe='')}")
    parts.append(f"SigAlg={quote(signature_alg, safe='')}")
    signed = "&".join(parts)
    signature = key.sign(signed.encode("ascii"), padding.PKCS1v15(), _HASHES[signature_alg]())
    return signed + "&Signature=" + quote(base64.b64encode(signature).decode("ascii"), safe="")


def _raw_pairs(raw_query: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for part in raw_query.split("&"):
        name, _, value = part.partition("=")
        if name in pairs:
            raise BindingError(f"parametro {name} ripetuto")
        pairs[name] = value
    return pairs


def verify_redirect(raw_query: str, param: str, cert_pems: list[str]) -> tuple[bytes, str | None]:
    """(XML, RelayState) of a signed HTTP-Redirect message; BindingError unless its
    query signature (RSA-SHA256 or stronger) verifies with one of `cert_pems`."""
    pairs = _raw_pairs(raw_query)
    if param not in pairs:
        raise BindingError(f"manca {param}")
    if "SigAlg" not in pairs or "Signature" not in pairs:
        raise BindingError("messaggio HTTP-Redirect non firmato")
    signature_alg = unquote_plus(pairs["SigAlg"])
    if signature_alg not in _HASHES:
        raise BindingError(f"algoritmo di firma non ammesso: {signature_alg[:80]}")
    signed = f"{param}={pairs[param]}"
    if "RelayState" in pairs:
        signed += f"&RelayState={pairs['RelayState']}"
    signed += f"&SigAlg={pairs['SigAlg']}"
    try:
        signature = base64.b64decode(unquote_plus(pairs["Signature"]), validate=False)
    except (binascii.Error, ValueError):
        raise BindingError("firma HTTP-Redirect non è base64") from None
    for cert_pem in cert_pems:
        public_key = load_pem_x509_certificate(cert_pem.encode("ascii")).public_key()
        try:
            public_key.verify(signature, signed.encode("ascii"), padding.PKCS1v15(),
                              _HASHES[signature_alg]())
        except (InvalidSignature, TypeError, ValueError):
            continue
        relay_state = unquote_plus(pairs["RelayState"]) if "RelayState" in pairs else None
        return inflate_b64(unquote_plus(pairs[param])), relay_state
    raise BindingError("firma HTTP-Redirect non valida")


def post_form_page(action: str, fields: dict[str, str], form_id: str, title: str) -> str:
    """An Italian HTML page that posts `fields` to `action` on load (HTTP-POST binding);
    without JavaScript a "Continua" button does the same."""
    inputs = "\n".join(f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
                       for name, value in fields.items() if value is not None)
    return f"""<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<title>{escape(title)}</title></head>
<body>
<p>{escape(title)}: attendere&hellip;</p>
<form id="{escape(form_id)}" method="post" action="{escape(action)}">
{inputs}
<noscript><p>JavaScript è disattivato: premere «Continua».</p>
<button type="submit">Continua</button></noscript>
</form>
<script>document.getElementById("{escape(form_id)}").submit();</script>
</body>
</html>
"""
