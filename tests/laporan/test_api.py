"""The API the web app calls: one document from a core Berkas, and a batch outside the request."""

from __future__ import annotations

import pytest

from sakip.laporan import (
    DOKUMEN_FORMAT,
    DokumenTidakValid,
    OpsiDokumen,
    Tugas,
    buat_banyak,
    buat_dokumen,
    nama_berkas_keluaran,
)
from sakip.laporan.api import susun_dokumen
from sakip.laporan.isi import BlokTabel

from .conftest import CONTOH


def test_susun_dokumen_tanpa_format(kencong_asli):
    dok = susun_dokumen(kencong_asli, dokumen="lkjip")
    nomor = [b.nomor for b in dok.blok if isinstance(b, BlokTabel) and b.nomor and not b.lanjutan]
    assert nomor[-9:] == [f"3.{i}" for i in range(1, 10)]


@pytest.mark.parametrize(
    ("dokumen", "format", "pesan"), [("lakip", "docx", "jenis dokumen"), ("lkjip", "odt", "format 'odt'")]
)
def test_pilihan_salah(kencong_asli, dokumen, format, pesan):
    with pytest.raises(DokumenTidakValid, match=pesan):
        buat_dokumen(kencong_asli, dokumen=dokumen, format=format)


def test_semua_jenis_punya_docx_pdf_xlsx():
    for dokumen, fmt in DOKUMEN_FORMAT.items():
        assert {"docx", "pdf", "xlsx"} <= set(fmt), dokumen


def test_html_adalah_sumber_pdf(kencong_asli):
    html = buat_dokumen(kencong_asli, dokumen="iku", format="html").decode("utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'lang="id"' in html
    assert "INDIKATOR KINERJA UTAMA (IKU)" in html


def test_buat_banyak_dengan_proses_pekerja(kencong_asli, tmp_path):
    rusak = tmp_path / "rusak.yaml"
    rusak.write_text("bukan: berkas\n")
    tugas = [
        Tugas(kencong_asli, "iku", "docx"),
        Tugas(str(CONTOH), "pk", "xlsx", OpsiDokumen(pk="perubahan")),
        Tugas(str(rusak), "lkjip", "docx"),
        Tugas(kencong_asli, "pk", "docx", OpsiDokumen(pk="murni")),
    ]
    kemajuan = []
    hasil = sorted(
        buat_banyak(tugas, pekerja=2, kemajuan=lambda s, t, h: kemajuan.append((s, t))), key=lambda h: h.urutan
    )
    assert [h.berhasil for h in hasil] == [True, True, False, False]
    assert hasil[0].data[:2] == b"PK" and hasil[1].tahun == 2023
    assert "tidak dapat dimuat" in hasil[2].galat
    assert "Perjanjian Kinerja murni" in hasil[3].galat
    assert sorted(kemajuan) == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert nama_berkas_keluaran(hasil[0].nama, 2023, "iku", "docx") == "iku-2023-kecamatan-kencong.docx"
