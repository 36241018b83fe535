"""Server-rendered SVG charts. Values come from sakip.core results; this module only turns them into pixels
(each chart is shown next to its data table, so nothing depends on reading the picture)."""

from __future__ import annotations

import textwrap
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


SEMPIT = 360  # the phone layout: drawn at about the width it is shown (390 px screen), so 12 px stays 12 px


def _potong(teks: str, n: int) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def _svg(judul: str, lebar: int, tinggi: int, kelas: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{kelas}" viewBox="0 0 {lebar} {tinggi}" role="img" aria-label="{escape(judul)}" font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(judul)}</title>",
        f'<text x="0" y="16" font-weight="600" font-size="13">{escape(_potong(judul, lebar // 8))}</text>',
    ]


def _batang(b: Batang, maks: Decimal) -> tuple[int | None, str]:
    if b.nilai is None:
        return None, b.keterangan or "belum ada"
    return b.nilai, format_persen(b.nilai) + (" ▸" if b.nilai > maks else "")


def grafik_batang(
    judul: str, data: list[Batang], *, maks: Decimal = Decimal(120), garis: Decimal | None = Decimal(100)
) -> str:
    """Horizontal bars with their value printed; a dashed line at `garis` (the 100 % target).

    Two drawings: the desktop one (labels left of the bars, start-aligned so a long label is shortened at its end
    and never cut at the left edge) and the phone one (each label on its own line above its bar), chosen by CSS."""
    return _batang_lebar(judul, data, maks, garis) + _batang_sempit(judul, data, maks, garis)


def _garis_target(isi: list[str], garis: Decimal | None, maks: Decimal, kiri: int, lebar: int, atas: int, bawah: int):
    if garis is not None and garis <= maks:
        x = kiri + _px(garis, maks, lebar)
        isi.append(f'<line x1="{x}" y1="{atas}" x2="{x}" y2="{bawah - 8}" stroke="#b42318" stroke-dasharray="4 3"/>')
        isi.append(
            f'<text x="{x}" y="{bawah}" text-anchor="middle" font-size="10" fill="#b42318">{format_persen(garis, 0)}</text>'
        )


def _batang_lebar(judul: str, data: list[Batang], maks: Decimal, garis: Decimal | None) -> str:
    kiri, kanan, tinggi_baris = 230, 84, 26
    lebar_batang = LEBAR - kiri - kanan
    tinggi = 30 + tinggi_baris * max(len(data), 1) + 10
    isi = _svg(judul, LEBAR, tinggi, "grafik-lebar")
    for i, b in enumerate(data):
        y = 30 + i * tinggi_baris
        isi.append(f'<text x="0" y="{y + 16}"><title>{escape(b.label)}</title>{escape(_potong(b.label, 32))}</text>')
        isi.append(f'<rect x="{kiri}" y="{y + 4}" width="{lebar_batang}" height="{tinggi_baris - 8}" fill="#f0f2f4"/>')
        nilai, teks = _batang(b, maks)
        if nilai is not None:
            isi.append(
                f'<rect x="{kiri}" y="{y + 4}" width="{_px(nilai, maks, lebar_batang)}" height="{tinggi_baris - 8}" fill="{escape(b.warna)}"><title>{escape(b.label)}: {format_persen(nilai)}</title></rect>'
            )
        isi.append(f'<text x="{LEBAR - 2}" y="{y + 16}" text-anchor="end">{escape(teks)}</text>')
    _garis_target(isi, garis, maks, kiri, lebar_batang, 24, tinggi)
    isi.append("</svg>")
    return "".join(isi)


def _batang_sempit(judul: str, data: list[Batang], maks: Decimal, garis: Decimal | None) -> str:
    kanan, tinggi_baris = 80, 40
    lebar_batang = SEMPIT - kanan
    tinggi = 30 + tinggi_baris * max(len(data), 1) + 12
    isi = _svg(judul, SEMPIT, tinggi, "grafik-sempit")
    for i, b in enumerate(data):
        y = 30 + i * tinggi_baris
        isi.append(f'<text x="0" y="{y + 12}"><title>{escape(b.label)}</title>{escape(_potong(b.label, 50))}</text>')
        isi.append(f'<rect x="0" y="{y + 17}" width="{lebar_batang}" height="16" fill="#f0f2f4"/>')
        nilai, teks = _batang(b, maks)
        if nilai is not None:
            isi.append(
                f'<rect x="0" y="{y + 17}" width="{_px(nilai, maks, lebar_batang)}" height="16" fill="{escape(b.warna)}"><title>{escape(b.label)}: {format_persen(nilai)}</title></rect>'
            )
        isi.append(f'<text x="{SEMPIT - 2}" y="{y + 30}" text-anchor="end">{escape(teks)}</text>')
    _garis_target(isi, garis, maks, 0, lebar_batang, 24, tinggi)
    isi.append("</svg>")
    return "".join(isi)


