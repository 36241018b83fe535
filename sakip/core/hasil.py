"""The results of measuring one agency-year: everything a page, a report or the reviu shows.

These are computed by `sakip.core.hitung.hitung` and never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .anggaran import HasilRefocusing, Jumlah, Komposisi, NodeAnggaran
from .angka import format_angka, format_persen
from .capaian import Capaian
from .efisiensi import HasilEfisiensi
from .model import Berkas, Indikator, IndikatorKinerja, Pembanding, Sasaran, SubKegiatan
from .nilai import Nilai
from .pengaturan import Pengaturan
from .predikat import Tingkat
from .profil import RingkasanPegawai, RingkasanPenduduk


def jelaskan_rata_rata(daftar: list[Capaian], hasil: Decimal | None) -> str:
    """ "(100,00 + 92,37 + 100,00 + 95,00) ÷ 4 = 96,84%", naming what was capped and what was left out."""
    masuk = [c for c in daftar if c.dihitung and c.nilai_olah is not None]
    if not masuk:
        return "Rata-rata tidak dapat dihitung: belum ada capaian yang dapat dihitung."
    isi = " + ".join(format_angka(c.nilai_olah) for c in masuk)  # type: ignore[arg-type]
    teks = f"Rata-rata = ({isi}) ÷ {len(masuk)} = {format_persen(hasil)}"
    dibatasi = [c for c in masuk if c.nilai != c.nilai_olah]
    if dibatasi:
        teks += f"; {len(dibatasi)} capaian dibatasi sesuai kerangka pengukuran"
    keluar = len(daftar) - len(masuk)
    if keluar:
        teks += f"; {keluar} indikator tidak diikutkan (belum diisi atau tidak dapat dihitung)"
    return teks + "."


LEBIH_TINGGI = "lebih tinggi"
LEBIH_RENDAH = "lebih rendah"
SAMA = "sama"


@dataclass(frozen=True, slots=True)
class Perbandingan:
    """This year's value against another (previous year, end target, national)."""

    arah: str | None  # LEBIH_TINGGI | LEBIH_RENDAH | SAMA | None (not comparable)
    membaik: bool | None  # direction-aware: for a negative indicator "lower" is better
    selisih: Decimal | None  # this year minus the other


@dataclass(slots=True)
class TahunIndikator:
    tahun: int
    target: Nilai | None
    realisasi: Nilai | None
    capaian: Capaian


@dataclass(slots=True)
class HasilPembanding:
    pembanding: Pembanding
    perbandingan: Perbandingan


@dataclass(slots=True)
class HasilIndikator:
    indikator: Indikator
    sasaran_id: str | None  # None for tujuan indicators
    target: Nilai | None  # the year's target (from the valid PK)
    realisasi: Nilai | None  # the year's value (aggregated from the quarters)
    capaian: Capaian
    predikat: Tingkat | None
    tercapai: bool | None
    target_triwulan: dict[int, Nilai | None] = field(default_factory=dict)  # s.d. triwulan n
    realisasi_triwulan: dict[int, Nilai | None] = field(default_factory=dict)  # s.d. triwulan n
    capaian_triwulan: dict[int, Capaian] = field(default_factory=dict)
    riwayat: list[TahunIndikator] = field(default_factory=list)  # every Renstra year up to this one
    banding_tahun_lalu: Perbandingan | None = None  # realisasi vs the previous year's
    banding_capaian_tahun_lalu: Perbandingan | None = None
    target_akhir_renstra: Nilai | None = None
    capaian_akhir_renstra: Capaian | None = None  # realisasi vs the end-of-period target (Tabel 3.3)
    pembanding: list[HasilPembanding] = field(default_factory=list)  # Tabel 3.4
    perlu_analisis: bool = False  # under target: the operator must explain


