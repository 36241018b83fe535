"""Web fixtures for the survey and register tests: the web suite's demo data (Kencong 2023, Diskominfo 2023 with
quarters I–III locked), one user per role; every test runs in a rolled-back transaction."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from tests.web.conftest import muat_data

    with django_db_blocker.unblock():
        muat_data()


@pytest.fixture(autouse=True)
def _tanpa_jeda_dan_cache(request, monkeypatch):
    # The shortest fill-in time of the public form is tested on its own; elsewhere it is off.
    monkeypatch.setenv("SAKIP_SKM_MIN_DETIK", "0")
    if "db" in request.fixturenames or "klien" in request.fixturenames:
        from sakip.web.pertukaran.ke_berkas import cache_kosongkan

        cache_kosongkan()


@pytest.fixture
def pengguna(db):
    from django.contrib.auth import get_user_model

    from tests.web.conftest import SANDI

    return {u.username: u for u in get_user_model().objects.filter(username__in=[*SANDI, "kepala-kencong"])}


@pytest.fixture
def klien(pengguna):
    from django.test import Client

    def buat(nama: str | None) -> Client:
        c = Client()
        if nama is not None:
            c.force_login(pengguna[nama])
        return c

    return buat


@pytest.fixture
def dinas(db):
    from sakip.web.organisasi.models import PerangkatDaerah
    from tests.web.conftest import PD_SENDIRI

    return PerangkatDaerah.objects.get(nama=PD_SENDIRI)


@pytest.fixture
def kencong(db):
    from sakip.web.organisasi.models import PerangkatDaerah
    from tests.web.conftest import PD_ASING

    return PerangkatDaerah.objects.get(nama=PD_ASING)
