"""A scanned page (no text layer) → lines and tables, through Tesseract OCR with the Indonesian language data.

The page is rendered at `DPI`; ruled tables are found from their lines in the image (long dark rows and
columns), the rules are whitened, the page is read once by Tesseract (`ind` language data, Debian package
``tesseract-ocr-ind``), and each word is placed in the table cell that holds its centre or in a text line.
A cell spanning several columns (no vertical rule crosses it) gives its text once, like a Word table.

Every line and cell keeps the confidence Tesseract gave its words. A number Tesseract read with low
confidence, or a token that mixes digits with letters OCR confuses with them ("9l,5O"), is not guessed: the
cell is replaced by `TAK_TERBACA` and the place is listed, so the reviu reports it and the rules skip it.
"""

from __future__ import annotations

import functools
import re
import shutil

from .pdf import _Unsur

DPI = 200
BAHASA = "ind"
# a word whose confidence is below this (0–100) and that holds a digit is reported, not read
KEYAKINAN_ANGKA = 60.0
TAK_TERBACA = "\u2047"  # ⁇ in a cell: printed, but OCR could not read it reliably

# A page (rules whitened) with fewer dark pixels than this, scaled to an A4 page at DPI, holds at most a page
# number or a stray mark (one 11-point character is about 250): Tesseract is not run on it. Blank separator
# pages of a scan then cost only their rendering.
TINTA_MINIMUM = 600
_PIKSEL_A4 = (8.27 * DPI) * (11.69 * DPI)
# white kept around the inked part of a page when it is cut out for Tesseract (pixels at DPI)
_TEPI_POTONG = 24

_ANGKA_KABUR = re.compile(r"\d[OoIlSBZ|]|[OoIlSBZ|]\d")
_ANGKA = re.compile(r"\d")


class _Gagal(Exception):
    pass


@functools.cache
def tersedia() -> str | None:
    """None when OCR can run; otherwise the Indonesian message saying what is missing."""
    if shutil.which("tesseract") is None:
        return "OCR tidak tersedia: program tesseract belum terpasang (paket Debian tesseract-ocr)"
    try:
        import pytesseract

        bahasa = pytesseract.get_languages(config="")
    except Exception:  # any failure here means the same thing to the user
        return "OCR tidak tersedia: tesseract tidak dapat dijalankan"
    if BAHASA not in bahasa:
        return "OCR tidak tersedia: data bahasa Indonesia belum terpasang (paket Debian tesseract-ocr-ind)"
    return None


def unsur_ocr(page, nomor: int) -> list[_Unsur]:
    from . import LaporanTidakTerbaca

    masalah = tersedia()
    if masalah:
        raise LaporanTidakTerbaca(f"halaman {nomor} adalah hasil pindai tanpa lapisan teks; {masalah}")
    gambar = page.gambar(DPI)
    skala = float(page.height) / gambar.height  # image pixels → PDF points
    return [_ke_poin(u, skala) for u in baca_gambar(gambar, nomor)]


def _ke_poin(u: _Unsur, skala: float) -> _Unsur:
    u.atas *= skala
    u.bawah *= skala
    u.tinggi *= skala
    u.x0 *= skala
    return u


