"""The Kencong 2023 LKjIP as PDF (HTML → WeasyPrint): the same content, page numbers in the contents, vector
charts, and no layout breakage (blank pages, content in the margins) when the pages are rendered to images."""

from __future__ import annotations

import re
import subprocess

from PIL import Image

from .conftest import perlu_poppler


def _rapat(teks: str) -> str:
    return " ".join(teks.split())


def test_isi_sama_dengan_docx(teks_pdf_kencong):
    t = _rapat(teks_pdf_kencong)
    for frasa in [
        "KATA PENGANTAR",
        "IKHTISAR EKSEKUTIF",
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
        "Tabel 3.1 Pengukuran Realisasi Kinerja Tahun 2023",
        "Tabel 3.6 (lanjutan)",
        "Tabel 3.8 Realisasi Anggaran per Program Tahun 2023",
        "Grafik 3.1 Capaian Kinerja per Indikator Sasaran Tahun 2023",
        "102,20%",
        "92,37%",
        "103,63%",
        "95,00%",
        "76,91%",
        "99,10%",
        "86,25%",
        "91,60%",
        "3.739.669.394",
        "3.114.077.597",
        "83,27%",
        "96,84%",
        "4 (empat) program, 11 (sebelas) kegiatan dan 36 (tiga puluh enam) sub kegiatan",
        "Rp 3.739.669.394,00",
        "Jember, 31 Januari 2024",
        "Sasaran 1, 3 dan 4 dinilai efisien, sedangkan Sasaran 2 dinilai tidak efisien",
    ]:
        assert frasa in t, frasa
    assert "98,29" not in t


def test_daftar_isi_berhalaman(teks_pdf_kencong):
    """The contents carry page numbers: roman for the front matter, arabic from BAB I."""
    t = teks_pdf_kencong
    assert re.search(r"IKHTISAR EKSEKUTIF\s*\.{5,}\s*iv\b", t)
    assert re.search(r"BAB I PENDAHULUAN\s*\.{5,}\s*1\b", t)
    m = re.search(r"BAB IV PENUTUP\s*\.{5,}\s*(\d+)", t)
    assert m and int(m.group(1)) > 20
    assert re.search(r"Tabel 3\.1 Pengukuran Realisasi Kinerja Tahun 2023\s*\.{5,}\s*\d+", t)


def test_halaman_a4_dan_grafik_vektor(pdf_kencong, tmp_path):
    perlu_poppler()
    f = tmp_path / "lkjip.pdf"
    f.write_bytes(pdf_kencong)
    info = subprocess.run(["pdfinfo", str(f)], check=True, capture_output=True, text=True).stdout
    halaman = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 35 <= halaman <= 90
    assert "595.276 x 841.89 pts (A4)" in info
    assert "Title:" in info and "Kecamatan Kencong" in info
    # Charts are SVG drawn as vectors: no raster image in the PDF (there is no logo in this run).
    gambar = subprocess.run(["pdfimages", "-list", str(f)], check=True, capture_output=True, text=True).stdout
    assert len(gambar.strip().splitlines()) == 2  # header lines only


def _penghitung_gelap(img: Image.Image):
    px = img.load()

    def gelap(x0: int, y0: int, x1: int, y1: int) -> int:
        """Dark pixels in the rectangle [x0, x1) × [y0, y1)."""
        return sum(1 for x in range(x0, x1) for y in range(y0, y1) if px[x, y] < 200)

    return gelap


def test_tata_letak_tidak_rusak(pdf_kencong, tmp_path):
    """Render every page and look at the pixels: no blank page, nothing in the side or top margins (a table wider
    than the page would run into the right margin)."""
    perlu_poppler()
    f = tmp_path / "lkjip.pdf"
    f.write_bytes(pdf_kencong)
    dpi = 30
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(f), str(tmp_path / "hal")], check=True)
    halaman = sorted(tmp_path.glob("hal-*.png"))
    assert len(halaman) >= 35
    cm = dpi / 2.54
    masalah = []
    for p in halaman:
        img = Image.open(p).convert("L")
        w, h = img.size
        lanskap = w > h
        kiri, kanan, atas = (2.0, 2.0, 2.0) if lanskap else (3.0, 2.5, 2.5)
        gelap = _penghitung_gelap(img)

        tepi = 3
        isi = gelap(int(kiri * cm), int(atas * cm), w - int(kanan * cm), h - int(2.0 * cm))
        if isi < 40:
            masalah.append(f"{p.name}: halaman kosong")
        if gelap(w - int(kanan * cm) + tepi, 0, w, h):
            masalah.append(f"{p.name}: isi melewati margin kanan")
        if gelap(0, 0, int(kiri * cm) - tepi, h):
            masalah.append(f"{p.name}: isi melewati margin kiri")
        if gelap(0, 0, w, int(atas * cm) - tepi):
            masalah.append(f"{p.name}: isi di margin atas")
    assert masalah == []
