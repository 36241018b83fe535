"""Password policy (Indonesian messages) and session expiry (idle and absolute)."""

from __future__ import annotations

import time

import pytest
from django.test import Client

from sakip.web.keamanan.middleware import KUNCI_AKTIF, KUNCI_MASUK

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("sandi", "pesan"),
    [
        ("Ab3$xyz", "terlalu pendek"),
        ("password123", "terlalu umum"),
        ("8372615094", "seluruhnya terdiri dari angka"),
        ("operator-sakip", "terlalu mirip"),
    ],
)
def test_kebijakan_sandi(klien, sandi, pesan):
    from tests.keamanan.conftest import SANDI

    c = klien("operator")
    r = c.post(
        "/sandi/",
        {"old_password": SANDI["operator"], "new_password1": sandi, "new_password2": sandi},
    )
    assert r.status_code == 200
    assert pesan in r.content.decode().lower()


def test_sandi_kuat_diterima(klien):
    from tests.keamanan.conftest import SANDI

    c = klien("operator")
    r = c.post(
        "/sandi/",
        {
            "old_password": SANDI["operator"],
            "new_password1": "Tebu-Manis-Kencong-77",
            "new_password2": "Tebu-Manis-Kencong-77",
        },
    )
    assert r.status_code == 302


def _geser(c: Client, **detik) -> None:
    s = c.session
    for kunci, mundur in detik.items():
        s[kunci] = int(time.time()) - mundur
    s.save()


def test_sesi_berakhir_saat_diam(masuk, settings):
    c = Client()
    masuk(c, "operator")
    assert c.get("/saya/").status_code in (200, 302)
    _geser(c, **{KUNCI_AKTIF: settings.SAKIP_SESI_DIAM_MENIT * 60 + 5})
    r = c.get("/saya/")
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    assert "_auth_user_id" not in c.session
    r = c.get(r["Location"])
    assert "tidak ada aktivitas" in r.content.decode()


def test_sesi_aktif_tetap_hidup(masuk, settings):
    c = Client()
    masuk(c, "operator")
    _geser(c, **{KUNCI_AKTIF: settings.SAKIP_SESI_DIAM_MENIT * 60 - 120})
    r = c.get("/saya/")
    assert not r.get("Location", "").startswith("/masuk/")
    # The request renewed the activity mark.
    assert int(time.time()) - c.session[KUNCI_AKTIF] < 60


def test_sesi_berakhir_setelah_batas_mutlak(masuk, settings):
    c = Client()
    masuk(c, "kepala")
    _geser(c, **{KUNCI_MASUK: settings.SAKIP_SESI_MAKS_JAM * 3600 + 5, KUNCI_AKTIF: 10})
    r = c.get("/saya/")
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")
    r = c.get(r["Location"])
    assert f"setelah {settings.SAKIP_SESI_MAKS_JAM} jam" in r.content.decode()


def test_htmx_diarahkan_lewat_header(masuk, settings):
    c = Client()
    masuk(c, "operator")
    _geser(c, **{KUNCI_AKTIF: settings.SAKIP_SESI_DIAM_MENIT * 60 + 5})
    r = c.get("/saya/", headers={"HX-Request": "true"})
    assert r.status_code == 204 and r["HX-Redirect"].startswith("/masuk/")
