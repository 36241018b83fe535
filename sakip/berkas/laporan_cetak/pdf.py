"""A PDF report → blocks, with the page of every block.

Text PDFs (exported from Word, LibreOffice, Typst) are read through PDFium (`halaman_pdf.py`) and pdfplumber's
table finder: ruled tables are found on each
page and read cell by cell (a merged cell gives its text once, like a Word table), the text outside the
tables is grouped into lines and paragraphs. What repeats on every page in the top or bottom margin (running
headers, footers) and page numbers are dropped. A table that ends one page and continues on the next (same
columns, the header repeated or not, an optional "lanjutan" line between) is joined back into one table.

Pages without a text layer (scans of signed printouts) are read through OCR (`ocr.py`); their blocks carry
the OCR confidence, and numbers OCR could not read are reported by the reviu, never guessed.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sakip.core.batas import MAKS_HALAMAN_LAPORAN
from sakip.core.reviu.cetak import Blok

from .teks import _BUTIR, bersihkan, seperti_kepala

# top and bottom margin, as a share of the page height, where running headers and footers live
MARGIN_KEPALA = 0.08
# a page with fewer characters than this in its text layer is treated as a scan
HURUF_MINIMUM = 20
# from this many pages on, a second process reads half of them
HALAMAN_PARALEL = 12

_NOMOR_HALAMAN = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:hal(?:aman)?\.?\s*)?(\d{1,4}|[ivxlc]{1,7})(?:\s*(?:dari|/|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.I,
)
_LANJUTAN = re.compile(r"^\s*\(?\s*(lanjutan|sambungan)\b.{0,80}$", re.I)

Kemajuan = Callable[[int, int], None]


@dataclass(slots=True)
class _Unsur:
    """One thing on a page, in reading order: a text line or a table."""

    atas: float
    bawah: float
    teks: str = ""
    tebal: bool = False
    tinggi: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    tabel: list[list[str]] | None = None
    keyakinan: float | None = None  # OCR confidence 0–100 (None: text layer)


def baca_pdf(path: str | Path, kemajuan: Kemajuan | None = None, *, proses: int | None = None) -> list[Blok]:
    """Blocks of a PDF, in reading order. `kemajuan(halaman_selesai, jumlah_halaman)` is called per page.

    A long report is read by two processes when the machine has two cores (`proses`, default: 2 from
    `HALAMAN_PARALEL` pages on): the second half of the pages in a child process, the first half here."""
    from . import LaporanTidakTerbaca

    nama = Path(path).name
    doc = _buka(path)
    try:
        jumlah = len(doc)
        if not jumlah:
            raise LaporanTidakTerbaca(f"'{nama}' tidak memuat satu halaman pun")
        if jumlah > MAKS_HALAMAN_LAPORAN:
            raise LaporanTidakTerbaca(
                f"'{nama}' memuat {jumlah} halaman; paling banyak {MAKS_HALAMAN_LAPORAN} (pisahkan lampirannya)"
            )
        if proses is None:
            proses = 2 if jumlah >= HALAMAN_PARALEL and (os.cpu_count() or 1) >= 2 else 1
        belah = jumlah if proses <= 1 else (jumlah + 1) // 2
        kerja = _kerja_anak(str(path), belah, jumlah) if belah < jumlah else None
        hasil: list[tuple[float, list[_Unsur]]] = []
        try:
            for n in range(1, belah + 1):
                hasil.append(_baca_halaman(doc, n, nama))
                if kemajuan is not None:
                    kemajuan(n, jumlah)
        except BaseException:
            if kerja is not None:
                _hentikan_anak(kerja)
            raise
    finally:
        doc.close()
    if kerja is not None:
        hasil += _hasil_anak(kerja, str(path), belah, jumlah)
        if kemajuan is not None:
            kemajuan(jumlah, jumlah)
    tinggi = [t for t, _ in hasil]
    per_halaman = [u for _, u in hasil]
    _buang_kepala_kaki(per_halaman, tinggi)
    return _susun_blok(per_halaman)


def _buka(path: str | Path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from . import LaporanTidakTerbaca
    from .halaman_pdf import buka

    nama = Path(path).name
    try:
        return buka(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise LaporanTidakTerbaca(f"'{nama}' terkunci dengan kata sandi; buka kuncinya dulu") from None
        raise LaporanTidakTerbaca(f"'{nama}' bukan berkas PDF yang dapat dibaca") from None
    except (OSError, ValueError) as exc:
        raise LaporanTidakTerbaca(f"'{nama}' bukan berkas PDF yang dapat dibaca ({exc.__class__.__name__})") from None


def _baca_halaman(doc, n: int, nama: str) -> tuple[float, list[_Unsur]]:
    """Page `n` (from 1): its height and its lines and tables (OCR when it has no text layer)."""
    from . import LaporanTidakTerbaca
    from .halaman_pdf import halaman, tutup

    h = None
    try:
        h = halaman(doc, n - 1)
        if sum(1 for c in h.chars if not c["text"].isspace()) >= HURUF_MINIMUM:
            return h.tinggi, _unsur_teks(h)
        from .ocr import unsur_ocr

        return h.tinggi, unsur_ocr(h, n)
    except LaporanTidakTerbaca:
        raise
    except Exception as exc:
        raise LaporanTidakTerbaca(f"'{nama}' halaman {n} tidak dapat dibaca ({exc.__class__.__name__})") from None
    finally:
        if h is not None:
            tutup(h)  # frees the page: a 60-page report stays small


def _baca_rentang(path: str, awal: int, akhir: int) -> list[tuple[float, list[_Unsur]]]:
    """Pages awal+1 … akhir, in a child process (its own PDFium document)."""
    doc = _buka(path)
    try:
        return [_baca_halaman(doc, n, Path(path).name) for n in range(awal + 1, akhir + 1)]
    finally:
        doc.close()


def _kerja_anak(path: str, awal: int, akhir: int):
    """The child's share, started now: `python -m sakip.berkas.laporan_cetak.pdf_anak`, a fresh interpreter
    (not a fork: the caller may be a web worker holding connections; not multiprocessing's spawn, which
    re-imports the caller's main script). None when no process can be started: this one reads all pages."""
    import subprocess
    import sys

    akar = str(Path(__file__).resolve().parents[3])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (akar, os.environ.get("PYTHONPATH", "")) if p))
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "sakip.berkas.laporan_cetak.pdf_anak", path, str(awal), str(akhir)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        return None


