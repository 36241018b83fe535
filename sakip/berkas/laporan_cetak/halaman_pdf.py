"""One page of a text PDF as characters and ruling edges, read through PDFium (pypdfium2).

pdfplumber's own reader parses the page's content stream in pure Python (pdfminer): a 50-page report took
15–20 s, nearly all of it there. PDFium (the PDF engine of Chromium, shipped inside the pypdfium2 wheel) gives
the same characters and paths in a small fraction of that. What the reader needs from pdfplumber — the
ruled-table finder and its text-line grouping — works on plain character and edge dicts, so this module
builds those dicts in pdfplumber's layout (top-down coordinates, points) and `Halaman` offers the few
attributes the table finder reads (`chars`, `edges`, `bbox`).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sakip.core.batas import MAKS_PIKSEL_HALAMAN

# a segment whose ends differ by less than this (points) across its direction is horizontal or vertical
_LURUS = 0.1
# a font's descent below the baseline, as a share of the em (Liberation, Arial, Times: 0,21; Calibri 0,25)
_TURUN = 0.21
_PAKSA_TEBAL = 0x40000  # FPDF_FONT_FORCEBOLD in the font descriptor's flags
_NAMA_TEBAL = ("bold", "black", "heavy", "demi", "semibold", "-bd", ",bd")


@dataclass(slots=True)
class Halaman:
    """What pdfplumber's TableFinder and Table read from a page, plus the page's size and how to render it."""

    lebar: float
    tinggi: float
    chars: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    _page: object = None

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.lebar, self.tinggi)

    @property
    def width(self) -> float:
        return self.lebar

    @property
    def height(self) -> float:
        return self.tinggi

    def gambar(self, dpi: int):
        """The page rendered as a greyscale PIL image (for OCR), at a lower resolution when the page is so large
        that `dpi` would exceed MAKS_PIKSEL_HALAMAN."""
        skala = dpi / 72
        piksel = max(self.lebar, 1.0) * max(self.tinggi, 1.0) * skala * skala
        if piksel > MAKS_PIKSEL_HALAMAN:
            skala *= (MAKS_PIKSEL_HALAMAN / piksel) ** 0.5
        return self._page.render(scale=skala, grayscale=True).to_pil().convert("L")


def buka(path: str) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(path)


def halaman(doc: pdfium.PdfDocument, indeks: int) -> Halaman:
    page = doc[indeks]
    lebar, tinggi = page.get_size()
    h = Halaman(lebar=float(lebar), tinggi=float(tinggi), _page=page)
    tp = page.get_textpage()
    try:
        h.chars = _huruf(tp, h.tinggi)
    finally:
        tp.close()
    h.edges = _tepi(page, h.tinggi)
    return h


def tutup(h: Halaman) -> None:
    if h._page is not None:
        h._page.close()
        h._page = None


def _huruf(tp, tinggi: float) -> list[dict]:
    raw = tp.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    if n <= 0:
        return []
    # the page's text in one call (UTF-16, one unit per character index); per-character calls only for boxes
    buf = ctypes.create_string_buffer(2 * (n + 1))
    pdfium_c.FPDFText_GetText(raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    satuan = memoryview(buf.raw[: 2 * n]).cast("H")
    kotak = pdfium_c.FS_RECTF()
    ref = ctypes.byref(kotak)
    generated, box = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetLooseCharBox
    matriks_dari, ukuran_dari = pdfium_c.FPDFText_GetMatrix, pdfium_c.FPDFText_GetFontSize
    info = pdfium_c.FPDFText_GetFontInfo
    m = pdfium_c.FS_MATRIX()
    m_ref = ctypes.byref(m)
    asal = pdfium_c.FPDFText_GetCharOrigin
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_ref, oy_ref = ctypes.byref(ox), ctypes.byref(oy)
    nama_buf = ctypes.create_string_buffer(128)
    tanda = ctypes.c_int()
    tanda_ref = ctypes.byref(tanda)
    huruf_dari: dict[tuple[bytes, bool], str] = {}
    hasil: list[dict] = []
    tinggi_surrogat: int | None = None
    for i in range(n):
        u = satuan[i]
        if u < 32 or u >= 0xFFFD:
            u = pdfium_c.FPDFText_GetUnicode(raw, i)  # GetText writes some marks (the line-end hyphen) otherwise
        if u == 32 and generated(raw, i) == 1:
            # PDFium replaces some fonts' real space glyphs with "generated" ones placed elsewhere: the space goes
            # right after the character before it (pdfplumber splits words on it)
            if hasil and not hasil[-1]["text"].isspace():
                hasil.append(dict(hasil[-1], text=" ", x0=hasil[-1]["x1"], width=0.0))
            continue
        if u in (0, 10, 13, 0xFFFD, 0xFFFE, 0xFFFF):
            continue  # line breaks (generated; pdfplumber finds lines itself) and characters with no Unicode
        if 0xD800 <= u < 0xDC00:
            tinggi_surrogat = u
            continue
        if 0xDC00 <= u < 0xE000:
            if tinggi_surrogat is None:
                continue
            teks = chr(0x10000 + ((tinggi_surrogat - 0xD800) << 10) + (u - 0xDC00))
            tinggi_surrogat = None
        elif u == 2:
            teks = "-"  # PDFium's mark for a hyphen that breaks a word at the line end
        else:
            teks = chr(u)
        if not box(raw, i, ref):
            continue
        x0, x1 = kotak.left, kotak.right
        if x1 < x0:
            x0, x1 = x1, x0
        matriks_dari(raw, i, m_ref)
        tegak = abs(m.b) < 1e-3 and abs(m.c) < 1e-3 and m.a > 0 and m.d > 0
        if tegak and asal(raw, i, ox_ref, oy_ref):
            # pdfminer's box, which the reader's spacing rules were made with: one em from just under the
            # baseline, the same for every character of a line (PDFium's loose box follows descenders)
            em = ukuran_dari(raw, i) * m.d
            bawah = tinggi - oy.value + _TURUN * em
            atas = bawah - em
        else:
            atas, bawah = tinggi - kotak.top, tinggi - kotak.bottom
            if bawah < atas:
                atas, bawah = bawah, atas
        info(raw, i, nama_buf, 128, tanda_ref)
        # bold from the font's name or its descriptor's flags (the weight PDFium reports is often 400 for a
        # subset bold face)
        kunci = (nama_buf.value, bool(tanda.value & _PAKSA_TEBAL))
        fontname = huruf_dari.get(kunci)
        if fontname is None:
            fontname = huruf_dari[kunci] = _nama_huruf(*kunci)
        hasil.append(
            {
                "object_type": "char",
                "text": teks,
                "x0": x0,
                "x1": x1,
                "top": atas,
                "bottom": bawah,
                "doctop": atas,
                "width": x1 - x0,
                "height": bawah - atas,
                "size": bawah - atas,
                "upright": tegak,
                "fontname": fontname,
            }
        )
    return hasil


def _nama_huruf(nama: bytes, tebal: bool) -> str:
    """The font's name as pdfplumber gives it; "Bold" added when the flags or the name's style (black, heavy,
    semibold, …) say bold and the name does not carry the word (the reader tests "bold" in the name)."""
    teks = nama.decode("latin-1", "replace")
    if tebal or any(t in teks.lower() for t in _NAMA_TEBAL):
        return teks if "bold" in teks.lower() else f"{teks}-Bold"
    return teks or "Regular"


def _tepi(page, tinggi: float) -> list[dict]:
    """Every straight horizontal or vertical stretch of every path (lines, rectangles, cell borders drawn as
    thin filled boxes), in page coordinates; form XObjects are entered with their matrices."""
    tepi: list[dict] = []
    n = pdfium_c.FPDFPage_CountObjects(page.raw)
    for i in range(n):
        _obj_tepi(pdfium_c.FPDFPage_GetObject(page.raw, i), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), tinggi, tepi, 0)
    return tepi


def _kali(m: tuple, n: tuple) -> tuple:
    """m then n (PDF row-vector convention: [x y 1] · M · N)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _matriks(obj) -> tuple:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _obj_tepi(obj, induk: tuple, tinggi: float, tepi: list[dict], dalam: int) -> None:
    jenis = pdfium_c.FPDFPageObj_GetType(obj)
    if jenis == pdfium_c.FPDF_PAGEOBJ_FORM and dalam < 8:
        m = _kali(_matriks(obj), induk)
        for k in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
            _obj_tepi(pdfium_c.FPDFFormObj_GetObject(obj, k), m, tinggi, tepi, dalam + 1)
        return
    if jenis != pdfium_c.FPDF_PAGEOBJ_PATH:
        return
    a, b, c, d, e, f = _kali(_matriks(obj), induk)
    x, y = ctypes.c_float(), ctypes.c_float()
    awal = sebelum = None
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        titik = (a * x.value + c * y.value + e, tinggi - (b * x.value + d * y.value + f))
        jenis_seg = pdfium_c.FPDFPathSegment_GetType(seg)
        if jenis_seg == pdfium_c.FPDF_SEGMENT_MOVETO or sebelum is None:
            awal = titik
        elif jenis_seg == pdfium_c.FPDF_SEGMENT_LINETO:
            _tambah(tepi, sebelum, titik)
        sebelum = titik
        if pdfium_c.FPDFPathSegment_GetClose(seg) and awal is not None:
            _tambah(tepi, sebelum, awal)
            sebelum = awal


def _tambah(tepi: list[dict], p: tuple, q: tuple) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) <= _LURUS:
        arah = "h"
        y1 = y0
    elif abs(x1 - x0) <= _LURUS:
        arah = "v"
        x1 = x0
    else:
        return  # a slanted stroke (a chart's line, a signature) is not a table rule
    kiri, kanan, atas, bawah = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    tepi.append(
        {
            "object_type": "line",
            "orientation": arah,
            "x0": kiri,
            "x1": kanan,
            "top": atas,
            "bottom": bawah,
            "doctop": atas,
            "width": kanan - kiri,
            "height": bawah - atas,
        }
    )
