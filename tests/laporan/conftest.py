"""Shared fixtures: the Kencong 2023 berkas and its documents, produced once per test session."""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from sakip.berkas.baca import baca_berkas
from sakip.laporan import OpsiDokumen, buat_dokumen

AKAR = Path(__file__).resolve().parents[2]
CONTOH = AKAR / "examples" / "kencong-2023.yaml"


@pytest.fixture(scope="session")
def kencong_asli():
    return baca_berkas(CONTOH)


@pytest.fixture
def kencong(kencong_asli):
    """A private copy a test may change."""
    return copy.deepcopy(kencong_asli)


@pytest.fixture(scope="session")
def docx_kencong(kencong_asli) -> bytes:
    return buat_dokumen(kencong_asli, dokumen="lkjip", format="docx")


@pytest.fixture(scope="session")
def pdf_kencong(kencong_asli) -> bytes:
    return buat_dokumen(kencong_asli, dokumen="lkjip", format="pdf")


@pytest.fixture(scope="session")
def teks_pdf_kencong(pdf_kencong, tmp_path_factory) -> str:
    return pdf_ke_teks(pdf_kencong, tmp_path_factory.mktemp("pdf"))


def perlu_poppler() -> None:
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftotext, pdftoppm) belum terpasang; bin/test memasangnya")


def pdf_ke_teks(data: bytes, folder: Path, *, layout: bool = False) -> str:
    perlu_poppler()
    berkas = folder / "dok.pdf"
    berkas.write_bytes(data)
    perintah = ["pdftotext", *(["-layout"] if layout else []), str(berkas), "-"]
    return subprocess.run(perintah, check=True, capture_output=True, text=True).stdout


def isi_docx(data: bytes) -> list[tuple]:
    """The body in order: ("p", style name, text) and ("t", rows of cell texts, the table element)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(io.BytesIO(data))
    hasil: list[tuple] = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rpartition("}")[2]
        if tag == "p":
            p = Paragraph(el, d._body)
            hasil.append(("p", p.style.name if p.style is not None else "", p.text))
        elif tag == "tbl":
            t = Table(el, d._body)
            hasil.append(("t", [[c.text for c in r.cells] for r in t.rows], el))
    return hasil


def teks_docx(data: bytes) -> str:
    """All paragraph and table-cell text, one paragraph per line."""
    baris = []
    for b in isi_docx(data):
        if b[0] == "p":
            baris.append(b[2])
        else:
            for r in b[1]:
                baris.append(" | ".join(r))
    return "\n".join(baris)


def tabel_bernomor(data: bytes, nomor: str) -> list[list[str]]:
    """The rows of the table whose caption "Tabel <nomor> …" is the paragraph right before it."""
    isi = isi_docx(data)
    for i, b in enumerate(isi[:-1]):
        if b[0] == "p" and b[2].startswith(f"Tabel {nomor} ") and isi[i + 1][0] == "t":
            return isi[i + 1][1]
    raise AssertionError(f"Tabel {nomor} tidak ditemukan")


def opsi_cepat() -> OpsiDokumen:
    """Documents for consistency tests: no charts (they do not carry text the tests read)."""
    return OpsiDokumen(grafik=False)
