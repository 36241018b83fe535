"""Security headers on real responses; the CSP nonce is fresh per response and the page's own elements carry it."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _arahan(r) -> dict[str, str]:
    csp = r["Content-Security-Policy"]
    return {a.split(" ", 1)[0]: a.split(" ", 1)[1] if " " in a else "" for a in csp.split("; ")}


@pytest.mark.parametrize("url", ["/", "/masuk/", "/publik/", "/static/sakip/sakip.css", "/tidak-ada/"])
def test_header_keamanan_publik(url):
    r = Client().get(url)
    assert r.status_code in (200, 404)
    assert r["X-Content-Type-Options"] == "nosniff"
    assert r["Referrer-Policy"] == "same-origin"
    assert r["X-Frame-Options"] == "DENY"
    assert "camera=()" in r["Permissions-Policy"] and "geolocation=()" in r["Permissions-Policy"]
    a = _arahan(r)
    assert a["frame-ancestors"] == "'none'"
    assert a["object-src"] == "'none'" and a["base-uri"] == "'none'"
    assert "'unsafe-inline'" not in r["Content-Security-Policy"]
    assert "'unsafe-eval'" not in r["Content-Security-Policy"]
    assert re.fullmatch(r"'self' 'nonce-[A-Za-z0-9_-]{20,}'", a["script-src"])


def test_nonce_baru_tiap_respons_dan_dipakai_halaman(klien):
    c = klien("operator")
    r1, r2 = c.get("/akun/"), c.get("/akun/")
    n1 = re.search(r"'nonce-([^']+)'", r1["Content-Security-Policy"]).group(1)
    n2 = re.search(r"'nonce-([^']+)'", r2["Content-Security-Policy"]).group(1)
    assert n1 != n2
    # htmx gets the nonce for the indicator style it adds, and never evaluates attribute code.
    assert f'"inlineStyleNonce": "{n1}"' in r1.content.decode()
    assert '"allowEval": false' in r1.content.decode()


def test_tidak_ada_skrip_atau_handler_inline_di_templat():
    """Every template: no <script> without src, no on*= handler, no javascript: URL; <style> only with the nonce."""
    from pathlib import Path

    akar = Path(__file__).resolve().parents[2] / "sakip" / "web"
    masalah = []
    for f in akar.rglob("templates/**/*.html"):
        teks = f.read_text(encoding="utf-8")
        for m in re.finditer(r"<script\b[^>]*>", teks):
            if "src=" not in m.group(0):
                masalah.append(f"{f}: {m.group(0)}")
        for m in re.finditer(r"\son[a-z]+\s*=", teks):
            masalah.append(f"{f}: handler {m.group(0).strip()}")
        if "javascript:" in teks.lower():
            masalah.append(f"{f}: javascript: URL")
        for m in re.finditer(r"<style\b[^>]*>", teks):
            if "nonce=" not in m.group(0):
                masalah.append(f"{f}: {m.group(0)}")
        for m in re.finditer(r'\sstyle="([^"]*)"', teks):
            if "gaya_predikat" not in m.group(1):
                masalah.append(f"{f}: style attribute {m.group(0)}")
    assert masalah == []


def test_gaya_predikat_diizinkan_lewat_hash(klien, tk_dinas):
    c = klien("admin")
    r = c.get(f"/pd/{tk_dinas.perangkat_daerah.slug}/{tk_dinas.tahun}/")
    assert r.status_code == 200, r.status_code
    teks = r.content.decode()
    gaya = set(re.findall(r'class="predikat" style="([^"]+)"', teks))
    assert gaya, "halaman dasbor menampilkan predikat"
    attr = _arahan(r)["style-src-attr"]
    assert attr.startswith("'unsafe-hashes'")
    for g in gaya:
        from html import unescape

        h = base64.b64encode(hashlib.sha256(unescape(g).encode()).digest()).decode()
        assert f"'sha256-{h}'" in attr


def test_warna_skala_bukan_hex_tidak_sampai_ke_style():
    from types import SimpleNamespace

    from sakip.web.inti.templatetags.sakip import gaya_predikat

    jahat = SimpleNamespace(warna="red;background-image:url(https://contoh.invalid/x)")
    assert gaya_predikat(jahat).startswith("background:#9e9e9e;")


def test_hsts_bila_https(monkeypatch):
    """The HTTPS settings turn on HSTS (checked on a response with those settings)."""
    from django.test import override_settings

    with override_settings(
        SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_SSL_REDIRECT=False
    ):
        r = Client().get("/masuk/", secure=True)
    assert r["Strict-Transport-Security"].startswith("max-age=31536000")


def test_halaman_500_memakai_nonce(rf):
    from sakip.web.inti.views import galat_500

    req = rf.get("/")
    req.csp_nonce = "uji123"
    r = galat_500(req)
    assert '<style nonce="uji123">' in r.content.decode()
