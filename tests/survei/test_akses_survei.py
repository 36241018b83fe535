"""Every survey and register URL, for every role, on the role's own agency and on a foreign one."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from .akses import ARGUMEN_SURVEI, LEVEL_SURVEI

PERAN = [None, "admin", "reviewer", "operator", "kepala"]


def _pola(resolver=None, ns=""):
    hasil = []
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            if p.namespace in ("survei", "register"):
                hasil += _pola(p, f"{p.namespace}:")
        elif isinstance(p, URLPattern) and p.name and ns:
            hasil.append((ns + p.name, p.callback))
    return hasil


SEMUA = _pola()


def boleh(level: str, peran: str | None, sendiri: bool) -> bool:
    if level == "publik":
        return True
    if peran is None:
        return False
    return {
        "pemda": peran in ("admin", "reviewer"),
        "baca_pd": peran in ("admin", "reviewer") or (peran in ("operator", "kepala") and sendiri),
        "ubah_pd": peran == "admin" or (peran == "operator" and sendiri),
    }[level]


def test_setiap_url_punya_argumen_dan_kebijakan():
    nama = {n for n, _ in SEMUA}
    assert nama == set(ARGUMEN_SURVEI) == set(LEVEL_SURVEI)
    for n, view in SEMUA:
        assert (view.akses, view.akses_post) == LEVEL_SURVEI[n], n


@pytest.fixture
def tk(db):
    from sakip.web.perencanaan.models import TahunKinerja
    from tests.web.conftest import PD_ASING, PD_SENDIRI

    return {
        "sendiri": TahunKinerja.objects.get(perangkat_daerah__nama=PD_SENDIRI, tahun=2023),
        "asing": TahunKinerja.objects.get(perangkat_daerah__nama=PD_ASING, tahun=2023),
    }


@pytest.mark.parametrize("nama,view", SEMUA, ids=[n for n, _ in SEMUA])
@pytest.mark.parametrize("peran", PERAN, ids=lambda p: p or "publik")
@pytest.mark.parametrize("sasaran", ["sendiri", "asing"])
def test_akses(klien, tk, peran, sasaran, nama, view):
    kw = ARGUMEN_SURVEI[nama](tk[sasaran])
    if "pd" not in kw and sasaran == "asing":
        pytest.skip("URL tanpa perangkat daerah: cukup sekali")
    sendiri = sasaran == "sendiri" or "pd" not in kw
    c = klien(peran)
    alamat = reverse(nama, kwargs=kw)
    for metode, level in (("GET", view.akses), ("POST", view.akses_post)):
        if metode == "POST" and "POST" not in view.metode:
            continue
        r = c.get(alamat) if metode == "GET" else c.post(alamat, {})
        konteks = f"{metode} {alamat} sebagai {peran or 'publik'}"
        assert r.status_code < 500, konteks
        if not boleh(level, peran, sendiri):
            assert r.status_code == (302 if peran is None else 403), konteks
        elif metode not in view.metode:
            assert r.status_code == 405, konteks
        else:
            assert r.status_code in (200, 302, 400, 409), konteks
