"""Two-step login (TOTP): set up with a QR, asked at every login, required by a setting, not for operators."""

from __future__ import annotations

import re

import pytest
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def _kode(d: TOTPDevice, geser: int = 0) -> str:
    d.refresh_from_db()
    return f"{totp(d.bin_key, step=d.step, t0=d.t0, digits=d.digits, drift=d.drift + geser):06d}"


def _tunggu(d: TOTPDevice) -> None:
    """Django-otp slows repeated wrong codes down; step past the delay like a person waiting would."""
    TOTPDevice.objects.filter(pk=d.pk).update(throttling_failure_count=0, throttling_failure_timestamp=None)


def _aktifkan(c, pengguna_) -> TOTPDevice:
    r = c.get("/akun/dua-langkah/")
    assert r.status_code == 200
    teks = r.content.decode()
    assert "<svg" in teks and 'class="segno"' in teks
    d = TOTPDevice.objects.get(user=pengguna_, confirmed=False)
    rahasia = re.search(r'id="rahasia">([A-Z2-7 ]+)<', teks).group(1).replace(" ", "")
    from base64 import b32encode

    assert rahasia == b32encode(d.bin_key).decode()
    r = c.post("/akun/dua-langkah/", {"kode": "000000" if _kode(d) != "000000" else "111111"})
    assert r.status_code == 400 and "Kode tidak cocok" in r.content.decode()
    _tunggu(d)
    r = c.post("/akun/dua-langkah/", {"kode": _kode(d)})
    assert r.status_code == 302
    d.refresh_from_db()
    assert d.confirmed
    return d


def test_alur_dua_langkah(masuk, pengguna):
    c = Client()
    assert masuk(c, "kepala").status_code == 302
    d = _aktifkan(c, pengguna["kepala"])
    assert c.get("/saya/").status_code in (200, 302)
    # The next login asks for the code before anything else.
    c2 = Client()
    r = masuk(c2, "kepala")
    assert r.status_code == 302
    r = c2.get("/saya/")
    assert r.status_code == 302 and r["Location"].startswith("/akun/verifikasi/")
    assert c2.get("/pd/diskominfo/2023/").status_code == 302
    r = c2.post("/akun/verifikasi/", {"kode": "12", "next": "/saya/"})
    assert r.status_code == 400 and "Kode tidak cocok" in r.content.decode()
    _tunggu(d)
    r = c2.post("/akun/verifikasi/", {"kode": _kode(d, 1), "next": "/saya/"})
    assert r.status_code == 302 and r["Location"] == "/saya/"
    assert c2.get("/saya/").status_code in (200, 302)
    assert not c2.get("/saya/").get("Location", "").startswith("/akun/verifikasi/")


def test_kode_salah_berulang_diperlambat(masuk, pengguna):
    c = Client()
    masuk(c, "reviewer")
    d = _aktifkan(c, pengguna["reviewer"])
    c2 = Client()
    masuk(c2, "reviewer")
    for _ in range(3):
        c2.post("/akun/verifikasi/", {"kode": "999999" if _kode(d) != "999999" else "888888"})
    r = c2.post("/akun/verifikasi/", {"kode": _kode(d)})
    assert r.status_code == 400 and "Terlalu banyak kode salah" in r.content.decode()


def test_operator_tidak_ditawari(klien):
    c = klien("operator")
    r = c.get("/akun/dua-langkah/")
    assert r.status_code == 302
    assert not TOTPDevice.objects.exists()


@override_settings(SAKIP_WAJIB_DUA_LANGKAH=True)
def test_wajib_menurut_pengaturan(klien):
    c = klien("admin")
    r = c.get("/ikhtisar/")
    assert r.status_code == 302 and r["Location"].startswith("/akun/dua-langkah/")
    # Operators are not in the roles that use it: they go on.
    assert not klien("operator").get("/saya/").get("Location", "").startswith("/akun/")


def test_matikan_perlu_kode(masuk, pengguna):
    c = Client()
    masuk(c, "admin")
    d = _aktifkan(c, pengguna["admin"])
    c.post("/akun/", {"aksi": "matikan", "kode": "000000" if _kode(d) != "000000" else "111111"})
    assert TOTPDevice.objects.filter(user=pengguna["admin"], confirmed=True).exists()
    _tunggu(d)
    c.post("/akun/", {"aksi": "matikan", "kode": _kode(d, 1)})
    assert not TOTPDevice.objects.filter(user=pengguna["admin"]).exists()
