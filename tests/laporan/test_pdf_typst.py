"""The Typst PDF is the same document as the DOCX: the same words section by section (pdftotext against the
DOCX's paragraphs and table cells), every page laid out within its margins and none blank, for the LKjIP, the
PK (letterhead, signatures, logo) and the landscape matrices; and the PDF path loads neither matplotlib, nor
WeasyPrint, nor python-docx."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections import Counter

import pytest
from PIL import Image

from sakip.laporan import OpsiDokumen, buat_dokumen, susun_dokumen
from sakip.laporan.isi import BlokTabel

from .conftest import AKAR, CONTOH, pdf_ke_teks, perlu_poppler
from .test_lkjip_pdf import _penghitung_gelap

ROMAWI = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def _nomor_halaman(token: str) -> bool:
    return token.isdigit() or bool(ROMAWI.match(token))


def _normal(teks: str) -> str:
    return " ".join(teks.split())


def _kata(teks: str) -> list[str]:
    """Words, split also at hyphens, dashes and slashes: the PDF may break a line after any of them (and
    pdftotext then drops a hyphen at a line's end)."""
    teks = re.sub(r"\.{2,}", " ", teks)  # the contents' leader dots (on both sides: the DOCX has none)
    return [w for w in re.split(r"[\s\-\u2013/]+", teks) if w]


def _selisih(docx_kata: list[str], pdf_kata: list[str]) -> tuple[Counter, Counter]:
    """(words only in the DOCX, words only in the PDF), after pairing a word pdftotext joined across a
    hyphenated line break ("cita-" / "cita" → "citacita") with its two halves."""
    d, p = Counter(docx_kata), Counter(pdf_kata)
    hilang, lebih = d - p, p - d
    for w in list(lebih):
        for i in range(1, len(w)):
            a, b = w[:i], w[i:]
            while lebih[w] and hilang[a] and hilang[b] and (a != b or hilang[a] >= 2):
                lebih[w] -= 1
                hilang[a] -= 1
                hilang[b] -= 1
    return +hilang, +lebih


def _bagian_docx(data: bytes) -> list[tuple[str, list[str]]]:
    """(level-1 heading, the words under it) in order; the part before the first heading is "".

    Table cells are read once each (python-docx lists a merged header cell in every row it spans)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(io.BytesIO(data))
    bagian: list[tuple[str, list[str]]] = [("", [])]
    for el in d.element.body.iterchildren():
        tag = el.tag.rpartition("}")[2]
        if tag == "p":
            p = Paragraph(el, d._body)
            if p.style is not None and p.style.name == "Heading 1":
                bagian.append((_normal(p.text), []))
            bagian[-1][1].extend(_kata(p.text))
        elif tag == "tbl":
            dilihat: set = set()  # the cell elements themselves (kept alive, so identity is stable)
            for r in Table(el, d._body).rows:
                for c in r.cells:
                    if c._tc in dilihat:
                        continue
                    dilihat.add(c._tc)
                    bagian[-1][1].extend(_kata(c.text))
    return bagian


def _bagian_pdf(teks: str, judul: list[str]) -> dict[str, list[str]]:
    """The PDF's words per section: a page that opens with a section's heading starts that section."""
    hasil: dict[str, list[str]] = {"": []}
    kini = ""
    sisa = [j for j in judul if j]
    for halaman in teks.split("\f"):
        awal = _normal(halaman)
        if sisa and awal.startswith(sisa[0]):
            kini = sisa.pop(0)
            hasil[kini] = []
        hasil[kini].extend(_kata(halaman))
    assert not sisa, f"bagian tidak ditemukan di PDF: {sisa}"
    return hasil


@pytest.fixture(scope="module")
def pasangan_tanpa_grafik(kencong_asli):
    opsi = OpsiDokumen(grafik=False)
    return (
        buat_dokumen(kencong_asli, format="docx", opsi=opsi),
        buat_dokumen(kencong_asli, format="pdf", opsi=opsi),
        susun_dokumen(kencong_asli, opsi=opsi),
    )


def test_teks_pdf_sama_dengan_docx_per_bagian(pasangan_tanpa_grafik, tmp_path):
    """Every word of every DOCX section is in the PDF's section, and the PDF adds nothing but page numbers and
    the header rows it repeats on each page a table continues to."""
    docx_data, pdf_data, dok = pasangan_tanpa_grafik
    kepala = {
        w
        for b in dok.blok
        if isinstance(b, BlokTabel)
        for baris in b.baris_kepala()
        for s in baris
        for w in _kata(s.teks)
    } | {f"({i})" for i in range(1, 30)}
    bagian = _bagian_docx(docx_data)
    judul = [j for j, _ in bagian]
    assert "KATA PENGANTAR" in judul and "BAB III AKUNTABILITAS KINERJA" in judul and "LAMPIRAN" in judul
    pdf = _bagian_pdf(pdf_ke_teks(pdf_data, tmp_path), judul)
    masalah = []
    for j, kata_docx in bagian:
        hilang, lebih_ = _selisih(kata_docx, pdf[j])
        lebih = {w for w in lebih_ if not _nomor_halaman(w) and w not in kepala}
        if hilang:
            masalah.append(f"{j or 'sampul'}: tidak ada di PDF: {sorted(hilang)[:15]}")
        if lebih:
            masalah.append(f"{j or 'sampul'}: hanya di PDF: {sorted(lebih)[:15]}")
    assert masalah == []


def test_teks_grafik_ada_di_pdf(docx_kencong, teks_pdf_kencong):
    """With charts: the DOCX's words are all in the PDF, and the charts' labels are text (searchable)."""
    hilang, _ = _selisih([w for _, kata in _bagian_docx(docx_kencong) for w in kata], _kata(teks_pdf_kencong))
    assert not hilang
    t = _normal(teks_pdf_kencong)
    assert "target 100%" in t
    assert "Capaian kinerja (%)" in t and "Serapan anggaran (%)" in t
    assert "Realisasi Target" in t or ("Realisasi" in t and "Target" in t)


def _periksa_halaman(data: bytes, folder, minimal: int) -> list[str]:
    """Pages as images: none blank, nothing in the side and top margins."""
    perlu_poppler()
    f = folder / "dok.pdf"
    f.write_bytes(data)
    dpi = 30
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(f), str(folder / "hal")], check=True)
    halaman = sorted(folder.glob("hal-*.png"))
    assert len(halaman) >= minimal
    cm = dpi / 2.54
    masalah = []
    for p in halaman:
        img = Image.open(p).convert("L")
        w, h = img.size
        kiri, kanan, atas = (2.0, 2.0, 2.0) if w > h else (3.0, 2.5, 2.5)
        gelap = _penghitung_gelap(img)
        tepi = 3
        if gelap(int(kiri * cm), int(atas * cm), w - int(kanan * cm), h - int(2.0 * cm)) < 40:
            masalah.append(f"{p.name}: halaman kosong")
        if gelap(w - int(kanan * cm) + tepi, 0, w, h):
            masalah.append(f"{p.name}: isi melewati margin kanan")
        if gelap(0, 0, int(kiri * cm) - tepi, h):
            masalah.append(f"{p.name}: isi melewati margin kiri")
        if gelap(0, 0, w, int(atas * cm) - tepi):
            masalah.append(f"{p.name}: isi di margin atas")
    return masalah


def _logo() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 140), (30, 90, 160)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("dokumen", ["pk", "renstra", "rkt", "iku"])
def test_dokumen_lain_tata_letak_dan_teks(kencong_asli, dokumen, tmp_path):
    opsi = OpsiDokumen(logo=_logo(), pk="semua")
    pdf = buat_dokumen(kencong_asli, dokumen=dokumen, format="pdf", opsi=opsi)
    docx_data = buat_dokumen(kencong_asli, dokumen=dokumen, format="docx", opsi=opsi)
    assert _periksa_halaman(pdf, tmp_path, 1) == []
    hilang, _ = _selisih([w for _, kata in _bagian_docx(docx_data) for w in kata], _kata(pdf_ke_teks(pdf, tmp_path)))
    assert not hilang
    # The logo is the one raster image (once per use: the letterhead of each page that has one).
    gambar = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "dok.pdf")], check=True, capture_output=True, text=True
    ).stdout
    assert len(gambar.strip().splitlines()) >= 3


def test_lanskap_untuk_matriks(kencong_asli, tmp_path):
    perlu_poppler()
    pdf = buat_dokumen(kencong_asli, dokumen="rkt", format="pdf")
    f = tmp_path / "rkt.pdf"
    f.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(f)], check=True, capture_output=True, text=True).stdout
    assert "841.89 x 595.276 pts (A4)" in info


def test_lkjip_halaman_lanskap_dan_penomoran(pdf_kencong, tmp_path):
    """The appendix matrices are landscape; the page numbers count on across them."""
    perlu_poppler()
    f = tmp_path / "lkjip.pdf"
    f.write_bytes(pdf_kencong)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "200", str(f)], check=True, capture_output=True, text=True)
    ukuran = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info.stdout)
    assert any(float(w) > float(h) for w, h in ukuran)
    assert float(ukuran[0][0]) < float(ukuran[0][1])


def test_teks_pengguna_tidak_dibaca_sebagai_markup(kencong, tmp_path):
    """Characters that are Typst markup come out as typed."""
    kencong.narasi.latar_belakang = ['Biaya #1 *penting* $50 _x_ <b1> @ref "kutip" \\ garis [a] {b} // bukan komentar']
    pdf = buat_dokumen(kencong, format="pdf", opsi=OpsiDokumen(grafik=False, lampiran=False))
    t = _normal(pdf_ke_teks(pdf, tmp_path))
    assert 'Biaya #1 *penting* $50 _x_ <b1> @ref "kutip" \\ garis [a] {b} // bukan komentar' in t


@pytest.mark.parametrize(("akhiran", "boleh"), [("pdf", ()), ("docx", ("docx",))])
def test_jalur_dokumen_tidak_memuat_pustaka_lain(tmp_path, akhiran, boleh):
    """Cold start: `sakip laporan … -o x.pdf` loads Typst only — not matplotlib, WeasyPrint or python-docx; the
    DOCX path loads python-docx and Typst (its charts), nothing else heavy."""
    kode = (
        "import sys, runpy\n"
        f"sys.argv = ['sakip', 'laporan', {str(CONTOH)!r}, '-o', {str(tmp_path / ('x.' + akhiran))!r}]\n"
        "try:\n    runpy.run_module('sakip', run_name='__main__')\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "berat = [m for m in ('matplotlib', 'weasyprint', 'docx', 'django', 'numpy', 'openpyxl') if m in sys.modules]\n"
        "print('BERAT', berat)\n"
    )
    r = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, cwd=AKAR, check=True)
    assert f"BERAT {list(boleh)}" in r.stdout, r.stdout + r.stderr
    assert (tmp_path / f"x.{akhiran}").read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")


def test_mesin_pdf_tidak_dikenal(kencong_asli):
    from sakip.laporan import DokumenTidakValid

    with pytest.raises(DokumenTidakValid, match="mesin PDF 'latex' tidak dikenal"):
        buat_dokumen(kencong_asli, format="pdf", opsi=OpsiDokumen(mesin_pdf="latex"))


def test_batch_sesudah_pdf_dalam_proses_yang_sama(kencong_asli):
    """A process that has already compiled a PDF (Typst's thread pool running) can still run a batch: the workers
    are not forked from it (a forked copy would wait forever for Typst's threads)."""
    from sakip.laporan import Tugas, buat_banyak

    buat_dokumen(kencong_asli, dokumen="pk", format="pdf")
    hasil = list(buat_banyak([Tugas(kencong_asli, "pk", "pdf"), Tugas(kencong_asli, "iku", "pdf")], pekerja=2))
    assert sorted(h.dokumen for h in hasil) == ["iku", "pk"]
    assert all(h.berhasil and h.data.startswith(b"%PDF-") for h in hasil)


def test_mesin_weasyprint_tetap_tersedia(kencong_asli, tmp_path):
    """`--mesin-pdf weasyprint` prints the HTML page through the old path (kept for the SKM report and the .html)."""
    pdf = buat_dokumen(kencong_asli, dokumen="pk", format="pdf", opsi=OpsiDokumen(mesin_pdf="weasyprint"))
    assert "PERJANJIAN KINERJA" in pdf_ke_teks(pdf, tmp_path)
    info = subprocess.run(["pdfinfo", str(tmp_path / "dok.pdf")], check=True, capture_output=True, text=True).stdout
    assert "WeasyPrint" in info and "Typst" not in info
