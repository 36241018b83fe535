"""Spreadsheet import (CSV or XLSX) for paper survey forms and the registers, with row-level validation.

Shared by ``sakip ikm FILE`` and the web app's import pages. One row per respondent (or per complaint, per
activity); the first non-empty row holds the column headings. Every problem is reported with its row
and column, in Indonesian, and nothing is returned unless the whole file is valid (`ImporTidakValid`).

Survey columns: ``U1`` … ``U9`` (required; a heading may carry the name, "U1 Persyaratan"); optional
``tanggal``, ``jenis_layanan``, ``instansi``, ``jenis_kelamin``, ``umur``, ``pendidikan``, ``pekerjaan``,
``saran``. Answers are 1–4 (or the form's letters a–d).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sakip.core.ikm import PROFIL, UNSUR, JawabanTidakValid, Respon, baca_jawaban, normalkan_profil
from sakip.core.register import (
    Aduan,
    KegiatanRegister,
    StatusAduan,
    StatusKegiatan,
    periksa_aduan,
    periksa_kegiatan,
)
from sakip.core.tanggal import TanggalTidakValid, parse_tanggal

from .aman import MasukanBerbahaya, periksa_zip

BATAS_BARIS = 200_000
MAKS_MASALAH = 200  # a file with thousands of bad rows: the first ones tell the user what is wrong


@dataclass(frozen=True, slots=True)
class MasalahImpor:
    baris: int | None  # 1-based, as the spreadsheet shows it
    kolom: str | None
    pesan: str

    def __str__(self) -> str:
        lokasi = []
        if self.baris is not None:
            lokasi.append(f"baris {self.baris}")
        if self.kolom:
            lokasi.append(f"kolom {self.kolom}")
        return f"{', '.join(lokasi)}: {self.pesan}" if lokasi else self.pesan


class ImporTidakValid(Exception):
    def __init__(self, masalah: list[MasalahImpor], sumber: str = "berkas"):
        self.masalah = masalah
        self.sumber = sumber
        super().__init__(f"{sumber}: {len(masalah)} masalah")

    def laporan(self) -> str:
        baris = [f"{self.sumber} tidak dapat diimpor ({len(self.masalah)} masalah; tidak ada data yang diimpor):"]
        baris += [f"  - {m}" for m in self.masalah[:MAKS_MASALAH]]
        if len(self.masalah) > MAKS_MASALAH:
            baris.append(f"  … dan {len(self.masalah) - MAKS_MASALAH} masalah lain")
        return "\n".join(baris)


@dataclass(slots=True)
class HasilImpor:
    data: list[Any]  # Respon | Aduan | KegiatanRegister
    peringatan: list[str] = field(default_factory=list)
    jumlah_baris_kosong: int = 0


# --- reading a sheet ------------------------------------------------------------------------------------------

Sumber = str | Path | bytes | IO[bytes]


def _bytes(sumber: Sumber) -> bytes:
    if isinstance(sumber, bytes):
        return sumber
    if isinstance(sumber, (str, Path)):
        return Path(sumber).read_bytes()
    return sumber.read()


def baca_lembar(sumber: Sumber, *, nama: str | None = None) -> list[tuple[int, list[Any]]]:
    """The non-empty rows of a CSV or the first sheet of an XLSX as (row number, cells)."""
    nama = nama or (str(sumber) if isinstance(sumber, (str, Path)) else "berkas")
    akhiran = Path(nama).suffix.lower()
    try:
        isi = _bytes(sumber)
    except FileNotFoundError:
        raise ImporTidakValid([MasalahImpor(None, None, f"berkas '{nama}' tidak ditemukan")], nama) from None
    except OSError as exc:
        raise ImporTidakValid([MasalahImpor(None, None, f"berkas tidak dapat dibaca: {exc.strerror}")], nama) from None
    if akhiran == ".xls" or isi[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImporTidakValid(
            [MasalahImpor(None, None, "format .xls (Excel lama) tidak didukung; simpan sebagai .xlsx atau .csv")], nama
        )
    if akhiran in (".xlsx", ".xlsm") or isi[:2] == b"PK":
        return _baca_xlsx(isi, nama)
    if akhiran not in ("", ".csv", ".txt"):
        raise ImporTidakValid(
            [MasalahImpor(None, None, f"jenis berkas '{akhiran}' tidak dikenal; gunakan .csv atau .xlsx")], nama
        )
    return _baca_csv(isi, nama)


def _baca_csv(isi: bytes, nama: str) -> list[tuple[int, list[Any]]]:
    if b"\x00" in isi[:4096]:
        raise ImporTidakValid([MasalahImpor(None, None, "berkas bukan CSV teks (berisi data biner)")], nama)
    try:
        teks = isi.decode("utf-8-sig")
    except UnicodeDecodeError:
        teks = isi.decode("cp1252", errors="replace")  # Excel "CSV" saved on Windows
    baris_pertama = next((b for b in teks.splitlines() if b.strip()), "")
    pemisah = max((";", ",", "\t"), key=baris_pertama.count) if baris_pertama else ","
    hasil = []
    try:
        for i, sel in enumerate(csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah), start=1):
            if any(s.strip() for s in sel):
                hasil.append((i, sel))
            if len(hasil) > BATAS_BARIS + 1:
                raise ImporTidakValid(
                    [MasalahImpor(None, None, f"lebih dari {BATAS_BARIS:,} baris; bagi menjadi beberapa berkas")], nama
                )
    except csv.Error as exc:
        raise ImporTidakValid([MasalahImpor(None, None, f"CSV tidak dapat dibaca ({exc})")], nama) from None
    return hasil


def _baca_xlsx(isi: bytes, nama: str) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        periksa_zip(isi)
        wb = load_workbook(io.BytesIO(isi), read_only=True, data_only=True)
    except MasukanBerbahaya as exc:
        raise ImporTidakValid([MasalahImpor(None, None, str(exc))], nama) from None
    except Exception:  # openpyxl raises many kinds (XMLSyntaxError, KeyError, …) for a damaged file: one message
        raise ImporTidakValid(
            [MasalahImpor(None, None, "berkas XLSX rusak atau bukan lembar kerja Excel (.xlsx)")], nama
        ) from None
    try:
        ws = wb.worksheets[0]
        hasil = []
        for i, sel in enumerate(ws.iter_rows(values_only=True), start=1):
            sel = list(sel)
            if any(s is not None and str(s).strip() for s in sel):
                hasil.append((i, sel))
            if len(hasil) > BATAS_BARIS + 1:
                raise ImporTidakValid(
                    [MasalahImpor(None, None, f"lebih dari {BATAS_BARIS:,} baris; bagi menjadi beberapa berkas")], nama
                )
        return hasil
    except ImporTidakValid:
        raise
    except Exception:  # a sheet's XML is read lazily, row by row: damage shows up here
        raise ImporTidakValid([MasalahImpor(None, None, "isi lembar kerja XLSX rusak")], nama) from None
    finally:
        wb.close()


# --- headings --------------------------------------------------------------------------------------------------


def _normal(judul: Any) -> str:
    s = re.sub(r"[\s\-/]+", "_", str(judul or "").strip().lower())
    return s.strip("_")


_UNSUR_JUDUL = re.compile(r"^u([1-9])(?![0-9])")


def petakan_judul(
    baris: list[Any], sinonim: dict[str, tuple[str, ...]], nomor_baris: int
) -> tuple[dict[str, int], list[MasalahImpor], list[str]]:
    """Column name → index. `sinonim` maps each known column to the headings accepted for it."""
    peta: dict[str, int] = {}
    masalah: list[MasalahImpor] = []
    diabaikan: list[str] = []
    cari = {alias: kolom for kolom, daftar in sinonim.items() for alias in (kolom, *daftar)}
    for i, judul in enumerate(baris):
        n = _normal(judul)
        if not n:
            continue
        kolom = cari.get(n)
        m = _UNSUR_JUDUL.match(n)
        if kolom is None and m and "U1" in sinonim:
            kolom = f"U{m.group(1)}"
        if kolom is None:
            diabaikan.append(str(judul).strip())
            continue
        if kolom in peta:
            masalah.append(MasalahImpor(nomor_baris, str(judul).strip(), f"kolom {kolom} ditulis dua kali"))
            continue
        peta[kolom] = i
    return peta, masalah, diabaikan


def _sel(baris: list[Any], i: int | None) -> Any:
    if i is None or i >= len(baris):
        return None
    v = baris[i]
    return v.strip() if isinstance(v, str) else v


def baca_tanggal(x: Any) -> date | None:
    """A date cell: an Excel date, ISO ``2023-03-14``, ``14/03/2023``, ``14-03-2023`` or ``14 Maret 2023``."""
    if x in (None, ""):
        return None
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, date):
        return x
    s = str(x).strip()
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", s)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            raise TanggalTidakValid(f"'{s}' bukan tanggal yang ada") from None
    return parse_tanggal(s)


def _teks(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x).strip()


# --- survey responses -------------------------------------------------------------------------------------------

SINONIM_SURVEI: dict[str, tuple[str, ...]] = {
    **{u: () for u in UNSUR},
    "tanggal": ("tgl", "tanggal_survei", "tanggal_pengisian", "waktu"),
    "jenis_layanan": ("layanan", "jenis_pelayanan", "pelayanan"),
    "instansi": ("unit", "unit_layanan", "perangkat_daerah", "opd"),
    "jenis_kelamin": ("jk", "kelamin", "l_p"),
    "umur": ("usia", "kelompok_umur"),
    "pendidikan": ("pendidikan_terakhir",),
    "pekerjaan": ("pekerjaan_utama",),
    "saran": ("saran_masukan", "masukan", "saran_dan_masukan", "komentar"),
}


def _baca_lembar_berjudul(
    sumber: Sumber, nama: str | None, sinonim: dict[str, tuple[str, ...]], wajib: tuple[str, ...]
) -> tuple[str, dict[str, int], list[tuple[int, list[Any]]], list[str]]:
    nama = nama or (str(sumber) if isinstance(sumber, (str, Path)) else "berkas")
    lembar = baca_lembar(sumber, nama=nama)
    if not lembar:
        raise ImporTidakValid([MasalahImpor(None, None, "berkas kosong: tidak ada judul kolom maupun data")], nama)
    nomor_judul, judul = lembar[0]
    peta, masalah, diabaikan = petakan_judul(judul, sinonim, nomor_judul)
    for k in wajib:
        if k not in peta:
            masalah.append(MasalahImpor(nomor_judul, k, f"kolom {k} tidak ada di baris judul"))
    if masalah:
        raise ImporTidakValid(masalah, nama)
    if len(lembar) == 1:
        raise ImporTidakValid([MasalahImpor(None, None, "berkas tidak berisi baris data di bawah judul kolom")], nama)
    peringatan = [f"kolom '{d}' tidak dikenal dan diabaikan" for d in diabaikan]
    return nama, peta, lembar[1:], peringatan


def impor_respon(
    sumber: Sumber,
    *,
    nama: str | None = None,
    jenis_layanan: str = "",
    instansi: str = "",
) -> HasilImpor:
    """Survey responses from a spreadsheet: one row per respondent, columns U1 … U9.

    `jenis_layanan` and `instansi` fill rows that leave those columns empty.
    """
    nama, peta, baris, peringatan = _baca_lembar_berjudul(sumber, nama, SINONIM_SURVEI, UNSUR)
    masalah: list[MasalahImpor] = []
    hasil: list[Respon] = []
    for nomor, sel in baris:
        jawaban: dict[str, int] = {}
        salah = False
        for u in UNSUR:
            try:
                jawaban[u] = baca_jawaban(_sel(sel, peta[u]))
            except JawabanTidakValid as exc:
                masalah.append(MasalahImpor(nomor, u, str(exc)))
                salah = True
        tanggal = None
        if "tanggal" in peta:
            try:
                tanggal = baca_tanggal(_sel(sel, peta["tanggal"]))
            except TanggalTidakValid as exc:
                masalah.append(MasalahImpor(nomor, "tanggal", str(exc)))
                salah = True
        profil: dict[str, str] = {}
        for aspek in PROFIL:
            if aspek not in peta:
                continue
            try:
                kode = normalkan_profil(aspek, _sel(sel, peta[aspek]))
            except ValueError as exc:
                masalah.append(MasalahImpor(nomor, aspek, str(exc)))
                salah = True
                continue
            if kode:
                profil[aspek] = kode
        if salah:
            continue
        hasil.append(
            Respon(
                jawaban=jawaban,
                tanggal=tanggal,
                jenis_layanan=_teks(_sel(sel, peta.get("jenis_layanan"))) or jenis_layanan,
                instansi=_teks(_sel(sel, peta.get("instansi"))) or instansi,
                profil=profil,
                saran=_teks(_sel(sel, peta.get("saran")))[:2000],
            )
        )
    if masalah:
        raise ImporTidakValid(masalah, nama)
    return HasilImpor(hasil, peringatan)


# --- registers -------------------------------------------------------------------------------------------------

SINONIM_ADUAN: dict[str, tuple[str, ...]] = {
    "id": ("nomor", "no_register", "nomor_register", "no_aduan", "nomor_aduan"),
    "tanggal_diterima": ("tanggal", "tgl_diterima", "tanggal_masuk", "diterima"),
    "kanal": ("saluran", "media", "sarana_pengaduan"),
    "kategori": ("jenis", "jenis_aduan"),
    "ringkasan": ("uraian", "isi", "isi_aduan", "perihal"),
    "lokasi": ("tempat",),
    "penanganan": ("tindak_lanjut", "tindakan"),
    "unit": ("seksi", "penanggung_jawab"),
    "status": (),
    "tanggal_selesai": ("tgl_selesai", "selesai", "tanggal_penyelesaian"),
    "bukti": ("dokumen", "lampiran"),
    "keterangan": ("catatan",),
}
SINONIM_KEGIATAN: dict[str, tuple[str, ...]] = {
    "id": ("nomor", "no", "kode"),
    "uraian": ("kegiatan", "nama_kegiatan"),
    "indikator": ("kode_indikator", "id_indikator"),
    "tahun": (),
    "kategori": ("jenis",),
    "direncanakan": ("sesuai_rencana", "rencana"),
    "triwulan_rencana": ("triwulan", "tw", "tw_rencana"),
    "status": (),
    "tanggal_pelaksanaan": ("tanggal", "tgl_pelaksanaan", "dilaksanakan"),
    "volume": ("jumlah", "sasaran"),
    "lokasi": ("tempat",),
    "pelaksana": ("penanggung_jawab", "seksi"),
    "bukti": ("dokumen", "lampiran"),
    "keterangan": ("catatan",),
}
_YA = {"ya", "y", "true", "1", "benar", "direncanakan", "sesuai rencana"}
_TIDAK = {"tidak", "t", "n", "false", "0", "salah", "di luar rencana", "tidak direncanakan"}


def _pilihan(x: Any, enum: type, bawaan: Any) -> Any:
    s = _teks(x).lower().replace(" ", "_")
    if not s:
        return bawaan
    try:
        return enum(s)
    except ValueError:
        pilihan = ", ".join(e.value for e in enum)
        raise ValueError(f"'{_teks(x)}' tidak dikenal; pilihan: {pilihan}") from None


def _baca_register(
    sumber: Sumber,
    nama: str | None,
    sinonim: dict[str, tuple[str, ...]],
    wajib: tuple[str, ...],
    buat: Callable[[int, list[Any], dict[str, int], list[MasalahImpor]], Any],
    periksa: Callable[[Any], list[tuple[str, str]]],
) -> HasilImpor:
    nama, peta, baris, peringatan = _baca_lembar_berjudul(sumber, nama, sinonim, wajib)
    masalah: list[MasalahImpor] = []
    hasil = []
    nomor_dipakai: dict[str, int] = {}
    for nomor, sel in baris:
        sebelum = len(masalah)
        r = buat(nomor, sel, peta, masalah)
        if r is None or len(masalah) > sebelum:
            continue
        for kolom, pesan in periksa(r):
            masalah.append(MasalahImpor(nomor, kolom, pesan))
        if r.id in nomor_dipakai:
            masalah.append(MasalahImpor(nomor, "id", f"nomor '{r.id}' sudah dipakai di baris {nomor_dipakai[r.id]}"))
        nomor_dipakai.setdefault(r.id, nomor)
        hasil.append(r)
    if masalah:
        raise ImporTidakValid(masalah, nama)
    return HasilImpor(hasil, peringatan)


def _tanggal_sel(sel: list[Any], peta: dict[str, int], kolom: str, nomor: int, masalah: list[MasalahImpor]):
    try:
        return baca_tanggal(_sel(sel, peta.get(kolom)))
    except TanggalTidakValid as exc:
        masalah.append(MasalahImpor(nomor, kolom, str(exc)))
        return None


def _daftar(x: Any) -> list[str]:
    return [s.strip() for s in re.split(r"[;\n]", _teks(x)) if s.strip()]


def impor_aduan(sumber: Sumber, *, nama: str | None = None) -> HasilImpor:
    """Complaint register rows: id, tanggal_diterima (required), kanal, kategori, ringkasan, lokasi,
    penanganan, unit, status, tanggal_selesai, bukti (separated by ';'), keterangan."""

    def buat(nomor: int, sel: list[Any], peta: dict[str, int], masalah: list[MasalahImpor]) -> Aduan | None:
        id_ = _teks(_sel(sel, peta["id"]))
        if not id_:
            masalah.append(MasalahImpor(nomor, "id", "nomor aduan kosong"))
        diterima = _tanggal_sel(sel, peta, "tanggal_diterima", nomor, masalah)
        if diterima is None and not any(m.baris == nomor and m.kolom == "tanggal_diterima" for m in masalah):
            masalah.append(MasalahImpor(nomor, "tanggal_diterima", "tanggal diterima kosong"))
        selesai = _tanggal_sel(sel, peta, "tanggal_selesai", nomor, masalah)
        try:
            status = _pilihan(_sel(sel, peta.get("status")), StatusAduan, StatusAduan.DITERIMA)
        except ValueError as exc:
            masalah.append(MasalahImpor(nomor, "status", str(exc)))
            return None
        if diterima is None or not id_:
            return None
        return Aduan(
            id=id_,
            tanggal_diterima=diterima,
            kanal=_teks(_sel(sel, peta.get("kanal"))),
            kategori=_teks(_sel(sel, peta.get("kategori"))),
            ringkasan=_teks(_sel(sel, peta.get("ringkasan"))),
            lokasi=_teks(_sel(sel, peta.get("lokasi"))),
            penanganan=_teks(_sel(sel, peta.get("penanganan"))),
            unit=_teks(_sel(sel, peta.get("unit"))),
            status=status,
            tanggal_selesai=selesai,
            bukti=_daftar(_sel(sel, peta.get("bukti"))),
            keterangan=_teks(_sel(sel, peta.get("keterangan"))),
        )

    return _baca_register(sumber, nama, SINONIM_ADUAN, ("id", "tanggal_diterima"), buat, periksa_aduan)


def impor_kegiatan(sumber: Sumber, *, nama: str | None = None, tahun: int) -> HasilImpor:
    """Activity register rows: id, uraian (required), indikator, tahun (default `tahun`), kategori,
    direncanakan (ya/tidak), triwulan_rencana, status, tanggal_pelaksanaan, volume, lokasi, pelaksana,
    bukti, keterangan."""

    def buat(nomor: int, sel: list[Any], peta: dict[str, int], masalah: list[MasalahImpor]) -> KegiatanRegister | None:
        id_ = _teks(_sel(sel, peta["id"]))
        uraian = _teks(_sel(sel, peta["uraian"]))
        if not id_:
            masalah.append(MasalahImpor(nomor, "id", "nomor kegiatan kosong"))
        if not uraian:
            masalah.append(MasalahImpor(nomor, "uraian", "uraian kegiatan kosong"))
        th = tahun
        if _teks(_sel(sel, peta.get("tahun"))):
            t = _teks(_sel(sel, peta.get("tahun")))
            if not t.isdigit() or not 1990 <= int(t) <= 2100:
                masalah.append(MasalahImpor(nomor, "tahun", f"'{t}' bukan tahun"))
            else:
                th = int(t)
        tw = None
        teks_tw = _teks(_sel(sel, peta.get("triwulan_rencana"))).upper().removeprefix("TW").strip()
        romawi = {"I": 1, "II": 2, "III": 3, "IV": 4}
        if teks_tw:
            tw = romawi.get(teks_tw) or (int(teks_tw) if teks_tw.isdigit() else None)
            if tw not in (1, 2, 3, 4):
                masalah.append(MasalahImpor(nomor, "triwulan_rencana", f"'{teks_tw}' bukan triwulan 1–4"))
        rencana = _teks(_sel(sel, peta.get("direncanakan"))).lower()
        direncanakan = True
        if rencana in _TIDAK:
            direncanakan = False
        elif rencana and rencana not in _YA:
            masalah.append(MasalahImpor(nomor, "direncanakan", f"'{rencana}' bukan ya/tidak"))
        pelaksanaan = _tanggal_sel(sel, peta, "tanggal_pelaksanaan", nomor, masalah)
        try:
            status = _pilihan(_sel(sel, peta.get("status")), StatusKegiatan, StatusKegiatan.DIRENCANAKAN)
        except ValueError as exc:
            masalah.append(MasalahImpor(nomor, "status", str(exc)))
            return None
        if not id_ or not uraian:
            return None
        return KegiatanRegister(
            id=id_,
            uraian=uraian,
            tahun=th,
            indikator=_teks(_sel(sel, peta.get("indikator"))),
            kategori=_teks(_sel(sel, peta.get("kategori"))),
            direncanakan=direncanakan,
            triwulan_rencana=tw,
            status=status,
            tanggal_pelaksanaan=pelaksanaan,
            volume=_teks(_sel(sel, peta.get("volume"))),
            lokasi=_teks(_sel(sel, peta.get("lokasi"))),
            pelaksana=_teks(_sel(sel, peta.get("pelaksana"))),
            bukti=_daftar(_sel(sel, peta.get("bukti"))),
            keterangan=_teks(_sel(sel, peta.get("keterangan"))),
        )

    return _baca_register(sumber, nama, SINONIM_KEGIATAN, ("id", "uraian"), buat, periksa_kegiatan)


__all__ = [
    "HasilImpor",
    "ImporTidakValid",
    "MasalahImpor",
    "baca_lembar",
    "baca_tanggal",
    "impor_aduan",
    "impor_kegiatan",
    "impor_respon",
]