def keterangan_triwulan_kosong(seri: list[tuple[str, list[Decimal | None], str]]) -> str | None:
    """What the quarter chart cannot show, said in the chart rather than drawn as an empty frame."""
    ada = [any(len(n) > i and n[i] is not None for _, n, _ in seri) for i in range(4)]
    if not any(ada):
        return "Belum ada capaian per triwulan untuk digambar."
    kosong = [r for r, a in zip(("I", "II", "III", "IV"), ada, strict=True) if not a]
    if not kosong:
        return None
    if kosong == ["I", "II", "III"]:
        return "Triwulan I–III tanpa nilai: hanya nilai tahunan (TW IV) yang tercatat."
    return f"Triwulan {', '.join(kosong)} belum punya nilai."


def grafik_garis_triwulan(
    judul: str, seri: list[tuple[str, list[Decimal | None], str]], *, maks: Decimal = Decimal(120)
) -> str:
    """Lines over triwulan I–IV (one per series); missing quarters are gaps, and said so in the chart.
    Desktop: legend beside the plot; phone: legend below it, drawn at phone width."""
    catatan = keterangan_triwulan_kosong(seri)
    return _garis(judul, seri, maks, catatan, sempit=False) + _garis(judul, seri, maks, catatan, sempit=True)


def _garis(judul, seri, maks: Decimal, catatan: str | None, *, sempit: bool) -> str:
    kiri, atas = 40, 30
    lebar = SEMPIT - kiri - 10 if sempit else LEBAR - 200
    tinggi = 160 if sempit else 180
    baris_legenda = len(seri) if sempit else 0
    # On the phone the note goes below the legend, wrapped so every word stays inside the 360 px drawing.
    baris_catatan = textwrap.wrap(catatan, 50) if catatan and sempit else []
    total = atas + tinggi + 40 + 16 * baris_legenda + 16 * len(baris_catatan)
    isi = _svg(judul, SEMPIT if sempit else LEBAR, total, "grafik-sempit" if sempit else "grafik-lebar")
    for p in (0, 25, 50, 75, 100):
        y = atas + tinggi - _px(Decimal(p), maks, tinggi)
        isi.append(
            f'<line x1="{kiri}" y1="{y}" x2="{kiri + lebar}" y2="{y}" stroke="#e3e6ea"/><text x="{kiri - 6}" y="{y + 4}" text-anchor="end" font-size="11">{p}%</text>'
        )
    xs = [kiri + 14 + int((lebar - 28) * i / 3) for i in range(4)]
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
        if sempit:
            lx, ly, potong = kiri, atas + tinggi + 28 + 16 * n, 44
        else:
            lx, ly, potong = kiri + lebar + 16, atas + 14 * n, 22
        isi.append(
            f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{escape(warna)}"/><text x="{lx + 14}" y="{ly + 9}" font-size="11">{escape(_potong(nama, potong))}</text>'
        )
    if catatan:
        if sempit:
            awal = total - 16 * len(baris_catatan) + 12
            isi.append(
                f'<text x="2" y="{awal}" font-size="11" fill="#555" class="catatan-grafik">'
                # The space between the lines keeps the words apart for a screen reader (textContent).
                + " ".join(
                    f'<tspan x="2" dy="{16 if i else 0}">{escape(b)}</tspan>' for i, b in enumerate(baris_catatan)
                )
                + "</text>"
            )
        else:
            isi.append(
                f'<text x="{kiri + lebar // 2}" y="{atas + tinggi // 2}" text-anchor="middle" font-size="12" fill="#555" class="catatan-grafik">{escape(catatan)}</text>'
            )
    isi.append("</svg>")
    return "".join(isi)


PALET = ("#14507a", "#b42318", "#1b7a3a", "#8a6100", "#6941c6", "#0e7490", "#c2410c", "#4d7c0f")
