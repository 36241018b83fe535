"""Stored files on S3-compatible object storage (django-storages' S3Storage), against a real S3 HTTP server on this
machine (moto's server mode, from PyPI): a document made by the worker lands in the bucket, is downloaded through the
web app, and goes with its job; evidence uploads, the readiness probe and the backup use the same storage. Nothing
here touches the data folder: a web node and a worker that share no disk see the same files."""

from __future__ import annotations

import importlib
import io
import json

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings
from django.urls import reverse

from sakip.web.dokumen import pekerja, services
from sakip.web.dokumen.models import Pekerjaan

pytestmark = pytest.mark.django_db
BUCKET = "sakip-uji"


@pytest.fixture(scope="module")
def server_s3():
    from moto.server import ThreadedMotoServer

    s = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    s.start()
    host, port = s.get_host_and_port()
    yield f"http://{host}:{port}"
    s.stop()


@pytest.fixture
def s3(server_s3, monkeypatch):
    """Both stores (uploads, documents) in one fresh bucket, configured the way the settings do it from the
    environment (SAKIP_S3_*)."""
    klien = boto3.client(
        "s3", endpoint_url=server_s3, aws_access_key_id="uji", aws_secret_access_key="uji", region_name="us-east-1"
    )
    klien.create_bucket(Bucket=BUCKET)
    for k, v in {
        "SAKIP_S3_ENDPOINT": server_s3,
        "SAKIP_S3_REGION": "us-east-1",
        "SAKIP_S3_ADDRESSING_STYLE": "path",
        "AWS_ACCESS_KEY_ID": "uji",
        "AWS_SECRET_ACCESS_KEY": "uji",
    }.items():
        monkeypatch.setenv(k, v)
    modul = importlib.import_module("sakip.web.settings")
    monkeypatch.setattr(modul, "SAKIP_S3_BUCKET", BUCKET)
    simpan = {
        "default": modul._penyimpanan(modul.MEDIA_ROOT, "bukti"),
        "dokumen": modul._penyimpanan(modul.SAKIP_DOKUMEN_DIR, "dokumen"),
        "staticfiles": modul.STORAGES["staticfiles"],
    }
    assert simpan["dokumen"]["BACKEND"] == "storages.backends.s3.S3Storage"
    with override_settings(STORAGES=simpan):
        yield klien
    for o in klien.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        klien.delete_object(Bucket=BUCKET, Key=o["Key"])
    klien.delete_bucket(Bucket=BUCKET)


def _kunci(klien) -> list[str]:
    return sorted(o["Key"] for o in klien.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_dokumen_dibuat_diunduh_dan_dibersihkan_di_s3(s3, aktor, klien, tk_dinas):
    from datetime import timedelta

    from django.utils import timezone

    p = services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx")
    p = pekerja.jalankan_satu()
    assert p.status == Pekerjaan.SELESAI, p.galat
    assert _kunci(s3) == [f"dokumen/{p.berkas_hasil}"]
    isi = s3.get_object(Bucket=BUCKET, Key=f"dokumen/{p.berkas_hasil}")["Body"].read()
    assert isi[:2] == b"PK" and len(isi) == p.ukuran

    url = reverse(
        "dokumen:unduh", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": tk_dinas.tahun, "kode": p.kode}
    )
    r = klien("operator").get(url)
    assert r.status_code == 200 and b"".join(r.streaming_content) == isi
    # An equal request reuses the stored file (it is there); after the retention it goes with its job.
    assert services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx").pk == p.pk
    Pekerjaan.objects.filter(pk=p.pk).update(dibuat_pada=timezone.now() - timedelta(days=2))
    assert pekerja.bersihkan() == 1
    assert _kunci(s3) == []


def test_bukti_kesiapan_dan_cadangan_di_s3(s3, db, tk_dinas, tmp_path):
    from sakip.web.operasi.cadangan import cadangkan, pulihkan
    from sakip.web.operasi.kesehatan import periksa_semua
    from tests.operasi.test_cadangan import _bukti

    b = _bukti(tk_dinas, b"%PDF-1.4\nbukti di S3\n")
    assert f"bukti/{b.berkas.name}" in _kunci(s3)
    penyimpanan = next(h for h in periksa_semua() if h.nama == "penyimpanan")
    assert penyimpanan.ok and "S3Storage" in penyimpanan.rincian
    assert _kunci(s3) == [f"bukti/{b.berkas.name}"]  # the probe's own object is gone again

    arsip = tmp_path / "cadangan.tar.gz"
    cadangkan(arsip)
    storages["default"].delete(b.berkas.name)
    storages["dokumen"].save("sisa.txt", ContentFile(b"bukan dari cadangan"))
    pulihkan(arsip)
    assert _kunci(s3) == [f"bukti/{b.berkas.name}"]
    with storages["default"].open(b.berkas.name, "rb") as f:
        assert f.read() == b"%PDF-1.4\nbukti di S3\n"
    import tarfile

    with tarfile.open(arsip) as t:
        manifest = json.load(io.TextIOWrapper(t.extractfile("manifest.json"), encoding="utf-8"))
    assert {"default", "dokumen"} <= set(manifest["penyimpanan"])
