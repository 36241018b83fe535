"""The web suite's demo data and users (one per role); every test runs in a rolled-back transaction."""

from __future__ import annotations

import pytest

from tests.web.conftest import (  # noqa: F401  (fixtures)
    SANDI,
    _cache_bersih,
    aktor,
    django_db_setup,
    klien,
    pengguna,
    tk_dinas,
    tk_kencong,
)


@pytest.fixture
def masuk():
    """masuk(client, "kepala") → the response of a real login through the form (password, axes, rate limits)."""

    def _masuk(c, nama: str, sandi: str | None = None, **extra):
        return c.post("/masuk/", {"username": nama, "password": SANDI[nama] if sandi is None else sandi}, **extra)

    return _masuk
