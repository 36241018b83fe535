"""The token page: shown once, stored as a hash, revoked by the owner or an admin, never by someone else."""

from __future__ import annotations

import re

from sakip.web.api.models import TokenApi
from sakip.web.api.token import sidik


def test_buat_tampil_sekali_dan_cabut(klien, pengguna):
    c = klien("operator")
    r = c.post("/api/token/", {"nama": "skrip SIPD", "hari": "30"})
    assert r.status_code == 200
    token = re.search(r'<code id="token-baru">(sakip_[^<]+)</code>', r.content.decode()).group(1)
    assert r["Cache-Control"] == "no-store"
    t = TokenApi.objects.get(pengguna=pengguna["operator"], nama="skrip SIPD")
    assert t.sidik == sidik(token) and token not in {t.awalan, t.sidik}
    ulang = c.get("/api/token/").content.decode()
    assert token not in ulang and t.awalan in ulang
    # Another user cannot revoke it; the admin can.
    assert klien("kepala").post("/api/token/", {"cabut": t.pk}).status_code == 400
    t.refresh_from_db()
    assert t.dicabut_pada is None
    assert klien("admin").post("/api/token/", {"cabut": t.pk}).status_code == 302
    t.refresh_from_db()
    assert t.dicabut_pada is not None and t.dicabut_oleh


def test_masukan_salah(klien):
    c = klien("reviewer")
    assert c.post("/api/token/", {"nama": "", "hari": "30"}).status_code == 400
    assert c.post("/api/token/", {"nama": "x", "hari": "9999"}).status_code == 400
    assert c.post("/api/token/", {"cabut": "bukan angka"}).status_code == 400
    assert not TokenApi.objects.filter(nama="x").exists()
    assert klien(None).get("/api/token/").status_code == 302
