"""SIPD spreadsheet exports → changes to a berkas: the budget structure (program / kegiatan / sub kegiatan with
codes, names, pagu murni and perubahan, belanja operasi/modal) and the budget realisation per sub kegiatan.

No real export was available to us, so the layouts are assumptions, written down in docs/pertukaran.md and
held as data (`Pemetaan`): a column is found by its header's name, not its position, through a list of
names per field that a district can replace (Django setting ``SAKIP_SIPD_PEMETAAN`` or ``sakip sipd
--pemetaan FILE``). Every row of the file is accounted for: read, or listed with why it was not (a total
row, an account line, a code that is not in the RKT); rows that cannot be read (bad amounts, a code twice)
stop the import with their row and column.
"""

from __future__ import annotations

import copy
import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sakip.core.angka import AngkaTidakValid, format_angka, parse_angka, periksa_besaran
from sakip.core.batas import MAKS_DESIMAL_UANG
from sakip.core.kode import KodeTidakValid, Tingkat, kode_induk, normalkan_kode, tingkat_kode
from sakip.core.model import Berkas, Kegiatan, Program, RealisasiSubKegiatan, SubKegiatan

from .baca import BerkasTidakValid, baca_data
from .excel.baca import ExcelTidakValid, MasalahSel, desimal_dari_float
from .tulis import berkas_ke_dict

STRUKTUR = "struktur"
REALISASI = "realisasi"
MAKS_UKURAN = 10 * 1024 * 1024
MAKS_BARIS = 50_000
BARIS_JUDUL_MAKS = 30  # the header row is looked for among the first rows (exports start with a title block)

# Field → accepted header names (compared after `_normalkan`). Documented in docs/pertukaran.md.
PEMETAAN_BAWAAN: dict[str, dict[str, list[str]]] = {
    STRUKTUR: {
        "kode": [
            "kode",
            "kode rekening",
            "kode sub kegiatan",
            "kode program kegiatan sub kegiatan",
            "kode nomenklatur",
        ],
        "nama": [
            "uraian",
            "nama",
            "nomenklatur",
            "program kegiatan sub kegiatan",
            "nama sub kegiatan",
            "uraian sub kegiatan",
        ],
        "pagu_murni": [
            "pagu murni",
            "anggaran murni",
            "sebelum perubahan",
            "pagu sebelum perubahan",
            "anggaran sebelum perubahan",
        ],
        "pagu": [
            "pagu",
            "pagu perubahan",
            "setelah perubahan",
            "pagu setelah perubahan",
            "anggaran setelah perubahan",
            "anggaran",
        ],
        "belanja_operasi": ["belanja operasi", "operasi"],
        "belanja_modal": ["belanja modal", "modal"],
    },
    REALISASI: {
        "kode": [
            "kode",
            "kode rekening",
            "kode sub kegiatan",
            "kode program kegiatan sub kegiatan",
            "kode nomenklatur",
        ],
        "nama": [
            "uraian",
            "nama",
            "nomenklatur",
            "program kegiatan sub kegiatan",
            "nama sub kegiatan",
            "uraian sub kegiatan",
        ],
        "pagu": ["pagu", "anggaran", "pagu anggaran", "anggaran setelah perubahan"],
        "realisasi": [
            "realisasi",
            "realisasi anggaran",
            "jumlah realisasi",
            "realisasi sd triwulan",
            "realisasi kumulatif",
            "total realisasi",
        ],
    },
}
WAJIB = {STRUKTUR: ("kode", "nama", "pagu"), REALISASI: ("kode", "realisasi")}
_UANG = {"pagu_murni", "pagu", "belanja_operasi", "belanja_modal", "realisasi"}


def _normalkan(teks: Any) -> str:
    """'Pagu Perubahan (Rp)' → 'pagu perubahan'; 'Realisasi s.d. Triwulan' → 'realisasi sd triwulan'."""
    s = str(teks or "").lower().replace("\n", " ")
    s = re.sub(r"\(\s*rp\.?\s*\)|\brp\.?", " ", s)
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


