"""The LKjIP's charts drawn by Typst itself: vector shapes and real (searchable) text, no matplotlib.

Each function takes the chart's data (already formatted the Indonesian way by `grafik`) and returns Typst code
for a box of the given size, built from placed rectangles, lines and text. The PDF path therefore never imports
matplotlib (its import and drawing cost about a second); the DOCX keeps matplotlib's PNG.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

WARNA_TARGET = "#37474f"
WARNA_REALISASI = "#1565c0"
WARNA_SERAPAN = "#2e7d32"
WARNA_LATAR = "#eceff1"
SUMBU = "0.6pt + black"


def _s(teks: str) -> str:
    return '"' + teks.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _cm(x: float) -> str:
    return f"{x:.3f}cm"


class Kanvas:
    """Shapes placed at absolute positions (cm from the top left) inside a box."""

    def __init__(self, lebar: float, tinggi: float):
        self.lebar = lebar
        self.tinggi = tinggi
        self.isi: list[str] = []

    def kotak(self, x: float, y: float, w: float, h: float, warna: str) -> None:
        if w <= 0 or h <= 0:
            return
        self.isi.append(
            f'place(top + left, dx: {_cm(x)}, dy: {_cm(y)}, rect(width: {_cm(w)}, height: {_cm(h)}, fill: rgb("{warna}")))'
        )

    def garis(self, x1: float, y1: float, x2: float, y2: float, garis: str = SUMBU) -> None:
        self.isi.append(
            f"place(top + left, line(start: ({_cm(x1)}, {_cm(y1)}), end: ({_cm(x2)}, {_cm(y2)}), stroke: {garis}))"
        )

    def titik(self, x: float, y: float, r: float, warna: str) -> None:
        self.isi.append(
            f'place(top + left, dx: {_cm(x - r)}, dy: {_cm(y - r)}, circle(radius: {_cm(r)}, fill: rgb("{warna}")))'
        )

    def teks(
        self,
        x: float,
        y: float,
        teks: str,
        *,
        ukuran: float = 7,
        rata: str = "kiri",
        tegak: str = "tengah",
        tebal: bool = False,
        warna: str = "#000000",
        lebar: float = 6.0,
        tinggi: float = 2.0,
        putar: bool = False,
    ) -> None:
        """Text anchored at (x, y): `rata` kiri/tengah/kanan is where x is, `tegak` atas/tengah/bawah where y is."""
        dx = {"kiri": x, "tengah": x - lebar / 2, "kanan": x - lebar}[rata]
        dy = {"atas": y, "tengah": y - tinggi / 2, "bawah": y - tinggi}[tegak]
        ah = {"kiri": "left", "tengah": "center", "kanan": "right"}[rata]
        av = {"atas": "top", "tengah": "horizon", "bawah": "bottom"}[tegak]
        tebal_ = ', weight: "bold"' if tebal else ""
        isi = f'text(size: {ukuran}pt, fill: rgb("{warna}"){tebal_}, {_s(teks)})'
        if putar:
            isi = f"rotate(-90deg, reflow: true, {isi})"
        self.isi.append(
            f"place(top + left, dx: {_cm(dx)}, dy: {_cm(dy)}, box(width: {_cm(lebar)}, height: {_cm(tinggi)}, "
            f"align({ah} + {av}, par(justify: false, leading: 0.3em, {isi}))))"
        )

    def kode(self) -> str:
        """One line of Typst code (the writer puts each block on a line of its own)."""
        return f"box(width: {_cm(self.lebar)}, height: {_cm(self.tinggi)}, {{ " + " ; ".join(self.isi) + " })"


def langkah_rapi(atas: float, jumlah: int = 5) -> float:
    """A round tick step (1, 2, 2,5 or 5 × 10ⁿ) giving about `jumlah` ticks from 0 to `atas`."""
    if atas <= 0:
        return 1.0
    kasar = atas / jumlah
    p = 10 ** math.floor(math.log10(kasar))
    for m in (1, 2, 2.5, 5, 10):
        if kasar <= m * p:
            return m * p
    return 10 * p


def _tik(atas: float, langkah: float) -> list[float]:
    n = int(atas / langkah + 1e-9)
    return [i * langkah for i in range(n + 1)]


@dataclass(slots=True)
class BatangCapaian:
    label: str  # "Sasaran 1.1\n<indicator name, wrapped>"
    nilai: float
    teks_nilai: str  # "102,20%"
    warna: str


def capaian(data: list[BatangCapaian], lebar: float, format_tik) -> str:
    """Horizontal bars: achievement per indicator against the 100% target line."""
    n = len(data)
    baris = 1.5
    atas, bawah, kiri = 0.55, 1.15, 5.4
    tinggi = atas + n * baris + bawah
    k = Kanvas(lebar, tinggi)
    pw = lebar - kiri - 0.4
    batas = max([*(d.nilai for d in data), 100.0]) * 1.15

    def x(v: float) -> float:
        return kiri + pw * max(v, 0) / batas

    y0 = atas + n * baris
    langkah = langkah_rapi(batas)
    for t in _tik(batas, langkah):
        k.garis(x(t), y0, x(t), y0 + 0.12)
        k.teks(x(t), y0 + 0.17, format_tik(t), ukuran=7, rata="tengah", tegak="atas", lebar=1.6, tinggi=0.4)
    for i, d in enumerate(data):
        yc = atas + (i + 0.5) * baris
        h = 0.55 * baris
        k.kotak(kiri, yc - h / 2, x(d.nilai) - kiri, h, d.warna)
        k.teks(kiri - 0.15, yc, d.label, ukuran=7, rata="kanan", lebar=kiri - 0.2, tinggi=baris)
        dalam = d.nilai > batas * 0.25
        if dalam:
            k.teks(
                x(d.nilai) - 0.12,
                yc,
                d.teks_nilai,
                ukuran=7.5,
                rata="kanan",
                tebal=True,
                warna="#ffffff",
                lebar=2.5,
                tinggi=0.6,
            )
        else:
            k.teks(x(d.nilai) + 0.12, yc, d.teks_nilai, ukuran=7.5, rata="kiri", tebal=True, lebar=2.5, tinggi=0.6)
    k.garis(x(100), atas - 0.1, x(100), y0, f'(paint: rgb("{WARNA_TARGET}"), thickness: 0.9pt, dash: "dashed")')
    k.teks(
        x(100) + 0.08,
        atas - 0.1,
        "target 100%",
        ukuran=7,
        rata="kiri",
        tegak="bawah",
        warna=WARNA_TARGET,
        lebar=3,
        tinggi=0.45,
    )
    k.garis(kiri, y0, kiri + pw, y0)
    k.garis(kiri, atas - 0.2, kiri, y0)
    k.teks(kiri + pw / 2, tinggi, "Capaian kinerja (%)", ukuran=8, rata="tengah", tegak="bawah", lebar=6, tinggi=0.45)
    return k.kode()


@dataclass(slots=True)
class PanelTren:
    judul: str  # wrapped to at most two lines
    satuan: str
    tahun: list[str]
    realisasi: list[float | None]
    teks_realisasi: list[str]
    target: list[float | None]


def tren(panel: list[PanelTren], lebar: float, format_tik) -> str:
    """Small multiples: realisation per year (bars) and the Renstra target (dashed line with markers)."""
    kolom = 2 if len(panel) > 1 else 1
    n_baris = (len(panel) + kolom - 1) // kolom
    tp = 5.2
    jarak = 0.5
    tinggi = n_baris * tp + (n_baris - 1) * 0.2
    k = Kanvas(lebar, tinggi)
    lp = (lebar - jarak * (kolom - 1)) / kolom
    for idx, p in enumerate(panel):
        ox = (idx % kolom) * (lp + jarak)
        oy = (idx // kolom) * (tp + 0.2)
        kiri = ox + (1.45 if p.satuan.strip() else 1.0)
        kanan = ox + lp - 0.15
        atas_plot = oy + 1.0
        bawah_plot = oy + tp - 0.5
        k.teks(ox + 0.1, oy, p.judul, ukuran=8.5, rata="kiri", tegak="atas", tebal=True, lebar=lp - 0.1, tinggi=0.95)
        semua = [v for v in p.realisasi + p.target if v is not None]
        puncak = max(semua) if semua else 1.0
        puncak = puncak or 1.0
        batas = puncak * 1.22

        def y(v: float, b=bawah_plot, a=atas_plot, batas=batas) -> float:
            return b - (b - a) * max(v, 0) / batas

        langkah = langkah_rapi(batas, 4)
        for t in _tik(batas, langkah):
            k.garis(kiri - 0.1, y(t), kiri, y(t))
            k.teks(kiri - 0.14, y(t), format_tik(t), ukuran=6.5, rata="kanan", lebar=1.2, tinggi=0.4)
        if p.satuan.strip():
            k.teks(
                ox + 0.05,
                (atas_plot + bawah_plot) / 2,
                p.satuan,
                ukuran=6.5,
                rata="kiri",
                lebar=0.4,
                tinggi=bawah_plot - atas_plot,
                putar=True,
            )
        m = len(p.tahun)
        slot = (kanan - kiri) / max(m, 1)
        pusat = [kiri + (j + 0.5) * slot for j in range(m)]
        for j, (th, v, tv) in enumerate(zip(p.tahun, p.realisasi, p.teks_realisasi, strict=True)):
            k.teks(pusat[j], bawah_plot + 0.08, th, ukuran=6.5, rata="tengah", tegak="atas", lebar=slot, tinggi=0.35)
            if v is None:
                continue
            w = slot * 0.55
            k.kotak(pusat[j] - w / 2, y(v), w, bawah_plot - y(v), WARNA_REALISASI)
            if v > puncak * 0.2:
                k.teks(
                    pusat[j],
                    y(v) + 0.06,
                    tv,
                    ukuran=6.5,
                    rata="tengah",
                    tegak="atas",
                    tebal=True,
                    warna="#ffffff",
                    lebar=slot,
                    tinggi=0.35,
                )
            else:
                k.teks(
                    pusat[j],
                    y(v) - 0.04,
                    tv,
                    ukuran=6.5,
                    rata="tengah",
                    tegak="bawah",
                    tebal=True,
                    lebar=slot,
                    tinggi=0.35,
                )
        titik = [(pusat[j], y(v)) for j, v in enumerate(p.target) if v is not None]
        gaya = f'(paint: rgb("{WARNA_TARGET}"), thickness: 1pt, dash: "dashed")'
        for (x1, y1), (x2, y2) in pairwise(titik):
            k.garis(x1, y1, x2, y2, gaya)
        for xx, yy in titik:
            k.titik(xx, yy, 0.06, WARNA_TARGET)
        k.garis(kiri, bawah_plot, kanan, bawah_plot)
        k.garis(kiri, atas_plot - 0.1, kiri, bawah_plot)
        if idx == 0:
            lx, ly = kanan - 2.0, bawah_plot - 0.75
            k.kotak(lx, ly - 0.1, 0.35, 0.2, WARNA_REALISASI)
            k.teks(lx + 0.45, ly, "Realisasi", ukuran=6.5, rata="kiri", lebar=1.5, tinggi=0.35)
            k.garis(lx, ly + 0.35, lx + 0.35, ly + 0.35, gaya)
            k.titik(lx + 0.175, ly + 0.35, 0.05, WARNA_TARGET)
            k.teks(lx + 0.45, ly + 0.35, "Target", ukuran=6.5, rata="kiri", lebar=1.5, tinggi=0.35)
    return k.kode()


@dataclass(slots=True)
class BatangSerapan:
    label: str  # "Program …", wrapped
    serapan: float  # percent
    keterangan: str  # "96,84%\nRp …\ndari Rp …"


def serapan(data: list[BatangSerapan], lebar: float, format_tik) -> str:
    """Horizontal bars: budget absorption per program against a 100% background bar."""
    n = len(data)
    baris = 1.5
    atas, bawah, kiri = 0.25, 1.15, 5.4
    tinggi = atas + n * baris + bawah
    k = Kanvas(lebar, tinggi)
    pw = lebar - kiri - 0.3
    batas = 150.0

    def x(v: float) -> float:
        return kiri + pw * min(max(v, 0), batas) / batas

    y0 = atas + n * baris
    for t in (0, 20, 40, 60, 80, 100):
        k.garis(x(t), y0, x(t), y0 + 0.12)
        k.teks(x(t), y0 + 0.17, format_tik(t), ukuran=7, rata="tengah", tegak="atas", lebar=1.6, tinggi=0.4)
    for i, d in enumerate(data):
        yc = atas + (i + 0.5) * baris
        h = 0.55 * baris
        k.kotak(kiri, yc - h / 2, x(100) - kiri, h, WARNA_LATAR)
        k.kotak(kiri, yc - h / 2, x(d.serapan) - kiri, h, WARNA_SERAPAN)
        k.teks(kiri - 0.15, yc, d.label, ukuran=7, rata="kanan", lebar=kiri - 0.2, tinggi=baris)
        k.teks(
            x(max(d.serapan, 100) + 1.5),
            yc,
            d.keterangan,
            ukuran=6.5,
            rata="kiri",
            lebar=lebar - x(101.5),
            tinggi=baris,
        )
    k.garis(kiri, y0, kiri + pw, y0)
    k.garis(kiri, atas - 0.1, kiri, y0)
    k.teks(kiri + pw / 2, tinggi, "Serapan anggaran (%)", ukuran=8, rata="tengah", tegak="bawah", lebar=6, tinggi=0.45)
    return k.kode()
