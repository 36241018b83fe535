"""`Dokumen` → XLSX (openpyxl): every table of the document on its own sheet, figures as numbers.

A planning officer edits matrices in a spreadsheet, so amounts, percentages and plain numbers are written as
numbers with a display format (the exact Decimal behind the cell, never a float computed here); values with
a unit ("4 Dokumen", "B (65)") stay text. Header rows repeat when printed; the sheet prints landscape, fitted
to the page width.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal

from sakip.core.angka import format_angka, format_bilangan, format_persen, format_rupiah
from sakip.core.tabel import Sel

from .isi import BlokTabel, Dokumen, SelKepala
from .umum import OpsiDokumen

FORMAT_RUPIAH = '"Rp "#,##0.00'
FORMAT_ANGKA_BULAT = "#,##0"
FORMAT_PERSEN = '0.00"%"'


def nilai_sel(s: Sel) -> tuple[object, str | None]:
    """The value to write and its number format: a number when the text is exactly a formatted number."""
    v = s.nilai
    t = s.teks
    if isinstance(v, Decimal) and t:
        if t == format_rupiah(v):
            return v, FORMAT_RUPIAH
        if t == format_persen(v):
            return v, FORMAT_PERSEN
        if t == format_angka(v, 0) and v == v.to_integral_value():
            return v, FORMAT_ANGKA_BULAT
        if t == format_bilangan(v):
            return v, FORMAT_ANGKA_BULAT if v == v.to_integral_value() else "General"
    return t, None


def _nama_lembar(b: BlokTabel, dipakai: set[str]) -> str:
    dasar = f"Tabel {b.nomor}" if b.nomor else (b.judul or b.tabel.judul or b.tabel.kode or "Tabel")
    dasar = re.sub(r"[\[\]:*?/\\]", " ", dasar).strip()[:28] or "Tabel"
    nama, n = dasar, 2
    while nama.lower() in dipakai:
        nama = f"{dasar[:25]} ({n})"
        n += 1
    dipakai.add(nama.lower())
    return nama


def _grid(kepala: list[list[SelKepala]]) -> list[tuple[int, int, SelKepala]]:
    """(row, column, cell) for each header cell's top-left position."""
    terisi: set[tuple[int, int]] = set()
    hasil = []
    for r, baris in enumerate(kepala):
        c = 0
        for sel in baris:
            while (r, c) in terisi:
                c += 1
            hasil.append((r, c, sel))
            for dr in range(sel.tinggi):
                for dc in range(sel.lebar):
                    terisi.add((r + dr, c + dc))
            c += sel.lebar
    return hasil


def tulis_xlsx(dok: Dokumen, opsi: OpsiDokumen) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    tipis = Side(style="thin", color="000000")
    garis = Border(left=tipis, right=tipis, top=tipis, bottom=tipis)
    abu = PatternFill("solid", fgColor="D9D9D9")
    abu_muda = PatternFill("solid", fgColor="EFEFEF")
    tebal = Font(bold=True)
    dipakai: set[str] = set()
    tabel = [b for b in dok.blok if isinstance(b, BlokTabel)]
    if not tabel:
        ws = wb.create_sheet("Dokumen")
        ws["A1"] = dok.judul
        ws["A2"] = "Dokumen ini tidak memuat tabel."
    for b in tabel:
        ws = wb.create_sheet(_nama_lembar(b, dipakai))
        n = len(b.tabel.kolom)
        judul = (
            f"Tabel {b.nomor}{' (lanjutan)' if b.lanjutan else ''} {b.judul}".strip()
            if b.nomor
            else (b.judul or b.tabel.judul)
        )
        ws.cell(1, 1, dok.judul).font = Font(bold=True, size=12)
        ws.cell(2, 1, f"{dok.instansi} · Tahun {dok.tahun}")
        ws.cell(3, 1, judul).font = tebal
        baris_awal = 5
        kepala = b.baris_kepala()
        for r, c, sel in _grid(kepala):
            cell = ws.cell(baris_awal + r, c + 1, sel.teks)
            if sel.lebar > 1 or sel.tinggi > 1:
                ws.merge_cells(
                    start_row=baris_awal + r,
                    start_column=c + 1,
                    end_row=baris_awal + r + sel.tinggi - 1,
                    end_column=c + sel.lebar,
                )
        tinggi_kepala = len(kepala)
        if b.nomor_kolom:
            for c in range(n):
                ws.cell(baris_awal + tinggi_kepala, c + 1, f"({c + 1})")
            tinggi_kepala += 1
        for r in range(baris_awal, baris_awal + tinggi_kepala):
            for c in range(1, n + 1):
                cell = ws.cell(r, c)
                cell.font = tebal
                cell.fill = abu
                cell.border = garis
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        mulai = baris_awal + tinggi_kepala
        for i, baris in enumerate(b.baris):
            rr = mulai + i
            sel = baris.sel + [Sel("")] * (n - len(baris.sel))
            grup = baris.jenis == "grup" and all(not s.teks for s in sel[1:])
            for c in range(n):
                s = sel[c]
                if (i, c) in b.gabung:
                    nilai, fmt = None, None
                else:
                    nilai, fmt = nilai_sel(s)
                cell = ws.cell(rr, c + 1, nilai if nilai != "" else None)
                if fmt:
                    cell.number_format = fmt
                cell.border = garis
                horiz = {"kanan": "right", "tengah": "center"}.get(s.rata, "left")
                cell.alignment = Alignment(horizontal=horiz, vertical="top", wrap_text=True)
                if baris.jenis in ("grup", "program", "jumlah"):
                    cell.font = tebal
                if baris.jenis in ("grup", "jumlah"):
                    cell.fill = abu_muda
            if grup:
                ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=n)
        # vertical spans: merge a cell with the empty continuation cells below it
        for r, c in sorted(b.gabung):
            if (r - 1, c) in b.gabung:
                continue
            akhir = r
            while (akhir + 1, c) in b.gabung:
                akhir += 1
            ws.merge_cells(start_row=mulai + r - 1, start_column=c + 1, end_row=mulai + akhir, end_column=c + 1)
        akhir_baris = mulai + len(b.baris)
        for j, cat in enumerate(b.semua_catatan() + ([f"Sumber data: {'; '.join(b.sumber)}."] if b.sumber else [])):
            ws.cell(akhir_baris + 1 + j, 1, cat if cat.startswith("Sumber") else f"Catatan: {cat}").font = Font(
                italic=True, size=9
            )
        lebar = b.lebar_kolom()
        total = sum(lebar) or 1
        for c, w in enumerate(lebar, 1):
            ws.column_dimensions[get_column_letter(c)].width = max(6, round(150 * w / total, 1))
        ws.freeze_panes = ws.cell(mulai, 1)
        ws.print_title_rows = f"{baris_awal}:{mulai - 1}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.title = dok.judul
    wb.properties.creator = dok.instansi
    wb.properties.subject = dok.subjek
    wb.properties.language = "id-ID"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


__all__ = ["nilai_sel", "tulis_xlsx"]
