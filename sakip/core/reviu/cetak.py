"""A printed performance report as the reviu sees it.

Parsers (`sakip.berkas.laporan_cetak`) turn a DOCX, a text extract or Markdown into `Blok` (headings,
paragraphs, tables as rows of cell texts), then recognise the standard tables and the structure of the
report into a `LaporanTercetak`. The rules in this package only read this model: they never see a file.
Every recognised row keeps the printed text of its cells (`NilaiCetak`) and its location, so a finding can
quote what is printed and say where.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .cocok import NilaiCetak

# --- raw blocks -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Blok:
    jenis: str  # "paragraf" | "tabel"
    teks: str = ""
    baris: list[list[str]] = field(default_factory=list)  # tables: rows of cell texts
    judul: int = 0  # a heading's level as marked in the source (Markdown #, Word "Heading n"); 0 otherwise
    butir: bool = False  # a list item
    tebal: bool = False  # the whole paragraph is bold (often a heading or a caption in extracted text)
    halaman: int = 0  # PDF: the page the block starts on (0: the source has no pages)
    halaman_akhir: int = 0  # PDF: the page a table continued across pages ends on
    keyakinan: float | None = None  # OCR: mean word confidence 0–100 of the block (None: text layer)


def teks_halaman(awal: int, akhir: int = 0) -> str:
    """``hlm. 12`` or ``hlm. 12–13``; empty when the source has no pages."""
    if not awal:
        return ""
    return f"hlm. {awal}" if not akhir or akhir == awal else f"hlm. {awal}\u2013{akhir}"


# --- recognised structure ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Paragraf:
    teks: str
    nomor: int  # position in the document
    bab: str = ""  # "KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "BAB I" … "BAB IV", "LAMPIRAN"
    bagian: str = ""  # the current sub-heading ("B.2 ANALISA PENYEBAB KEBERHASILAN DAN KEGAGALAN")
    sasaran: int | None = None  # the sasaran this text is about (after "Sasaran Strategis 2 : …")
    judul: bool = False
    butir: bool = False
    halaman: str = ""  # "hlm. 12" in a PDF
    keyakinan: float | None = None  # read through OCR: its mean word confidence 0–100

    @property
    def lokasi(self) -> str:
        tempat = " / ".join(x for x in (self.bab, _pendek(self.bagian), self.halaman) if x)
        if self.sasaran is not None:
            tempat += f" / Sasaran {self.sasaran}"
        kutip = _pendek(self.teks, 70)
        return f"{tempat}: \u201c{kutip}\u201d" if tempat else f"\u201c{kutip}\u201d"


def _pendek(teks: str, n: int = 60) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= n else teks[: n - 1].rstrip() + "…"


@dataclass(slots=True)
class TabelCetak:
    nomor: str  # "3.1", "1.2"; "" when the table has no numbered caption
    judul: str  # the caption text, without "Tabel 3.1"
    jenis: str  # see `JENIS_TABEL`
    kolom: list[str]  # column labels (multi-row headers joined)
    baris: list[list[str]]  # data rows, one cell per column
    blok: int  # position in the document
    bab: str = ""
    bagian: str = ""
    sasaran: int | None = None
    halaman: str = ""  # "hlm. 12" or "hlm. 12–13" in a PDF
    keyakinan: float | None = None  # read through OCR: its mean word confidence 0–100

    @property
    def nama(self) -> str:
        if self.nomor:
            return f"Tabel {self.nomor}"
        label = NAMA_JENIS.get(self.jenis, "Tabel")
        tempat = f" ({self.bab})" if self.bab else ""
        return f"{label}{tempat}"

    def lokasi(self, baris: int | None = None, uraian: str = "") -> str:
        teks = self.nama
        if self.halaman:
            teks += f" ({self.halaman})"
        if baris is not None:
            teks += f", baris {baris + 1}"
        if uraian:
            teks += f" ({_pendek(uraian, 60)})"
        return teks


JENIS_TABEL = (
    "pengukuran",  # 3.1
    "perbandingan",  # 3.2
    "renstra_akhir",  # 3.3
    "nasional",  # 3.4
    "ikhtisar",  # 3.5
    "program_kegiatan",  # 3.6
    "efisiensi",  # 3.7
    "anggaran",  # 3.8
    "pk_sasaran",
    "pk_anggaran",
    "skala",
    "jabatan",  # 1.1
    "golongan",  # 1.2
    "pendidikan",  # 1.3
    "renstra",
    "rkt",
    "iku",
    "daftar_isi",
    "lain",
)

NAMA_JENIS = {
    "pk_sasaran": "Tabel sasaran Perjanjian Kinerja",
    "pk_anggaran": "Tabel anggaran Perjanjian Kinerja",
    "skala": "Tabel skala predikat",
    "renstra": "Matriks Renstra",
    "rkt": "Tabel RKT",
    "iku": "Tabel IKU",
    "jabatan": "Tabel pegawai per jabatan",
    "golongan": "Tabel pegawai per golongan",
    "pendidikan": "Tabel pegawai per pendidikan",
}


@dataclass(slots=True)
class BarisIndikator:
    """A row of an indicator table (3.1–3.4, the PK's sasaran table)."""

    lokasi: str
    no: str = ""
    sasaran: str = ""
    indikator: str = ""
    target: NilaiCetak = field(default_factory=lambda: NilaiCetak(""))
    realisasi: NilaiCetak = field(default_factory=lambda: NilaiCetak(""))
    capaian: NilaiCetak = field(default_factory=lambda: NilaiCetak(""))
    nasional: NilaiCetak = field(default_factory=lambda: NilaiCetak(""))
    predikat: str = ""
    target_tahun: dict[int, NilaiCetak] = field(default_factory=dict)
    realisasi_tahun: dict[int, NilaiCetak] = field(default_factory=dict)


@dataclass(slots=True)
class BarisRincian:
    """An Input / Output / Outcome line under a sub kegiatan in Tabel 3.6."""

    jenis: str  # "input" | "output" | "outcome"
    uraian: str
    target: NilaiCetak
    realisasi: NilaiCetak
    persen: NilaiCetak
    lokasi: str


@dataclass(slots=True)
class NodeCetak:
    """A program, kegiatan or sub kegiatan row of Tabel 3.6 or 3.8 (or the total row)."""

    tingkat: str  # "program" | "kegiatan" | "sub_kegiatan" | "tidak_dirinci" | "jumlah"
    nama: str
    lokasi: str
    pagu: NilaiCetak
    realisasi: NilaiCetak
    persen: NilaiCetak
    no: str = ""
    kode: str = ""
    anak: list[NodeCetak] = field(default_factory=list)
    rincian: list[BarisRincian] = field(default_factory=list)

    def telusuri(self):
        yield self
        for a in self.anak:
            yield from a.telusuri()


@dataclass(slots=True)
class PohonCetak:
    """Tabel 3.8, or one sasaran's part of Tabel 3.6."""

    nomor: str
    lokasi: str
    program: list[NodeCetak] = field(default_factory=list)
    jumlah: NodeCetak | None = None
    sasaran: int | None = None

    def semua(self) -> list[NodeCetak]:
        return [n for p in self.program for n in p.telusuri()]


@dataclass(slots=True)
class BarisIkhtisar:
    jenis: str  # "sasaran" | "indikator" | "rata"
    teks: str
    capaian: NilaiCetak
    predikat: str | None  # the label of the ticked column
    sasaran: int | None
    lokasi: str


@dataclass(slots=True)
class BarisEfisiensi:
    sasaran: str
    capaian: NilaiCetak
    serapan: NilaiCetak
    kelas: str
    lokasi: str
    urutan: int


@dataclass(slots=True)
class BarisAnggaranPk:
    program: str
    anggaran: NilaiCetak
    lokasi: str


@dataclass(slots=True)
class PkCetak:
    lokasi: str  # "BAB II" or "LAMPIRAN"
    sasaran: list[BarisIndikator] = field(default_factory=list)
    anggaran: list[BarisAnggaranPk] = field(default_factory=list)
    jumlah: NilaiCetak | None = None
    lokasi_jumlah: str = ""


@dataclass(slots=True)
class BarisIku:
    sasaran: str
    indikator: str
    formula: str
    penanggung_jawab: str
    sumber: str
    lokasi: str


@dataclass(slots=True)
class BarisRenstra:
    tujuan: str
    sasaran: str
    indikator: str
    target: dict[int, NilaiCetak]
    versi: str  # "" | "sebelum" | "sesudah"
    lokasi: str


@dataclass(slots=True)
class BarisRkt:
    tingkat: str  # "sasaran" | "program" | "kegiatan" | "sub_kegiatan"
    nama: str
    indikator: str
    target: NilaiCetak
    anggaran: NilaiCetak
    lokasi: str


@dataclass(slots=True)
class BarisHitung:
    label: str
    jumlah: NilaiCetak
    lain: str  # golongan, keterangan/status
    lokasi: str


@dataclass(slots=True)
class TabelHitung:
    """A count table with a total (staff by position, rank, education; any "Jumlah" table)."""

    jenis: str
    lokasi: str
    baris: list[BarisHitung] = field(default_factory=list)
    jumlah: NilaiCetak | None = None
    lokasi_jumlah: str = ""


@dataclass(slots=True)
class TingkatSkala:
    kode: str
    bawah: Decimal
    atas: Decimal | None  # None: open above ("> 90")
    interpretasi: str


@dataclass(slots=True)
class LaporanTercetak:
    sumber: str
    paragraf: list[Paragraf] = field(default_factory=list)
    tabel: list[TabelCetak] = field(default_factory=list)
    tahun: int | None = None
    instansi: str = ""
    pengukuran: list[BarisIndikator] = field(default_factory=list)  # 3.1
    perbandingan: list[BarisIndikator] = field(default_factory=list)  # 3.2
    renstra_akhir: list[BarisIndikator] = field(default_factory=list)  # 3.3
    nasional: list[BarisIndikator] = field(default_factory=list)  # 3.4
    ikhtisar: list[BarisIkhtisar] = field(default_factory=list)  # 3.5
    program_kegiatan: list[PohonCetak] = field(default_factory=list)  # 3.6, per sasaran
    efisiensi: list[BarisEfisiensi] = field(default_factory=list)  # 3.7
    anggaran: PohonCetak | None = None  # 3.8
    pk: list[PkCetak] = field(default_factory=list)
    iku: list[BarisIku] = field(default_factory=list)
    renstra: list[BarisRenstra] = field(default_factory=list)
    rkt: list[BarisRkt] = field(default_factory=list)
    hitungan: list[TabelHitung] = field(default_factory=list)
    skala: list[TingkatSkala] = field(default_factory=list)
    rata_pengukuran: NilaiCetak | None = None  # a "Rata-rata capaian" row under Tabel 3.1
    rata_pengukuran_lokasi: str = ""
    rata_pengukuran_predikat: str = ""  # its predikat cell, when the table has that column
    batas_atas: Decimal | None = None  # the cap stated in the report's measurement framework
    batas_atas_lokasi: str = ""

    def tabel_jenis(self, jenis: str) -> list[TabelCetak]:
        return [t for t in self.tabel if t.jenis == jenis]

    def teks_penuh(self) -> str:
        return "\n".join(p.teks for p in self.paragraf)
