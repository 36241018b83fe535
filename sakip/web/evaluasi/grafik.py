"""The recap chart: one horizontal bar per agency (Nilai 0–100, coloured by predikat), drawn as SVG on the server.
The table beside it holds every figure, so nothing depends on reading the picture."""

from __future__ import annotations

from html import escape

from sakip.core.angka import format_angka


def grafik_rekap(rekap) -> str:
    baris = [b for b in rekap.baris if b.nilai is not None]
    if not baris:
        return ""
    kiri, lebar, tinggi_baris = 230, 360, 22
    tinggi = 30 + tinggi_baris * len(baris)
    judul = f"Nilai Akuntabilitas Kinerja {rekap.tahun}"
    isi = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {kiri + lebar + 60} {tinggi}" role="img" '
        f'aria-label="{escape(judul)}" font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(judul)}</title>",
    ]
    for i, b in enumerate(baris):
        y = 24 + i * tinggi_baris
        w = int(min(max(b.nilai, 0), 100) * lebar / 100)
        warna = b.hasil.predikat.warna if b.hasil.predikat else "#777"
        nama = b.pd.nama if len(b.pd.nama) <= 34 else b.pd.nama[:33] + "…"
        isi.append(f'<text x="0" y="{y + 14}">{escape(nama)}</text>')
        isi.append(f'<rect x="{kiri}" y="{y}" width="{w}" height="16" fill="{warna}"/>')
        label = f"{format_angka(b.nilai, 2)} ({b.hasil.predikat.kode if b.hasil.predikat else '-'})"
        isi.append(f'<text x="{kiri + w + 4}" y="{y + 13}">{escape(label)}</text>')
    isi.append("</svg>")
    return "".join(isi)
