"""URL arguments and access levels of the account security pages, merged by tests/web/test_akses.py."""

from __future__ import annotations

ARGUMEN_KEAMANAN = {
    "keamanan:akun": lambda tk: {},
    "keamanan:dua_langkah": lambda tk: {},
    "keamanan:verifikasi": lambda tk: {},
}
LEVEL_KEAMANAN = {
    "keamanan:akun": ("masuk", "masuk"),
    "keamanan:dua_langkah": ("masuk", "masuk"),
    "keamanan:verifikasi": ("masuk", "masuk"),
}
