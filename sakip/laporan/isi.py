"""The content of a document, independent of its format.

A builder (`lkjip`, `pk`, `matriks`) turns a berkas and its `HasilPengukuran` into a `Dokumen`: a flat list
of blocks (headings, paragraphs, lists, tables, charts, signature blocks, page and section breaks). The
writers (`tulis_docx`, `tulis_html`, `tulis_xlsx`) draw the same blocks, so the DOCX, the PDF and the XLSX
of a document cannot say different things.

Tables carry core `sakip.core.tabel.Sel` cells (the text a person reads and the exact value behind it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core.tabel import Baris, Sel, Tabel

# --- inline text -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Teks:
    """A run of text with its emphasis."""

    teks: str
    tebal: bool = False
    miring: bool = False


Isi = list[Teks]


def isi(*bagian: str | Teks) -> Isi:
    """``isi("Capaian ", Teks("102,20%", tebal=True), ".")`` → a list of runs."""
    return [b if isinstance(b, Teks) else Teks(b) for b in bagian if (b.teks if isinstance(b, Teks) else b)]


def teks_polos(runs: Isi) -> str:
    return "".join(r.teks for r in runs)


# --- blocks ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Judul:
    """A heading. Level 1 is a chapter (BAB), 2 a section (A., B.), 3 a subsection (B.1, Sasaran 1)."""

    teks: str
    tingkat: int = 1
    daftar_isi: bool = True  # listed in the table of contents
    halaman_baru: bool = False
    baris_kedua: str = ""  # "BAB I" / "PENDAHULUAN": printed on two lines, one entry in the contents


@dataclass(slots=True)
class Paragraf:
    isi: Isi
    rata: str = "justify"  # "justify" | "kiri" | "tengah" | "kanan"
    gaya: str = "biasa"  # "biasa" | "catatan" | "kecil" | "sampul-besar" | "sampul" | "kop-besar" | "kop"
    menjorok: bool = False  # first-line indent (body text)
    jarak_sebelum: int = 0  # extra space before, in points
    tetap_dengan_berikut: bool = False  # keep with the next block (lead-in of a list or a table)


@dataclass(slots=True)
class Daftar:
    """A list; markers are printed as text so numbering restarts per list in every format."""

    butir: list[Isi]
    penanda: str = "angka"  # "angka" 1. | "huruf" a. | "poin" • | "strip" - | "kurung" (1)
    tingkat: int = 0


@dataclass(frozen=True, slots=True)
class SelKepala:
    teks: str
    lebar: int = 1  # columns spanned
    tinggi: int = 1  # header rows spanned


@dataclass(slots=True)
class BlokTabel:
    """A table with its caption.

    `nomor` ("3.1") makes a numbered caption "Tabel 3.1 <judul>" (a SEQ field in Word). Without a number the
    caption, if any, is printed as a plain bold title. `kepala` holds the header rows; by default one row
    from `tabel.kolom`. `gabung` lists body cells (row, column) that continue the cell above (vertical
    merge), for matrices where a tujuan or sasaran spans several rows.
    """

    tabel: Tabel
    nomor: str | None = None
    judul: str = ""
    kepala: list[list[SelKepala]] | None = None
    nomor_kolom: bool = False  # a "(1) (2) (3) …" row under the header, as Indonesian reports print
    gabung: set[tuple[int, int]] = field(default_factory=set)
    catatan: list[str] = field(default_factory=list)
    sumber: list[str] = field(default_factory=list)
    ukuran_huruf: float = 9  # points
    lebar: list[int] | None = None  # relative column widths; default tabel.lebar
    tampil_catatan_inti: bool = True  # print the core table's own notes
    lanjutan: bool = False  # a further part of the numbered table above: "Tabel 3.6 (lanjutan)", not listed

    @property
    def baris(self) -> list[Baris]:
        return self.tabel.baris

    def lebar_kolom(self) -> list[int]:
        lebar = self.lebar or self.tabel.lebar
        n = len(self.tabel.kolom)
        if len(lebar) != n:
            lebar = [1] * n
        return lebar

    def baris_kepala(self) -> list[list[SelKepala]]:
        if self.kepala is not None:
            return self.kepala
        return [[SelKepala(k) for k in self.tabel.kolom]]

    def semua_catatan(self) -> list[str]:
        inti = list(self.tabel.catatan) if self.tampil_catatan_inti else []
        return inti + list(self.catatan)

    def label(self) -> str:
        return f"Tabel {self.nomor}" if self.nomor else ""

    @property
    def didaftar(self) -> bool:
        """Listed in the Daftar Tabel (a numbered caption that is not a continuation)."""
        return bool(self.nomor) and not self.lanjutan


@dataclass(slots=True)
class Grafik:
    """A chart, drawn on demand: SVG for the PDF (vector), PNG for the DOCX.

    `gambar(format)` returns the image bytes ("svg" or "png"); each format is drawn once.
    """

    buat: Callable[[str], bytes]
    judul: str
    nomor: str | None = None  # "3.1" → "Grafik 3.1"
    lebar_cm: float = 15.0
    tinggi_cm: float = 8.0
    keterangan: str = ""  # alternative text
    _simpan: dict[str, bytes] = field(default_factory=dict)

    def gambar(self, format: str) -> bytes:
        if format not in self._simpan:
            self._simpan[format] = self.buat(format)
        return self._simpan[format]

    def label(self) -> str:
        return f"Grafik {self.nomor}" if self.nomor else ""


@dataclass(slots=True)
class Penandatangan:
    """One signature column: lines above the name (place and date, office), the name, lines below."""

    atas: list[str]
    nama: str
    bawah: list[str] = field(default_factory=list)
    ruang_ttd: int = 3  # blank lines for the signature


@dataclass(slots=True)
class TandaTangan:
    """Signature columns side by side; `kiri` None leaves the left column empty (a single signer right)."""

    kanan: Penandatangan
    kiri: Penandatangan | None = None


@dataclass(slots=True)
class Kop:
    """The agency letterhead: logo left, government and agency names, address, a rule below."""

    baris_besar: list[str]
    baris_kecil: list[str]
    logo: bytes | None = None


@dataclass(slots=True)
class Sampul:
    baris: list[tuple[str, str]]  # (text, "besar" | "sedang" | "kecil")
    logo: bytes | None = None


@dataclass(slots=True)
class DaftarIsi:
    """A table of contents: "isi" (headings), "tabel" (table captions) or "grafik" (chart captions)."""

    jenis: str = "isi"
    judul: str = "DAFTAR ISI"


@dataclass(slots=True)
class Isian:
    """Label–value lines ("Nama : …", "Jabatan : …"); a list value prints as lettered lines."""

    baris: list[tuple[str, str | list[str]]]


@dataclass(slots=True)
class HalamanBaru:
    pass


@dataclass(slots=True)
class Bagian:
    """A section break: page orientation and page numbering from here on.

    `penomoran`: "arab" (1, 2, 3), "romawi" (i, ii, iii) or "tanpa" (no number, e.g. the cover).
    `mulai`: restart numbering at this number; None continues.
    """

    orientasi: str = "potret"  # "potret" | "lanskap"
    penomoran: str = "arab"
    mulai: int | None = None


Blok = (
    Judul
    | Paragraf
    | Daftar
    | BlokTabel
    | Grafik
    | TandaTangan
    | Kop
    | Sampul
    | DaftarIsi
    | Isian
    | HalamanBaru
    | Bagian
)


@dataclass(slots=True)
class Dokumen:
    judul: str
    jenis: str  # "lkjip" | "pk" | "renstra" | "rkt" | "iku"
    instansi: str
    tahun: int
    blok: list[Blok] = field(default_factory=list)
    subjek: str = ""
    # The first section's settings (the document opens with it).
    orientasi: str = "potret"
    penomoran: str = "arab"

    def tambah(self, *blok: Blok | None) -> None:
        self.blok.extend(b for b in blok if b is not None)

    def tabel(self) -> list[BlokTabel]:
        return [b for b in self.blok if isinstance(b, BlokTabel)]

    def tabel_bernomor(self, nomor: str) -> BlokTabel | None:
        for b in self.tabel():
            if b.nomor == nomor:
                return b
        return None


def sel(teks: str, nilai: Decimal | str | None = None, rata: str = "kiri") -> Sel:
    return Sel(teks, nilai, rata)


__all__ = [
    "Bagian",
    "Blok",
    "BlokTabel",
    "Daftar",
    "DaftarIsi",
    "Dokumen",
    "Grafik",
    "HalamanBaru",
    "Isi",
    "Isian",
    "Judul",
    "Kop",
    "Paragraf",
    "Penandatangan",
    "Sampul",
    "SelKepala",
    "TandaTangan",
    "Teks",
    "isi",
    "sel",
    "teks_polos",
]
