"""Scanned reports (pages without a text layer) through OCR: a printed table comes back as a table with its
numbers and the OCR confidence; blank pages and pages with only a mark skip Tesseract; a page far larger than
paper is rendered at a resolution that fits the pixel bound instead of taking gigabytes."""

from __future__ import annotations

import io
import shutil

import pypdfium2 as pdfium
import pytest
from PIL import Image

from sakip.berkas.laporan_cetak import LaporanTidakTerbaca, baca_laporan
from sakip.berkas.laporan_cetak import ocr as ocr_mod
from sakip.berkas.laporan_cetak.halaman_pdf import buka, halaman, tutup
from sakip.berkas.laporan_cetak.ke_pdf import ke_pdf_teks
from sakip.berkas.laporan_cetak.pdf import baca_pdf
from sakip.core.batas import MAKS_PIKSEL_HALAMAN
from sakip.core.reviu.cetak import Blok

perlu_ocr = pytest.mark.skipif(ocr_mod.tersedia() is not None, reason="tesseract-ocr-ind tidak terpasang")


def _pindai(pdf: bytes, dpi: int = 200) -> bytes:
    """The PDF as a scanner gives it: every page an image, no text layer."""
    doc = pdfium.PdfDocument(pdf)
    gambar = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    keluar = io.BytesIO()
    gambar[0].save(keluar, "PDF", resolution=dpi, save_all=True, append_images=gambar[1:])
    return keluar.getvalue()


def _laporan_kecil() -> bytes:
    baris = [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        ["1", "Indeks Kepuasan Masyarakat", "82", "85,20", "103,90"],
        ["2", "Persentase layanan tepat waktu", "90", "87,50", "97,22"],
    ]
    return ke_pdf_teks(
        [
            Blok("paragraf", "BAB III AKUNTABILITAS KINERJA", judul=1),
            Blok("paragraf", "Tabel 3.1 Pengukuran Kinerja Tahun 2023"),
            Blok("tabel", baris=baris),
            Blok("paragraf", "Capaian kinerja tahun 2023 tergolong sangat baik pada kedua indikator tersebut."),
        ]
    )


@perlu_ocr
def test_tabel_hasil_pindai_terbaca_dengan_keyakinan(tmp_path):
    path = tmp_path / "pindai.pdf"
    path.write_bytes(_pindai(_laporan_kecil()))
    blok = baca_pdf(path)
    tabel = [b for b in blok if b.jenis == "tabel"]
    assert tabel, "the ruled table of the scan is found from its lines"
    isi = [" ".join(r) for r in tabel[0].baris]
    assert any("85,20" in r and "103,90" in r for r in isi), isi
    assert any("87,50" in r and "97,22" in r for r in isi), isi
    assert all(b.keyakinan is not None and 0 <= b.keyakinan <= 100 for b in blok), "every OCR block has confidence"
    teks = " ".join(b.teks for b in blok if b.jenis == "paragraf")
    assert "AKUNTABILITAS" in teks.upper()


@perlu_ocr
def test_halaman_kosong_tidak_ke_tesseract(tmp_path, monkeypatch):
    """A blank scan page and one with a single mark: no Tesseract call, no block; the report is then empty."""
    kosong = Image.new("L", (1654, 2339), 255)
    bertanda = kosong.copy()
    bertanda.paste(0, (800, 2200, 812, 2214))  # a 12 × 14 pixel mark, like a lone page number digit
    path = tmp_path / "kosong.pdf"
    kosong.save(path, "PDF", resolution=200, save_all=True, append_images=[bertanda])

    def tidak_boleh(*a, **k):
        raise AssertionError("Tesseract dijalankan pada halaman tanpa isi")

    monkeypatch.setattr("pytesseract.image_to_data", tidak_boleh)
    with pytest.raises(LaporanTidakTerbaca, match="kosong"):
        baca_laporan(path)


def test_halaman_raksasa_dirender_dalam_batas_piksel(tmp_path):
    """A 200 × 200 inch page (the largest a PDF allows) would be 1,6 billion pixels at 200 DPI."""
    doc = pdfium.PdfDocument.new()
    doc.new_page(14400, 14400)
    path = tmp_path / "raksasa.pdf"
    doc.save(path)
    doc.close()
    d = buka(str(path))
    h = halaman(d, 0)
    try:
        g = h.gambar(ocr_mod.DPI)
        assert g.width * g.height <= MAKS_PIKSEL_HALAMAN * 1.01
        assert g.width > 1000, "still a usable resolution"
    finally:
        tutup(h)
        d.close()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract tidak terpasang")
def test_pindai_laporan_sakip_sama_isinya(tmp_path):
    """Cropping the inked part of a page before Tesseract keeps the words where they were: the table's rows
    come back in order and its cells in their columns."""
    path = tmp_path / "pindai.pdf"
    path.write_bytes(_pindai(_laporan_kecil()))
    (tabel,) = [b for b in baca_pdf(path) if b.jenis == "tabel"]
    assert [r[0] for r in tabel.baris[-2:]] == ["1", "2"]
    assert [len(r) for r in tabel.baris] == [5] * len(tabel.baris)


@perlu_ocr
def test_cakupan_menyebut_keyakinan_ocr(tmp_path):
    from sakip.core.reviu.cakupan import cakupan_tabel, teks_cakupan

    path = tmp_path / "pindai.pdf"
    path.write_bytes(_pindai(_laporan_kecil()))
    lap = baca_laporan(path)
    (c,) = [x for x in cakupan_tabel(lap) if x.jenis == "pengukuran"]
    assert c.ditemukan and c.keyakinan is not None and 0 < c.keyakinan <= 100
    assert "dibaca OCR, keyakinan" in teks_cakupan(lap)
