"""The web suite's demo data and users; every test runs in a rolled-back transaction."""

from __future__ import annotations

from tests.web.conftest import (  # noqa: F401  (fixtures)
    _cache_bersih,
    aktor,
    django_db_setup,
    klien,
    pengguna,
    tk_dinas,
    tk_kencong,
)
