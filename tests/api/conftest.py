"""Fixtures for the API tests: the web suite's demo data (Kencong 2023 with every quarter locked, Diskominfo 2023
with quarters I–III locked), one user per role, and one API token per role."""

from __future__ import annotations

import pytest
from django.test import Client

from sakip.web.api.token import token_buat
from tests.web.conftest import (  # noqa: F401  (fixtures)
    PD_ASING,
    PD_SENDIRI,
    _cache_bersih,
    aktor,
    django_db_setup,
    klien,
    pengguna,
    tk_dinas,
    tk_kencong,
)

PERAN = [None, "admin", "reviewer", "operator", "kepala"]


@pytest.fixture
def token(aktor) -> dict[str, str]:  # noqa: F811  (the aktor fixture)
    return {p: token_buat(aktor=aktor[p], nama=f"uji {p}", hari=30).token for p in PERAN if p}


class KlienApi:
    """A test client that sends a role's token (or none) with every call."""

    def __init__(self, token: str | None):
        self.c = Client()
        self.h = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}

    def get(self, url: str, **kw):
        return self.c.get(url, **self.h, **kw)

    def post(self, url: str, data, **kw):
        return self.c.post(url, data, content_type="application/json", **self.h, **kw)


@pytest.fixture
def api(token):
    """api("operator") → a client with the operator's token; api(None) → no token (the public)."""

    def buat(peran: str | None) -> KlienApi:
        return KlienApi(token[peran] if peran else None)

    return buat
