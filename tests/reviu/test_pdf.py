"""Issue 12 item 1: PDF reports — text PDFs with their tables, page in every location, tables continued over
pages joined, running headers/footers and page numbers dropped; an unreadable PDF gets one clear message."""

from __future__ import annotations

from collections import Counter

import pytest

from sakip.berkas.laporan_cetak import LaporanTidakTerbaca, baca_laporan
from sakip.berkas.laporan_cetak.ke_pdf import ke_pdf_teks
from sakip.berkas.laporan_cetak.pdf import baca_pdf
from sakip.cli import main
from sakip.core.reviu import reviu_laporan
from sakip.core.reviu.cetak import Blok

from .bantu import CONTOH


def _tabel_panjang(n: int) -> list[Blok]:
    kepala = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]
    baris = [kepala] + [[str(i), f"Indikator nomor {i}", "90", str(80 + i % 10), "100"] for i in range(1, n + 1)]
    return [
        Blok("paragraf", "BAB III AKUNTABILITAS KINERJA", judul=1),
        Blok("paragraf", "Tabel 3.1 Pengukuran Kinerja"),
        Blok("tabel", baris=baris),
        Blok("paragraf", "Dari tabel di atas, capaian kinerja tergolong baik."),
    ]


def test_tabel_lintas_halaman_digabung_kepala_kaki_dibuang(tmp_path):
    path = tmp_path / "lap.pdf"
    path.write_bytes(ke_pdf_teks(_tabel_panjang(90), kepala="Laporan Kinerja Kecamatan Contoh 2023"))
    blok = baca_pdf(path)
    tabel = [b for b in blok if b.jenis == "tabel"]
    assert len(tabel) == 1, "one table printed over several pages is one table"
    t = tabel[0]
    assert t.halaman == 1 and t.halaman_akhir >= 2
    assert len(t.baris) == 91, "the header repeated on every page is read once"
    assert t.baris[0] == ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]
    assert [r[0] for r in t.baris[1:]] == [str(i) for i in range(1, 91)]
    teks = [b.teks for b in blok if b.jenis == "paragraf"]
    assert not any("Laporan Kinerja Kecamatan Contoh" in x for x in teks), "running header dropped"
    assert not any(x.strip().isdigit() for x in teks), "page numbers dropped"
    assert teks[-1] == "Dari tabel di atas, capaian kinerja tergolong baik."


def test_lkjip_sakip_sebagai_pdf_sama_dengan_docx(tmp_path, capsys):
    """Our own LKjIP, printed by Typst: the PDF reads to the same findings as the DOCX, located by page."""
    pdf, docx = tmp_path / "lkjip.pdf", tmp_path / "lkjip.docx"
    assert main(["laporan", str(CONTOH), "-o", str(pdf)]) == 0
    assert main(["laporan", str(CONTOH), "-o", str(docx)]) == 0
    capsys.readouterr()
    lap_pdf, lap_docx = baca_laporan(pdf), baca_laporan(docx)
    # the standard tables, in order (a chart's bars may read as a small unrecognised table, a letterhead laid out
    # in a Word table as one too)
    assert [t.jenis for t in lap_pdf.tabel if t.jenis != "lain"] == [
        t.jenis for t in lap_docx.tabel if t.jenis != "lain"
    ]
    dari_pdf, dari_docx = reviu_laporan(lap_pdf), reviu_laporan(lap_docx)
    assert Counter(t.kode for t in dari_pdf) == Counter(t.kode for t in dari_docx)
    assert [t for t in dari_pdf if t.tingkat.value == "galat"] == []
    assert all("hlm. " in t.lokasi for t in dari_pdf), [t.lokasi for t in dari_pdf if "hlm. " not in t.lokasi]
    rkt = next(t for t in lap_pdf.tabel if t.jenis == "rkt")
    assert "\u2013" in rkt.halaman, "the RKT annex runs over several pages and is read as one table"
    assert main(["reviu", str(pdf)]) == 0


@pytest.mark.parametrize(
    "isi",
    [b"", b"bukan pdf sama sekali", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF"],
    ids=["kosong", "bukan-pdf", "rusak"],
)
def test_pdf_tak_terbaca_satu_pesan(tmp_path, capsys, isi):
    path = tmp_path / "laporan.pdf"
    path.write_bytes(isi)
    with pytest.raises(LaporanTidakTerbaca) as e:
        baca_laporan(path)
    assert "laporan.pdf" in str(e.value)
    assert main(["reviu", str(path)]) == 2
    err = capsys.readouterr().err
    assert "tidak dapat dibaca" in err and "Traceback" not in err


def test_dua_proses_sama_dengan_satu(tmp_path):
    """A long report is read by two processes; the blocks are exactly those of one process."""
    path = tmp_path / "lap.pdf"
    path.write_bytes(ke_pdf_teks(_tabel_panjang(400), kepala="Laporan Kinerja Kecamatan Contoh 2023"))
    kemajuan: list[tuple[int, int]] = []
    dua = baca_pdf(path, lambda n, j: kemajuan.append((n, j)), proses=2)
    assert baca_pdf(path, proses=1) == dua
    jumlah = kemajuan[-1][1]
    assert jumlah >= 4 and kemajuan[-1] == (jumlah, jumlah)
    tabel = [b for b in dua if b.jenis == "tabel"]
    assert len(tabel) == 1 and len(tabel[0].baris) == 401 and tabel[0].halaman_akhir == jumlah


def test_tebal_dari_nama_huruf():
    """PDFium reports the weight of a subset bold face as 400: bold is read from the font's name and flags."""
    from sakip.berkas.laporan_cetak.halaman_pdf import _nama_huruf

    assert "bold" in _nama_huruf(b"BAAAAA+LiberationSans-Bold", False).lower()
    assert "bold" in _nama_huruf(b"Calibri", True).lower()
    assert "bold" in _nama_huruf(b"ArialNarrow-Black", False).lower()
    assert "bold" not in _nama_huruf(b"CAAAAA+LiberationSans", False).lower()
    assert "bold" not in _nama_huruf(b"", False).lower()


def test_teks_tebal_dan_kata_ulang_dibaca(tmp_path):
    """A bold heading stays bold, body text does not, and hyphenated words keep their hyphen."""
    path = tmp_path / "lap.pdf"
    kalimat = "Capaian kinerja sasaran strategis tahun anggaran berjalan " * 6
    path.write_bytes(
        ke_pdf_teks(
            [
                Blok("paragraf", "BAB III AKUNTABILITAS KINERJA", judul=1),
                Blok("paragraf", kalimat + "dihitung dengan rumus rata-rata tertimbang."),
            ]
        )
    )
    blok = baca_pdf(path)
    assert blok[0].teks == "BAB III AKUNTABILITAS KINERJA" and blok[0].tebal
    assert "rata-rata tertimbang." in blok[-1].teks
    assert not blok[-1].tebal
