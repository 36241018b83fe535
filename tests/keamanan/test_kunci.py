"""Login lockout (django-axes): after N failed logins the account is locked, the login page says so in
Indonesian, even the right password is refused, and the admin can unlock it."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db


def _gagal(c, masuk, nama: str, n: int):
    r = None
    for _ in range(n):
        r = masuk(c, nama, "salah-sekali")
    return r


def test_login_benar_berhasil(masuk):
    c = Client()
    r = masuk(c, "operator")
    assert r.status_code == 302 and "/masuk/" not in r["Location"]


def test_terkunci_setelah_n_gagal(masuk):
    n = settings.AXES_FAILURE_LIMIT
    c = Client()
    r = _gagal(c, masuk, "kepala", n - 1)
    assert r.status_code == 200  # still the normal "wrong password" page
    assert "pesan-terkunci" not in r.content.decode()
    r = _gagal(c, masuk, "kepala", 1)
    assert r.status_code == 429
    teks = r.content.decode()
    assert "dikunci sementara" in teks and f"{n} kali gagal masuk" in teks and "admin pemda" in teks
    # The right password no longer helps, from another browser too.
    r = masuk(Client(), "kepala")
    assert r.status_code == 429
    assert "_auth_user_id" not in Client().session
    # Other users are not affected.
    assert masuk(Client(), "operator").status_code == 302


def test_admin_membuka_kunci(masuk, klien):
    _gagal(Client(), masuk, "reviewer", settings.AXES_FAILURE_LIMIT)
    assert masuk(Client(), "reviewer").status_code == 429
    admin = klien("admin")
    halaman = admin.get("/akun/").content.decode()
    assert 'id="akun-terkunci"' in halaman and ">reviewer<" in halaman
    # Only the admin may unlock.
    operator = klien("operator")
    operator.post("/akun/", {"aksi": "buka_kunci", "username": "reviewer"})
    assert masuk(Client(), "reviewer").status_code == 429
    r = admin.post("/akun/", {"aksi": "buka_kunci", "username": "reviewer"}, follow=True)
    assert "dibuka kembali" in r.content.decode()
    assert masuk(Client(), "reviewer").status_code == 302


def test_gagal_lalu_berhasil_mengosongkan_hitungan(masuk):
    n = settings.AXES_FAILURE_LIMIT
    _gagal(Client(), masuk, "operator", n - 1)
    assert masuk(Client(), "operator").status_code == 302
    _gagal(Client(), masuk, "operator", n - 1)
    assert masuk(Client(), "operator").status_code == 302


def test_login_admin_django_ikut_dikunci(masuk):
    c = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        c.post("/admin/login/", {"username": "admin", "password": "salah"})
    assert masuk(Client(), "admin").status_code == 429
