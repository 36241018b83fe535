"""`Dokumen` → PDF through Typst (the `typst` Python binding; the compiler ships inside its wheel).

The same blocks as the DOCX and the HTML: a cover without a page number, front matter in roman numbers,
arabic numbers from BAB I, landscape sections for wide matrices, contents / lists of tables and charts with
page numbers (each entry a link), headings as PDF bookmarks, tables with their header rows repeated on every
page and rows that never split, Jumlah and group rows shaded, vector charts, letterhead and logo, signature
blocks, A4 with the report margins (2,5 / 2,5 / 3 / 2,5 cm).

The document is written as Typst *code*: every piece of text is a Typst string literal, so no character a user
typed (``*``, ``#``, ``$``, ``_``, ``<``) can be read as markup. Fonts are the Liberation Sans files bundled in
``sakip/laporan/huruf`` (metric-compatible with Arial, the DOCX's font); system fonts are not scanned, so the
PDF is the same on every machine and the compiler starts in milliseconds.
"""

from __future__ import annotations

import tempfile
import threading
from functools import cache
from importlib import resources
from pathlib import Path

from .isi import (
    Bagian,
    BlokTabel,
    Daftar,
    DaftarIsi,
    Dokumen,
    Grafik,
    HalamanBaru,
    Isi,
    Isian,
    Judul,
    Kop,
    Paragraf,
    Penandatangan,
    Sampul,
    TandaTangan,
)
from .umum import OpsiDokumen

LEBAR_ISI_CM = {"potret": 21.0 - 3.0 - 2.5, "lanskap": 29.7 - 2.0 - 2.0}
ABU_KEPALA = 'rgb("#d9d9d9")'
ABU_GRUP = 'rgb("#efefef")'

PEMBUKA = """\
#set document(title: {judul}, author: {penulis}, description: {subjek}, keywords: ("SAKIP",))
#set text(font: ("Liberation Sans", "DejaVu Sans Mono"), size: 11pt, lang: "id", region: "ID", hyphenate: false)
#set par(justify: true, leading: 0.52em, spacing: 6pt)
#set block(spacing: 6pt)
#set table(stroke: 0.5pt + black, inset: (x: 3pt, y: 2pt))
#set table.cell(breakable: false)
#show table.cell: set par(justify: false, leading: 0.4em)
#show heading: set text(weight: "bold")
#show heading.where(level: 1): it => block(width: 100%, above: 0pt, below: 14pt, sticky: true,
  align(center, text(size: 14pt, it.body)))
#show heading.where(level: 2): it => block(above: 14pt, below: 6pt, sticky: true, text(size: 12pt, it.body))
#show heading.where(level: 3): it => block(above: 12pt, below: 6pt, sticky: true, text(size: 11pt, it.body))
#show heading.where(level: 4): it => block(above: 10pt, below: 5pt, sticky: true,
  text(size: 11pt, style: "italic", it.body))
#show link: set text(fill: black)
#let nomor-kaki(gaya) = if gaya == none {{ none }} else {{
  context align(center, text(size: 9pt, counter(page).display(gaya)))
}}
#let halaman-potret(gaya) = (paper: "a4", flipped: false,
  margin: (top: 2.5cm, bottom: 2.5cm, left: 3cm, right: 2.5cm), footer: nomor-kaki(gaya))
#let halaman-lanskap(gaya) = (paper: "a4", flipped: true, margin: 2cm, footer: nomor-kaki(gaya))
#let entri(label, teks, gaya, masuk) = block(above: 3pt, below: 3pt, pad(left: masuk, link(label,
  par(justify: false, [#teks#h(0.3em)#box(width: 1.5em, repeat[.])#box(width: 1fr, repeat[.])#h(0.3em)#context numbering(gaya,
    counter(page).at(label).first())]))))
#let pas(kata, isi) = layout(u => {{
  let w = measure(kata).width
  if w <= u.width {{ isi }} else {{ text(size: 0.97em * (u.width / w), isi) }}
}})
#let ttd(atas, nama, bawah) = {{
  set par(justify: false)
  stack(spacing: 4pt, ..atas.map(a => if a == "" {{ [~] }} else {{ a }}), 1.9cm,
    underline(strong(if nama == "" {{ [~] }} else {{ nama }})), ..bawah)
}}
"""


