"""What an uploaded file really is, read from its content, never from its name.

Every upload (evidence, berkas import, Excel workbook, register and survey imports, printed reports for the
reviu) asks `periksa_jenis` which kinds it accepts. The content decides: a PDF starts with ``%PDF-``; a
workbook or Word document is a ZIP holding ``[Content_Types].xml`` and ``xl/workbook.xml`` or
``word/document.xml``; text (CSV, TXT, YAML, JSON) has no NUL bytes and decodes as UTF-8 (or Windows-1252, what
Excel writes for "CSV" on Windows) without control characters. When the name's extension names another kind
than the content, the file is refused too, with a message saying what it contains.

Only the central directory of a ZIP is read here (the zip-bomb guard on expansion is sakip.berkas.aman).
"""

from __future__ import annotations

import codecs
import io
import zipfile
from collections.abc import Iterable
from pathlib import PurePath
from typing import BinaryIO

NAMA_JENIS = {
    "xlsx": "workbook Excel (.xlsx)",
    "docx": "dokumen Word (.docx)",
    "pdf": "dokumen PDF",
    "teks": "teks",
    "png": "gambar PNG",
    "jpg": "gambar JPEG",
    "xls": "workbook Excel lama (.xls)",
    "zip": "arsip ZIP",
    "zip-rusak": "arsip ZIP yang rusak",
    "kosong": "berkas kosong",
    "biner": "data biner yang tidak dikenali",
}

# Extension → the content kind it promises. Text formats share one content kind.
AKHIRAN = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".docx": "docx",
    ".pdf": "pdf",
    ".png": "png",
    ".jpg": "jpg",
    ".jpeg": "jpg",
    ".csv": "teks",
    ".txt": "teks",
    ".md": "teks",
    ".yaml": "teks",
    ".yml": "teks",
    ".json": "teks",
    ".xls": "xls",
}

_CONTOH = 64 * 1024


class JenisTidakSesuai(ValueError):
    """The content is not a kind this upload accepts (message in Indonesian, names the file)."""


def _baca(sumber: bytes | BinaryIO) -> tuple[bytes, BinaryIO]:
    if isinstance(sumber, bytes | bytearray | memoryview):
        data = bytes(sumber)
        return data[:_CONTOH], io.BytesIO(data)
    # Always the whole file from its first byte, whatever was read before; the position is given back.
    posisi = sumber.tell()
    sumber.seek(0)
    awal = sumber.read(_CONTOH)
    sumber.seek(posisi)
    return awal, sumber


def _teks(awal: bytes) -> bool:
    if b"\x00" in awal:
        return False
    for kodek in ("utf-8-sig", "cp1252"):
        try:
            # Incremental: a sample cut in the middle of a multi-byte character still decodes.
            teks = codecs.getincrementaldecoder(kodek)().decode(awal, final=False)
        except UnicodeDecodeError:
            continue
        kendali = sum(1 for c in teks if ord(c) < 32 and c not in "\t\r\n\f")
        return kendali <= max(2, len(teks) // 1000)
    return False


def kenali(sumber: bytes | BinaryIO) -> str:
    """The content kind: a key of NAMA_JENIS."""
    awal, berkas = _baca(sumber)
    if not awal:
        return "kosong"
    if b"%PDF-" in awal[:1024]:
        return "pdf"
    if awal.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if awal.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if awal.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    if awal.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        posisi = berkas.tell()
        berkas.seek(0)
        try:
            with zipfile.ZipFile(berkas) as z:
                nama = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return "zip-rusak"
        finally:
            berkas.seek(posisi)
        if "[Content_Types].xml" in nama:
            if "xl/workbook.xml" in nama:
                return "xlsx"
            if "word/document.xml" in nama:
                return "docx"
        return "zip"
    if _teks(awal):
        return "teks"
    return "biner"


def periksa_jenis(sumber: bytes | BinaryIO, *, nama: str, boleh: Iterable[str], diterima: str = "") -> str:
    """Refuse content outside `boleh` (kinds: xlsx, docx, pdf, teks, png, jpg) or not what the extension says.
    Returns the content kind. A file object is left at the position it had. `diterima`: how the message names
    what is accepted (e.g. ".xlsx atau .csv"); by default the kinds' names."""
    boleh = tuple(boleh)
    nama = PurePath(nama or "berkas").name
    jenis = kenali(sumber)
    daftar = diterima or ", ".join(NAMA_JENIS[j] for j in boleh)
    if jenis == "kosong":
        raise JenisTidakSesuai(f"Berkas '{nama}' kosong.")
    dijanjikan = AKHIRAN.get(PurePath(nama).suffix.lower())
    if jenis == "zip-rusak" and dijanjikan in ("xlsx", "docx") and dijanjikan in boleh:
        # A damaged workbook or document named as one: its own reader says what is wrong with it, in the words
        # the person knows from that import ("berkas XLSX rusak", "bukan workbook Excel").
        return dijanjikan
    if jenis not in boleh:
        raise JenisTidakSesuai(f"Berkas '{nama}' berisi {NAMA_JENIS[jenis]}; yang diterima di sini: {daftar}.")
    if dijanjikan is not None and dijanjikan != jenis:
        raise JenisTidakSesuai(
            f"Berkas '{nama}' tidak dapat dibaca sebagai {NAMA_JENIS[dijanjikan]}: isinya {NAMA_JENIS[jenis]}, "
            "tidak sesuai dengan namanya. Periksa berkas yang dipilih."
        )
    return jenis
