"""Catatan Hasil Reviu (CHR): the reviewer's notes on a performance report or an agency's data, as DOCX.

One table of findings (grouped by severity, in document order), each with its code, location, what is printed,
what it should be, and an empty column for the agency's follow-up; a summary by severity; a signature block
for the review team. The findings come from `sakip.core.reviu`; this module only lays them out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from sakip.core.reviu.katalog import KATALOG
from sakip.core.reviu.temuan import LABEL_TINGKAT, Temuan, Tingkat, hitung_per_tingkat
from sakip.core.tanggal import format_tanggal

_WARNA = {Tingkat.GALAT: "F4CCCC", Tingkat.PERINGATAN: "FFF2CC", Tingkat.CATATAN: "E7EEF7"}


def _latar(sel, warna: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = sel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), warna)
    tcpr.append(shd)


def _ulang_kepala(baris) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = baris._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _lebar_kolom(tabel, lebar) -> None:
    """Fixed column widths (Word reads the cells, LibreOffice the grid: both are set)."""
    tabel.autofit = False
    for kolom, w in zip(tabel.columns, lebar, strict=True):
        kolom.width = w


def _isi_sel(sel, teks: str, *, tebal: bool = False, ukuran: float = 8.5) -> None:
    from docx.shared import Pt

    sel.text = ""
    p = sel.paragraphs[0]
    run = p.add_run(teks)
    run.bold = tebal
    run.font.size = Pt(ukuran)


def tulis_catatan_reviu(
    temuan: Sequence[Temuan],
    *,
    dokumen: str,
    instansi: str = "",
    tahun: int | None = None,
    tanggal: date | None = None,
    tempat: str = "",
    cakupan: Sequence[dict] = (),
) -> bytes:
    """The CHR as the bytes of a .docx file. `cakupan`: for a printed report, the standard tables recognised and
    not found (`CakupanTabel.ke_dict()`), printed before the findings."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    bagian = doc.sections[0]
    bagian.orientation = WD_ORIENT.LANDSCAPE
    bagian.page_width, bagian.page_height = Cm(29.7), Cm(21.0)
    for sisi in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(bagian, sisi, Cm(1.8))
    gaya = doc.styles["Normal"]
    gaya.font.name = "Arial"
    gaya.font.size = Pt(10)

    for teks in ("CATATAN HASIL REVIU", "ATAS LAPORAN KINERJA INSTANSI PEMERINTAH"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(teks)
        r.bold = True
        r.font.size = Pt(13)
    if instansi or tahun:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(" — ".join(x for x in (instansi.upper(), f"TAHUN {tahun}" if tahun else "") if x)).bold = True

    info = doc.add_table(rows=0, cols=2)
    _lebar_kolom(info, (Cm(5), Cm(20)))
    for label, nilai in (
        ("Instansi", instansi or "-"),
        ("Tahun kinerja", str(tahun) if tahun else "-"),
        ("Dokumen yang direviu", dokumen),
        ("Tanggal reviu", format_tanggal(tanggal or date.today())),
    ):
        sel = info.add_row().cells
        _isi_sel(sel[0], label, tebal=True, ukuran=10)
        _isi_sel(sel[1], nilai, ukuran=10)
        sel[0].width, sel[1].width = Cm(5), Cm(20)

    jumlah = hitung_per_tingkat(list(temuan))
    doc.add_paragraph()
    doc.add_paragraph(
        "Reviu dilakukan dengan menghitung ulang setiap angka laporan dari angka-angka pembentuknya, membandingkan "
        "angka yang sama di antara tabel, membandingkan laporan dengan Renstra, RKT, IKU dan Perjanjian Kinerja, "
        "serta membandingkan uraian dengan tabelnya. Galat adalah angka atau pernyataan yang keliru dan wajib "
        "diperbaiki; peringatan adalah ketidaksesuaian yang perlu dijelaskan oleh instansi; catatan adalah "
        "kelemahan penyajian."
    )
    ringkas = doc.add_table(rows=1, cols=4)
    ringkas.style = "Table Grid"
    for sel, teks in zip(ringkas.rows[0].cells, ("Galat", "Peringatan", "Catatan", "Jumlah"), strict=True):
        _isi_sel(sel, teks, tebal=True, ukuran=10)
    baris = ringkas.add_row().cells
    for sel, n in zip(
        baris, (jumlah[Tingkat.GALAT], jumlah[Tingkat.PERINGATAN], jumlah[Tingkat.CATATAN], len(temuan)), strict=True
    ):
        _isi_sel(sel, str(n), ukuran=10)

    if cakupan:
        doc.add_paragraph()
        doc.add_paragraph(
            "Cakupan: aturan tabel hanya diperiksa pada tabel baku yang dikenali dalam laporan. Tidak adanya temuan "
            "pada tabel yang tidak ditemukan tidak berarti tabel itu benar."
        )
        tc = doc.add_table(rows=1, cols=3)
        tc.style = "Table Grid"
        _lebar_kolom(tc, (Cm(10), Cm(5), Cm(11)))
        for sel, teks in zip(tc.rows[0].cells, ("Tabel baku", "Ditemukan", "Kolom yang terbaca"), strict=True):
            _isi_sel(sel, teks, tebal=True, ukuran=10)
        for c in cakupan:
            sel = tc.add_row().cells
            _isi_sel(sel[0], c["nama"], ukuran=9)
            _isi_sel(sel[1], ", ".join(c["lokasi"]) if c["ditemukan"] else "TIDAK DITEMUKAN", ukuran=9)
            _isi_sel(sel[2], " | ".join(c["kolom"]), ukuran=9)

    doc.add_paragraph()
    if not temuan:
        doc.add_paragraph("Tidak ada temuan.")
    else:
        kolom = ("No", "Tingkat", "Kode", "Lokasi", "Uraian temuan", "Tercetak", "Seharusnya", "Tindak lanjut")
        lebar = (Cm(0.9), Cm(1.9), Cm(3.0), Cm(4.2), Cm(8.3), Cm(2.6), Cm(2.6), Cm(2.6))
        tabel = doc.add_table(rows=1, cols=len(kolom))
        tabel.style = "Table Grid"
        _lebar_kolom(tabel, lebar)
        kepala = tabel.rows[0]
        _ulang_kepala(kepala)
        for sel, teks, w in zip(kepala.cells, kolom, lebar, strict=True):
            _isi_sel(sel, teks, tebal=True)
            sel.width = w
        for i, t in enumerate(temuan, 1):
            sel = tabel.add_row().cells
            lokasi = t.lokasi + ("; juga di " + "; ".join(t.lokasi_lain) if t.lokasi_lain else "")
            judul = KATALOG[t.kode].judul if t.kode in KATALOG else ""
            isi = (
                str(i),
                LABEL_TINGKAT[t.tingkat],
                t.kode,
                lokasi,
                f"{judul}. {t.pesan}" if judul else t.pesan,
                t.tercetak,
                t.seharusnya,
                "",
            )
            for s, teks, w in zip(sel, isi, lebar, strict=True):
                _isi_sel(s, teks)
                s.width = w
            _latar(sel[1], _WARNA[t.tingkat])

    doc.add_paragraph()
    p = doc.add_paragraph(f"{tempat + ', ' if tempat else ''}{format_tanggal(tanggal or date.today())}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for teks in ("Tim Reviu", "", "", "(..............................)"):
        q = doc.add_paragraph(teks)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    keluaran = io.BytesIO()
    doc.save(keluaran)
    return keluaran.getvalue()
