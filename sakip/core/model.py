"""A berkas: the primary data of one agency-year, as plain dataclasses.

Only primary data live here — what people plan, agree, record and write. Everything derived
(capaian, averages, totals, absorption, predikat, efficiency, counts) is computed by `sakip.core.hitung`
and never stored. The same classes are filled from a berkas file (`sakip.berkas`) and from the
database (`sakip.web`), so the engine never knows where its data came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .agregasi import CaraAgregasi
from .capaian import Polaritas
from .ikm import Survei
from .nilai import Nilai
from .pengaturan import PENGATURAN_BAWAAN, Pengaturan
from .register import Register, Saring

# --- formula-driven indicators: where a realisation is computed from (computed by `sakip.core.sumber`) ----------


class JenisSumber(StrEnum):
    IKM = "ikm"
    RASIO_ADUAN = "rasio_aduan"
    RASIO_KEGIATAN = "rasio_kegiatan"
    INDIKATOR_PROGRAM = "indikator_program"

    @property
    def rasio(self) -> bool:
        return self in (JenisSumber.RASIO_ADUAN, JenisSumber.RASIO_KEGIATAN)


LABEL_JENIS_SUMBER = {
    JenisSumber.IKM: "Indeks Kepuasan Masyarakat dari survei",
    JenisSumber.RASIO_ADUAN: "Rasio register aduan",
    JenisSumber.RASIO_KEGIATAN: "Rasio register kegiatan",
    JenisSumber.INDIKATOR_PROGRAM: "Indikator program yang tercapai",
}


@dataclass(frozen=True, slots=True)
class SumberRealisasi:
    jenis: JenisSumber
    survei: str = ""  # ikm: Survei.id; "" = every survey of the berkas
    jenis_layanan: tuple[str, ...] = ()  # ikm: only these service types (empty: all)
    penyebut: Saring = field(default_factory=Saring)  # rasio: which records are counted at all
    pembilang: Saring | None = None  # rasio: which of those count as done (None: selesai / terlaksana)
    jika_kosong: Decimal | None = None  # rasio: the value when nothing was counted (None: not computable)
    keterangan: str = ""

    def uraian(self) -> str:
        if self.jenis is JenisSumber.IKM:
            teks = f"IKM survei {self.survei}" if self.survei else "IKM seluruh survei"
            if self.jenis_layanan:
                teks += " (layanan " + ", ".join(self.jenis_layanan) + ")"
            return teks + ", PermenPANRB 14/2017"
        if self.jenis is JenisSumber.INDIKATOR_PROGRAM:
            return "jumlah indikator program yang tercapai ÷ jumlah indikator program × 100%"
        benda = "aduan" if self.jenis is JenisSumber.RASIO_ADUAN else "kegiatan"
        bawaan = "selesai" if self.jenis is JenisSumber.RASIO_ADUAN else "terlaksana"
        pembilang = self.pembilang.uraian() if self.pembilang else f"status {bawaan}"
        return f"{benda} ({pembilang}) ÷ {benda} ({self.penyebut.uraian()}) × 100%"


@dataclass(frozen=True, slots=True)
class NilaiTerkunci:
    """A computed value frozen when its quarter was locked (the web app locks periods): records entered
    later no longer change what was reported for that quarter."""

    nilai: Decimal | None
    teks: str  # the sentence as it read when locked
    dikunci_pada: date | None = None


# --- people and the agency -----------------------------------------------------------------------------


@dataclass(slots=True)
class Pejabat:
    nama: str
    jabatan: str = ""
    pangkat: str = ""
    golongan: str = ""
    nip: str = ""


@dataclass(slots=True)
class Jabatan:
    """A position in the agency's structure that owns indicators (cascading down to people).

    `atasan` is the Jabatan.id of the position above ("" for the agency head, whose superior is the Bupati);
    `eselon` is "II", "III", "IV" (or "" for non-structural). The official holding it signs the PK of its level.
    """

    id: str
    nama: str  # "Sekretaris Kecamatan", "Kepala Seksi Pemerintahan"
    eselon: str = ""
    atasan: str = ""
    pejabat: Pejabat | None = None


@dataclass(slots=True)
class BarisJabatan:
    """Tabel 1.1: staff by position."""

    jabatan: str
    jumlah: int | None  # None: printed blank
    kelompok: str = ""  # "struktural" | "pelaksana" | "fungsional" | ""
    keterangan: str = ""


@dataclass(slots=True)
class BarisGolongan:
    """Tabel 1.2: civil servants by rank."""

    pangkat: str
    golongan: str
    jumlah: int


@dataclass(slots=True)
class BarisPendidikan:
    """Tabel 1.3: staff by education, with their status (ASN, ASN/BKO, Non ASN)."""

    pendidikan: str
    jumlah: int
    status: str = ""


@dataclass(slots=True)
class Kepegawaian:
    # Headcount by status as stated ("11 ASN dan 15 Non ASN dan 2 PNS BKO"): status → count.
    ringkasan: dict[str, int] = field(default_factory=dict)
    per_jabatan: list[BarisJabatan] = field(default_factory=list)
    per_golongan: list[BarisGolongan] = field(default_factory=list)
    per_pendidikan: list[BarisPendidikan] = field(default_factory=list)
    periode: str = ""


@dataclass(slots=True)
class BarisJumlah:
    uraian: str
    jumlah: int


@dataclass(slots=True)
class Wilayah:
    luas_km2: Decimal | None = None
    batas: dict[str, str] = field(default_factory=dict)  # "utara" → "Kecamatan Umbulsari"
    desa: list[str] = field(default_factory=list)
    kelurahan: list[str] = field(default_factory=list)
    penduduk_laki_laki: int | None = None
    penduduk_perempuan: int | None = None
    penduduk_per_pekerjaan: list[BarisJumlah] = field(default_factory=list)
    uraian: str = ""


@dataclass(slots=True)
class Instansi:
    nama: str
    jenis: str = ""  # "kecamatan", "dinas", "badan", ...
    kode: str = ""
    pemda: str = ""  # "Kabupaten Jember"
    provinsi: str = ""
    ibu_kota: str = ""  # the place written above signatures ("Jember")
    alamat: str = ""
    telepon: str = ""
    kode_pos: str = ""
    email: str = ""
    laman: str = ""
    kepala: Pejabat | None = None
    atasan: Pejabat | None = None
    dasar_hukum: str = ""
    kedudukan: list[str] = field(default_factory=list)
    tugas: list[str] = field(default_factory=list)
    fungsi: list[str] = field(default_factory=list)
    susunan_organisasi: list[str] = field(default_factory=list)
    kepegawaian: Kepegawaian = field(default_factory=Kepegawaian)
    wilayah: Wilayah | None = None
    jabatan: list[Jabatan] = field(default_factory=list)  # the owners of indicators (cascading)

    def cari_jabatan(self, id_: str) -> Jabatan | None:
        for j in self.jabatan:
            if j.id == id_:
                return j
        return None


# --- plan: Renstra ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Pembanding:
    """A reference value from outside the agency: national, provincial or district realisation."""

    tingkat: str  # "nasional" | "provinsi" | "kabupaten" | "kota" | "standar"
    nama: str  # "Kabupaten Jember"
    tahun: int
    nilai: Nilai
    sumber: str = ""


@dataclass(slots=True)
class Indikator:
    """An indicator of a tujuan or a sasaran (Renstra level): the ones capaian is measured for."""

    id: str
    nama: str
    satuan: str = ""
    polaritas: Polaritas | None = Polaritas.POSITIF  # None: not declared (the reviu flags it)
    target: dict[int, Nilai | None] = field(default_factory=dict)  # Renstra yearly targets
    formula: str = ""
    pembilang: str = ""  # numerator definition for ratio formulas
    penyebut: str = ""  # denominator definition
    penanggung_jawab: list[str] = field(default_factory=list)
    sumber_data: str = ""
    agregasi: CaraAgregasi = CaraAgregasi.POSISI_AKHIR
    realisasi_lalu: dict[int, Nilai | None] = field(default_factory=dict)  # previous years' realisation
    pembanding: list[Pembanding] = field(default_factory=list)
    catatan: str = ""
    # Where the realisation is computed from (a survey's IKM, a register ratio); None: typed in.
    sumber_realisasi: SumberRealisasi | None = None
    pemilik: str = ""  # Jabatan.id of the position that owns the indicator (cascading)


@dataclass(slots=True)
class TautanRpjmd:
    """An agency tujuan/sasaran serving a sasaran of the district's RPJMD (crosscutting: several agencies may
    serve one sasaran, each with its declared contribution).

    `indikator` names the RPJMD indicator this agency's indicator `indikator_opd` feeds in the consolidation
    ("" = an alignment only, no figure); `kontribusi` is a percentage, needed where the RPJMD indicator's rule
    weighs agencies by contribution.
    """

    sasaran: str  # SasaranRpjmd.id
    indikator: str = ""  # IndikatorRpjmd.id
    indikator_opd: str = ""  # Indikator.id in this berkas ("" = the sasaran's only indicator)
    kontribusi: Decimal | None = None


@dataclass(slots=True)
class Tujuan:
    id: str
    uraian: str
    indikator: list[Indikator] = field(default_factory=list)
    rpjmd: list[TautanRpjmd] = field(default_factory=list)


@dataclass(slots=True)
class Sasaran:
    id: str
    uraian: str
    tujuan: str  # Tujuan.id
    indikator: list[Indikator] = field(default_factory=list)
    strategi: list[str] = field(default_factory=list)
    kebijakan: list[str] = field(default_factory=list)
    rpjmd: list[TautanRpjmd] = field(default_factory=list)


@dataclass(slots=True)
class VersiRenstra:
    """An earlier version of the Renstra matrix (e.g. "sebelum perubahan"), kept for the record."""

    label: str
    tujuan: list[Tujuan] = field(default_factory=list)
    sasaran: list[Sasaran] = field(default_factory=list)
    keterangan: str = ""


@dataclass(slots=True)
class Rpjmd:
    misi: list[str] = field(default_factory=list)
    tujuan: list[str] = field(default_factory=list)
    indikator_tujuan: list[str] = field(default_factory=list)
    sasaran: list[str] = field(default_factory=list)
    indikator_sasaran: list[str] = field(default_factory=list)
    sasaran_kabupaten: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Renstra:
    periode_awal: int
    periode_akhir: int
    dokumen: str = ""
    tujuan: list[Tujuan] = field(default_factory=list)
    sasaran: list[Sasaran] = field(default_factory=list)
    versi_sebelumnya: list[VersiRenstra] = field(default_factory=list)
    rpjmd: Rpjmd | None = None

    def semua_indikator(self) -> list[Indikator]:
        return [i for t in self.tujuan for i in t.indikator] + [i for s in self.sasaran for i in s.indikator]

    def indikator(self, id_: str) -> Indikator | None:
        for i in self.semua_indikator():
            if i.id == id_:
                return i
        return None


# --- IKU -------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Keputusan:
    nomor: str = ""
    tanggal: date | None = None
    tempat: str = ""
    penandatangan: Pejabat | None = None
    tentang: str = ""


@dataclass(slots=True)
class Iku:
    """The key indicators set by decree: references to Renstra indicators (formula, PIC and source live
    on the indicator itself, so they are written once)."""

    keputusan: Keputusan = field(default_factory=Keputusan)
    indikator: list[str] = field(default_factory=list)  # Indikator.id, in decree order
    tujuan_iku: str = ""  # the decree's own "Tujuan" and "Indikator Tujuan" lines
    indikator_tujuan_iku: str = ""


# --- plan: RKT cascade and budget ---------------------------------------------------------------------------


@dataclass(slots=True)
class IndikatorKinerja:
    """An indicator of a program, kegiatan or sub kegiatan (output), with its target for the year.

    `hitung_dari` lets the engine compute the realisation instead of someone typing it:
    ``"serapan_anggaran"`` = the node's budget absorption %.
    """

    nama: str
    target: Nilai | None = None
    satuan: str = ""
    polaritas: Polaritas = Polaritas.POSITIF
    hitung_dari: str = ""
    pemilik: str = ""  # Jabatan.id of the position that owns the indicator (cascading)


@dataclass(slots=True)
class SubKegiatan:
    kode: str
    nama: str
    pagu: Decimal  # the final (perubahan) ceiling the year is measured against
    pagu_murni: Decimal | None = None
    belanja_modal: Decimal = Decimal(0)  # the part of `pagu` that is capital expenditure
    indikator: list[IndikatorKinerja] = field(default_factory=list)  # outputs
    outcome: str = ""
    sumber_dana: str = ""
    lokasi: str = ""


@dataclass(slots=True)
class BagianTidakDirinci:
    """An amount printed at a program or kegiatan level whose items the source does not list.

    Recorded so computed totals still equal the printed ones, and marked so nobody mistakes it for data
    that was checked item by item.
    """

    pagu: Decimal
    realisasi: Decimal | None = None
    belanja_modal: Decimal = Decimal(0)
    jumlah_kegiatan: int = 0
    jumlah_sub_kegiatan: int = 0
    keterangan: str = ""


@dataclass(slots=True)
class Kegiatan:
    kode: str
    nama: str
    indikator: list[IndikatorKinerja] = field(default_factory=list)
    sub_kegiatan: list[SubKegiatan] = field(default_factory=list)
    tidak_dirinci: BagianTidakDirinci | None = None


@dataclass(slots=True)
class Program:
    kode: str
    nama: str
    sasaran: list[str] = field(default_factory=list)  # Sasaran.id this program supports
    indikator: list[IndikatorKinerja] = field(default_factory=list)
    kegiatan: list[Kegiatan] = field(default_factory=list)
    tidak_dirinci: BagianTidakDirinci | None = None


@dataclass(slots=True)
class Rkt:
    dokumen: str = ""
    tanggal: date | None = None
    # RKT targets of Renstra indicators for the year, where the RKT states them (Indikator.id → target).
    target: dict[str, Nilai | None] = field(default_factory=dict)
    program: list[Program] = field(default_factory=list)
    penandatangan: Pejabat | None = None
    tempat: str = ""
    # The date the budget (DPA) was approved: the PK murni is due within a month of it (LKE 1.b.2).
    tanggal_dpa: date | None = None

    def semua_kegiatan(self) -> list[Kegiatan]:
        return [k for p in self.program for k in p.kegiatan]

    def semua_sub_kegiatan(self) -> list[SubKegiatan]:
        return [s for p in self.program for k in p.kegiatan for s in k.sub_kegiatan]


# --- agreement ---------------------------------------------------------------------------------------------


class JenisPk:
    MURNI = "murni"
    PERUBAHAN = "perubahan"


@dataclass(slots=True)
class PerjanjianKinerja:
    jenis: str  # JenisPk.MURNI | JenisPk.PERUBAHAN
    tanggal: date | None = None
    tempat: str = ""
    nomor: str = ""
    pihak_pertama: Pejabat | None = None
    pihak_kedua: Pejabat | None = None
    alasan_perubahan: str = ""
    target: dict[str, Nilai | None] = field(default_factory=dict)  # Indikator.id → target
    anggaran_program: dict[str, Decimal] = field(default_factory=dict)  # program kode → amount as agreed
    keterangan_anggaran: str = ""  # "APBD" / "P-APBD"


# --- realisation -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Analisis:
    """The operator's analysis of an indicator's result (required when it falls short)."""

    penyebab: str = ""
    kendala: str = ""
    solusi: str = ""


@dataclass(slots=True)
class RealisasiIndikator:
    triwulan: dict[int, Nilai | None] = field(default_factory=dict)
    tahunan: Nilai | None = None  # when only the annual value is known (or it overrides the quarters)
    target_triwulan: dict[int, Nilai | None] = field(default_factory=dict)  # rencana aksi
    analisis: Analisis = field(default_factory=Analisis)
    sumber: str = ""
    # Why a value is typed although the indicator has `sumber_realisasi` (then the typed value is measured).
    alasan_manual: str = ""
    # Why a value its unit rarely takes is right (-5 %, 150 %, 2,5 Dokumen): sakip.core.satuan.
    alasan_tidak_lazim: str = ""
    # Computed values frozen with their locked quarter (indicators with `sumber_realisasi` only).
    terkunci: dict[int, NilaiTerkunci] = field(default_factory=dict)


@dataclass(slots=True)
class RealisasiSubKegiatan:
    anggaran_triwulan: dict[int, Decimal | None] = field(default_factory=dict)  # spent in each quarter
    anggaran: Decimal | None = None  # the annual total, when quarters are not recorded
    output: list[Nilai | None] = field(default_factory=list)  # in the order of SubKegiatan.indikator
    # The target printed in the realisation table, only where it differs from the RKT's.
    target_output: list[Nilai | None] = field(default_factory=list)
    keterangan: str = ""

    def total_anggaran(self) -> Decimal | None:
        if self.anggaran is not None:
            return self.anggaran
        isi = [v for v in self.anggaran_triwulan.values() if v is not None]
        return sum(isi, Decimal(0)) if isi else None


@dataclass(slots=True)
class Realisasi:
    indikator: dict[str, RealisasiIndikator] = field(default_factory=dict)  # Indikator.id →
    program: dict[str, list[Nilai | None]] = field(default_factory=dict)  # program kode → per indicator
    kegiatan: dict[str, list[Nilai | None]] = field(default_factory=dict)  # kegiatan kode → per indicator
    sub_kegiatan: dict[str, RealisasiSubKegiatan] = field(default_factory=dict)  # sub kegiatan kode →


# --- budget extras ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class AnggaranTahunLalu:
    tahun: int
    pagu: Decimal
    realisasi: Decimal


@dataclass(slots=True)
class ItemRefocusing:
    sub_kegiatan: str  # kode
    jumlah: Decimal


@dataclass(slots=True)
class Refocusing:
    keterangan: str = ""
    rincian: list[ItemRefocusing] = field(default_factory=list)
    total_dinyatakan: Decimal | None = None  # a total stated by the source, checked against the items


# --- narrative and the rest --------------------------------------------------------------------------------


@dataclass(slots=True)
class NarasiSasaran:
    uraian: str = ""  # what the indicator measures and how the year went
    keberhasilan: list[str] = field(default_factory=list)  # causes of success
    permasalahan: list[str] = field(default_factory=list)  # causes of failure / problems
    solusi: list[str] = field(default_factory=list)
    rincian_capaian: list[str] = field(default_factory=list)  # e.g. the program indicators, activities
    catatan_lain: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Narasi:
    kata_pengantar: str = ""
    latar_belakang: list[str] = field(default_factory=list)
    maksud: str = ""
    tujuan_laporan: list[str] = field(default_factory=list)
    isu_strategis: list[str] = field(default_factory=list)
    faktor_keberhasilan: list[str] = field(default_factory=list)
    kendala: list[str] = field(default_factory=list)
    rekomendasi: list[str] = field(default_factory=list)
    penjelasan_anggaran: str = ""  # why absorption changed from last year
    sumber_daya: str = ""
    per_sasaran: dict[str, NarasiSasaran] = field(default_factory=dict)  # Sasaran.id →
    per_sub_kegiatan: dict[str, str] = field(default_factory=dict)  # kode → what was done


@dataclass(slots=True)
class Penghargaan:
    nama: str
    tahun: int
    tingkat: str = ""
    penyelenggara: str = ""


@dataclass(slots=True)
class InfoLaporan:
    tanggal: date | None = None
    tempat: str = ""
    judul: str = ""


@dataclass(slots=True)
class CatatanSumber:
    """Where the source document is incomplete or wrong and how the berkas records it."""

    lokasi: str
    catatan: str
    tercetak: str = ""


@dataclass(slots=True)
class Berkas:
    tahun: int
    instansi: Instansi
    renstra: Renstra
    rkt: Rkt = field(default_factory=Rkt)
    iku: Iku = field(default_factory=Iku)
    pk: list[PerjanjianKinerja] = field(default_factory=list)
    realisasi: Realisasi = field(default_factory=Realisasi)
    anggaran_lalu: list[AnggaranTahunLalu] = field(default_factory=list)
    refocusing: Refocusing | None = None
    narasi: Narasi = field(default_factory=Narasi)
    penghargaan: list[Penghargaan] = field(default_factory=list)
    laporan: InfoLaporan = field(default_factory=InfoLaporan)
    pengaturan: Pengaturan = PENGATURAN_BAWAAN
    catatan_sumber: list[CatatanSumber] = field(default_factory=list)
    versi_format: int = 1
    survei: list[Survei] = field(default_factory=list)  # Survei Kepuasan Masyarakat (sakip.core.ikm)
    register: Register = field(default_factory=Register)  # complaints and activities (sakip.core.register)

    def pk_berlaku(self) -> PerjanjianKinerja | None:
        """The agreement the year is measured against: the latest perubahan, else the murni."""
        perubahan = [p for p in self.pk if p.jenis == JenisPk.PERUBAHAN]
        if perubahan:
            return max(perubahan, key=lambda p: p.tanggal or date.min)
        murni = [p for p in self.pk if p.jenis == JenisPk.MURNI]
        return murni[-1] if murni else None

    def target_tahun(self, indikator: Indikator) -> Nilai | None:
        """The year's target: the valid PK's, else the RKT's, else the Renstra's."""
        pk = self.pk_berlaku()
        if pk is not None and indikator.id in pk.target:
            return pk.target[indikator.id]
        if indikator.id in self.rkt.target:
            return self.rkt.target[indikator.id]
        return indikator.target.get(self.tahun)