@dataclass(frozen=True, slots=True)
class Pemetaan:
    """Header names per field and layout; `dari_dict` overrides the defaults field by field."""

    kolom: dict[str, dict[str, list[str]]] = field(default_factory=lambda: copy.deepcopy(PEMETAAN_BAWAAN))

    @classmethod
    def dari_dict(cls, data: dict[str, Any] | None) -> Pemetaan:
        kolom = copy.deepcopy(PEMETAAN_BAWAAN)
        for jenis, medan in (data or {}).items():
            if jenis not in kolom:
                raise ValueError(f"pemetaan SIPD: jenis '{jenis}' tidak dikenal (pilihan: {STRUKTUR}, {REALISASI})")
            if not isinstance(medan, dict):
                raise ValueError(f"pemetaan SIPD '{jenis}': harus berupa daftar kolom per medan")
            for nama, judul in medan.items():
                if nama not in kolom[jenis]:
                    raise ValueError(
                        f"pemetaan SIPD '{jenis}': medan '{nama}' tidak dikenal (pilihan: {', '.join(kolom[jenis])})"
                    )
                daftar = [judul] if isinstance(judul, str) else list(judul or [])
                if not daftar or not all(isinstance(x, str) and x.strip() for x in daftar):
                    raise ValueError(f"pemetaan SIPD '{jenis}.{nama}': tulis satu atau beberapa judul kolom")
                kolom[jenis][nama] = daftar
        return cls(kolom)


@dataclass(frozen=True, slots=True)
class BarisSipd:
    baris: int
    kode: str
    tingkat: Tingkat
    nama: str
    nilai: dict[str, Decimal | None]


@dataclass(frozen=True, slots=True)
class CatatanSipd:
    """A row not taken (or taken with a remark), listed in the preview."""

    baris: int | None
    kode: str
    pesan: str

    def __str__(self) -> str:
        awal = f"baris {self.baris}" if self.baris else ""
        awal += f" ({self.kode})" if self.kode else ""
        return f"{awal}: {self.pesan}" if awal else self.pesan


@dataclass(frozen=True, slots=True)
class PerubahanSipd:
    baris: int
    kode: str
    label: str
    lama: str
    baru: str
    kunci: str  # "sub:KODE" | "keg:KODE" | "prog:KODE"
    medan: str  # "pagu", "pagu_murni", "belanja_modal", "nama", "baru", "anggaran", "anggaran_tw:N"
    nilai: Any = field(default=None, compare=False)
    triwulan: int | None = None


@dataclass(slots=True)
class HasilSipd:
    berkas: Berkas
    perubahan: list[PerubahanSipd] = field(default_factory=list)
    catatan: list[CatatanSipd] = field(default_factory=list)
    kolom: dict[str, str] = field(default_factory=dict)  # field → header as found


def _tolak(pesan: str, baris: int | None = None, kolom: str = "", judul: str = "") -> ExcelTidakValid:
    return ExcelTidakValid([MasalahSel("SIPD", baris, kolom, judul, pesan)], "ekspor SIPD")


def _baris_berkas(data: bytes, nama_berkas: str) -> list[list[list[Any]]]:
    """Every row of the first sheet (XLSX), or of a CSV file under each candidate delimiter, as cell values."""
    if len(data) > MAKS_UKURAN:
        raise _tolak(f"berkas terlalu besar (maksimal {MAKS_UKURAN // (1024 * 1024)} MB)")
    if data.startswith(b"PK"):
        from openpyxl import load_workbook

        from .excel.baca import _periksa_zip, _Tolak

        try:
            _periksa_zip(data)
        except _Tolak as exc:
            raise _tolak(exc.pesan) from None
        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception:  # a damaged workbook: one message for the person
            raise _tolak("workbook tidak dapat dibaca (rusak atau bukan format .xlsx)") from None
        try:
            ws = wb.worksheets[0]
            hasil = []
            for n, row in enumerate(ws.iter_rows(values_only=True), start=1):
                if n > MAKS_BARIS:
                    raise _tolak(f"lebih dari {MAKS_BARIS} baris")
                hasil.append(list(row))
            return [hasil]
        except ExcelTidakValid:
            raise
        except Exception:  # a sheet's XML is read lazily, row by row: damage shows up here
            raise _tolak("isi lembar kerja rusak") from None
        finally:
            wb.close()
    if nama_berkas.lower().endswith((".xls", ".ods")) or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise _tolak("format .xls/.ods tidak dibaca; simpan ekspor SIPD sebagai .xlsx atau .csv")
    try:
        teks = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        teks = data.decode("latin-1")  # older exports; every byte decodes, names may look odd but codes read
    if "\x00" in teks[:4096]:
        raise _tolak("berkas ini bukan CSV atau workbook .xlsx")
    # Exports open with title lines, and Indonesian amounts hold commas: the delimiter is the one under which
    # the header row is found (tried most frequent first), not a guess from the first line.
    pembatas = sorted(";,\t", key=lambda c: -teks[:8192].count(c))
    calon = []
    for p in pembatas:
        hasil = []
        try:
            for n, row in enumerate(csv.reader(io.StringIO(teks), delimiter=p), start=1):
                if n > MAKS_BARIS:
                    raise _tolak(f"lebih dari {MAKS_BARIS} baris")
                hasil.append(row)
        except csv.Error as exc:
            raise _tolak(f"CSV tidak dapat dibaca ({exc})") from None
        calon.append(hasil)
    return calon