def _s(teks: str) -> str:
    """A Typst string literal."""
    return (
        '"'
        + teks.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "").replace("\t", " ")
        + '"'
    )


def _baris_baru(teks: str) -> str:
    """Text with line breaks as Typst code (content)."""
    bagian = teks.split("\n")
    if len(bagian) == 1:
        return _s(teks)
    return "[" + " \\ ".join(f"#{_s(b)}" for b in bagian) + "]"


def _runs(isi: Isi) -> str:
    """Inline runs as a content block."""
    out = []
    for t in isi:
        kode = _baris_baru(t.teks)
        if t.miring:
            kode = f"emph({kode})"
        if t.tebal:
            kode = f"strong({kode})"
        out.append(f"#{kode}")
    return "[" + "".join(out) + "]"


_EM = {c: 0.667 for c in "ABCDEFGHKNPRSTUVXYZ"} | {c: 0.78 for c in "GMOQW"} | {c: 0.5 for c in "Jfrt"}
_EM |= {c: 0.28 for c in "Iijl.,:;'!|"} | {c: 0.61 for c in "mw"}


def _lebar_kata(kata: str, pt: float, tebal: bool) -> float:
    """A generous estimate of a word's width in cm (Liberation Sans); only used to pick the cells that Typst
    measures exactly (`pas`), so erring wide costs a little time, never a wrong layout."""
    em = sum(_EM.get(c, 0.56) for c in kata) * (1.08 if tebal else 1.0)
    return em * pt / 28.35


def _kata_terpanjang(teks: str, pt: float, tebal: bool) -> tuple[str, float]:
    kata = max(teks.split(), key=lambda k: _lebar_kata(k, pt, tebal), default="")
    return kata, _lebar_kata(kata, pt, tebal)


def _penanda(jenis: str) -> str:
    return {"angka": '"1."', "huruf": '"a."', "kurung": '"(1)"'}.get(jenis, "")


