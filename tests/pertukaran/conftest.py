"""Fixtures for the workbook, SIPD and API tests: the web suite's demo data (Kencong 2023 with every quarter
locked, Diskominfo 2023 with quarters I–III locked), one user per role; every test runs in a rolled-back
transaction."""

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