def _huruf(j: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(j + 1)


def _cari_judul(rows: list[list[Any]], jenis: str, pemetaan: Pemetaan) -> tuple[int, dict[str, int]]:
    medan = pemetaan.kolom[jenis]
    nama_ke_medan: dict[str, str] = {}
    for m, daftar in medan.items():
        for judul in daftar:
            nama_ke_medan.setdefault(_normalkan(judul), m)
    for r, row in enumerate(rows[:BARIS_JUDUL_MAKS]):
        cocok: dict[str, list[int]] = {}
        for j, sel in enumerate(row):
            m = nama_ke_medan.get(_normalkan(sel))
            if m:
                cocok.setdefault(m, []).append(j)
        if all(w in cocok for w in WAJIB[jenis]):
            ganda = {m: js for m, js in cocok.items() if len(js) > 1}
            if ganda:
                m, js = next(iter(ganda.items()))
                raise _tolak(
                    f"kolom untuk '{m}' tidak jelas: {', '.join(f'{_huruf(j)} ({row[j]})' for j in js)} cocok; "
                    "sesuaikan pemetaan SIPD",
                    r + 1,
                )
            return r, {m: js[0] for m, js in cocok.items()}
    wajib = "; ".join(f"{w}: {', '.join(medan[w])}" for w in WAJIB[jenis])
    raise _tolak(
        f"baris judul kolom tidak ditemukan di {BARIS_JUDUL_MAKS} baris pertama; judul yang dicari — {wajib} "
        "(ubah pemetaan SIPD bila ekspor memakai judul lain)"
    )


def _uang(x: Any) -> Decimal | None:
    if x is None or (isinstance(x, str) and x.strip() in ("", "-")):
        return None
    if isinstance(x, bool):
        raise AngkaTidakValid(f"'{x}' bukan angka")
    if isinstance(x, int):
        d = Decimal(x)
    elif isinstance(x, float):
        d = desimal_dari_float(x)
    else:
        d = parse_angka(str(x))
    return periksa_besaran(d, x, desimal=MAKS_DESIMAL_UANG)


def baca_sipd(
    data: bytes, *, jenis: str, pemetaan: Pemetaan | None = None, nama_berkas: str = "sipd"
) -> tuple[list[BarisSipd], list[CatatanSipd], dict[str, str]]:
    """The rows of a SIPD export. Raises `ExcelTidakValid` (sheet "SIPD", row, column) for unreadable rows."""
    pemetaan = pemetaan or Pemetaan()
    calon = _baris_berkas(data, nama_berkas)
    for i, rows in enumerate(calon):
        try:
            r_judul, kolom = _cari_judul(rows, jenis, pemetaan)
            break
        except ExcelTidakValid:
            if i == len(calon) - 1:
                raise
    judul = {m: str(rows[r_judul][j]).strip() for m, j in kolom.items()}
    hasil: list[BarisSipd] = []
    catatan: list[CatatanSipd] = []
    masalah: list[MasalahSel] = []
    dilihat: dict[str, int] = {}
    for r in range(r_judul + 1, len(rows)):
        row = rows[r]
        nomor = r + 1

        def sel(m: str, row=row) -> Any:
            j = kolom.get(m)
            return row[j] if j is not None and j < len(row) else None

        if all(x is None or str(x).strip() == "" for x in row):
            continue
        kode_asli = sel("kode")
        kode_teks = "" if kode_asli is None else str(kode_asli).strip()
        nama = str(sel("nama") or "").strip()
        if not kode_teks:
            catatan.append(CatatanSipd(nomor, "", f"tanpa kode ('{nama or 'baris jumlah'}'): tidak dibaca"))
            continue
        try:
            kode = normalkan_kode(kode_teks)
            tingkat = tingkat_kode(kode)
        except KodeTidakValid:
            catatan.append(
                CatatanSipd(
                    nomor,
                    kode_teks,
                    "bukan kode program/kegiatan/sub kegiatan (urusan, bidang atau rekening belanja): tidak dibaca",
                )
            )
            continue
        nilai: dict[str, Decimal | None] = {}
        for m in kolom:
            if m not in _UANG:
                continue
            try:
                v = _uang(sel(m))
            except AngkaTidakValid as exc:
                masalah.append(MasalahSel("SIPD", nomor, _huruf(kolom[m]), judul[m], str(exc)))
                continue
            if v is not None and v < 0:
                masalah.append(
                    MasalahSel(
                        "SIPD", nomor, _huruf(kolom[m]), judul[m], f"jumlah tidak boleh negatif ({format_angka(v)})"
                    )
                )
                continue
            nilai[m] = v
        if kode in dilihat:
            masalah.append(
                MasalahSel(
                    "SIPD",
                    nomor,
                    _huruf(kolom["kode"]),
                    judul["kode"],
                    f"kode {kode} juga ada di baris {dilihat[kode]}; baris mana yang berlaku tidak jelas",
                )
            )
            continue
        dilihat[kode] = nomor
        hasil.append(BarisSipd(nomor, kode, tingkat, nama, nilai))
    if masalah:
        raise ExcelTidakValid(masalah, nama_berkas)
    return hasil, catatan, judul


def _rp(x: Decimal | None) -> str:
    return "(kosong)" if x is None else format_angka(x, 2 if x != x.to_integral_value() else 0)


def _periksa(baru: Berkas, sumber: str) -> Berkas:
    try:
        return baca_data(berkas_ke_dict(baru), sumber=sumber)
    except BerkasTidakValid as exc:
        raise ExcelTidakValid(
            [MasalahSel("", None, "", "", f"setelah impor, {m}") for m in exc.masalah], sumber
        ) from None


def terapkan_struktur(dasar: Berkas, rows: list[BarisSipd], catatan: list[CatatanSipd]) -> HasilSipd:
    """The budget structure onto a copy of `dasar`: names and ceilings updated, new nodes added; nodes the export
    does not hold are kept and listed."""
    b = copy.deepcopy(dasar)
    catatan = list(catatan)
    perubahan: list[PerubahanSipd] = []
    program = {p.kode: p for p in b.rkt.program}
    kegiatan = {k.kode: k for p in b.rkt.program for k in p.kegiatan}
    sub = {s.kode: s for s in b.rkt.semua_sub_kegiatan()}
    masalah: list[MasalahSel] = []
    di_file = {x.kode for x in rows}

    def ubah(x: BarisSipd, obj: Any, kunci: str, medan: str, baru: Any, label: str, uang: bool = True) -> None:
        lama = getattr(obj, medan)
        if lama == baru:
            return
        setattr(obj, medan, baru)
        tampil = _rp if uang else (lambda v: v or "(kosong)")
        perubahan.append(
            PerubahanSipd(x.baris, x.kode, f"{x.kode} · {label}", tampil(lama), tampil(baru), kunci, medan, baru)
        )

    for x in rows:
        if x.tingkat is Tingkat.PROGRAM:
            if x.kode in program:
                if x.nama:
                    ubah(x, program[x.kode], f"prog:{x.kode}", "nama", x.nama, "nama", uang=False)
            else:
                program[x.kode] = Program(x.kode, x.nama or x.kode)
                b.rkt.program.append(program[x.kode])
                perubahan.append(
                    PerubahanSipd(
                        x.baris,
                        x.kode,
                        f"{x.kode} · program baru",
                        "(tidak ada)",
                        x.nama,
                        f"prog:{x.kode}",
                        "baru",
                        x.nama,
                    )
                )
        elif x.tingkat is Tingkat.KEGIATAN:
            induk = kode_induk(x.kode)
            if x.kode in kegiatan:
                if x.nama:
                    ubah(x, kegiatan[x.kode], f"keg:{x.kode}", "nama", x.nama, "nama", uang=False)
            elif induk in program:
                kegiatan[x.kode] = Kegiatan(x.kode, x.nama or x.kode)
                program[induk].kegiatan.append(kegiatan[x.kode])
                perubahan.append(
                    PerubahanSipd(
                        x.baris,
                        x.kode,
                        f"{x.kode} · kegiatan baru",
                        "(tidak ada)",
                        x.nama,
                        f"keg:{x.kode}",
                        "baru",
                        x.nama,
                    )
                )
            else:
                masalah.append(
                    MasalahSel(
                        "SIPD",
                        x.baris,
                        "",
                        "",
                        f"kegiatan {x.kode}: programnya {induk} tidak ada di RKT maupun di berkas SIPD",
                    )
                )
        else:
            induk = kode_induk(x.kode)
            pagu = x.nilai.get("pagu")
            if pagu is None:
                masalah.append(MasalahSel("SIPD", x.baris, "", "", f"sub kegiatan {x.kode}: pagu kosong"))
                continue
            modal = x.nilai.get("belanja_modal")
            operasi = x.nilai.get("belanja_operasi")
            if modal is not None and modal > pagu:
                masalah.append(
                    MasalahSel(
                        "SIPD",
                        x.baris,
                        "",
                        "",
                        f"sub kegiatan {x.kode}: belanja modal {_rp(modal)} melebihi pagu {_rp(pagu)}",
                    )
                )
                continue
            if operasi is not None and modal is not None and operasi + modal != pagu:
                catatan.append(
                    CatatanSipd(
                        x.baris,
                        x.kode,
                        f"belanja operasi {_rp(operasi)} + modal {_rp(modal)} = {_rp(operasi + modal)}, tidak sama dengan pagu {_rp(pagu)} (belanja lain?)",
                    )
                )
            if x.kode in sub:
                s = sub[x.kode]
                if x.nama:
                    ubah(x, s, f"sub:{x.kode}", "nama", x.nama, "nama", uang=False)
                ubah(x, s, f"sub:{x.kode}", "pagu", pagu, "pagu")
                if "pagu_murni" in x.nilai:
                    ubah(x, s, f"sub:{x.kode}", "pagu_murni", x.nilai["pagu_murni"], "pagu murni")
                if "belanja_modal" in x.nilai:
                    ubah(x, s, f"sub:{x.kode}", "belanja_modal", modal or Decimal(0), "belanja modal")
            elif induk in kegiatan:
                s = SubKegiatan(x.kode, x.nama or x.kode, pagu, x.nilai.get("pagu_murni"), modal or Decimal(0))
                sub[x.kode] = s
                kegiatan[induk].sub_kegiatan.append(s)
                perubahan.append(
                    PerubahanSipd(
                        x.baris,
                        x.kode,
                        f"{x.kode} · sub kegiatan baru",
                        "(tidak ada)",
                        f"{x.nama} (pagu {_rp(pagu)})",
                        f"sub:{x.kode}",
                        "baru",
                        s,
                    )
                )
            else:
                masalah.append(
                    MasalahSel(
                        "SIPD",
                        x.baris,
                        "",
                        "",
                        f"sub kegiatan {x.kode}: kegiatannya {induk} tidak ada di RKT maupun di berkas SIPD",
                    )
                )
    if masalah:
        raise ExcelTidakValid(masalah, "ekspor SIPD")
    for kode in sub:
        if kode not in di_file and kode in {s.kode for s in dasar.rkt.semua_sub_kegiatan()}:
            catatan.append(CatatanSipd(None, kode, "sub kegiatan di RKT tidak ada di ekspor SIPD: tidak diubah"))
    hasil = _periksa(b, "ekspor SIPD") if perubahan else dasar
    return HasilSipd(hasil, perubahan, catatan)


def terapkan_realisasi(
    dasar: Berkas, rows: list[BarisSipd], catatan: list[CatatanSipd], *, triwulan: int | None = None
) -> HasilSipd:
    """Budget realisation per sub kegiatan onto a copy of `dasar`. `triwulan` None: the export holds the year's
    total; N: the export is cumulative up to quarter N (SIPD's "realisasi s.d. triwulan"), so quarter N's
    spending is the cumulative figure less the quarters before it."""
    if triwulan is not None and triwulan not in (1, 2, 3, 4):
        raise _tolak("triwulan harus 1–4")
    b = copy.deepcopy(dasar)
    catatan = list(catatan)
    perubahan: list[PerubahanSipd] = []
    masalah: list[MasalahSel] = []
    sub = {s.kode: s for s in b.rkt.semua_sub_kegiatan()}
    for x in rows:
        if x.tingkat is not Tingkat.SUB_KEGIATAN:
            catatan.append(
                CatatanSipd(
                    x.baris,
                    x.kode,
                    f"baris {x.tingkat.value.replace('_', ' ')}: jumlahnya dihitung dari sub kegiatan, tidak dibaca",
                )
            )
            continue
        if x.kode not in sub:
            catatan.append(
                CatatanSipd(
                    x.baris, x.kode, "sub kegiatan ini tidak ada di RKT: tidak dibaca (impor struktur SIPD dahulu)"
                )
            )
            continue
        nilai = x.nilai.get("realisasi")
        if nilai is None:
            catatan.append(CatatanSipd(x.baris, x.kode, "realisasi kosong: tidak diubah"))
            continue
        pagu_file = x.nilai.get("pagu")
        if pagu_file is not None and pagu_file != sub[x.kode].pagu:
            catatan.append(
                CatatanSipd(
                    x.baris, x.kode, f"pagu di SIPD {_rp(pagu_file)} berbeda dengan pagu RKT {_rp(sub[x.kode].pagu)}"
                )
            )
        r = b.realisasi.sub_kegiatan.setdefault(x.kode, RealisasiSubKegiatan())
        label = x.kode
        if triwulan is None:
            if any(v is not None for v in r.anggaran_triwulan.values()):
                masalah.append(
                    MasalahSel(
                        "SIPD",
                        x.baris,
                        "",
                        "",
                        f"sub kegiatan {x.kode} dicatat per triwulan; sebutkan triwulan ekspor ini (realisasi s.d. triwulan)",
                    )
                )
                continue
            if r.anggaran != nilai:
                perubahan.append(
                    PerubahanSipd(
                        x.baris,
                        x.kode,
                        f"{label} · realisasi anggaran setahun",
                        _rp(r.anggaran),
                        _rp(nilai),
                        f"sub:{x.kode}",
                        "anggaran",
                        nilai,
                        4,
                    )
                )
                r.anggaran = nilai
            continue
        if r.anggaran is not None:
            masalah.append(
                MasalahSel(
                    "SIPD",
                    x.baris,
                    "",
                    "",
                    f"sub kegiatan {x.kode} dicatat dengan realisasi setahun, bukan per triwulan",
                )
            )
            continue
        sebelumnya = sum((r.anggaran_triwulan.get(t) or Decimal(0) for t in range(1, triwulan)), Decimal(0))
        tw = nilai - sebelumnya
        if tw < 0:
            masalah.append(
                MasalahSel(
                    "SIPD",
                    x.baris,
                    "",
                    "",
                    f"sub kegiatan {x.kode}: realisasi s.d. triwulan {triwulan} {_rp(nilai)} lebih kecil dari jumlah triwulan sebelumnya {_rp(sebelumnya)}",
                )
            )
            continue
        lama = r.anggaran_triwulan.get(triwulan)
        if lama != tw:
            perubahan.append(
                PerubahanSipd(
                    x.baris,
                    x.kode,
                    f"{label} · realisasi anggaran TW {triwulan}",
                    _rp(lama),
                    _rp(tw),
                    f"sub:{x.kode}",
                    f"anggaran_tw:{triwulan}",
                    tw,
                    triwulan,
                )
            )
            r.anggaran_triwulan[triwulan] = tw
            r.anggaran_triwulan = dict(sorted(r.anggaran_triwulan.items()))
    if masalah:
        raise ExcelTidakValid(masalah, "ekspor SIPD")
    hasil = _periksa(b, "ekspor SIPD") if perubahan else dasar
    return HasilSipd(hasil, perubahan, catatan)


def impor_sipd(
    data: bytes,
    dasar: Berkas,
    *,
    jenis: str,
    triwulan: int | None = None,
    pemetaan: Pemetaan | None = None,
    nama_berkas: str = "sipd",
) -> HasilSipd:
    """Read a SIPD export and apply it to a copy of `dasar` (structure or realisation)."""
    if jenis not in (STRUKTUR, REALISASI):
        raise _tolak(f"jenis impor '{jenis}' tidak dikenal (pilihan: {STRUKTUR}, {REALISASI})")
    rows, catatan, kolom = baca_sipd(data, jenis=jenis, pemetaan=pemetaan, nama_berkas=nama_berkas)
    if jenis == STRUKTUR:
        hasil = terapkan_struktur(dasar, rows, catatan)
    else:
        hasil = terapkan_realisasi(dasar, rows, catatan, triwulan=triwulan)
    hasil.kolom = kolom
    return hasil
