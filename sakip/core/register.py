"""Registers an agency keeps, and the ratios its indicators are computed from.

- the complaint register (register aduan): every report or complaint received, its channel, category,
  handling and when it was resolved;
- the activity register (register kegiatan): the activities planned for an indicator, when each was
  carried out and its evidence.

A ratio indicator ("aduan diselesaikan ÷ aduan masuk × 100 %", "kegiatan difasilitasi ÷ kegiatan
direncanakan × 100 %") is a count of records over a count of records, both filtered (`Saring`) and placed
in a period. Records know their status *as of a date*, so the value s.d. triwulan II does not count a
complaint resolved in August.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .angka import format_persen, persen
from .sumber_periode import Periode, akhir_bulan


class StatusAduan(StrEnum):
    DITERIMA = "diterima"  # registered, nobody has acted yet
    DIPROSES = "diproses"  # being handled
    SELESAI = "selesai"  # resolved (per the SOP)
    DITERUSKAN = "diteruskan"  # handed to the competent agency, closed here
    TIDAK_VALID = "tidak_valid"  # not a complaint / not within the agency's remit, closed


STATUS_ADUAN_AKHIR = frozenset({StatusAduan.SELESAI, StatusAduan.DITERUSKAN, StatusAduan.TIDAK_VALID})
LABEL_STATUS_ADUAN = {
    StatusAduan.DITERIMA: "Diterima",
    StatusAduan.DIPROSES: "Diproses",
    StatusAduan.SELESAI: "Selesai",
    StatusAduan.DITERUSKAN: "Diteruskan ke instansi berwenang",
    StatusAduan.TIDAK_VALID: "Tidak valid / bukan kewenangan",
}

# Channels offered in entry forms; a register may record others.
KANAL_ADUAN = (
    "Datang langsung",
    "Telepon",
    "WhatsApp",
    "Surat",
    "SP4N-LAPOR!",
    "Media sosial",
    "Kotak pengaduan",
    "Laporan petugas/patroli",
)


class StatusKegiatan(StrEnum):
    DIRENCANAKAN = "direncanakan"
    TERLAKSANA = "terlaksana"
    DIBATALKAN = "dibatalkan"


LABEL_STATUS_KEGIATAN = {
    StatusKegiatan.DIRENCANAKAN: "Direncanakan",
    StatusKegiatan.TERLAKSANA: "Terlaksana",
    StatusKegiatan.DIBATALKAN: "Dibatalkan",
}


@dataclass(slots=True)
class Aduan:
    """One entry of the complaint register."""

    id: str  # register number, unique within the agency
    tanggal_diterima: date
    kanal: str = ""
    kategori: str = ""
    ringkasan: str = ""
    lokasi: str = ""
    penanganan: str = ""  # what was done
    unit: str = ""  # the section that handled it ("Seksi Trantib")
    status: StatusAduan = StatusAduan.DITERIMA
    tanggal_selesai: date | None = None  # when it reached its closing status
    bukti: list[str] = field(default_factory=list)
    keterangan: str = ""

    def status_pada(self, t: date) -> StatusAduan | None:
        """The status as it stood at the end of day `t`; None when not yet received."""
        if t < self.tanggal_diterima:
            return None
        if self.status in STATUS_ADUAN_AKHIR:
            if self.tanggal_selesai is not None and self.tanggal_selesai <= t:
                return self.status
            return StatusAduan.DIPROSES
        return self.status

    def tanggal_acuan(self) -> date:
        return self.tanggal_diterima


@dataclass(slots=True)
class KegiatanRegister:
    """One entry of the activity register: an activity planned (or done unplanned) for an indicator."""

    id: str
    uraian: str
    tahun: int
    indikator: str = ""  # Indikator.id it counts for
    kategori: str = ""
    direncanakan: bool = True  # False: carried out beyond the plan (shown, and countable by filter)
    triwulan_rencana: int | None = None  # None: planned for the year without a quarter
    status: StatusKegiatan = StatusKegiatan.DIRENCANAKAN
    tanggal_pelaksanaan: date | None = None
    volume: str = ""  # "20 paket sembako per desa", "150 balita"
    lokasi: str = ""
    pelaksana: str = ""
    bukti: list[str] = field(default_factory=list)  # documents, photos, reports
    keterangan: str = ""

    def status_pada(self, t: date) -> StatusKegiatan | None:
        if self.status is StatusKegiatan.TERLAKSANA:
            if self.tanggal_pelaksanaan is not None and self.tanggal_pelaksanaan <= t:
                return StatusKegiatan.TERLAKSANA
            return StatusKegiatan.DIRENCANAKAN
        return self.status

    def tanggal_acuan(self) -> date:
        """The date that places the activity in a period: the end of its planned quarter (or year); an
        unplanned activity by the day it was carried out."""
        if not self.direncanakan and self.tanggal_pelaksanaan is not None:
            return self.tanggal_pelaksanaan
        tw = self.triwulan_rencana or 4
        return akhir_bulan(self.tahun, 3 * tw)


@dataclass(slots=True)
class Register:
    aduan: list[Aduan] = field(default_factory=list)
    kegiatan: list[KegiatanRegister] = field(default_factory=list)


def periksa_aduan(a: Aduan) -> list[tuple[str, str]]:
    """Problems of one complaint as (field, Indonesian message)."""
    m: list[tuple[str, str]] = []
    if a.status in STATUS_ADUAN_AKHIR and a.tanggal_selesai is None:
        m.append(("tanggal_selesai", f"aduan berstatus '{a.status.value}' wajib mencatat tanggal selesai"))
    if a.status not in STATUS_ADUAN_AKHIR and a.tanggal_selesai is not None:
        m.append(("status", f"aduan bertanggal selesai tetapi berstatus '{a.status.value}'"))
    if a.tanggal_selesai is not None and a.tanggal_selesai < a.tanggal_diterima:
        m.append(("tanggal_selesai", "tanggal selesai mendahului tanggal diterima"))
    if a.status is StatusAduan.SELESAI and not a.penanganan.strip():
        m.append(("penanganan", "aduan selesai wajib mencatat penanganannya"))
    return m


def periksa_kegiatan(k: KegiatanRegister) -> list[tuple[str, str]]:
    m: list[tuple[str, str]] = []
    if k.status is StatusKegiatan.TERLAKSANA and k.tanggal_pelaksanaan is None:
        m.append(("tanggal_pelaksanaan", "kegiatan terlaksana wajib mencatat tanggal pelaksanaan"))
    if k.status is not StatusKegiatan.TERLAKSANA and k.tanggal_pelaksanaan is not None:
        m.append(("status", f"kegiatan bertanggal pelaksanaan tetapi berstatus '{k.status.value}'"))
    if k.triwulan_rencana is not None and k.triwulan_rencana not in (1, 2, 3, 4):
        m.append(("triwulan_rencana", "triwulan rencana harus 1–4"))
    if not k.direncanakan and k.status is not StatusKegiatan.TERLAKSANA:
        m.append(("direncanakan", "kegiatan di luar rencana hanya dicatat setelah terlaksana"))
    return m


# --- filters and ratios -------------------------------------------------------------------------------------


def _sama(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


@dataclass(frozen=True, slots=True)
class Saring:
    """Which records count. Every non-empty criterion must match (text compared case-insensitively);
    `status` is read as of the end of the period."""

    kategori: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    kanal: tuple[str, ...] = ()
    indikator: tuple[str, ...] = ()
    direncanakan: bool | None = None

    def kosong(self) -> bool:
        return not (self.kategori or self.status or self.kanal or self.indikator) and self.direncanakan is None

    def cocok(self, r: Aduan | KegiatanRegister, pada: date) -> bool:
        if self.kategori and not any(_sama(r.kategori, k) for k in self.kategori):
            return False
        if self.status:
            st = r.status_pada(pada)
            if st is None or st.value not in self.status:
                return False
        if isinstance(r, Aduan):
            if self.kanal and not any(_sama(r.kanal, k) for k in self.kanal):
                return False
        else:
            if self.indikator and r.indikator not in self.indikator:
                return False
            if self.direncanakan is not None and r.direncanakan is not self.direncanakan:
                return False
        return True

    def uraian(self) -> str:
        bagian = []
        if self.kategori:
            bagian.append("kategori " + " / ".join(self.kategori))
        if self.status:
            bagian.append("status " + " / ".join(self.status))
        if self.kanal:
            bagian.append("kanal " + " / ".join(self.kanal))
        if self.indikator:
            bagian.append("indikator " + " / ".join(self.indikator))
        if self.direncanakan is not None:
            bagian.append("sesuai rencana" if self.direncanakan else "di luar rencana")
        return "; ".join(bagian) or "semua"


@dataclass(frozen=True, slots=True)
class HasilRasio:
    """Numerator ÷ denominator × 100, with the records behind each count (an inspector checks them)."""

    pembilang: int
    penyebut: int
    nilai: Decimal | None  # None when nothing was counted in the denominator
    periode: Periode
    id_penyebut: tuple[str, ...]
    id_pembilang: tuple[str, ...]
    benda: str  # "aduan", "kegiatan"
    kata_kerja: str  # "terselesaikan", "terlaksana"
    pengganti_kosong: bool = False  # `nilai` is the source's stated value for an empty denominator

    def teks(self) -> str:
        if self.penyebut == 0:
            if self.pengganti_kosong and self.nilai is not None:
                return f"tidak ada {self.benda} pada periode ini; dinilai {format_persen(self.nilai)}"
            return f"tidak ada {self.benda} pada periode ini (0 ÷ 0): tidak dapat dihitung"
        return f"{self.pembilang} dari {self.penyebut} {self.benda} {self.kata_kerja} = {format_persen(self.nilai)}"


def rasio(
    catatan: Iterable[Aduan | KegiatanRegister],
    *,
    periode: Periode,
    penyebut: Saring = Saring(),
    pembilang: Saring = Saring(),
    benda: str = "catatan",
    kata_kerja: str = "memenuhi syarat",
    jika_kosong: Decimal | None = None,
) -> HasilRasio:
    """Records placed in `periode` and matching `penyebut`, and how many of them also match `pembilang`
    as of the end of the period."""
    akhir = periode.akhir
    masuk: list[str] = []
    lolos: list[str] = []
    for r in catatan:
        if not periode.memuat(r.tanggal_acuan()):
            continue
        if not penyebut.cocok(r, akhir):
            continue
        masuk.append(r.id)
        if pembilang.cocok(r, akhir):
            lolos.append(r.id)
    nilai = persen(Decimal(len(lolos)), Decimal(len(masuk)))
    kosong = not masuk and jika_kosong is not None
    return HasilRasio(
        pembilang=len(lolos),
        penyebut=len(masuk),
        nilai=jika_kosong if kosong else nilai,
        periode=periode,
        id_penyebut=tuple(masuk),
        id_pembilang=tuple(lolos),
        benda=benda,
        kata_kerja=kata_kerja,
        pengganti_kosong=kosong,
    )


def rasio_aduan(
    aduan: Sequence[Aduan],
    *,
    periode: Periode,
    penyebut: Saring = Saring(),
    pembilang: Saring | None = None,
    jika_kosong: Decimal | None = None,
) -> HasilRasio:
    """Complaints received in the period (matching `penyebut`) and how many were resolved by its end
    (default numerator: status selesai)."""
    return rasio(
        aduan,
        periode=periode,
        penyebut=penyebut,
        pembilang=pembilang or Saring(status=(StatusAduan.SELESAI.value,)),
        benda="aduan",
        kata_kerja="terselesaikan",
        jika_kosong=jika_kosong,
    )


def rasio_kegiatan(
    kegiatan: Sequence[KegiatanRegister],
    *,
    periode: Periode,
    penyebut: Saring = Saring(direncanakan=True),
    pembilang: Saring | None = None,
    jika_kosong: Decimal | None = None,
) -> HasilRasio:
    """Activities planned in the period (matching `penyebut`) and how many were carried out by its end."""
    return rasio(
        kegiatan,
        periode=periode,
        penyebut=penyebut,
        pembilang=pembilang or Saring(status=(StatusKegiatan.TERLAKSANA.value,)),
        benda="kegiatan",
        kata_kerja="terlaksana",
        jika_kosong=jika_kosong,
    )


def rekap_aduan(aduan: Iterable[Aduan], *, periode: Periode) -> dict[str, dict[str, int]]:
    """Counts of complaints received in the period per category and per status at its end (the register's
    summary table)."""
    hasil: dict[str, dict[str, int]] = {}
    for a in aduan:
        if not periode.memuat(a.tanggal_diterima):
            continue
        st = a.status_pada(periode.akhir)
        baris = hasil.setdefault(a.kategori or "(tanpa kategori)", {})
        kunci = st.value if st else "-"
        baris[kunci] = baris.get(kunci, 0) + 1
    return dict(sorted(hasil.items()))


__all__ = [
    "KANAL_ADUAN",
    "Aduan",
    "HasilRasio",
    "KegiatanRegister",
    "Register",
    "Saring",
    "StatusAduan",
    "StatusKegiatan",
    "periksa_aduan",
    "periksa_kegiatan",
    "rasio",
    "rasio_aduan",
    "rasio_kegiatan",
    "rekap_aduan",
]
