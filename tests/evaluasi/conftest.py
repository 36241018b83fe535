"""The web suite's demo data and one user per role (every test in a rolled-back transaction)."""

from tests.web.conftest import (  # noqa: F401  (fixtures)
    _cache_bersih,
    aktor,
    django_db_setup,
    klien,
    pengguna,
    tk_dinas,
    tk_kencong,
)
