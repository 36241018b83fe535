"""The document queue shows how long each document took; the PDF comes from the Typst writer; a repeated request
on unchanged data is served from the stored file without rendering again."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from sakip.web.dokumen import pekerja
from sakip.web.dokumen.models import Pekerjaan

pytestmark = pytest.mark.django_db


def _url(nama: str, tk, **kw) -> str:
    return reverse(f"dokumen:{nama}", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, **kw})


def test_antrian_menampilkan_lama_penyusunan_pdf(klien, tk_dinas, monkeypatch):
    op = klien("operator")
    r = op.post(_url("buat", tk_dinas), {"dokumen": "lkjip", "format": "pdf"})
    p = Pekerjaan.objects.get()
    assert op.get(_url("daftar", tk_dinas)).content.decode().count("Lama penyusunan") == 1
    selesai = pekerja.jalankan_satu()
    assert selesai.status == Pekerjaan.SELESAI, selesai.galat
    assert selesai.lama_susun.endswith(" detik") and selesai.lama_susun[0].isdigit()
    fragmen = op.get(r["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert f"Lama penyusunan: <strong>{selesai.lama_susun}</strong>" in fragmen
    daftar = op.get(_url("daftar", tk_dinas)).content.decode()
    assert selesai.lama_susun in daftar
    data = b"".join(op.get(_url("unduh", tk_dinas, kode=p.kode)).streaming_content)
    assert data.startswith(b"%PDF-") and b"Typst" in data

    # Unchanged data: the same request is the stored job, and nothing is rendered again.
    from sakip.laporan import api

    def tidak_boleh(*a, **k):
        raise AssertionError("dokumen disusun ulang")

    monkeypatch.setattr(api, "buat_dokumen", tidak_boleh)
    r2 = op.post(_url("buat", tk_dinas), {"dokumen": "lkjip", "format": "pdf"})
    assert r2["Location"] == r["Location"] and Pekerjaan.objects.count() == 1
    assert pekerja.jalankan_satu() is None


def test_format_lama_penyusunan():
    t = timezone.now()
    p = Pekerjaan(status=Pekerjaan.SELESAI, dibuat_pada=t, mulai_pada=t, selesai_pada=t + timedelta(seconds=0.4213))
    assert p.lama_susun == "0,42 detik" and p.lama_tunggu == ""
    p.selesai_pada = t + timedelta(seconds=65)
    p.dibuat_pada = t - timedelta(seconds=3)
    assert p.lama_susun == "1 menit 5 detik" and p.lama_tunggu == "3 detik"
    p.status = Pekerjaan.BERJALAN
    assert p.lama_susun == ""
