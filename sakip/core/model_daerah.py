"""The district level as primary data: the RPJMD of a pemda and a district-year (a district file).

Like `model`, only what people plan and record lives here. The consolidation over all agencies
(`sakip.core.konsolidasi`) and the cascading checks (`sakip.core.cascading`) compute on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .capaian import Polaritas
from .model import Berkas, Pejabat
from .nilai import Nilai
from .pengaturan import PENGATURAN_BAWAAN, Pengaturan


class AturanKonsolidasi(StrEnum):
    """How an RPJMD indicator is computed from the agency indicators linked to it (when Bappeda types no
    realisasi of its own)."""

    JUMLAH = "jumlah"  # sum of the agencies' realisasi (counts, amounts)
    RATA_RATA = "rata_rata"  # mean of the agencies' realisasi
    TERTIMBANG = "tertimbang"  # weighted by the declared contributions (which must add up to 100%)
    MINIMUM = "minimum"
    MAKSIMUM = "maksimum"


LABEL_ATURAN = {
    AturanKonsolidasi.JUMLAH: "jumlah realisasi perangkat daerah",
    AturanKonsolidasi.RATA_RATA: "rata-rata realisasi perangkat daerah",
    AturanKonsolidasi.TERTIMBANG: "rata-rata tertimbang menurut kontribusi",
    AturanKonsolidasi.MINIMUM: "realisasi terendah perangkat daerah",
    AturanKonsolidasi.MAKSIMUM: "realisasi tertinggi perangkat daerah",
}


@dataclass(slots=True)
class IndikatorRpjmd:
    id: str
    nama: str
    satuan: str = ""
    polaritas: Polaritas = Polaritas.POSITIF
    formula: str = ""
    target: dict[int, Nilai | None] = field(default_factory=dict)  # yearly targets over the RPJMD period
    konsolidasi: AturanKonsolidasi = AturanKonsolidasi.RATA_RATA
    sumber_data: str = ""


@dataclass(slots=True)
class MisiRpjmd:
    id: str
    uraian: str


@dataclass(slots=True)
class TujuanRpjmd:
    id: str
    misi: str  # MisiRpjmd.id
    uraian: str
    indikator: list[IndikatorRpjmd] = field(default_factory=list)


@dataclass(slots=True)
class SasaranRpjmd:
    id: str
    tujuan: str  # TujuanRpjmd.id
    uraian: str
    indikator: list[IndikatorRpjmd] = field(default_factory=list)
    strategi: list[str] = field(default_factory=list)
    kebijakan: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ProgramPrioritas:
    nama: str
    sasaran: list[str] = field(default_factory=list)  # SasaranRpjmd.id
    kode: str = ""  # Permendagri 90 program code, when it is one program
    perangkat_daerah: list[str] = field(default_factory=list)  # names of the agencies in charge


@dataclass(slots=True)
class RpjmdDaerah:
    """The Bupati's five-year plan: visi, misi, tujuan and sasaran with indicators and yearly targets."""

    periode_awal: int
    periode_akhir: int
    visi: str = ""
    dokumen: str = ""  # "Perda Kabupaten Jember Nomor 2 Tahun 2021"
    misi: list[MisiRpjmd] = field(default_factory=list)
    tujuan: list[TujuanRpjmd] = field(default_factory=list)
    sasaran: list[SasaranRpjmd] = field(default_factory=list)
    program_prioritas: list[ProgramPrioritas] = field(default_factory=list)

    def cari_sasaran(self, id_: str) -> SasaranRpjmd | None:
        return next((s for s in self.sasaran if s.id == id_), None)

    def semua_indikator(self) -> list[IndikatorRpjmd]:
        return [i for t in self.tujuan for i in t.indikator] + [i for s in self.sasaran for i in s.indikator]

    def cari_indikator(self, id_: str) -> IndikatorRpjmd | None:
        return next((i for i in self.semua_indikator() if i.id == id_), None)


@dataclass(slots=True)
class RealisasiRpjmd:
    """A realisasi Bappeda enters for an RPJMD indicator itself (e.g. from BPS); it overrides the rule."""

    nilai: Nilai | None
    sumber: str = ""


@dataclass(slots=True)
class BerkasDaerah:
    """One district-year: the RPJMD and what Bappeda records for the year."""

    tahun: int
    pemda: str  # "Kabupaten Jember"
    rpjmd: RpjmdDaerah
    provinsi: str = ""
    ibu_kota: str = ""
    kepala: Pejabat | None = None  # the Bupati
    sekretaris: Pejabat | None = None  # Sekretaris Daerah
    realisasi: dict[str, RealisasiRpjmd] = field(default_factory=dict)  # IndikatorRpjmd.id →
    pengaturan: Pengaturan = PENGATURAN_BAWAAN
    sintetis: bool = False  # synthetic example data, marked on every document
    catatan: str = ""
    versi_format: int = 1


@dataclass(slots=True)
class Daerah:
    """A district-year with all its agencies' berkas (a folder: the district file and the agency files)."""

    berkas: BerkasDaerah
    perangkat_daerah: list[Berkas] = field(default_factory=list)
