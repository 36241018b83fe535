"""Blocks → a PDF, the way agencies publish a report: a text PDF (Typst, ruled tables, running header and page
numbers, long tables continued over pages with their header repeated) or a scan of its printout (pages
rasterised with mild noise, no text layer).

Used by the reviu corpus (`bench/korpus.py`) and the tests to turn a report whose errors are known into the
forms the reviu must read. Not a document writer for users: that is `sakip.laporan`.
"""

from __future__ import annotations

import io
import random

from sakip.core.reviu.cetak import Blok


def _s(teks: str) -> str:
    return '"' + teks.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ke_typst(blok: list[Blok], *, kepala: str = "", ukuran: float = 10.0, huruf: str = "Liberation Sans") -> str:
    baris = [
        '#set page(paper: "a4", margin: (x: 2cm, y: 2.2cm),'
        f" header: align(right, text(size: 8pt, {_s(kepala)})),"
        " footer: context align(center, text(size: 8pt, counter(page).display())))",
        f'#set text(font: {_s(huruf)}, size: {ukuran}pt, lang: "id")',
        "#set par(justify: true)",
        "#set table(inset: 4pt)",
        "",
    ]
    for b in blok:
        if b.jenis == "tabel":
            if not b.baris:
                continue
            lebar = max(len(r) for r in b.baris)
            sel = []
            for j, r in enumerate(b.baris):
                # a short row from a text extract lost empty cells on the left when its last cell is filled
                kurang = [""] * (lebar - len(r))
                penuh = kurang + list(r) if r and r[-1] and j > 0 else list(r) + kurang
                isi = ", ".join(_s(c) for c in penuh)
                sel.append(f"table.header({isi})" if j == 0 else isi)
            # wide tables in a smaller type, as agencies print them, so that no word overflows its cell
            ukuran_tabel = ukuran if lebar <= 4 else max(5.0, ukuran - 0.6 * (lebar - 4))
            tabel = f"text(size: {ukuran_tabel:.1f}pt, table(columns: {lebar}, " + ", ".join(sel) + "))"
            # a matrix of ten columns or more goes on landscape pages, as in printed Renstra/RKT annexes
            baris.append(f"#page(flipped: true, {tabel})" if lebar >= 10 else f"#{tabel}")
        else:
            teks = _s(b.teks)
            if b.judul or b.tebal:
                teks = f"strong({teks})"
            baris.append(f"#{teks}")
        baris.append("")
    return "\n".join(baris)


def ke_pdf_teks(blok: list[Blok], **opsi) -> bytes:
    import typst

    return typst.compile(ke_typst(blok, **opsi).encode("utf-8"), format="pdf")


def ke_pdf_pindai(pdf: bytes, *, dpi: int = 150, derau: float = 0.01, miring: float = 0.3, benih: int = 0) -> bytes:
    """A scan of the printed `pdf`: every page an image at `dpi`, slightly rotated, with speckle noise."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    acak = random.Random(benih)
    gen = np.random.default_rng(benih)
    dok = pdfium.PdfDocument(pdf)
    gambar = []
    for i in range(len(dok)):
        img = dok[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(acak.uniform(-miring, miring), fillcolor=255, resample=Image.BICUBIC)
        px = np.asarray(img).astype(np.int16)
        bintik = gen.random(px.shape)
        px = np.where(bintik < derau / 2, 0, np.where(bintik > 1 - derau / 2, 255, px))
        px = np.clip(px + gen.normal(0, 6, px.shape), 0, 255).astype(np.uint8)
        gambar.append(Image.fromarray(px))
    dok.close()
    keluar = io.BytesIO()
    gambar[0].save(keluar, format="PDF", save_all=True, append_images=gambar[1:], resolution=dpi)
    return keluar.getvalue()
