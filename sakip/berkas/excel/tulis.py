"""Berkas → XLSX workbook: prefilled, formatted for print, structure and formula cells locked, editable cells
unlocked and shaded, data validation lists for polarity and units, an instructions sheet in Indonesian."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from sakip.core.model import Berkas
from sakip.core.nilai import Angka, ke_teks_berkas

from .tata import (
    BARIS_JUDUL,
    LEMBAR_DAFTAR,
    LEMBAR_IDENTITAS,
    Jenis,
    Kunci,
    Lembar,
    Sel,
    daftar_satuan,
    identitas,
    susun,
)

# Excel keeps 15 significant digits; a decimal with more is written as text so it comes back exact.
DIGIT_EXCEL = 15

_ISI = PatternFill("solid", fgColor="FFF7D6")  # editable cells
_KEPALA = PatternFill("solid", fgColor="DDE6F0")
_PROGRAM = PatternFill("solid", fgColor="EEF2F6")
_TERKUNCI = PatternFill("solid", fgColor="D9D9D9")  # editable in general, closed by the workflow
_TIPIS = Side(style="thin", color="A0A0A0")
_GARIS = Border(left=_TIPIS, right=_TIPIS, top=_TIPIS, bottom=_TIPIS)
_TERBUKA = Protection(locked=False)
FORMAT_UANG = "#,##0.00"


def _angka_sel(d: Decimal) -> Decimal | str:
    if len(d.as_tuple().digits) > DIGIT_EXCEL:
        return format(d, "f")
    return d


def nilai_sel(sel: Sel) -> Any:
    """The cell content for a layout cell (numbers stay numbers)."""
    x = sel.nilai
    if x is None:
        return None
    if isinstance(x, Angka):
        return _angka_sel(x.nilai)
    if isinstance(x, Decimal):
        return _angka_sel(x)
    if hasattr(x, "tampil"):
        return ke_teks_berkas(x)
    return x


def _petunjuk(ws: Worksheet, b: Berkas, lembar: list[Lembar], kunci: Kunci | None) -> None:
    ws["A1"] = f"Workbook SAKIP — {b.instansi.nama}, tahun {b.tahun}"
    ws["A1"].font = Font(bold=True, size=14)
    baris = [
        "",
        "Cara mengisi",
        "1. Isi atau ubah hanya sel berwarna kuning. Sel lain (kode, nama, jumlah) terkunci dan tidak boleh diubah.",
        "2. Jangan menambah, menghapus atau memindahkan baris, kolom atau lembar. Program, kegiatan, sub kegiatan "
        "dan indikator baru ditambahkan di aplikasi (halaman rencana) atau lewat impor SIPD.",
        "3. Angka boleh ditulis 91,5 atau 91.5; rupiah tanpa 'Rp' atau dengan (Rp 1.500.000,00). Angka dibaca "
        "persis seperti ditampilkan Excel (15 angka penting), tidak pernah dibulatkan.",
        "4. Target dan realisasi boleh berupa rentang (80-90) atau predikat (B (65), WTP). Kosong atau '-' berarti "
        "belum ada — bukan nol. Isi 0 bila nilainya memang nol.",
        "5. Realisasi anggaran diisi per triwulan (belanja triwulan itu, bukan kumulatif), atau pada kolom "
        "'Realisasi Setahun' bila rincian triwulan tidak ada — tidak keduanya.",
        "6. Unggah kembali di aplikasi (Impor → Workbook Excel). Semua perubahan ditampilkan dahulu (nilai lama → "
        "nilai baru) sebelum disimpan; bila ada satu masalah, tidak ada yang disimpan.",
        "7. Workbook ini hanya untuk perangkat daerah dan tahun di atas; workbook perangkat daerah atau tahun lain "
        "ditolak.",
        "",
        "Lembar",
    ]
    baris += [f"• {lem.nama}: {lem.judul}. {lem.keterangan}" for lem in lembar]
    if kunci is not None and kunci.uraian():
        baris += ["", "Terkunci (sel abu-abu tidak dapat diubah)"] + [f"• {t}" for t in kunci.uraian()]
    baris += [
        "",
        "Identitas",
        f"Perangkat daerah: {b.instansi.nama}",
        f"Pemerintah daerah: {b.instansi.pemda}" if b.instansi.pemda else "",
        f"Tahun: {b.tahun}",
    ]
    for i, teks in enumerate(baris, start=2):
        ws.cell(row=i, column=1, value=teks or None).alignment = Alignment(wrap_text=True, vertical="top")
        if teks in ("Cara mengisi", "Lembar", "Identitas", "Terkunci (sel abu-abu tidak dapat diubah)"):
            ws.cell(row=i, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 120
    ws.protection.sheet = True
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0


def _tulis_lembar(ws: Worksheet, lem: Lembar, b: Berkas, dv_polaritas: DataValidation, dv_satuan: DataValidation):
    ws["B1"] = f"{lem.judul} — {b.instansi.nama}"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = lem.keterangan
    ws["B2"].font = Font(italic=True, size=9)
    ws.cell(row=BARIS_JUDUL, column=1, value="kunci")
    ws.column_dimensions["A"].hidden = True
    for j, kol in enumerate(lem.kolom, start=2):
        c = ws.cell(row=BARIS_JUDUL, column=j, value=kol.judul)
        c.font = Font(bold=True)
        c.fill = _KEPALA
        c.border = _GARIS
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(j)].width = kol.lebar
    posisi = {br.kunci: r for r, br in enumerate(lem.baris, start=BARIS_JUDUL + 1)}
    for r, br in enumerate(lem.baris, start=BARIS_JUDUL + 1):
        ws.cell(row=r, column=1, value=br.kunci)
        for j, sel in enumerate(br.sel, start=2):
            c = ws.cell(row=r, column=j)
            if sel.jenis == Jenis.RUMUS and sel.rumus is not None:
                c.value = sel.rumus(posisi, r)
            else:
                c.value = nilai_sel(sel)
            c.border = _GARIS
            c.alignment = Alignment(wrap_text=isinstance(c.value, str) and len(c.value) > 12, vertical="top")
            if sel.jenis in (Jenis.UANG, Jenis.UANG_WAJIB, Jenis.RUMUS) or (
                sel.jenis == Jenis.TETAP and isinstance(sel.nilai, Decimal)
            ):
                c.number_format = FORMAT_UANG
            if sel.boleh_diubah:
                c.protection = _TERBUKA
                c.fill = _ISI
                if sel.jenis == Jenis.POLARITAS:
                    dv_polaritas.add(c)
                elif sel.jenis == Jenis.SATUAN:
                    dv_satuan.add(c)
            elif sel.alasan_kunci:
                c.fill = _TERKUNCI
            elif br.gaya:
                c.fill = _PROGRAM
            if br.gaya:
                c.font = Font(bold=True)
    ws.freeze_panes = ws.cell(row=BARIS_JUDUL + 1, column=3)
    ws.print_title_rows = f"{BARIS_JUDUL}:{BARIS_JUDUL}"
    ws.print_area = f"B1:{get_column_letter(len(lem.kolom) + 1)}{max(BARIS_JUDUL, len(lem.baris) + BARIS_JUDUL)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "Halaman &P dari &N"
    # Locked, but people may still widen columns and filter, which changes no data.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False


def tulis_excel(b: Berkas, kunci: Kunci | None = None) -> bytes:
    """The workbook of an agency-year as XLSX bytes; `kunci`: what the workflow has closed (locked, grey)."""
    wb = Workbook()
    lembar = susun(b, kunci)
    _petunjuk(wb.active, b, lembar, kunci)
    wb.active.title = "Petunjuk"

    daftar = wb.create_sheet(LEMBAR_DAFTAR)
    satuan = daftar_satuan(b)
    for i, s in enumerate(satuan, start=1):
        daftar.cell(row=i, column=1, value=s)
    daftar.sheet_state = "hidden"
    wb.defined_names["DaftarSatuan"] = DefinedName("DaftarSatuan", attr_text=f"'{LEMBAR_DAFTAR}'!$A$1:$A${len(satuan)}")

    for lem in lembar:
        ws = wb.create_sheet(lem.nama)
        dv_pol = DataValidation(
            type="list",
            formula1='"positif,negatif,rentang"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Polaritas",
            error="Pilih positif, negatif atau rentang.",
        )
        dv_sat = DataValidation(
            type="list",
            formula1="DaftarSatuan",
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle="Satuan",
            error="Satuan ini belum ada di daftar; lanjutkan bila memang benar.",
        )
        ws.add_data_validation(dv_pol)
        ws.add_data_validation(dv_sat)
        _tulis_lembar(ws, lem, b, dv_pol, dv_sat)

    ident = wb.create_sheet(LEMBAR_IDENTITAS)
    for i, (k, v) in enumerate(identitas(b).items(), start=1):
        ident.cell(row=i, column=1, value=k)
        ident.cell(row=i, column=2, value=v)
    ident.sheet_state = "veryHidden"
    ident.protection.sheet = True

    keluaran = BytesIO()
    wb.save(keluaran)
    return keluaran.getvalue()
