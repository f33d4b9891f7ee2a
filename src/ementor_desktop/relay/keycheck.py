"""The relay's check of a mailbox auth key at creation and rotation: a real Ed25519 point.

Pure Python on purpose: the relay may not call PyNaCl (only crypto/ does), and this runs once
per mailbox creation or key rotation, never per request. It refuses what no honest client
makes: encodings that are not canonical (y ≥ p), that are not a point of the curve, the
small-order points (the identity, the all-zero key, and the other points of order 2, 4 and 8:
libsodium's blocklist), with which a signature could be made to verify for several messages,
and points outside the prime-order subgroup (what libsodium's
`crypto_core_ed25519_is_valid_point` refuses; every key an honest client makes is inside it).
A key that passes is still only a public key: the owner's signatures prove the rest.
"""

from __future__ import annotations

_P = 2**255 - 19
#: The Edwards curve constant d = -121665/121666 mod p.
_D = (-121665 * pow(121666, -1, _P)) % _P
#: sqrt(-1) mod p, for the square root below.
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)
#: The y coordinates of the eight small-order points: (0, 1) order 1, (0, -1) order 2,
#: (±sqrt(-1), 0) order 4, and the four points of order 8 (y = ±y8).
_Y8 = 0x05FC536D880238B13933C6D305ACDFD5F098EFF289F4C345B027B2C28F95E826
_SMALL_ORDER_Y = frozenset({0, 1, _P - 1, _Y8, _P - _Y8})

KEY_BYTES = 32
#: The order of the prime-order subgroup.
_L = 2**252 + 27742317777372353535851937790883648493

_Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T), x = X/Z, y = Y/Z


def _add(p: _Point, q: _Point) -> _Point:
    """Point addition on -x² + y² = 1 + d·x²·y² (RFC 8032, section 5.1.4)."""
    a = (p[1] - p[0]) * (q[1] - q[0]) % _P
    b = (p[1] + p[0]) * (q[1] + q[0]) % _P
    c = 2 * p[3] * q[3] * _D % _P
    d = 2 * p[2] * q[2] % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _times_l_is_identity(x: int, y: int) -> bool:
    """True when L·(x, y) is the identity: the point lies in the prime-order subgroup."""
    result: _Point = (0, 1, 1, 0)
    addend: _Point = (x, y, 1, x * y % _P)
    n = _L
    while n:
        if n & 1:
            result = _add(result, addend)
        addend = _add(addend, addend)
        n >>= 1
    return result[0] % _P == 0 and (result[1] - result[2]) % _P == 0


def _x_for(y: int) -> int | None:
    """An x with (x, y) on the curve -x² + y² = 1 + d·x²·y², or None if there is none."""
    u = (y * y - 1) % _P
    v = (_D * y * y + 1) % _P
    x2 = u * pow(v, _P - 2, _P) % _P
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P != 0:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P != 0:
        return None
    return x


def is_acceptable_auth_key(key: bytes) -> bool:
    """True for a canonical encoding of an Ed25519 point that is not of small order."""
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        return False
    encoded = int.from_bytes(key, "little")
    y = encoded & ((1 << 255) - 1)
    sign = encoded >> 255
    if y >= _P or y in _SMALL_ORDER_Y:
        return False
    x = _x_for(y)
    if x is None:
        return False
    # x = 0 has no negative: its encoding with the sign bit set is not canonical.
    if x == 0 and sign == 1:
        return False
    if x & 1 != sign:
        x = _P - x
    return _times_l_is_identity(x, y)