def baca_gambar(gambar, nomor: int = 0) -> list[_Unsur]:
    """Lines and tables of one greyscale page image (PIL), coordinates in pixels."""
    import numpy as np
    import pytesseract

    px = np.asarray(gambar)
    gelap = px < 128
    tabel = _cari_tabel(gelap)
    bersih = px.copy()
    for t in tabel:
        for y in t["garis_y"]:
            bersih[max(0, y - 3) : y + 4, t["x0"] : t["x1"] + 1] = 255
        for x in t["garis_x"]:
            bersih[t["y0"] : t["y1"] + 1, max(0, x - 3) : x + 4] = 255
    from PIL import Image

    # Tesseract reads only the part of the page that holds ink (plus a margin): a scan's white margins, and a
    # page that is blank once its rules are whitened, cost it nothing.
    tinta = bersih < 128
    baris_isi = np.flatnonzero(tinta.any(axis=1))
    if int(np.count_nonzero(tinta)) < TINTA_MINIMUM * (gambar.width * gambar.height) / _PIKSEL_A4:
        data: dict[str, list] = {"text": []}
        y0 = x0 = 0
    else:
        kolom_isi = np.flatnonzero(tinta.any(axis=0))
        y0, y1 = max(0, int(baris_isi[0]) - _TEPI_POTONG), int(baris_isi[-1]) + _TEPI_POTONG + 1
        x0, x1 = max(0, int(kolom_isi[0]) - _TEPI_POTONG), int(kolom_isi[-1]) + _TEPI_POTONG + 1
        data = pytesseract.image_to_data(
            Image.fromarray(bersih[y0:y1, x0:x1]), lang=BAHASA, config="--psm 4", output_type=pytesseract.Output.DICT
        )
    kata = []
    for i, teks in enumerate(data["text"]):
        teks = (teks or "").strip()
        conf = float(data["conf"][i])
        if not teks or conf < 0:
            continue
        kata.append(
            {
                "teks": teks,
                "conf": conf,
                "x": data["left"][i] + x0,
                "y": data["top"][i] + y0,
                "w": data["width"][i],
                "h": data["height"][i],
                "baris": (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            }
        )
    unsur: list[_Unsur] = []
    sisa = []
    isi_tabel: list[dict[tuple[int, int], list[dict]]] = [{} for _ in tabel]
    for k in kata:
        cx, cy = k["x"] + k["w"] / 2, k["y"] + k["h"] / 2
        for ti, t in enumerate(tabel):
            if t["x0"] <= cx <= t["x1"] and t["y0"] <= cy <= t["y1"]:
                r = _indeks(t["garis_y"], cy)
                c = _indeks(t["garis_x"], cx)
                if r is not None and c is not None:
                    isi_tabel[ti].setdefault((r, c), []).append(k)
                break
        else:
            sisa.append(k)
    for t, isi in zip(tabel, isi_tabel, strict=True):
        baris = _susun_tabel(t, isi, gelap)
        if baris:
            u = _Unsur(atas=t["y0"], bawah=t["y1"], tabel=[[s for s, _ in r] for r in baris])
            conf = [c for r in baris for _, c in r if c is not None]
            u.keyakinan = sum(conf) / len(conf) if conf else None
            unsur.append(u)
    per_baris: dict[tuple, list[dict]] = {}
    for k in sisa:
        per_baris.setdefault(k["baris"], []).append(k)
    for ks in per_baris.values():
        ks.sort(key=lambda k: k["x"])
        teks = " ".join(_kata_aman(k) for k in ks)
        atas = min(k["y"] for k in ks)
        bawah = max(k["y"] + k["h"] for k in ks)
        u = _Unsur(atas, bawah, teks=teks, tinggi=float(max(k["h"] for k in ks)), x0=float(ks[0]["x"]))
        u.keyakinan = sum(k["conf"] for k in ks) / len(ks)
        unsur.append(u)
    unsur.sort(key=lambda u: (u.atas, u.tabel is None))
    return unsur


def _kata_aman(k: dict) -> str:
    """The word, or `TAK_TERBACA` when it is a number OCR was not sure of."""
    t = k["teks"]
    if _ANGKA.search(t) and (k["conf"] < KEYAKINAN_ANGKA or _ANGKA_KABUR.search(t)):
        return TAK_TERBACA
    return t


def _indeks(garis: list[int], v: float) -> int | None:
    for i in range(len(garis) - 1):
        if garis[i] <= v < garis[i + 1]:
            return i
    return None


def _kelompok(idx, jarak: int = 4) -> list[int]:
    """Runs of adjacent indices → the middle of each run."""
    hasil: list[int] = []
    awal = prev = None
    for i in idx:
        i = int(i)
        if prev is None or i - prev > jarak:
            if prev is not None:
                hasil.append((awal + prev) // 2)
            awal = i
        prev = i
    if prev is not None:
        hasil.append((awal + prev) // 2)
    return hasil


def _cari_tabel(gelap) -> list[dict]:
    import numpy as np

    tinggi, lebar = gelap.shape
    baris_gelap = gelap.sum(axis=1)
    garis_y = _kelompok(np.nonzero(baris_gelap > lebar * 0.3)[0])
    tabel: list[dict] = []
    kelompok: list[int] = []
    for y in garis_y:
        if kelompok and y - kelompok[-1] > tinggi * 0.2:
            if len(kelompok) >= 3:
                tabel.append(kelompok)
            kelompok = []
        kelompok.append(y)
    if len(kelompok) >= 3:
        tabel.append(kelompok)
    hasil = []
    for ys in tabel:
        y0, y1 = ys[0], ys[-1]
        garis = gelap[max(0, y0 - 2) : y0 + 3].any(axis=0)
        xs = np.nonzero(garis)[0]
        if not len(xs):
            continue
        x0, x1 = int(xs[0]), int(xs[-1])
        kolom_gelap = gelap[y0 : y1 + 1, :].sum(axis=0)
        # a vertical rule crosses at least the data rows: most of the table's height
        garis_x = _kelompok(np.nonzero(kolom_gelap > (y1 - y0) * 0.5)[0])
        garis_x = [x for x in garis_x if x0 - 3 <= x <= x1 + 3]
        if len(garis_x) < 2:
            continue
        hasil.append({"garis_y": ys, "garis_x": garis_x, "x0": x0, "x1": x1, "y0": y0, "y1": y1})
    return hasil


def _susun_tabel(t: dict, isi: dict, gelap) -> list[list[tuple[str, float | None]]]:
    ys, xs = t["garis_y"], t["garis_x"]
    baris: list[list[tuple[str, float | None]]] = []
    for r in range(len(ys) - 1):
        ya, yb = ys[r] + 4, ys[r + 1] - 4
        sel: list[tuple[str, float | None]] = []
        c = 0
        while c < len(xs) - 1:
            # the cell spans to the right while no vertical rule separates it in this row
            akhir = c + 1
            while (
                akhir < len(xs) - 1
                and yb > ya
                and gelap[ya:yb, max(0, xs[akhir] - 2) : xs[akhir] + 3].any(axis=1).mean() < 0.7
            ):
                akhir += 1
            kata = [k for cc in range(c, akhir) for k in isi.get((r, cc), [])]
            kata.sort(key=lambda k: (k["y"] // max(1, k["h"]), k["x"]))
            teks = " ".join(_kata_aman(k) for k in kata)
            conf = sum(k["conf"] for k in kata) / len(kata) if kata else None
            sel.append((teks, conf))
            sel += [("", None)] * (akhir - c - 1)
            c = akhir
        if any(s for s, _ in sel):
            baris.append(sel)
    return baris