@dataclass(slots=True)
class HasilIndikatorKinerja:
    """A program, kegiatan or output indicator measured for the year."""

    kode: str  # the program / kegiatan / sub kegiatan it belongs to
    nama_induk: str
    indikator: IndikatorKinerja
    urutan: int
    target: Nilai | None
    realisasi: Nilai | None
    capaian: Capaian
    tercapai: bool | None
    target_rkt: Nilai | None = None  # for outputs: the RKT's target, when the realisation table differs
    dihitung_dari: str = ""  # how the engine computed the realisation, if it did


@dataclass(slots=True)
class HasilSasaran:
    sasaran: Sasaran
    indikator: list[HasilIndikator]
    rata_rata: Decimal | None  # mean of the processed (capped/floored) values
    rata_rata_mentah: Decimal | None  # mean of the raw values
    predikat: Tingkat | None
    program: list[str]  # supporting program codes
    anggaran: NodeAnggaran  # the supporting programs' budget
    efisiensi: HasilEfisiensi

    @property
    def serapan(self) -> Decimal | None:
        return self.anggaran.serapan

    def jelaskan_rata_rata(self) -> str:
        return jelaskan_rata_rata([h.capaian for h in self.indikator], self.rata_rata)


@dataclass(slots=True)
class HasilAnggaranLalu:
    tahun: int
    pagu: Decimal
    realisasi: Decimal
    serapan: Decimal | None
    selisih_poin: Decimal | None  # this year's absorption minus that year's, in percentage points


@dataclass(slots=True)
class HasilPengukuran:
    berkas: Berkas
    pengaturan: Pengaturan
    tahun: int
    indikator_tujuan: list[HasilIndikator]
    sasaran: list[HasilSasaran]
    rata_rata: Decimal | None
    rata_rata_mentah: Decimal | None
    predikat: Tingkat | None
    sebaran_predikat: dict[str, int]  # predikat kode → how many sasaran indicators
    anggaran: NodeAnggaran
    jumlah: Jumlah
    komposisi: Komposisi
    refocusing: HasilRefocusing | None
    anggaran_lalu: list[HasilAnggaranLalu]
    indikator_program: list[HasilIndikatorKinerja]
    indikator_kegiatan: list[HasilIndikatorKinerja]
    output: dict[str, list[HasilIndikatorKinerja]]  # sub kegiatan kode → its outputs
    # "Persentase indikator program yang tercapai" as the IKU formula defines it: tercapai ÷ all × 100.
    persen_indikator_program_tercapai: Decimal | None
    triwulan_terakhir: int | None  # the latest quarter with any realisation
    pegawai: RingkasanPegawai | None = None  # staff table totals (Tabel 1.1–1.3)
    penduduk: RingkasanPenduduk | None = None  # population total and the occupation table's sum

    def jelaskan_rata_rata(self) -> str:
        if self.pengaturan.rata_rata.value == "sasaran":
            nilai = [s.rata_rata for s in self.sasaran if s.rata_rata is not None]
            isi = " + ".join(format_angka(n) for n in nilai)
            return f"Rata-rata = ({isi}) ÷ {len(nilai)} sasaran = {format_persen(self.rata_rata)}."
        return jelaskan_rata_rata([h.capaian for h in self.semua_indikator_sasaran()], self.rata_rata)

    def semua_indikator_sasaran(self) -> list[HasilIndikator]:
        return [h for s in self.sasaran for h in s.indikator]

    def hasil_indikator(self, id_: str) -> HasilIndikator | None:
        for h in self.indikator_tujuan + self.semua_indikator_sasaran():
            if h.indikator.id == id_:
                return h
        return None

    def program(self, kode: str) -> NodeAnggaran | None:
        for n in self.anggaran.anak:
            if n.kode == kode:
                return n
        return None

    def sub_kegiatan(self, kode: str) -> SubKegiatan | None:
        for s in self.berkas.rkt.semua_sub_kegiatan():
            if s.kode == kode:
                return s
        return None
