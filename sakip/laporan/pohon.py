"""The pohon kinerja drawn: an SVG from `sakip.core.cascading.pohon_kinerja`, for the web page (zoomable), the
LKjIP's BAB II (vector in the PDF, PNG in the DOCX) and `sakip cascading --svg`.

Layout: levels in columns left to right (agency → tujuan → sasaran → program → kegiatan → sub kegiatan), leaves
stacked top to bottom, each parent centred on its children — readable at 100% on an office screen and
printable on a landscape page. Every box names its level, its text, its indicators with target and owner.
"""

from __future__ import annotations

import html
import textwrap
from typing import TYPE_CHECKING

from sakip.core.cascading import LABEL_SIMPUL, JenisSimpul, SimpulPohon
from sakip.core.model import Berkas

from .isi import Grafik

if TYPE_CHECKING:  # an agency's LKjIP draws its tree without the district consolidation
    from sakip.core.konsolidasi import HasilDaerah
    from sakip.core.model_daerah import Daerah, RpjmdDaerah


def escape(teks: str) -> str:
    """XML text escaping (&, <, >) as xml.sax.saxutils.escape does it, without the urllib, http and ssl imports
    that module drags into every document process."""
    return html.escape(teks, quote=False)


LEBAR_KOTAK = 250
JARAK_KOLOM = 40
JARAK_BARIS = 12
PADDING = 8
TINGGI_BARIS = 13
WARNA = {
    JenisSimpul.INSTANSI: ("#263238", "#ffffff"),
    JenisSimpul.TUJUAN: ("#1565c0", "#ffffff"),
    JenisSimpul.SASARAN: ("#2e7d32", "#ffffff"),
    JenisSimpul.PROGRAM: ("#fff3e0", "#000000"),
    JenisSimpul.KEGIATAN: ("#f3e5f5", "#000000"),
    JenisSimpul.SUB_KEGIATAN: ("#eceff1", "#000000"),
    JenisSimpul.PEMDA: ("#212121", "#ffffff"),
    JenisSimpul.MISI: ("#4e342e", "#ffffff"),
    JenisSimpul.TUJUAN_RPJMD: ("#00695c", "#ffffff"),
    JenisSimpul.SASARAN_RPJMD: ("#e0f2f1", "#000000"),
}
TANPA_KUNCI = (JenisSimpul.INSTANSI, JenisSimpul.PEMDA)
KOLOM = {j: n for n, j in enumerate(JenisSimpul)}


def _baris_kotak(n: SimpulPohon) -> list[tuple[str, bool]]:
    """The lines of a box: (text, bold)."""
    baris = [(LABEL_SIMPUL[n.jenis] + (f" {n.kunci}" if n.jenis not in TANPA_KUNCI else ""), True)]
    if n.jenis is JenisSimpul.SASARAN and "/" in n.kunci:  # an agency sasaran in the district tree
        baris[0] = (LABEL_SIMPUL[n.jenis] + " " + n.kunci.rsplit("/", 1)[1], True)
    baris += [(t, False) for t in textwrap.wrap(n.uraian, 44)[:4]]
    for r in n.rpjmd:
        baris += [("↑ RPJMD " + t, False) for t in textwrap.wrap(r, 40)[:2]]
    for i in n.indikator:
        baris += [("• " + t, False) for t in textwrap.wrap(i.nama, 40)[:2]]
        baris.append((f"  target {i.target_teks()}"[:46], False))
        baris += [("  " + t, False) for t in textwrap.wrap(i.pemilik_teks(), 42)[:2]]
    return baris


class _Tata:
    def __init__(self) -> None:
        self.kotak: list[tuple[SimpulPohon, float, float, float, list[tuple[str, bool]]]] = []
        self.garis: list[tuple[float, float, float, float]] = []
        self.y = 0.0

    def letak(self, n: SimpulPohon, kolom: int) -> tuple[float, float]:
        """Place the subtree; returns (y of the box top, its height)."""
        baris = _baris_kotak(n)
        tinggi = PADDING * 2 + TINGGI_BARIS * len(baris)
        x = kolom * (LEBAR_KOTAK + JARAK_KOLOM)
        if not n.anak:
            y = self.y
            self.y += tinggi + JARAK_BARIS
        else:
            anak = [(self.letak(a, kolom + 1), a) for a in n.anak]
            atas = anak[0][0][0] + anak[0][0][1] / 2
            bawah = anak[-1][0][0] + anak[-1][0][1] / 2
            y = max((atas + bawah) / 2 - tinggi / 2, 0)
            if y + tinggi + JARAK_BARIS > self.y:
                self.y = y + tinggi + JARAK_BARIS
            xa = x + LEBAR_KOTAK + JARAK_KOLOM
            for (ya, ta), _ in anak:
                self.garis.append((x + LEBAR_KOTAK, y + tinggi / 2, xa, ya + ta / 2))
        self.kotak.append((n, x, y, tinggi, baris))
        return y, tinggi


def _kurang(n: SimpulPohon) -> bool:
    """A gap: an indicator without owner, or a level below the head without any indicator."""
    if n.jenis is JenisSimpul.INSTANSI:
        return False
    return not n.indikator or any(i.pemilik is None and not i.keterangan for i in n.indikator)