def _hentikan_anak(anak) -> None:
    anak.kill()
    anak.communicate()


def _hasil_anak(anak, path: str, awal: int, akhir: int) -> list[tuple[float, list[_Unsur]]]:
    import pickle

    from . import LaporanTidakTerbaca

    keluaran, _ = anak.communicate()
    if anak.returncode == 0:
        try:
            jenis, isi = pickle.loads(keluaran)  # noqa: S301 - our own child process wrote it, not a user
        except Exception:
            jenis, isi = "rusak", None
        if jenis == "galat":
            raise LaporanTidakTerbaca(isi)
        if jenis == "ok":
            return isi
    return _baca_rentang(path, awal, akhir)  # the child died (memory limit, killed): read them here


# --- one text page -------------------------------------------------------------------------------------------


def _sel(c: str | None) -> str:
    # a line broken after a slash in a narrow cell ("Listrik/" + "Penerangan") is one word
    return bersihkan(re.sub(r"(?<=\S)/\n(?=\S)", "/", c or "").replace("\n", " "))


def _isi_tabel(t, huruf: list[dict]) -> list[list[str]]:
    """The table's rows, cell by cell; a merged cell gives its text once (the cells it covers are empty). Like
    pdfplumber's Table.extract (a character belongs to the cell holding its centre), but each character is
    placed by bisection instead of testing every character against every row and cell."""
    from pdfplumber.utils import extract_text

    x0, y0, x1, y1 = t.bbox  # a computed property: read once
    pusat = []
    for k, c in enumerate(huruf):
        cy, cx = (c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2
        if x0 <= cx < x1 and y0 <= cy < y1:
            pusat.append((cy, cx, k, c))
    pusat.sort(key=lambda p: (p[0], p[2]))
    tinggi = [p[0] for p in pusat]
    baris = []
    for r in t.rows:
        _, by0, _, by1 = r.bbox
        sel = [(k, c) for k, c in enumerate(r.cells) if c]
        kiri = [c[0] for _, c in sel]
        isi: list[list[tuple[int, dict]]] = [[] for _ in r.cells]
        for cy, cx, urut, c in pusat[bisect_left(tinggi, by0) : bisect_left(tinggi, by1)]:
            j = bisect_right(kiri, cx) - 1
            if j >= 0:
                k, (_, sy0, sx1, sy1) = sel[j]
                if cx < sx1 and sy0 <= cy < sy1:
                    isi[k].append((urut, c))
        # the characters in their page order, as pdfplumber gives them to its text grouping
        baris.append(
            [
                _sel(extract_text([c for _, c in sorted(isi[k], key=lambda p: p[0])])) if c else ""
                for k, c in enumerate(r.cells)
            ]
        )
    return baris


def _unsur_teks(page) -> list[_Unsur]:
    from pdfplumber.table import TableFinder, TableSettings
    from pdfplumber.utils import chars_to_textmap

    unsur: list[_Unsur] = []
    tabel = TableFinder(page, TableSettings.resolve(None)).tables
    kotak = [t.bbox for t in tabel]
    for t in tabel:
        baris = [r for r in _isi_tabel(t, page.chars) if any(r)]
        if baris:
            unsur.append(_Unsur(atas=t.bbox[1], bawah=t.bbox[3], tabel=baris))

    def di_luar(c: dict) -> bool:
        cx = (c["x0"] + c["x1"]) / 2
        cy = (c["top"] + c["bottom"]) / 2
        return not any(x0 <= cx <= x1 and y0 <= cy <= y1 for x0, y0, x1, y1 in kotak)

    sisa = [c for c in page.chars if di_luar(c)] if kotak else page.chars
    peta = chars_to_textmap(sisa, layout_bbox=page.bbox, layout_width=page.width, layout_height=page.height)
    for ln in peta.extract_text_lines(strip=True, return_chars=True):
        teks = " ".join(ln["text"].split())
        if not teks:
            continue
        huruf = [c for c in ln["chars"] if c["text"].strip()]
        tebal = bool(huruf) and all("bold" in (c.get("fontname") or "").lower() for c in huruf)
        ukuran = max((c["bottom"] - c["top"]) for c in huruf) if huruf else ln["bottom"] - ln["top"]
        unsur.append(_Unsur(ln["top"], ln["bottom"], teks=teks, tebal=tebal, tinggi=ukuran, x0=ln["x0"], x1=ln["x1"]))
    unsur.sort(key=lambda u: (u.atas, u.tabel is None))
    return unsur


# --- running headers, footers, page numbers -----------------------------------------------------------------


def _kunci_ulang(teks: str) -> str:
    return re.sub(r"\d+", "#", teks.lower()).strip()


def _buang_kepala_kaki(per_halaman: list[list[_Unsur]], tinggi: list[float]) -> None:
    def di_margin(u: _Unsur, h: float) -> bool:
        return u.tabel is None and (u.bawah <= h * MARGIN_KEPALA or u.atas >= h * (1 - MARGIN_KEPALA))

    hitung: Counter[str] = Counter()
    for unsur, h in zip(per_halaman, tinggi, strict=True):
        hitung.update({_kunci_ulang(u.teks) for u in unsur if di_margin(u, h)})
    ambang = max(2, len(per_halaman) // 3)
    for k, (unsur, h) in enumerate(zip(per_halaman, tinggi, strict=True)):
        per_halaman[k] = [
            u
            for u in unsur
            if not (di_margin(u, h) and (hitung[_kunci_ulang(u.teks)] >= ambang or _NOMOR_HALAMAN.match(u.teks)))
        ]


# --- blocks, tables joined across pages ---------------------------------------------------------------------


def _sama_kepala(a: list[str], b: list[str]) -> bool:
    return [c.lower() for c in a] == [c.lower() for c in b]


def _susun_blok(per_halaman: list[list[_Unsur]]) -> list[Blok]:
    blok: list[Blok] = []
    paragraf: list[_Unsur] = []
    hlm_paragraf = 0
    tabel_terakhir: Blok | None = None  # the table that ended the previous page, while nothing came after it

    def tutup() -> None:
        nonlocal paragraf
        if paragraf:
            teks = bersihkan(" ".join(u.teks for u in paragraf))
            if teks:
                blok.append(
                    Blok(
                        "paragraf",
                        teks,
                        butir=bool(_BUTIR.match(paragraf[0].teks)),
                        tebal=all(u.tebal for u in paragraf),
                        halaman=hlm_paragraf,
                        keyakinan=_rata([u.keyakinan for u in paragraf]),
                    )
                )
        paragraf = []

    for n, unsur in enumerate(per_halaman, start=1):
        awal_halaman = True
        kanan = max((u.x1 for u in unsur if u.tabel is None), default=0.0)  # the right edge of the text
        for u in unsur:
            if u.tabel is not None:
                tutup()
                if awal_halaman and tabel_terakhir is not None and _lanjut(tabel_terakhir.baris, u.tabel):
                    baris = u.tabel
                    kepala = tabel_terakhir.baris[: max(1, _jumlah_kepala(tabel_terakhir.baris))]
                    while baris and any(_sama_kepala(baris[0], k) for k in kepala):
                        baris = baris[1:]  # the header repeated on the new page
                    if baris and _potongan_baris(tabel_terakhir.baris[-1], baris[0]):
                        # a row broken across the page (Word's default): its text continues in the same cells
                        akhir = tabel_terakhir.baris[-1]
                        for j, c in enumerate(baris[0]):
                            if c:
                                akhir[j] = f"{akhir[j]} {c}".strip()
                        baris = baris[1:]
                    tabel_terakhir.baris.extend(baris)
                    tabel_terakhir.halaman_akhir = n
                    if u.keyakinan is not None:
                        tabel_terakhir.keyakinan = _rata([tabel_terakhir.keyakinan, u.keyakinan])
                else:
                    b = Blok("tabel", baris=u.tabel, halaman=n, halaman_akhir=n, keyakinan=u.keyakinan)
                    blok.append(b)
                    tabel_terakhir = b
                awal_halaman = False
                continue
            if awal_halaman and tabel_terakhir is not None and _LANJUTAN.match(u.teks):
                continue  # "Lanjutan Tabel 3.6" between the two halves of one table
            awal_halaman = False
            tabel_terakhir = None
            if paragraf and (_pisah_paragraf(paragraf[-1], u, kanan) or _menjorok_baru(paragraf, u)):
                tutup()
            if not paragraf:
                hlm_paragraf = n
            paragraf.append(u)
        tutup()  # a paragraph ends with its page; a sentence split across pages is rare in reports
        if unsur and unsur[-1].tabel is None:
            tabel_terakhir = None
    return blok


def _rata(nilai: list[float | None]) -> float | None:
    ada = [v for v in nilai if v is not None]
    return sum(ada) / len(ada) if ada else None


def _jumlah_kepala(baris: list[list[str]]) -> int:
    n = 0
    while n < min(3, len(baris)) and seperti_kepala(baris[n]):
        n += 1
    return n


def _lanjut(lama: list[list[str]], baru: list[list[str]]) -> bool:
    """Does `baru`, at the top of a page, continue the table `lama` that ended the previous page?"""
    lebar_lama = max(len(r) for r in lama)
    lebar_baru = max(len(r) for r in baru)
    if lebar_lama != lebar_baru:
        return False
    if seperti_kepala(baru[0]):
        # a header: the same header repeated continues the table, another header starts a new one
        return any(_sama_kepala(baru[0], k) for k in lama[:3])
    return True


def _potongan_baris(akhir: list[str], awal: list[str]) -> bool:
    """Is `awal`, the first row on the new page, the rest of the row `akhir` broken by the page end (Word's
    default lets a row break)?

    Only when it cannot be a row of its own: text only in columns where the broken row has text too, nothing
    in a column where the broken row holds a figure, and a cell going on with a lower-case word (the rest of
    a sentence: "… tata laksana penyelenggaraan" / "pemerintahan dan pelayanan publik.")."""
    if len(akhir) != len(awal) or not any(awal) or seperti_kepala(akhir):
        return False
    for j, c in enumerate(awal):
        if not c:
            continue
        if not re.search(r"[A-Za-z]{3}", akhir[j]):
            return False  # a new value where the broken row has none, or has a figure
    return any(c[:1].islower() for c in awal if c)


def _menjorok_baru(paragraf: list[_Unsur], b: _Unsur) -> bool:
    """A line indented past the paragraph's continuation lines, after a sentence ends, starts a new paragraph (a
    first-line indent), also when the line before it runs to the right margin (justified text)."""
    if len(paragraf) < 2:
        return False  # the first line of a list item or of an indented paragraph sits elsewhere
    a = paragraf[-1]
    return a.teks.rstrip().endswith((".", ":", ";", "?", "!")) and b.x0 > a.x0 + max(2.0, 0.3 * a.tinggi)


def _pisah_paragraf(a: _Unsur, b: _Unsur, kanan: float) -> bool:
    jarak = b.atas - a.bawah
    tinggi = max(a.tinggi, b.tinggi, 1.0)
    if jarak > tinggi * 0.8:
        return True
    if a.x1 and a.x1 < kanan - 4 * tinggi and a.teks.rstrip().endswith((".", ":", ";", "?", "!")):
        return True  # a short line closing a sentence is a paragraph's last line
    if a.tebal != b.tebal:
        return True
    if _BUTIR.match(b.teks):
        return True
    return abs(a.tinggi - b.tinggi) > 1.5  # a heading in a larger size
