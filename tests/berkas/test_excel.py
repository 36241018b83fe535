"""The agency-year workbook: round trip exact, edits read exactly, bad workbooks refused with their place."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.berkas.baca import baca_berkas
from sakip.berkas.excel import ExcelTidakValid, baca_excel, desimal_dari_float, tulis_excel
from sakip.berkas.excel.baca import MAKS_UKURAN
from sakip.berkas.tulis import tulis_berkas
from sakip.core.nilai import Angka, Rentang

CONTOH = Path(__file__).resolve().parents[2] / "examples"
KENCONG = CONTOH / "kencong-2023.yaml"
DISKOMINFO = CONTOH / "diskominfo-jember-2023-sintetis.yaml"


@pytest.fixture(scope="module")
def kencong():
    return baca_berkas(KENCONG)


@pytest.fixture(scope="module")
def wb_kencong(kencong):
    return tulis_excel(kencong)


def ubah(data: bytes, isian: dict[tuple[str, str], object]) -> bytes:
    wb = openpyxl.load_workbook(BytesIO(data))
    for (lembar, sel), nilai in isian.items():
        wb[lembar][sel] = nilai
    keluar = BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


def baris_kunci(data: bytes, lembar: str, kunci: str) -> int:
    ws = openpyxl.load_workbook(BytesIO(data))[lembar]
    for r in range(1, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == kunci:
            return r
    raise AssertionError(kunci)


def simpan_hasil_rumus(data: bytes, lembar: str, sel: str, tersimpan: str) -> bytes:
    """Give a formula cell the cached result Excel would store (openpyxl writes formulas without one)."""
    wb = openpyxl.load_workbook(BytesIO(data))
    idx = wb.sheetnames.index(lembar) + 1
    nama = f"xl/worksheets/sheet{idx}.xml"
    masuk = zipfile.ZipFile(BytesIO(data))
    keluar = BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        for info in masuk.infolist():
            isi = masuk.read(info.filename)
            if info.filename == nama:
                teks = isi.decode()
                pola = re.compile(rf'(<c r="{sel}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?')
                teks, n = pola.subn(rf"\1\2<v>{tersimpan}</v>", teks)
                assert n == 1, teks[:500]
                isi = teks.encode()
            z.writestr(info, isi)
    return keluar.getvalue()


@pytest.mark.parametrize("path", [KENCONG, DISKOMINFO], ids=["kencong", "diskominfo"])
def test_round_trip_berkas_workbook_berkas_exact(path):
    b = baca_berkas(path)
    hasil = baca_excel(tulis_excel(b), b)
    assert hasil.perubahan == []
    assert hasil.berkas == b
    assert tulis_berkas(hasil.berkas) == tulis_berkas(b)


def test_workbook_has_every_sheet_locked_and_validated(wb_kencong):
    wb = openpyxl.load_workbook(BytesIO(wb_kencong))
    assert wb.sheetnames[0] == "Petunjuk"
    for nama in (
        "Renstra",
        "IKU dan PK",
        "RKT",
        "Indikator RKT",
        "Rencana Aksi",
        "Realisasi Indikator",
        "Realisasi Anggaran",
    ):
        ws = wb[nama]
        assert ws.protection.sheet, nama
        assert ws.column_dimensions["A"].hidden
        assert ws.page_setup.orientation == "landscape"
    assert wb["_sakip"].sheet_state == "veryHidden"
    rkt = wb["RKT"]
    r = baris_kunci(wb_kencong, "RKT", "prog:7.01.01")
    assert str(rkt.cell(row=r, column=6).value).startswith("=SUM(")
    assert rkt.cell(row=r, column=6).protection.locked
    r = baris_kunci(wb_kencong, "RKT", "sub:7.01.01.2.02.0001")
    assert rkt.cell(row=r, column=3).value == "7.01.01.2.02.01"  # printed as in budget year 2023
    assert rkt.cell(row=r, column=3).protection.locked
    assert not rkt.cell(row=r, column=6).protection.locked
    validasi = [dv.formula1 for dv in wb["Renstra"].data_validations.dataValidation]
    assert '"positif,negatif,rentang"' in validasi and "DaftarSatuan" in validasi
    assert "Isi atau ubah hanya sel berwarna kuning" in "".join(str(c.value) for c in wb["Petunjuk"]["A"])


def test_edits_read_exactly_and_listed_old_to_new(kencong, wb_kencong):
    r_iku = baris_kunci(wb_kencong, "Realisasi Indikator", "ind:IKU1")
    r_sub = baris_kunci(wb_kencong, "Realisasi Anggaran", "sub:7.01.01.2.02.0003")
    r_ren = baris_kunci(wb_kencong, "Renstra", "ind:IKU1")
    data = ubah(
        wb_kencong,
        {
            ("Realisasi Indikator", f"E{r_iku}"): 91.475,  # a number cell (stored as a binary double)
            ("Realisasi Indikator", f"F{r_iku}"): "97,5",  # text in Indonesian notation
            ("Realisasi Indikator", f"G{r_iku}"): "=90+1.475",  # a formula: read through its stored result
            ("Realisasi Anggaran", f"E{r_sub}"): "Rp 1.000.000,50",
            ("Realisasi Anggaran", f"F{r_sub}"): "=0.1+0.2",
            ("Realisasi Anggaran", f"I{r_sub}"): None,
            ("Renstra", f"G{r_ren}"): "rentang",
            ("Renstra", f"J{r_ren}"): "90-95",
        },
    )
    data = simpan_hasil_rumus(data, "Realisasi Indikator", f"G{r_iku}", "91.474999999999994")
    data = simpan_hasil_rumus(data, "Realisasi Anggaran", f"F{r_sub}", "0.30000000000000004")
    hasil = baca_excel(data, kencong)
    r = hasil.berkas.realisasi.indikator["IKU1"]
    assert r.triwulan[1] == Angka(Decimal("91.475")) and str(r.triwulan[1].nilai) == "91.475"
    assert str(r.triwulan[2].nilai) == "97.5"
    assert str(r.triwulan[3].nilai) == "91.475"
    s = hasil.berkas.realisasi.sub_kegiatan["7.01.01.2.02.0003"]
    assert s.anggaran is None
    assert s.anggaran_triwulan == {1: Decimal("1000000.50"), 2: Decimal("0.3")}
    ind = hasil.berkas.renstra.indikator("IKU1")
    assert ind.polaritas.value == "rentang"
    assert ind.target[2023] == Rentang(Decimal(90), Decimal(95))
    perubahan = {(p.lembar, f"{p.kolom}{p.baris}"): (p.lama, p.baru) for p in hasil.perubahan}
    assert perubahan[("Realisasi Indikator", f"E{r_iku}")] == ("(kosong)", "91,475")
    assert perubahan[("Realisasi Anggaran", f"I{r_sub}")] == ("65.160.000", "(kosong)")
    assert len(hasil.perubahan) == 8
    assert kencong.realisasi.indikator["IKU1"].triwulan == {}  # the base is never modified
    # the new berkas is a valid berkas that reads back the same
    from sakip.berkas.baca import baca_teks

    assert baca_teks(tulis_berkas(hasil.berkas)) == hasil.berkas


def _masalah(data: bytes, b) -> list[str]:
    with pytest.raises(ExcelTidakValid) as e:
        baca_excel(data, b)
    return [str(m) for m in e.value.rinci]


def test_other_agency_or_year_refused(kencong, wb_kencong):
    lain = baca_berkas(DISKOMINFO)
    (m,) = _masalah(wb_kencong, lain)
    assert "milik 'Kecamatan Kencong' tahun 2023" in m and "Dinas Komunikasi" in m
    from dataclasses import replace

    (m,) = _masalah(wb_kencong, replace(kencong, tahun=2024))
    assert "tahun 2023, bukan 'Kecamatan Kencong' tahun 2024" in m


def test_structure_and_value_problems_with_sheet_row_column(kencong, wb_kencong):
    r_sub = baris_kunci(wb_kencong, "RKT", "sub:7.01.01.2.02.0001")
    r_iku = baris_kunci(wb_kencong, "Realisasi Indikator", "ind:IKU1")
    r_ang = baris_kunci(wb_kencong, "Realisasi Anggaran", "sub:7.01.01.2.02.0003")
    data = ubah(
        wb_kencong,
        {
            ("RKT", f"C{r_sub}"): "7.01.01.2.02.09",  # a structure cell
            ("RKT", f"F{r_sub}"): "satu miliar",
            ("RKT", f"G{r_sub}"): -5,
            ("Realisasi Indikator", f"E{r_iku}"): "sembilan puluh",
            ("Realisasi Anggaran", f"E{r_ang}"): "#DIV/0!",
            ("Renstra", "E3"): "Nama",  # a header
        },
    )
    m = _masalah(data, kencong)
    assert any(x.startswith(f"lembar 'RKT', baris {r_sub}, kolom C (Kode): sel terkunci diubah") for x in m), m
    assert any(x.startswith(f"lembar 'RKT', baris {r_sub}, kolom F (Pagu (Rp)): 'satu miliar' bukan angka") for x in m)
    assert any(f"baris {r_sub}, kolom G (Belanja Modal (Rp)): jumlah rupiah tidak boleh negatif" in x for x in m)
    assert any(
        x.startswith(f"lembar 'Realisasi Indikator', baris {r_iku}, kolom E (Realisasi TW I): 'sembilan puluh'")
        for x in m
    )
    assert any("kolom E (Realisasi TW I (Rp)): sel berisi galat rumus #DIV/0!" in x for x in m)
    assert any(x.startswith("lembar 'Renstra', baris 3, kolom E (Indikator): judul kolom diubah") for x in m)


def test_rows_deleted_added_or_sheet_missing(kencong, wb_kencong):
    wb = openpyxl.load_workbook(BytesIO(wb_kencong))
    ws = wb["Realisasi Anggaran"]
    ws.delete_rows(baris_kunci(wb_kencong, "Realisasi Anggaran", "sub:7.01.01.2.02.0003"))
    ws.cell(row=ws.max_row + 1, column=2, value="7.01.01.2.02.0099")
    ws.cell(row=ws.max_row, column=5, value=1000)
    del wb["Rencana Aksi"]
    keluar = BytesIO()
    wb.save(keluar)
    m = _masalah(keluar.getvalue(), kencong)
    assert any("sub kegiatan 7.01.01.2.02.0003 dihapus" in x for x in m), m
    assert any("baris baru tidak dapat ditambahkan" in x for x in m)
    assert "lembar 'Rencana Aksi': lembar ini tidak ada (dihapus atau diganti namanya)" in m


def test_invalid_after_change_is_reported_and_nothing_returned(kencong, wb_kencong):
    r_sub = baris_kunci(wb_kencong, "RKT", "sub:7.01.01.2.02.0001")
    data = ubah(wb_kencong, {("RKT", f"G{r_sub}"): 9_999_999_999_999})  # belanja modal above the pagu
    m = _masalah(data, kencong)
    assert m and all(x.startswith("setelah perubahan,") for x in m)
    assert any("belanja modal" in x.lower() for x in m), m


@pytest.mark.parametrize(
    ("data", "pesan"),
    [
        (b"bukan workbook sama sekali", "bukan workbook Excel"),
        (b"PK\x03\x04rusak", "bukan workbook Excel (.xlsx) atau rusak"),
        (b"PK" + b"\0" * (MAKS_UKURAN + 1), "berkas terlalu besar"),
    ],
    ids=["teks", "zip-rusak", "terlalu-besar"],
)
def test_not_a_workbook(kencong, data, pesan):
    (m,) = _masalah(data, kencong)
    assert pesan in m


def test_zip_bomb_refused(kencong):
    keluar = BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", "<a>" + " " * (150 * 1024 * 1024) + "</a>")
    (m,) = _masalah(keluar.getvalue(), kencong)
    assert "terlalu besar" in m or "tidak wajar" in m


def test_workbook_without_identity_refused(kencong):
    wb = openpyxl.Workbook()
    keluar = BytesIO()
    wb.save(keluar)
    (m,) = _masalah(keluar.getvalue(), kencong)
    assert "bukan workbook SAKIP" in m


@given(
    st.decimals(min_value=Decimal("-1e14"), max_value=Decimal("1e14"), allow_nan=False, allow_infinity=False, places=4)
)
def test_number_cells_come_back_as_typed(d):
    """Any value of at most 15 significant digits survives Excel's binary double exactly."""
    if len(d.as_tuple().digits) > 15:
        return
    assert desimal_dari_float(float(d)) == d


