"""The card's private-key operations: raw RSA (block^d mod n) and PKCS#1 v1.5 signing."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import rsa


class KeyOperationError(ValueError):
    pass


class CardKey:
    def __init__(self, private_key: rsa.RSAPrivateKey):
        numbers = private_key.private_numbers()
        self._p, self._q = numbers.p, numbers.q
        self._dp, self._dq, self._qinv = numbers.dmp1, numbers.dmq1, numbers.iqmp
        self.n = numbers.public_numbers.n
        self.size = (self.n.bit_length() + 7) // 8
        self.public_key = private_key.public_key()

    def raw(self, block: bytes) -> bytes:
        """block^d mod n with the CRT; the block must be key-sized and smaller than n."""
        if len(block) != self.size:
            raise KeyOperationError("block length differs from the modulus length")
        c = int.from_bytes(block, "big")
        if c >= self.n:
            raise KeyOperationError("block not smaller than the modulus")
        m1 = pow(c, self._dp, self._p)
        m2 = pow(c, self._dq, self._q)
        h = (self._qinv * (m1 - m2)) % self._p
        return (m2 + h * self._q).to_bytes(self.size, "big")

    def sign_pkcs1(self, digest_info: bytes) -> bytes:
        """EMSA-PKCS1-v1_5 padding (type 1) of the given DigestInfo, then the raw operation."""
        if len(digest_info) > self.size - 11:
            raise KeyOperationError("DigestInfo too long for the key")
        pad = b"\xff" * (self.size - 3 - len(digest_info))
        return self.raw(b"\x00\x01" + pad + b"\x00" + digest_info)
