"""Rate limits on public endpoints, counted in the database (shared by every process)."""

from __future__ import annotations

import pytest
from django.test import Client

from sakip.web.keamanan import batas
from sakip.web.keamanan.models import HitunganAkses

pytestmark = pytest.mark.django_db


def test_halaman_publik_dibatasi(monkeypatch):
    monkeypatch.setenv("SAKIP_BATAS_PUBLIK", "3/600")
    c = Client(REMOTE_ADDR="10.1.1.1")
    for _ in range(3):
        assert c.get("/publik/").status_code == 200
    r = c.get("/publik/")
    assert r.status_code == 429
    assert "Terlalu banyak permintaan" in r.content.decode()
    assert 0 < int(r["Retry-After"]) <= 600
    # Another address is not affected; the count lives in the database.
    assert Client(REMOTE_ADDR="10.1.1.2").get("/publik/").status_code == 200
    assert HitunganAkses.objects.filter(jumlah__gte=4).exists()
    # No address is stored in clear.
    assert not HitunganAkses.objects.filter(kunci__contains="10.1.1").exists()


def test_pengguna_masuk_tidak_dibatasi_di_halaman_publik(monkeypatch, klien):
    monkeypatch.setenv("SAKIP_BATAS_PUBLIK", "2/600")
    c = klien("operator")
    for _ in range(5):
        assert c.get("/publik/").status_code == 200


def test_percobaan_masuk_per_alamat(monkeypatch, masuk):
    """Many user names from one address: the address is stopped even before any single account locks."""
    monkeypatch.setenv("SAKIP_BATAS_MASUK", "4/600")
    c = Client(REMOTE_ADDR="10.2.2.2")
    kode = [c.post("/masuk/", {"username": f"tebak{i}", "password": "x"}).status_code for i in range(6)]
    assert kode[:4] == [200] * 4 and kode[4:] == [429, 429]


def test_survei_ikut_dibatasi(monkeypatch):
    monkeypatch.setenv("SAKIP_BATAS_KIRIM_PUBLIK", "2/600")
    from sakip.web.organisasi.models import PerangkatDaerah

    pd = PerangkatDaerah.objects.first()
    c = Client(REMOTE_ADDR="10.3.3.3")
    kode = [c.post(f"/skm/{pd.slug}/", {}).status_code for _ in range(3)]
    assert kode[-1] == 429


def test_batas_atomik_dan_jendela():
    b = batas.Batas("uji", 2, 60)
    batas.hitung(b, "a", sekarang=1000)
    batas.hitung(b, "a", sekarang=1001)
    with pytest.raises(batas.TerlaluBanyak) as e:
        batas.hitung(b, "a", sekarang=1002)
    assert e.value.sisa_detik == 1020 - 1002
    batas.hitung(b, "a", sekarang=1020)  # a new window


def test_format_batas_salah(monkeypatch):
    monkeypatch.setenv("SAKIP_BATAS_PUBLIK", "banyak")
    with pytest.raises(ValueError, match="jumlah/detik"):
        batas.batas_publik()


def test_setiap_view_publik_terhitung():
    """Every view declared public is under the limit (the middleware keys on the declaration, so a new
    public view cannot escape): check the declaration is present on each."""
    from tests.web.test_akses import _pola

    publik = [n for n, v, _ in _pola() if getattr(v, "akses", None) == "publik"]
    assert "inti:masuk" in publik and any(n.startswith("publik:") for n in publik)
    assert any(n.startswith("survei:") for n in publik)
