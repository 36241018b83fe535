"""Shared fixtures for the web tests: the demo data (Kencong 2023, Diskominfo 2023 synthetic), one user per role,
loaded once per test session; every test runs in a transaction that is rolled back."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sakip.web.organisasi.akses import Aktor, aktor_dari
from sakip.web.organisasi.models import Peran, PerangkatDaerah
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.demo import LOGIN, siapkan_demo
from sakip.web.pertukaran.ke_berkas import cache_kosongkan

PD_SENDIRI = "Dinas Komunikasi dan Informatika"  # operator and kepala belong here
PD_ASING = "Kecamatan Kencong"
SANDI = {x.username: x.password for x in LOGIN}


def muat_data() -> None:
    siapkan_demo()
    User = get_user_model()
    kencong = PerangkatDaerah.objects.get(nama=PD_ASING)
    u, _ = User.objects.get_or_create(username="kepala-kencong")
    u.set_password("sakip-demo-kepala-kencong")
    u.save()
    Peran.objects.update_or_create(pengguna=u, defaults={"peran": Peran.KEPALA, "perangkat_daerah": kencong})
    SANDI["kepala-kencong"] = "sakip-demo-kepala-kencong"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        muat_data()


@pytest.fixture(autouse=True)
def _cache_bersih():
    # Results are cached per process; a rolled-back test must not leave results behind for the next one.
    cache_kosongkan()
    yield
    cache_kosongkan()


@pytest.fixture
def pengguna(db):
    User = get_user_model()
    return {u.username: u for u in User.objects.filter(username__in=[*SANDI, "kepala-kencong"])}


@pytest.fixture
def aktor(pengguna) -> dict[str, Aktor]:
    return {k: aktor_dari(u) for k, u in pengguna.items()}


@pytest.fixture
def klien(pengguna):
    """klien("operator") → a logged-in test client; klien(None) → the public."""

    def buat(nama: str | None) -> Client:
        c = Client()
        if nama is not None:
            c.force_login(pengguna[nama])
        return c

    return buat


@pytest.fixture
def tk_dinas(db) -> TahunKinerja:
    return TahunKinerja.objects.select_related("perangkat_daerah", "renstra").get(
        perangkat_daerah__nama=PD_SENDIRI, tahun=2023
    )


@pytest.fixture
def tk_kencong(db) -> TahunKinerja:
    return TahunKinerja.objects.select_related("perangkat_daerah", "renstra").get(
        perangkat_daerah__nama=PD_ASING, tahun=2023
    )
