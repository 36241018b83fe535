"""SVG charts for the results page: nine unsur bars (weakest first) and the trend per period. Values come
from sakip.core.ikm; the table beside each chart carries the same numbers."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from sakip.core.angka import format_angka
from sakip.core.ikm import HasilIkm
from sakip.core.sumber_periode import tampil_periode

WARNA_MUTU = {"A": "#1b7a3a", "B": "#14507a", "C": "#8a6100", "D": "#b42318"}


def _x(nilai: Decimal, lebar: int, bawah: int = 25, atas: int = 100) -> int:
    v = min(max(float(nilai), bawah), atas)  # pixels only; the printed values stay Decimal
    return int((v - bawah) / (atas - bawah) * lebar)


def grafik_unsur(h: HasilIkm) -> str:
    """Horizontal bars of NRR × 25 per unsur, the weakest first, coloured by mutu, with the IKM line."""
    kiri, kanan, tinggi_baris, lebar = 250, 60, 26, 640
    lebar_batang = lebar - kiri - kanan
    data = h.terlemah()
    tinggi = 34 + tinggi_baris * len(data) + 16
    judul = f"Nilai per unsur (NRR × 25), terendah di atas; IKM {format_angka(h.ikm, 2)}"
    isi = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {lebar} {tinggi}" role="img" '
        f'aria-label="{escape(judul)}" font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(judul)}</title>",
        f'<text x="0" y="16" font-weight="600" font-size="13">{escape(judul)}</text>',
    ]
    for i, u in enumerate(data):
        y = 30 + i * tinggi_baris
        isi.append(f'<text x="{kiri - 6}" y="{y + 16}" text-anchor="end">{escape(u.kode + " " + u.unsur.nama)}</text>')
        isi.append(f'<rect x="{kiri}" y="{y + 4}" width="{lebar_batang}" height="{tinggi_baris - 8}" fill="#f0f2f4"/>')
        w = _x(u.nilai_konversi, lebar_batang)
        isi.append(
            f'<rect x="{kiri}" y="{y + 4}" width="{w}" height="{tinggi_baris - 8}" fill="{WARNA_MUTU[u.mutu.huruf]}">'
            f"<title>{escape(u.unsur.nama)}: NRR {format_angka(u.nrr, 3)}, nilai {format_angka(u.nilai_konversi, 2)}, "
            f"mutu {u.mutu.huruf}</title></rect>"
        )
        isi.append(f'<text x="{lebar - kanan + 6}" y="{y + 16}">{format_angka(u.nilai_konversi, 2)}</text>')
    x = kiri + _x(h.ikm, lebar_batang)
    isi.append(f'<line x1="{x}" y1="26" x2="{x}" y2="{tinggi - 12}" stroke="#555" stroke-dasharray="4 3"/>')
    isi.append(f'<text x="{x}" y="{tinggi - 2}" text-anchor="middle" font-size="11">IKM</text>')
    isi.append("</svg>")
    return "".join(isi)


def grafik_tren(per_periode: dict[str, HasilIkm]) -> str:
    lebar, tinggi, kiri, bawah_px = 640, 220, 40, 30
    label = list(per_periode)
    n = len(label)
    if n < 2:
        return ""
    nilai = [h.ikm for h in per_periode.values()]
    lo = max(25, int(min(float(v) for v in nilai)) - 5)
    hi = 100
    judul = "Tren IKM per periode"

    def pos(i: int, v: Decimal) -> tuple[int, int]:
        x = kiri + int(i * (lebar - kiri - 30) / (n - 1))
        y = 24 + int((hi - float(v)) / (hi - lo) * (tinggi - 24 - bawah_px))
        return x, y

    titik = [pos(i, v) for i, v in enumerate(nilai)]
    isi = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {lebar} {tinggi}" role="img" aria-label="{judul}" '
        'font-family="system-ui, sans-serif" font-size="11">',
        f"<title>{judul}</title>",
        f'<text x="0" y="14" font-weight="600" font-size="13">{judul}</text>',
        f'<polyline fill="none" stroke="#14507a" stroke-width="2" points="{" ".join(f"{x},{y}" for x, y in titik)}"/>',
    ]
    for (x, y), k, v in zip(titik, label, nilai, strict=True):
        isi.append(
            f'<circle cx="{x}" cy="{y}" r="4" fill="#14507a"><title>{escape(tampil_periode(k))}: {format_angka(v, 2)}</title></circle>'
        )
        isi.append(f'<text x="{x}" y="{y - 8}" text-anchor="middle">{format_angka(v, 2)}</text>')
        isi.append(f'<text x="{x}" y="{tinggi - 10}" text-anchor="middle">{escape(tampil_periode(k))}</text>')
    isi.append("</svg>")
    return "".join(isi)
