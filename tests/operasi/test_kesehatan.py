"""Health and readiness probes, request ids and JSON log lines."""

from __future__ import annotations

import json
import logging

import pytest
from django.test import Client, override_settings

from sakip.web.operasi import detak
from sakip.web.operasi.log import FormatJSON, SaringIdPermintaan


@pytest.fixture
def probe():
    # A load balancer asks by address, over plain HTTP, with whatever Host header it likes.
    return Client(HTTP_HOST="10.1.2.3:8000")


def test_sehat_tanpa_basis_data(probe):
    # No database fixture: pytest-django refuses any query, so liveness provably needs no database.
    r = probe.get("/sehat/")
    assert r.status_code == 200 and r.json() == {"status": "hidup"}
    assert r["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_siap_memeriksa_setiap_layanan(probe):
    r = probe.get("/siap/")
    assert r.status_code == 200, r.content
    d = r.json()
    assert d["status"] == "siap"
    assert {k for k, v in d["periksa"].items() if v["ok"]} >= {"basis_data", "cache", "penyimpanan"}
    # No worker has beaten: reported, but a web node is still ready unless the operator requires a worker.
    assert d["periksa"]["pekerja"]["ok"] is False and d["periksa"]["pekerja"]["wajib"] is False


@pytest.mark.django_db
def test_siap_menunggu_pekerja_bila_diwajibkan(probe):
    with override_settings(SAKIP_SIAP_WAJIB_PEKERJA=True):
        r = probe.get("/siap/")
        assert r.status_code == 503 and r.json()["status"] == "tidak siap"
        detak.catat("mesin-lain:42")
        r = probe.get("/siap/")
        assert r.status_code == 200
        assert r.json()["periksa"]["pekerja"]["rincian"] == "1 pekerja hidup"
        detak.hapus("mesin-lain:42")
        assert probe.get("/siap/").status_code == 503


@pytest.mark.django_db
def test_siap_503_bila_penyimpanan_rusak(probe, tmp_path):
    tidak_bisa = tmp_path / "berkas-biasa"
    tidak_bisa.write_text("bukan folder")
    rusak = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tidak_bisa}},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=rusak):
        r = probe.get("/siap/")
    assert r.status_code == 503
    assert r.json()["periksa"]["penyimpanan"]["ok"] is False


def test_probe_hanya_get(probe):
    assert probe.post("/sehat/").status_code == 405


@pytest.mark.django_db
def test_id_permintaan_dari_proksi_dipakai(client, caplog):
    with caplog.at_level(logging.INFO, logger="sakip.permintaan"):
        r = client.get("/", HTTP_X_REQUEST_ID="proksi-123.abc")
    assert r["X-Request-ID"] == "proksi-123.abc"
    baris = [x for x in caplog.records if x.name == "sakip.permintaan"]
    assert baris and baris[-1].status == r.status_code and baris[-1].path == "/"


@pytest.mark.django_db
def test_id_permintaan_berbahaya_diganti(client):
    r = client.get("/", HTTP_X_REQUEST_ID="a\r\nSet-Cookie: x=1")
    rid = r["X-Request-ID"]
    assert len(rid) == 32 and rid.isalnum()
    assert client.get("/")["X-Request-ID"] != rid


def test_format_json_membawa_id_dan_tambahan():
    from sakip.web.operasi.log import ID_PERMINTAAN

    rec = logging.LogRecord("sakip.x", logging.WARNING, __file__, 1, "halo %s", ("dunia",), None)
    rec.status = 201
    token = ID_PERMINTAAN.set("rid-1")
    try:
        SaringIdPermintaan().filter(rec)
    finally:
        ID_PERMINTAAN.reset(token)
    d = json.loads(FormatJSON().format(rec))
    assert d["pesan"] == "halo dunia" and d["id_permintaan"] == "rid-1" and d["status"] == 201
    assert d["tingkat"] == "WARNING" and d["logger"] == "sakip.x"