def test_cli_writes_and_applies(tmp_path, capsys, wb_kencong):
    from sakip.cli import main

    xlsx = tmp_path / "k.xlsx"
    assert main(["excel", str(KENCONG), "-o", str(xlsx)]) == 0
    r = baris_kunci(xlsx.read_bytes(), "Realisasi Indikator", "ind:IKU1")
    xlsx.write_bytes(ubah(xlsx.read_bytes(), {("Realisasi Indikator", f"E{r}"): "92,25"}))
    baru = tmp_path / "baru.yaml"
    assert main(["excel", str(xlsx), "--berkas", str(KENCONG), "-o", str(baru)]) == 0
    keluar = capsys.readouterr().out
    assert "1 perubahan" in keluar and f"Realisasi Indikator!E{r} IKU1 · realisasi TW I: (kosong) → 92,25" in keluar
    assert baca_berkas(baru).realisasi.indikator["IKU1"].triwulan[1] == Angka(Decimal("92.25"))

    xlsx.write_bytes(ubah(xlsx.read_bytes(), {("Realisasi Indikator", f"E{r}"): "banyak"}))
    salah = tmp_path / "salah.yaml"
    assert main(["excel", str(xlsx), "--berkas", str(KENCONG), "-o", str(salah)]) == 2
    assert "'banyak' bukan nilai yang dikenal" in capsys.readouterr().err
    assert not salah.exists()
