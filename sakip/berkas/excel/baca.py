"""XLSX workbook + the berkas it was made from → the changed berkas, every change (old → new per cell) and
every problem (sheet, row, column, Indonesian message).

All or nothing: a workbook with one problem changes nothing. The reader compares the file with the layout
built from the current berkas (`tata.susun`): structure cells must be unchanged, every row must still be
there, no row may be added; editable cells are read exactly (a number cell through Excel's own 15
significant digits, never a binary float; a text cell "97,5" through the project's number parser). The
changed berkas is then validated with the same rules as a berkas file.
"""

from __future__ import annotations

import copy
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import ROUND_HALF_EVEN, Decimal
from io import BytesIO
from typing import Any

from sakip.core.angka import AngkaTidakValid, format_angka, format_bilangan, parse_angka, periksa_besaran
from sakip.core.capaian import Polaritas
from sakip.core.model import Berkas
from sakip.core.nilai import Angka, NilaiTidakValid, parse_nilai, tampil_nilai

from ..aman import MasukanBerbahaya, periksa_zip
from ..baca import BerkasTidakValid, Masalah, baca_data
from ..tulis import berkas_ke_dict
from .tata import (
    BARIS_JUDUL,
    FORMAT,
    LEMBAR_IDENTITAS,
    VERSI,
    Baris,
    Jenis,
    Kunci,
    Lembar,
    Sel,
    identitas,
    is_nilai,
    susun,
)

MAKS_UKURAN = 10 * 1024 * 1024  # bytes of the uploaded file
MAKS_ISI = 100 * 1024 * 1024  # bytes of the unpacked workbook parts
MAKS_BARIS = 20_000  # rows of any one sheet
DIGIT_EXCEL = 15
_GALAT_RUMUS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!")


@dataclass(frozen=True, slots=True)
class MasalahSel:
    lembar: str
    baris: int | None
    kolom: str  # column letter
    judul: str  # column header
    pesan: str

    def lokasi(self) -> str:
        if not self.lembar:
            return ""
        bagian = [f"lembar '{self.lembar}'"]
        if self.baris:
            bagian.append(f"baris {self.baris}")
        if self.kolom:
            bagian.append(f"kolom {self.kolom}" + (f" ({self.judul})" if self.judul else ""))
        return ", ".join(bagian)

    def __str__(self) -> str:
        lok = self.lokasi()
        return f"{lok}: {self.pesan}" if lok else self.pesan


@dataclass(frozen=True, slots=True)
class PerubahanSel:
    lembar: str
    baris: int
    kolom: str
    judul: str
    label: str
    lama: str
    baru: str
    objek: str = ""
    triwulan: int | None = None
    kunci: str = ""  # the row's key ("ind:IKU1") and the value's name ("tw:2"): what a service writes
    medan: str = ""
    nilai: Any = field(default=None, compare=False)  # the new value (Nilai | Decimal | str | None)


@dataclass(slots=True)
class HasilExcel:
    berkas: Berkas
    perubahan: list[PerubahanSel] = field(default_factory=list)


class ExcelTidakValid(BerkasTidakValid):
    """The workbook cannot be applied; `rinci` lists every problem with its sheet, row and column."""

    def __init__(self, rinci: list[MasalahSel], sumber: str = "workbook"):
        self.rinci = rinci
        super().__init__([Masalah(m.lokasi(), m.pesan) for m in rinci], sumber)

    def __str__(self) -> str:
        return self.laporan()


class _Tolak(Exception):
    def __init__(self, pesan: str):
        self.pesan = pesan


