"""Tables drawn for a terminal: box-free, column widths fitted to the screen, long text wrapped."""

from __future__ import annotations

import shutil
import textwrap

from sakip.core.tabel import Tabel


def gambar_tabel(t: Tabel, lebar_layar: int | None = None) -> str:
    lebar_layar = lebar_layar or max(80, min(shutil.get_terminal_size((120, 40)).columns, 200))
    n = len(t.kolom)
    isi = [[s.teks for s in b.sel] for b in t.baris]
    alami = [max([len(t.kolom[i])] + [len(r[i]) for r in isi if i < len(r)]) for i in range(n)]
    sisa = lebar_layar - 2 * (n - 1)
    lebar = list(alami)
    # Shrink the widest columns first until the table fits; numbers are never wrapped below their width.
    minimum = [max(4, min(a, 12)) for a in alami]
    while sum(lebar) > sisa:
        i = max(range(n), key=lambda k: lebar[k] - minimum[k])
        if lebar[i] <= minimum[i]:
            break
        lebar[i] -= 1

    def baris(sel: list[str], rata: list[str]) -> list[str]:
        potong = [textwrap.wrap(s, lebar[i]) or [""] for i, s in enumerate(sel)]
        tinggi = max(len(p) for p in potong)
        keluar = []
        for j in range(tinggi):
            bagian = []
            for i, p in enumerate(potong):
                teks = p[j] if j < len(p) else ""
                bagian.append(teks.rjust(lebar[i]) if rata[i] == "kanan" else teks.ljust(lebar[i]))
            keluar.append("  ".join(bagian).rstrip())
        return keluar

    out = [f"Tabel {t.kode} {t.judul}" if t.kode[0].isdigit() else t.judul]
    out.append("=" * min(lebar_layar, sum(lebar) + 2 * (n - 1)))
    out += baris(t.kolom, ["kiri"] * n)
    out.append("-" * min(lebar_layar, sum(lebar) + 2 * (n - 1)))
    for b in t.baris:
        sel = [s.teks for s in b.sel] + [""] * (n - len(b.sel))
        rata = [s.rata for s in b.sel] + ["kiri"] * (n - len(b.sel))
        if b.jenis == "jumlah":
            out.append("-" * min(lebar_layar, sum(lebar) + 2 * (n - 1)))
        out += baris(sel, rata)
    for c in t.catatan:
        out += textwrap.wrap(f"Catatan: {c}", lebar_layar)
    return "\n".join(out)