class PenulisTypst:
    def __init__(self, dok: Dokumen, opsi: OpsiDokumen, folder: Path):
        self.dok = dok
        self.opsi = opsi
        self.folder = folder
        self.orientasi = dok.orientasi
        self.penomoran = dok.penomoran
        self.kode: list[str] = []
        self.label: dict[int, str] = {}
        self.romawi: set[int] = set()  # blocks (by id) on roman-numbered pages
        self._berkas = 0
        self._siapkan_label()

    def _siapkan_label(self) -> None:
        penomoran = self.dok.penomoran
        for n, blok in enumerate(self.dok.blok):
            if isinstance(blok, Bagian):
                penomoran = blok.penomoran
            if isinstance(blok, (Judul, BlokTabel, Grafik)):
                self.label[id(blok)] = f"b{n}"
                if penomoran == "romawi":
                    self.romawi.add(id(blok))

    def _gaya_nomor(self, penomoran: str) -> str:
        return {"tanpa": "none", "romawi": '"i"'}.get(penomoran, '"1"')

    def _halaman(self, orientasi: str, penomoran: str) -> str:
        fungsi = "halaman-lanskap" if orientasi == "lanskap" else "halaman-potret"
        return f"#set page(..{fungsi}({self._gaya_nomor(penomoran)}))"

    def _tulis_berkas(self, data: bytes, akhiran: str) -> str:
        self._berkas += 1
        nama = f"g{self._berkas}.{akhiran}"
        (self.folder / nama).write_bytes(data)
        return nama

    def tulis(self) -> str:
        d = self.dok
        self.kode.append(PEMBUKA.format(judul=_s(d.judul), penulis=_s(d.instansi), subjek=_s(d.subjek or d.judul)))
        self.kode.append(self._halaman(d.orientasi, d.penomoran))
        for b in d.blok:
            self._blok(b)
        return "\n".join(self.kode) + "\n"

    # --- blocks -------------------------------------------------------------------------------------------

    def _blok(self, b) -> None:
        if isinstance(b, Judul):
            self._judul(b)
        elif isinstance(b, Paragraf):
            self._paragraf(b)
        elif isinstance(b, Daftar):
            self._daftar(b)
        elif isinstance(b, BlokTabel):
            self._tabel(b)
        elif isinstance(b, Grafik):
            self._grafik(b)
        elif isinstance(b, TandaTangan):
            self._ttd(b)
        elif isinstance(b, Kop):
            self._kop(b)
        elif isinstance(b, Sampul):
            self._sampul(b)
        elif isinstance(b, DaftarIsi):
            self._daftar_isi(b)
        elif isinstance(b, Isian):
            self._isian(b)
        elif isinstance(b, HalamanBaru):
            self.kode.append("#pagebreak(weak: true)")
        elif isinstance(b, Bagian):
            self._bagian(b)
        else:  # pragma: no cover - a new block type without a writer is a programming error
            raise TypeError(f"blok tidak dikenal: {type(b).__name__}")

    def _judul(self, b: Judul) -> None:
        if b.halaman_baru:
            self.kode.append("#pagebreak(weak: true)")
        isi = f"#{_s(b.teks)}" + (f" \\ #{_s(b.baris_kedua)}" if b.baris_kedua else "")
        self.kode.append(
            f"#heading(level: {min(b.tingkat, 4)}, outlined: false, bookmarked: true)[{isi}] <{self.label[id(b)]}>"
        )

    def _paragraf(self, b: Paragraf) -> None:
        isi = _runs(b.isi)
        if b.gaya in ("catatan", "kecil"):
            isi = f'text(size: 8.5pt, style: "italic", {isi})'
            b_rata = "kiri" if b.rata == "justify" else b.rata
        elif b.gaya == "judul-dokumen":
            isi = f'text(size: 12pt, weight: "bold", {isi})'
            b_rata = b.rata
        else:
            b_rata = b.rata
        arg = []
        if b.menjorok and b.rata == "justify" and b.gaya == "biasa":
            arg.append("first-line-indent: (amount: 1cm, all: true)")
        if b_rata != "justify":
            arg.append("justify: false")
        par = f"par({', '.join(arg)}{', ' if arg else ''}{isi})"
        if b_rata in ("tengah", "kanan"):
            par = f"align({'center' if b_rata == 'tengah' else 'right'}, {par})"
        blok = []
        if b.jarak_sebelum:
            blok.append(f"above: {6 + b.jarak_sebelum}pt")
        if b.tetap_dengan_berikut:
            blok.append("sticky: true")
        if b.gaya in ("catatan", "kecil"):
            blok.append("above: 2pt, below: 8pt")
        if b.gaya == "judul-dokumen":
            blok.append("below: 8pt")
        if blok:
            self.kode.append(f"#block(width: 100%, {', '.join(blok)}, {par})")
        else:
            self.kode.append(f"#{par}")

    def _daftar(self, b: Daftar) -> None:
        butir = ", ".join(_runs(x) for x in b.butir)
        masuk = f"{0.2 + b.tingkat * 1.0:.1f}cm"
        if b.penanda in ("poin", "strip"):
            tanda = "[•]" if b.penanda == "poin" else "[-]"
            self.kode.append(f"#list(marker: {tanda}, indent: {masuk}, body-indent: 0.45cm, spacing: 3pt, {butir})")
        else:
            self.kode.append(
                f"#enum(numbering: {_penanda(b.penanda)}, full: false, indent: {masuk}, body-indent: 0.35cm, "
                f"spacing: 3pt, {butir})"
            )

    def _keterangan(self, teks: str, label: str = "") -> None:
        kode = f'#block(width: 100%, above: 8pt, below: 4pt, sticky: true, breakable: false, align(center, text(size: 10pt, weight: "bold", {_s(teks)})))'
        if label:
            kode += f" <{label}>"
        self.kode.append(kode)

    def _tabel(self, b: BlokTabel) -> None:
        if b.nomor and b.lanjutan:
            self._keterangan(f"Tabel {b.nomor} (lanjutan)" + (f" {b.judul}" if b.judul else ""))
        elif b.nomor:
            self._keterangan(f"Tabel {b.nomor} {b.judul}", self.label[id(b)])
        elif b.judul:
            self._keterangan(b.judul)
        rel = [max(r, 1) for r in b.lebar_kolom()]
        n = len(rel)
        kolom = ", ".join(f"{r}fr" for r in rel)
        total = sum(rel)
        # Each column's text width in cm (the cell inset is 3pt either side).
        lebar_cm = [LEBAR_ISI_CM[self.orientasi] * r / total - 0.22 for r in rel]
        pt = b.ukuran_huruf

        def muat(teks: str, kode: str, c: int, lebar: int, ukuran: float, tebal: bool, bungkus) -> str:
            """Cell content; a word wider than its column shrinks the cell's text to fit (Typst does not break
            words without hyphenation patterns, and there are none for Indonesian)."""
            kata, w = _kata_terpanjang(teks, ukuran, tebal)
            if w <= 0.8 * (sum(lebar_cm[c : c + lebar]) + 0.22 * (lebar - 1)):
                return kode
            return f"pas({bungkus(_s(kata))}, {kode})"

        sel: list[str] = []
        kepala = []
        terisi: set[tuple[int, int]] = set()
        for r_k, baris in enumerate(b.baris_kepala()):
            c = 0
            for s in baris:
                while (r_k, c) in terisi:
                    c += 1
                for dr in range(s.tinggi):
                    for dc in range(s.lebar):
                        terisi.add((r_k + dr, c + dc))
                arg = [f"fill: {ABU_KEPALA}", "align: center + horizon"]
                if s.lebar > 1:
                    arg.append(f"colspan: {s.lebar}")
                if s.tinggi > 1:
                    arg.append(f"rowspan: {s.tinggi}")

                def bungkus(k: str) -> str:
                    return f"text(size: 0.95em, strong({k}))"

                isi = muat(s.teks, bungkus(_baris_baru(s.teks)), c, s.lebar, pt * 0.95, True, bungkus)
                kepala.append(f"table.cell({', '.join(arg)}, {isi})")
                c += s.lebar
        if b.nomor_kolom:
            for c in range(n):
                kepala.append(f'table.cell(fill: {ABU_KEPALA}, align: center, emph("({c + 1})"))')
        sel.append(f"table.header(repeat: true, {', '.join(kepala)})")
        gabung = b.gabung
        for r, baris in enumerate(b.baris):
            isi = list(baris.sel) + [None] * (n - len(baris.sel))
            jenis = baris.jenis
            tebal = jenis in ("grup", "program", "jumlah")
            warna = ABU_GRUP if jenis in ("grup", "jumlah") else None
            if jenis == "grup" and all(s is None or not s.teks for s in isi[1:]):
                teks = isi[0].teks if isi[0] else ""
                sel.append(f"table.cell(colspan: {n}, fill: {ABU_GRUP}, strong({_baris_baru(teks)}))")
                continue
            for c in range(n):
                s = isi[c]
                teks = s.teks if s is not None else ""
                arg = []
                if warna:
                    arg.append(f"fill: {warna}")
                rata = s.rata if s is not None else "kiri"
                if rata == "kanan":
                    arg.append("align: right")
                elif rata == "tengah":
                    arg.append("align: center")
                garis = []
                if (r, c) in gabung:
                    teks = ""
                    garis.append("top: none")
                if (r + 1, c) in gabung:
                    garis.append("bottom: none")
                if garis:
                    arg.append(f"stroke: ({', '.join(garis)})")
                kode = _baris_baru(teks) if teks else "[]"
                if jenis == "rincian" and c == 1 and teks.startswith(("Input", "Output", "Outcome")):
                    kode = f"emph({kode})"
                if tebal and teks:
                    kode = f"strong({kode})"
                if teks:
                    kode = muat(teks, kode, c, 1, pt, tebal, (lambda k: f"strong({k})") if tebal else (lambda k: k))
                sel.append(f"table.cell({', '.join(arg)}, {kode})" if arg else kode)
        self.kode.append(
            f"#block(width: 100%, above: 4pt, below: 4pt, text(size: {b.ukuran_huruf}pt, "
            f"table(columns: ({kolom},), {', '.join(sel)})))"
        )
        for c in b.semua_catatan():
            self._catatan(f"Catatan: {c}")
        if b.sumber:
            self._catatan("Sumber data: " + "; ".join(b.sumber) + ".")
        if not b.semua_catatan() and not b.sumber:
            self.kode.append("#v(4pt)")

    def _catatan(self, teks: str) -> None:
        self.kode.append(
            f'#block(width: 100%, above: 2pt, below: 8pt, par(justify: false, text(size: 8.5pt, style: "italic", {_s(teks)})))'
        )

    def _grafik(self, b: Grafik) -> None:
        judul = (f"Grafik {b.nomor} " if b.nomor else "") + b.judul
        label = f" <{self.label[id(b)]}>" if b.nomor else ""
        gambar = b.gambar("typ").decode("utf-8")
        self.kode.append(
            f"#block(width: 100%, above: 8pt, below: 10pt, breakable: false, align(center, stack(spacing: 6pt, "
            f"figure(kind: image, supplement: none, outlined: false, numbering: none, {gambar}, alt: {_s(b.keterangan or b.judul)}), "
            f'text(size: 10pt, weight: "bold", {_s(judul)}))))' + label
        )

    def _penandatangan(self, p: Penandatangan | None) -> str:
        if p is None:
            return "[]"
        atas = ", ".join(_s(a) for a in p.atas)
        bawah = ", ".join(_s(a) for a in p.bawah)
        return (
            f"ttd(({atas}{',' if len(p.atas) == 1 else ''}), {_s(p.nama)}, ({bawah}{',' if len(p.bawah) == 1 else ''}))"
        )

    def _ttd(self, b: TandaTangan) -> None:
        self.kode.append(
            f"#block(width: 100%, above: 20pt, breakable: false, grid(columns: (1fr, 1fr), align: center + top, "
            f"{self._penandatangan(b.kiri)}, {self._penandatangan(b.kanan)}))"
        )

    def _kop(self, b: Kop) -> None:
        baris = []
        for i, teks in enumerate(b.baris_besar):
            baris.append(f'text(size: {14 if i == 0 else 16}pt, weight: "bold", {_s(teks)})')
        for teks in b.baris_kecil:
            baris.append(f"text(size: 9pt, {_s(teks)})")
        tengah = f"stack(spacing: 3pt, {', '.join(baris)})"
        if b.logo:
            logo = self._tulis_berkas(b.logo, _akhiran(b.logo))
            isi = f"grid(columns: (2.6cm, 1fr, 2.6cm), align: center + horizon, image({_s(logo)}, height: 2.2cm), {tengah}, [])"
        else:
            isi = f"align(center, {tengah})"
        self.kode.append(f"#block(width: 100%, below: 3pt, breakable: false, {{ set par(justify: false); {isi} }})")
        self.kode.append(
            "#block(width: 100%, above: 3pt, below: 14pt, stack(spacing: 1.5pt, line(length: 100%, stroke: 2.5pt), "
            "line(length: 100%, stroke: 0.75pt)))"
        )

    def _sampul(self, b: Sampul) -> None:
        ukuran = {"besar": 20, "sedang": 16, "kecil": 13}
        self.kode.append("#v(3.5cm)")
        for i, (teks, besar) in enumerate(b.baris, 1):
            berat = '"regular"' if besar == "kecil" else '"bold"'
            isi = _s(teks) if teks else "[~]"
            self.kode.append(
                f"#block(width: 100%, above: 4pt, below: 4pt, align(center, text(size: {ukuran.get(besar, 13)}pt, "
                f"weight: {berat}, {isi})))"
            )
            if i == 4 and b.logo:
                logo = self._tulis_berkas(b.logo, _akhiran(b.logo))
                self.kode.append(
                    f"#block(width: 100%, above: 1.2cm, below: 1.2cm, align(center, image({_s(logo)}, height: 5cm)))"
                )

    def _isian(self, b: Isian) -> None:
        sel = []
        for label, nilai in b.baris:
            if isinstance(nilai, list):
                isi = f'enum(numbering: "a.", indent: 0pt, body-indent: 0.3cm, spacing: 2pt, {", ".join(_s(x) for x in nilai)})'
            else:
                isi = _s(nilai)
            sel += [_s(label), '":"', isi]
        self.kode.append(
            f"#block(width: 100%, above: 8pt, below: 10pt, {{ set par(justify: false); grid(columns: (4cm, 0.4cm, 1fr), "
            f"row-gutter: 4pt, {', '.join(sel)}) }})"
        )

    def _daftar_isi(self, b: DaftarIsi) -> None:
        self.kode.append(f"#heading(level: 1, outlined: false, bookmarked: true, {_s(b.judul)})")
        entri = []
        for blk in self.dok.blok:
            if b.jenis == "isi" and isinstance(blk, Judul) and blk.daftar_isi and blk.tingkat <= 3:
                entri.append((blk, blk.tingkat, f"{blk.teks} {blk.baris_kedua}".strip()))
            elif b.jenis == "tabel" and isinstance(blk, BlokTabel) and blk.didaftar:
                entri.append((blk, 1, f"Tabel {blk.nomor} {blk.judul}"))
            elif b.jenis == "grafik" and isinstance(blk, Grafik) and blk.nomor:
                entri.append((blk, 1, f"Grafik {blk.nomor} {blk.judul}"))
        if not entri:
            self.kode.append('#par("Tidak ada entri.")')
            return
        for blk, tingkat, teks in entri:
            gaya = '"i"' if id(blk) in self.romawi else '"1"'
            masuk = f"{0.6 * (tingkat - 1):.1f}cm"
            self.kode.append(f"#entri(<{self.label[id(blk)]}>, {_s(teks)}, {gaya}, {masuk})")

    def _bagian(self, b: Bagian) -> None:
        self.kode.append("#pagebreak(weak: true)")
        self.kode.append(self._halaman(b.orientasi, b.penomoran))
        if b.mulai is not None:
            self.kode.append(f"#counter(page).update({b.mulai})")
        self.orientasi = b.orientasi
        self.penomoran = b.penomoran