def _huruf(j: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(j)


def desimal_dari_float(f: float) -> Decimal:
    """A number cell as the person sees it in Excel: at most 15 significant digits, no float residue.

    ``91.47499999999999`` (how 91.475 is stored) → ``91.475``; ``0.30000000000000004`` (=0.1+0.2) → ``0.3``.
    """
    d = Decimal(repr(f))
    if len(d.as_tuple().digits) > DIGIT_EXCEL:
        d = d.quantize(Decimal(1).scaleb(d.adjusted() - DIGIT_EXCEL + 1), rounding=ROUND_HALF_EVEN)
    if d == d.to_integral_value():
        return Decimal(int(d))
    return Decimal(format(d.normalize(), "f"))


def _periksa_zip(data: bytes) -> None:
    if len(data) > MAKS_UKURAN:
        raise _Tolak(
            f"berkas terlalu besar ({len(data) // (1024 * 1024)} MB; maksimal {MAKS_UKURAN // (1024 * 1024)} MB)"
        )
    if not data.startswith(b"PK"):
        raise _Tolak(
            "berkas ini bukan workbook Excel (.xlsx); simpan sebagai 'Excel Workbook (*.xlsx)' lalu unggah lagi"
        )
    try:
        periksa_zip(data, batas_isi=MAKS_ISI)
        with zipfile.ZipFile(BytesIO(data)) as z:
            if "xl/workbook.xml" not in z.namelist():
                raise _Tolak("berkas ini bukan workbook Excel (.xlsx)")
    except MasukanBerbahaya as exc:
        raise _Tolak(str(exc)) from None
    except zipfile.BadZipFile:
        raise _Tolak("berkas ini bukan workbook Excel (.xlsx) atau rusak") from None


def _muat(data: bytes):
    from openpyxl import load_workbook

    _periksa_zip(data)
    try:
        nilai = load_workbook(BytesIO(data), read_only=True, data_only=True)
        rumus = load_workbook(BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a damaged file; the person needs one message
        raise _Tolak("workbook tidak dapat dibaca (rusak atau bukan format .xlsx)") from None
    return nilai, rumus


def _baris_lembar(ws) -> list[tuple]:
    hasil = []
    try:
        for n, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if n > MAKS_BARIS:
                raise _Tolak(f"lembar '{ws.title}' memuat lebih dari {MAKS_BARIS} baris")
            hasil.append(row)
    except _Tolak:
        raise
    except Exception:  # read-only sheets parse their XML lazily: damage surfaces here, in many exception kinds
        raise _Tolak(f"isi lembar '{ws.title}' rusak (XML tidak dapat dibaca)") from None
    return hasil


def _sel(rows: list[tuple], r: int, j: int) -> Any:
    if r - 1 >= len(rows):
        return None
    row = rows[r - 1]
    return row[j - 1] if j - 1 < len(row) else None


def _kosong(x: Any) -> bool:
    return x is None or (isinstance(x, str) and x.strip() in ("", "-", "–", "—"))


def _angka(x: Any) -> Decimal:
    """A cell as an exact decimal within the domain's bounds (raises _Tolak)."""
    d = _angka_mentah(x)
    try:
        return periksa_besaran(d, x)
    except AngkaTidakValid as exc:
        raise _Tolak(str(exc)) from None


def _angka_mentah(x: Any) -> Decimal:
    if isinstance(x, bool):
        raise _Tolak(f"'{x}' bukan angka")
    if isinstance(x, int):
        return Decimal(x)
    if isinstance(x, float):
        return desimal_dari_float(x)
    if isinstance(x, Decimal):
        return x
    if isinstance(x, (datetime, date, time)):
        raise _Tolak(
            "sel berisi tanggal, bukan angka (Excel mungkin mengubah isian menjadi tanggal; format sel sebagai angka)"
        )
    if isinstance(x, str):
        try:
            return parse_angka(_teks_isian(x))
        except AngkaTidakValid as exc:
            raise _Tolak(str(exc)) from None
    raise _Tolak(f"'{x}' bukan angka")


def _teks_isian(x: str) -> str:
    s = x.strip()
    if s in _GALAT_RUMUS:
        raise _Tolak(f"sel berisi galat rumus {s}")
    return s


def baca_sel(sel: Sel, x: Any) -> Any:
    """The berkas value of an editable cell's content (raises _Tolak with an Indonesian message)."""
    j = sel.jenis
    if j in (Jenis.TEKS, Jenis.TEKS_WAJIB, Jenis.SATUAN):
        if x is None:
            teks = ""
        elif isinstance(x, float):
            teks = format(desimal_dari_float(x), "f")
        else:
            teks = str(x).strip()
        if j == Jenis.TEKS_WAJIB and not teks:
            raise _Tolak("wajib diisi")
        if len(teks) > 2000:
            raise _Tolak("teks terlalu panjang (maksimal 2000 karakter)")
        return teks or None
    if j == Jenis.POLARITAS:
        if _kosong(x):
            return None
        teks = str(x).strip().lower()
        try:
            return Polaritas(teks).value
        except ValueError:
            raise _Tolak(f"polaritas '{x}' tidak dikenal; pilihan: positif, negatif, rentang") from None
    if j in (Jenis.UANG, Jenis.UANG_WAJIB):
        if _kosong(x):
            if j == Jenis.UANG_WAJIB:
                raise _Tolak("wajib diisi (tulis 0 bila memang nol)")
            return None
        d = _angka(x)
        if d < 0:
            raise _Tolak(f"jumlah rupiah tidak boleh negatif ({format_angka(d)})")
        return d
    if j == Jenis.NILAI:
        if _kosong(x):
            return None
        if isinstance(x, str):
            try:
                return parse_nilai(_teks_isian(x))
            except (NilaiTidakValid, AngkaTidakValid) as exc:
                raise _Tolak(str(exc)) from None
        return Angka(_angka(x))
    raise AssertionError(j)  # pragma: no cover - every editable kind is handled above


def _sama(lama: Any, baru: Any) -> bool:
    if lama in ("", None) and baru in ("", None):
        return True
    if isinstance(lama, Decimal) and isinstance(baru, Decimal):
        return lama == baru
    return lama == baru


def tampil(x: Any) -> str:
    if x is None or x == "":
        return "(kosong)"
    if isinstance(x, Angka):
        return format_bilangan(x.nilai, maks_desimal=20)  # the preview shows exact values, never rounded
    if is_nilai(x):
        return tampil_nilai(x)
    if isinstance(x, Decimal):
        return format_angka(x, max(0, -x.as_tuple().exponent) if x != x.to_integral_value() else 0)
    return str(x)


def _tetap_sama(harap: Any, x: Any) -> bool:
    if _kosong(harap) and _kosong(x):
        return True
    if isinstance(harap, (Decimal, int)) and not isinstance(harap, bool):
        try:
            return _angka(x) == Decimal(harap)
        except _Tolak:
            return False
    if is_nilai(harap):
        try:
            return parse_nilai(x if not isinstance(x, float) else desimal_dari_float(x)) == harap
        except (NilaiTidakValid, AngkaTidakValid):
            return False
    return str(harap).strip() == ("" if x is None else str(x).strip())


def _identitas(wb, dasar: Berkas) -> list[MasalahSel]:
    if LEMBAR_IDENTITAS not in wb.sheetnames:
        return [
            MasalahSel(
                "",
                None,
                "",
                "",
                "workbook ini bukan workbook SAKIP (lembar identitas tidak ada); unduh workbook "
                "dari SAKIP, isi, lalu unggah kembali",
            )
        ]
    isi = {str(r[0]): r[1] for r in wb[LEMBAR_IDENTITAS].iter_rows(values_only=True, max_col=2) if r and r[0]}
    harap = identitas(dasar)
    if isi.get("format") != FORMAT:
        return [MasalahSel("", None, "", "", "workbook ini bukan workbook SAKIP")]
    try:
        versi = int(isi.get("versi"))
    except (TypeError, ValueError):
        versi = None
    if versi != VERSI:
        return [
            MasalahSel("", None, "", "", f"versi workbook {isi.get('versi')} tidak dikenal (yang dikenal: {VERSI})")
        ]
    tahun = isi.get("tahun")
    if isi.get("instansi") != harap["instansi"] or str(tahun) != str(harap["tahun"]):
        return [
            MasalahSel(
                "",
                None,
                "",
                "",
                f"workbook ini milik '{isi.get('instansi')}' tahun {tahun}, bukan '{harap['instansi']}' tahun "
                f"{harap['tahun']}; unduh workbook perangkat daerah dan tahun ini",
            )
        ]
    return []


def _baca_lembar(
    lem: Lembar, rows_nilai: list[tuple], rows_rumus: list[tuple], masalah: list[MasalahSel]
) -> list[tuple[Sel, Any, PerubahanSel]]:
    ubah: list[tuple[Sel, Any, PerubahanSel]] = []

    def salah(r: int | None, j: int, pesan: str) -> None:
        judul = lem.kolom[j - 2].judul if 2 <= j < len(lem.kolom) + 2 else ""
        masalah.append(MasalahSel(lem.nama, r, _huruf(j) if j else "", judul, pesan))

    n_awal = len(masalah)
    for j, kol in enumerate(lem.kolom, start=2):
        ada = _sel(rows_nilai, BARIS_JUDUL, j)
        if (str(ada).strip() if ada is not None else "") != kol.judul:
            salah(
                BARIS_JUDUL,
                j,
                f"judul kolom diubah atau kolom dipindahkan (tertulis '{ada or ''}', seharusnya '{kol.judul}')",
            )
    if len(masalah) > n_awal:
        return ubah
    lebar = len(lem.kolom) + 1
    for r in range(BARIS_JUDUL + 1, len(rows_nilai) + 1):
        for j in range(lebar + 1, len(rows_nilai[r - 1]) + 1):
            if not _kosong(_sel(rows_nilai, r, j)):
                salah(r, j, "sel di luar tabel berisi data; kolom baru tidak dibaca — hapus isinya")
                break
    posisi: dict[str, int] = {}
    for r in range(BARIS_JUDUL + 1, len(rows_nilai) + 1):
        kunci = _sel(rows_nilai, r, 1)
        if kunci is None:
            if any(not _kosong(_sel(rows_nilai, r, j)) for j in range(2, lebar + 1)):
                salah(r, 0, "baris baru tidak dapat ditambahkan lewat workbook; tambahkan di aplikasi lalu unduh ulang")
            continue
        kunci = str(kunci)
        if kunci in posisi:
            salah(r, 1, f"baris '{kunci}' muncul dua kali (baris {posisi[kunci]} dan {r})")
            continue
        posisi[kunci] = r
    harap = {br.kunci for br in lem.baris}
    for kunci, r in posisi.items():
        if kunci not in harap:
            salah(r, 1, "baris ini tidak ada pada data sekarang (kode diubah atau workbook lama); unduh ulang workbook")
    for br in lem.baris:
        r = posisi.get(br.kunci)
        if r is None:
            masalah.append(
                MasalahSel(lem.nama, None, "", "", f"baris {_uraian_baris(br)} dihapus; baris tidak boleh dihapus")
            )
            continue
        for j, sel in enumerate(br.sel, start=2):
            x = _sel(rows_nilai, r, j)
            if sel.jenis == Jenis.RUMUS:
                continue
            if not sel.boleh_diubah:
                if not _tetap_sama(sel.nilai, x):
                    tertulis = f"tertulis '{tampil(x)}', seharusnya '{tampil(sel.nilai)}'"
                    if sel.alasan_kunci:
                        salah(r, j, f"{sel.alasan_kunci}; nilai ini tidak dapat diubah ({tertulis})")
                    else:
                        salah(r, j, f"sel terkunci diubah ({tertulis})")
                continue
            f = _sel(rows_rumus, r, j)
            if x is None and isinstance(f, str) and f.startswith("="):
                salah(r, j, "sel berisi rumus tanpa hasil tersimpan; buka dan simpan workbook di Excel/LibreOffice")
                continue
            try:
                baru = baca_sel(sel, x)
            except _Tolak as exc:
                salah(r, j, exc.pesan)
                continue
            if _sama(sel.nilai, baru):
                continue
            ubah.append(
                (
                    sel,
                    baru,
                    PerubahanSel(
                        lem.nama,
                        r,
                        _huruf(j),
                        lem.kolom[j - 2].judul,
                        sel.label,
                        tampil(sel.nilai),
                        tampil(baru),
                        sel.objek,
                        sel.triwulan,
                        br.kunci,
                        sel.medan,
                        baru,
                    ),
                )
            )
    return ubah


def _uraian_baris(br: Baris) -> str:
    jenis, _, kode = br.kunci.partition(":")
    nama = {"ind": "indikator", "sub": "sub kegiatan", "prog": "program", "keg": "kegiatan", "ik": "indikator"}
    return f"{nama.get(jenis, jenis)} {kode}"


def baca_excel(data: bytes, dasar: Berkas, *, sumber: str = "workbook", kunci: Kunci | None = None) -> HasilExcel:
    """Apply a workbook to `dasar` (not modified). Raises `ExcelTidakValid` with every problem. `kunci`: what
    the workflow has closed (refused with its reason when changed)."""
    try:
        wb_nilai, wb_rumus = _muat(data)
    except _Tolak as exc:
        raise ExcelTidakValid([MasalahSel("", None, "", "", exc.pesan)], sumber) from None
    try:
        try:
            masalah = _identitas(wb_nilai, dasar)
        except Exception:  # the identity sheet itself damaged
            raise ExcelTidakValid(
                [MasalahSel("", None, "", "", "workbook rusak: lembar identitas tidak dapat dibaca")], sumber
            ) from None
        if masalah:
            raise ExcelTidakValid(masalah, sumber)
        baru = copy.deepcopy(dasar)
        lembar = susun(baru, kunci)
        ubah: list[tuple[Sel, Any, PerubahanSel]] = []
        for lem in lembar:
            if lem.nama not in wb_nilai.sheetnames:
                masalah.append(
                    MasalahSel(lem.nama, None, "", "", "lembar ini tidak ada (dihapus atau diganti namanya)")
                )
                continue
            try:
                rows_nilai = _baris_lembar(wb_nilai[lem.nama])
                rows_rumus = _baris_lembar(wb_rumus[lem.nama])
            except _Tolak as exc:
                masalah.append(MasalahSel(lem.nama, None, "", "", exc.pesan))
                continue
            ubah += _baca_lembar(lem, rows_nilai, rows_rumus, masalah)
    finally:
        wb_nilai.close()
        wb_rumus.close()
    if masalah:
        raise ExcelTidakValid(masalah, sumber)
    for sel, nilai, _ in ubah:
        assert sel.pasang is not None
        sel.pasang(nilai)
    if not ubah:
        return HasilExcel(dasar, [])
    try:
        hasil = baca_data(berkas_ke_dict(baru), sumber=sumber)
    except BerkasTidakValid as exc:
        raise ExcelTidakValid(
            [MasalahSel("", None, "", "", f"setelah perubahan, {m}") for m in exc.masalah], sumber
        ) from None
    return HasilExcel(hasil, [p for _, _, p in ubah])
