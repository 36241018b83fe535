"""The web suite's demo data and users (one per role) for the district pages; every test runs in a rolled-back
transaction. Tests that import the district folder reopen the demo's locked quarters themselves."""

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
