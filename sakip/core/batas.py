"""The limits every input is held to, in one place (docs/masukan.md explains them to users).

Each bound is far above anything a real agency writes, and each is checked where the input enters (the number
parser, the file readers), so that a hostile or mistyped value is refused with a message instead of crashing
the rounding, filling the memory or hanging the server later.
"""

from __future__ import annotations

from decimal import Decimal

# Numbers. The database columns hold 18 integer digits (values: 28 digits with 10 decimals; money: 20 with 2),
# so a magnitude of 10^18 — a million times the largest provincial budget — is the bound.
BATAS_ANGKA = Decimal(10) ** 18
MAKS_DESIMAL = 10
MAKS_DESIMAL_UANG = 2
# A number written out: 18 digits with separators, 10 decimals, "Rp", "%" and spaces fit well within this.
MAKS_PANJANG_ANGKA = 64
# A target or realisation written as text ("4 Dokumen", "B (65)", "80 - 90").
MAKS_PANJANG_NILAI = 120

# Texts. Names end up in document metadata and database columns of 255 characters; a narrative is a few
# pages at most.
MAKS_PANJANG_NAMA = 255
MAKS_PANJANG_URAIAN = 20_000

# Files.
MAKS_UKURAN_BERKAS = 20 * 1024 * 1024  # a berkas, a spreadsheet, a report in DOCX or text
# A printed report for the reviu: a PDF of a scanned, signed printout runs to tens of megabytes.
MAKS_UKURAN_LAPORAN = 150 * 1024 * 1024
MAKS_HALAMAN_LAPORAN = 1_500  # an LKjIP with every annex has 50–300 pages
# A page rendered for OCR: A3 at 300 DPI is 17 million pixels. A larger page (a poster, a hostile MediaBox of
# 200 × 200 inches) is rendered at a lower resolution so that it fits, instead of taking gigabytes.
MAKS_PIKSEL_HALAMAN = 40_000_000
MAKS_KEDALAMAN = 40  # nesting of lists and mappings (a berkas needs 8)
MAKS_SIMPUL = 200_000  # values in one file, aliases expanded (the Kencong berkas has about 3.000)

# Zip containers (XLSX, DOCX): total size unpacked, expansion ratio of one member, number of members.
MAKS_UKURAN_ZIP = 200 * 1024 * 1024
MAKS_RASIO_ZIP = 200
MAKS_ANGGOTA_ZIP = 10_000


def ringkas(teks: object, panjang: int = 40) -> str:
    """A value as quoted in a message: cut with an ellipsis, so that a 400-digit input gives a readable line."""
    s = str(teks)
    return s if len(s) <= panjang else f"{s[: panjang - 1]}… ({len(s)} karakter)"