def svg_pohon(pohon: SimpulPohon, judul: str = "") -> str:
    t = _Tata()
    t.letak(pohon, 0)
    kolom = max((int(x) for _, x, _, _, _ in t.kotak), default=0) + LEBAR_KOTAK
    lebar = kolom + 20
    atas = 30 if judul else 10
    tinggi = t.y + atas + 10
    bagian = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lebar:.0f}" height="{tinggi:.0f}" '
        f'viewBox="0 0 {lebar:.0f} {tinggi:.0f}" font-family="Liberation Sans, Arial, sans-serif" font-size="10" '
        f'role="img" aria-label="{escape(judul or "Pohon kinerja")}">',
        f"<title>{escape(judul or 'Pohon kinerja')}</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    if judul:
        bagian.append(f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(judul)}</text>')
    bagian.append(f'<g transform="translate(10 {atas})">')
    for x1, y1, x2, y2 in t.garis:
        xm = (x1 + x2) / 2
        bagian.append(
            f'<path d="M{x1:.1f} {y1:.1f} H{xm:.1f} V{y2:.1f} H{x2:.1f}" fill="none" stroke="#78909c" stroke-width="1"/>'
        )
    for n, x, y, h, baris in sorted(t.kotak, key=lambda k: (k[1], k[2])):
        latar, tinta = WARNA[n.jenis]
        kurang = n.celah if n.celah is not None else _kurang(n)
        garis = "#c62828" if kurang else "#546e7a"
        bagian.append(
            f'<g class="simpul simpul-{n.jenis.value}" data-kunci="{escape(n.kunci)}">'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{LEBAR_KOTAK}" height="{h:.1f}" rx="4" fill="{latar}" '
            f'stroke="{garis}" stroke-width="{2 if kurang else 1}"/>'
        )
        for k, (teks, tebal) in enumerate(baris):
            berat = ' font-weight="bold"' if tebal else ""
            bagian.append(
                f'<text x="{x + PADDING:.1f}" y="{y + PADDING + TINGGI_BARIS * (k + 1) - 3:.1f}" fill="{tinta}"{berat}>'
                f"{escape(teks)}</text>"
            )
        bagian.append("</g>")
    bagian.append("</g></svg>")
    return "\n".join(bagian)


def _typst_gambar(svg: str, lebar_cm: float) -> str:
    teks = svg.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'image(bytes("{teks}"), format: "svg", width: {lebar_cm}cm)'


def png_dari_svg(svg: str, lebar_cm: float, ppi: int = 150) -> bytes:
    """Rasterise with Typst (already a dependency) and the bundled fonts."""
    from .tulis_typst import kompilasi

    return kompilasi("#set page(width: auto, height: auto, margin: 0pt)\n#" + _typst_gambar(svg, lebar_cm), "png", ppi)


def _grafik_svg(svg: str, judul: str, keterangan: str, lebar_cm: float) -> Grafik:
    """A tree as a figure: vector in the PDF (Typst source), PNG in the DOCX."""

    def buat(format: str) -> bytes:
        if format == "svg":
            return svg.encode("utf-8")
        if format == "typ":
            return _typst_gambar(svg, lebar_cm).encode("utf-8")
        return png_dari_svg(svg, lebar_cm)

    return Grafik(buat, judul, lebar_cm=lebar_cm, tinggi_cm=lebar_cm, keterangan=keterangan)


def grafik_pohon(berkas: Berkas, pohon: SimpulPohon, lebar_cm: float = 16.0) -> Grafik:
    judul = f"Pohon Kinerja {berkas.instansi.nama} Tahun {berkas.tahun}"
    return _grafik_svg(
        svg_pohon(pohon),
        judul,
        f"{judul}: {pohon.jumlah_simpul} simpul dari sasaran sampai sub kegiatan, dengan indikator, "
        "target dan pemiliknya",
        lebar_cm,
    )


def svg_pohon_berkas(berkas: Berkas, rpjmd: RpjmdDaerah | None = None) -> str:
    from sakip.core.cascading import pohon_kinerja

    return svg_pohon(pohon_kinerja(berkas, rpjmd), f"Pohon Kinerja {berkas.instansi.nama} Tahun {berkas.tahun}")


def grafik_pohon_daerah(daerah: Daerah, pohon: SimpulPohon, lebar_cm: float = 16.0) -> Grafik:
    """The district tree as a figure of the Pemda LKjIP."""
    bd = daerah.berkas
    judul = f"Pohon Kinerja {bd.pemda} Tahun {bd.tahun}"
    return _grafik_svg(
        svg_pohon(pohon),
        judul,
        f"{judul}: misi, tujuan dan sasaran RPJMD dengan capaian indikatornya, perangkat daerah yang "
        "mendukung setiap sasaran dan sasaran perangkat daerah itu",
        lebar_cm,
    )


def svg_pohon_folder(daerah: Daerah, hd: HasilDaerah | None = None) -> str:
    from sakip.core.cascading_daerah import pohon_daerah

    bd = daerah.berkas
    return svg_pohon(pohon_daerah(daerah, hd), f"Pohon Kinerja {bd.pemda} Tahun {bd.tahun}")