def _akhiran(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:3] == b"\xff\xd8\xff":
        return "jpg"
    if data[:4] == b"GIF8":
        return "gif"
    return "bmp"


def folder_huruf() -> Path:
    return Path(str(resources.files("sakip.laporan") / "huruf"))


_KUNCI = threading.Lock()


@cache
def _kompilator():
    import typst

    # The bundled fonts and the compiler's embedded ones (DejaVu Sans Mono supplies the few signs Liberation Sans
    # lacks, such as ✓), never the system's: scanning them costs time and would make the PDF depend on the machine.
    huruf = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[str(folder_huruf())])
    return typst.Compiler(font_paths=huruf)


def gambar_tersendiri(kode: str, format: str) -> bytes:
    """A piece of Typst code (a chart) on a page of its own size, as PNG (140 ppi) or SVG."""
    sumber = (
        "#set page(width: auto, height: auto, margin: 4pt, fill: white)\n"
        '#set text(font: ("Liberation Sans", "DejaVu Sans Mono"), lang: "id")\n#' + kode + "\n"
    )
    return kompilasi(sumber, format, ppi=140)


def kompilasi(sumber: str, format: str, ppi: int | None = None) -> bytes:
    """A whole Typst source as PDF, PNG or SVG, through the process's one compiler: its fonts are read once and
    its layout cache is shared (a new compiler for each picture cost ±0,05 s in reading fonts alone)."""
    with _KUNCI:
        return _kompilator().compile(input=sumber.encode("utf-8"), format=format, ppi=ppi)


def tulis_typ(dok: Dokumen, opsi: OpsiDokumen, folder: Path) -> str:
    """The Typst source of the document; images (charts, logo) are written into `folder`."""
    return PenulisTypst(dok, opsi, folder).tulis()


def tulis_pdf(dok: Dokumen, opsi: OpsiDokumen) -> bytes:
    with tempfile.TemporaryDirectory(prefix="sakip-typst-") as d:
        folder = Path(d)
        sumber = tulis_typ(dok, opsi, folder)
        utama = folder / "dokumen.typ"
        utama.write_text(sumber, encoding="utf-8")
        with _KUNCI:
            return _kompilator().compile(input=str(utama), root=str(folder), format="pdf")


__all__ = ["folder_huruf", "gambar_tersendiri", "kompilasi", "tulis_pdf", "tulis_typ"]
