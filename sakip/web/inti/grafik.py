"""Server-rendered SVG charts. Values come from sakip.core results; this module only turns them into pixels
(each chart is shown next to its data table, so nothing depends on reading the picture)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape

from sakip.core.angka import format_persen

LEBAR = 640


@dataclass(frozen=True)
class Batang:
    label: str
    nilai: Decimal | None
    warna: str = "#14507a"
    keterangan: str = ""


def _px(nilai: Decimal, maks: Decimal, lebar: int) -> int:
    if maks <= 0:
        return 0
    v = min(max(nilai, Decimal(0)), maks)
    return int((v * lebar / maks).to_integral_value())


def grafik_batang(
    judul: str, data: list[Batang], *, maks: Decimal = Decimal(120), garis: Decimal | None = Decimal(100)
) -> str:
    """Horizontal bars with their value printed; a dashed line at `garis` (the 100 % target)."""
    kiri, kanan, tinggi_baris = 230, 70, 26
    lebar_batang = LEBAR - kiri - kanan
    tinggi = 30 + tinggi_baris * max(len(data), 1) + 10
    isi = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {LEBAR} {tinggi}" role="img" aria-label="{escape(judul)}" font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(judul)}</title>",
        f'<text x="0" y="16" font-weight="600" font-size="13">{escape(judul)}</text>',
    ]
    for i, b in enumerate(data):
        y = 30 + i * tinggi_baris
        label = b.label if len(b.label) <= 34 else b.label[:33] + "…"
        isi.append(
            f'<text x="{kiri - 6}" y="{y + 16}" text-anchor="end"><title>{escape(b.label)}</title>{escape(label)}</text>'
        )
        isi.append(f'<rect x="{kiri}" y="{y + 4}" width="{lebar_batang}" height="{tinggi_baris - 8}" fill="#f0f2f4"/>')
        if b.nilai is not None:
            w = _px(b.nilai, maks, lebar_batang)
            isi.append(
                f'<rect x="{kiri}" y="{y + 4}" width="{w}" height="{tinggi_baris - 8}" fill="{escape(b.warna)}"><title>{escape(b.label)}: {format_persen(b.nilai)}</title></rect>'
            )
            teks = format_persen(b.nilai) + (" ▸" if b.nilai > maks else "")
        else:
            teks = b.keterangan or "belum ada"
        isi.append(f'<text x="{LEBAR - kanan + 6}" y="{y + 16}">{escape(teks)}</text>')
    if garis is not None and garis <= maks:
        x = kiri + _px(garis, maks, lebar_batang)
        isi.append(f'<line x1="{x}" y1="24" x2="{x}" y2="{tinggi - 8}" stroke="#b42318" stroke-dasharray="4 3"/>')
        isi.append(
            f'<text x="{x}" y="{tinggi - 0}" text-anchor="middle" font-size="10" fill="#b42318">{format_persen(garis, 0)}</text>'
        )
    isi.append("</svg>")
    return "".join(isi)


def grafik_garis_triwulan(
    judul: str, seri: list[tuple[str, list[Decimal | None], str]], *, maks: Decimal = Decimal(120)
) -> str:
    """Lines over triwulan I–IV (one per series); missing quarters are gaps."""
    kiri, atas, lebar, tinggi = 50, 30, LEBAR - 200, 180
    isi = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {LEBAR} {atas + tinggi + 40}" role="img" aria-label="{escape(judul)}" font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(judul)}</title>",
        f'<text x="0" y="16" font-weight="600" font-size="13">{escape(judul)}</text>',
    ]
    for p in (0, 25, 50, 75, 100):
        y = atas + tinggi - _px(Decimal(p), maks, tinggi)
        isi.append(
            f'<line x1="{kiri}" y1="{y}" x2="{kiri + lebar}" y2="{y}" stroke="#e3e6ea"/><text x="{kiri - 6}" y="{y + 4}" text-anchor="end" font-size="10">{p}%</text>'
        )
    xs = [kiri + int(lebar * i / 3) for i in range(4)]
    for x, t in zip(xs, ("TW I", "TW II", "TW III", "TW IV"), strict=True):
        isi.append(f'<text x="{x}" y="{atas + tinggi + 16}" text-anchor="middle">{t}</text>')
    for n, (nama, nilai, warna) in enumerate(seri):
        titik = [(xs[i], atas + tinggi - _px(v, maks, tinggi), v) for i, v in enumerate(nilai) if v is not None]
        if len(titik) > 1:
            isi.append(
                f'<polyline fill="none" stroke="{escape(warna)}" stroke-width="2" points="{" ".join(f"{x},{y}" for x, y, _ in titik)}"/>'
            )
        for x, y, v in titik:
            isi.append(
                f'<circle cx="{x}" cy="{y}" r="3.5" fill="{escape(warna)}"><title>{escape(nama)}: {format_persen(v)}</title></circle>'
            )
        ly = atas + 14 * n
        isi.append(
            f'<rect x="{kiri + lebar + 16}" y="{ly}" width="10" height="10" fill="{escape(warna)}"/><text x="{kiri + lebar + 30}" y="{ly + 9}" font-size="11">{escape(nama[:22])}</text>'
        )
    isi.append("</svg>")
    return "".join(isi)


PALET = ("#14507a", "#b42318", "#1b7a3a", "#8a6100", "#6941c6", "#0e7490", "#c2410c", "#4d7c0f")
