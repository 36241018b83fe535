"""`Dokumen` → DOCX (python-docx, with the Word XML written directly where python-docx is slow or silent).

What Word and LibreOffice users expect from a report: real heading styles with a table of contents field,
numbered captions ("Tabel 3.1 …" with SEQ fields, listed in a Daftar Tabel), table header rows repeated on
every page, page numbers (roman for the front matter, arabic from BAB I), landscape sections for wide
matrices, the letterhead and the logo. A user's own Word template supplies the styles, the page setup and
the letterhead (its header).

Tables are real Word tables with their caption in the paragraph right before them, so a program reading
the document back (the reviu) finds tables as tables and prose as paragraphs.
"""

from __future__ import annotations

import copy
import functools
import io
import re
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import NamespacePrefixedTag, nsmap, qn
from docx.oxml.parser import element_class_lookup, oxml_parser
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from lxml import etree

from .isi import (
    Bagian,
    BlokTabel,
    Daftar,
    DaftarIsi,
    Dokumen,
    Grafik,
    HalamanBaru,
    Isian,
    Judul,
    Kop,
    Paragraf,
    Penandatangan,
    Sampul,
    TandaTangan,
)
from .umum import DokumenTidakValid, OpsiDokumen

HURUF = "Arial"  # metric-compatible with Liberation Sans, which LibreOffice substitutes on Linux
A4 = (11906, 16838)  # twips
MARGIN = {"top": 1418, "bottom": 1418, "left": 1701, "right": 1418}  # 2,5 / 2,5 / 3 / 2,5 cm
MARGIN_LANSKAP = {"top": 1134, "bottom": 1134, "left": 1134, "right": 1134}
SEQ_TABEL = "Tabel"
SEQ_GRAFIK = "Grafik"
ABU_KEPALA = "D9D9D9"
ABU_GRUP = "EFEFEF"


@functools.cache
def _nama(tag: str) -> tuple[str, dict[str, str]]:
    """A tag's Clark name and its one namespace declaration, as OxmlElement computes them (cached: a report
    makes ~40 000 elements of a few dozen tags, and parsing the prefix each time was a third of the DOCX time)."""
    t = NamespacePrefixedTag(tag)
    return t.clark_name, t.nsmap


_qn = functools.cache(qn)


def _el(tag: str, **attrs: str | int) -> object:
    clark, ns = _nama(tag)
    e = oxml_parser.makeelement(clark, nsmap=ns)
    for k, v in attrs.items():
        e.set(_qn(f"w:{k}"), str(v))
    return e


def _sub(parent, tag: str, **attrs: str | int):
    e = _el(tag, **attrs)
    parent.append(e)
    return e


# Tables and runs are written as XML text and parsed once: lxml parses a table's ~13 elements per cell in a
# fraction of the time that creating them one by one through python-docx's element classes takes (a third of
# the DOCX's time went there). The parser is python-docx's own (its element classes), keeping blank text.
_PARSER = etree.XMLParser(resolve_entities=False)
_PARSER.set_element_class_lookup(element_class_lookup)
_XMLNS_W = f' xmlns:w="{nsmap["w"]}"'
_TIDAK_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _dari_xml(xml: str):
    """An element from XML text whose root is a ``w:`` element (its namespace declaration is added here)."""
    akhir = xml.index(">")
    if xml[akhir - 1] == "/":
        akhir -= 1
    return etree.fromstring(xml[:akhir] + _XMLNS_W + xml[akhir:], _PARSER)


def _teks_xml(teks: str) -> str:
    """Text as XML character data; refuses what lxml refuses when text is set on an element."""
    if _TIDAK_XML.search(teks):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")
    return teks.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _penanda(jenis: str, n: int) -> str:
    if jenis == "huruf":
        return f"{_huruf(n)}."
    if jenis == "poin":
        return "•"
    if jenis == "strip":
        return "-"
    if jenis == "kurung":
        return f"({n})"
    return f"{n}."


def _huruf(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


class PenulisDocx:
    def __init__(self, dok: Dokumen, opsi: OpsiDokumen, png: dict[int, Future] | None = None):
        self.dok = dok
        self.opsi = opsi
        self.png = png or {}  # the charts' PNG being drawn in the background, by id of the Grafik
        self.templat = opsi.templat is not None
        self.doc = _buka(opsi.templat)
        self.body = self.doc.element.body
        self.sect = self.body.sectPr
        self.kop_dari_templat = self.templat and _header_berisi(self.doc)
        self._bookmark = 0
        self._nama_bookmark: dict[int, str] = {}
        self._bab_tabel: set[str] = set()
        self._bab_grafik: set[str] = set()
        self.orientasi = dok.orientasi

    # --- setup -------------------------------------------------------------------------------------------

    def siapkan(self) -> None:
        if not self.templat:
            self._gaya_bawaan()
        self._pastikan_gaya()
        self._atur_halaman(self.sect, self.dok.orientasi, awal=True)
        self._penomoran(self.sect, self.dok.penomoran, 1)
        if self.dok.penomoran == "tanpa":
            # The cover: a first page with its own, empty footer.
            _sub(self.sect, "w:titlePg")
        self._footer_nomor()
        self._pengaturan()

    def _gaya_bawaan(self) -> None:
        st = self.doc.styles
        normal = st["Normal"]
        normal.font.name = HURUF
        normal.font.size = Pt(11)
        pf = normal.paragraph_format
        pf.space_after = Pt(6)
        pf.line_spacing = 1.15
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(a), HURUF)
        for nama, ukuran, tengah in (
            ("Heading 1", 14, True),
            ("Heading 2", 12, False),
            ("Heading 3", 11, False),
            ("Heading 4", 11, False),
        ):
            s = st[nama]
            s.font.name = HURUF
            s.font.size = Pt(ukuran)
            s.font.bold = True
            s.font.italic = nama == "Heading 4"
            s.font.color.rgb = RGBColor(0, 0, 0)
            rf = s.element.get_or_add_rPr().find(qn("w:rFonts"))
            if rf is not None:
                for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    rf.attrib.pop(qn(a), None)
                for a in ("w:ascii", "w:hAnsi", "w:cs"):
                    rf.set(qn(a), HURUF)
            s.paragraph_format.space_before = Pt(18 if nama == "Heading 1" else 12)
            s.paragraph_format.space_after = Pt(12 if nama == "Heading 1" else 6)
            s.paragraph_format.keep_with_next = True
            if tengah:
                s.paragraph_format.alignment = 1
        cap = st["Caption"]
        cap.font.name = HURUF
        cap.font.size = Pt(10)
        cap.font.bold = True
        cap.font.italic = False
        cap.font.color.rgb = RGBColor(0, 0, 0)
        cap.paragraph_format.alignment = 1
        cap.paragraph_format.space_before = Pt(6)
        cap.paragraph_format.space_after = Pt(4)
        cap.paragraph_format.keep_with_next = True
        title = st["Title"]
        title.font.name = HURUF
        title.font.color.rgb = RGBColor(0, 0, 0)
        # Every language setting Indonesian: spelling, hyphenation, date fields.
        dd = self.doc.styles.element.find(qn("w:docDefaults"))
        if dd is not None:
            rpd = dd.find(qn("w:rPrDefault"))
            rpr = rpd.find(qn("w:rPr")) if rpd is not None else None
            if rpr is not None:
                lang = rpr.find(qn("w:lang"))
                if lang is None:
                    lang = _sub(rpr, "w:lang")
                lang.set(qn("w:val"), "id-ID")

    def _pastikan_gaya(self) -> None:
        st = self.doc.styles
        ada = {s.style_id for s in st}

        def tambah(nama: str, dasar: str = "Normal", **kw):
            sid = nama.replace(" ", "")
            if sid in ada:
                return
            s = st.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
            if dasar.replace(" ", "") in ada or dasar == "Normal":
                s.base_style = st["Normal"] if dasar == "Normal" else st[dasar]
            if "ukuran" in kw:
                s.font.size = Pt(kw["ukuran"])
            if kw.get("tebal"):
                s.font.bold = True
            if kw.get("miring"):
                s.font.italic = True
            pf = s.paragraph_format
            pf.space_after = Pt(kw.get("setelah", 0))
            pf.space_before = Pt(kw.get("sebelum", 0))
            if "baris" in kw:
                pf.line_spacing = kw["baris"]
            if "tengah" in kw:
                pf.alignment = 1
            if "kiri" in kw:
                pf.left_indent = Cm(kw["kiri"])
            if "tab" in kw:
                pf.tab_stops.add_tab_stop(kw["tab"], alignment=2, leader=1)
            ada.add(sid)

        for n in range(1, 5):
            if f"Heading{n}" not in ada:
                tambah(f"Heading {n}", ukuran=14 - n, tebal=True, sebelum=12, setelah=6)
        if "Caption" not in ada:
            tambah("Caption", ukuran=10, tebal=True, tengah=True, sebelum=6, setelah=4)
        tambah("Isi Tabel", ukuran=9, baris=1.0)
        tambah("Catatan Tabel", ukuran=8.5, miring=True, setelah=6)
        tambah("Keterangan Grafik", "Caption", ukuran=10, tebal=True, tengah=True, sebelum=2, setelah=10)
        tambah("TOC Heading", ukuran=14, tebal=True, tengah=True, setelah=12)
        lebar = self._lebar_isi(self.dok.orientasi)
        from docx.shared import Twips

        for n in range(1, 4):
            tambah(f"TOC {n}", kiri=0.6 * (n - 1), setelah=3, tab=Twips(lebar))
            # Word's built-in name is lower case; with it Word keeps using this style when it rebuilds the contents.
            el = st.element.xpath(f'w:style[@w:styleId="TOC{n}"]/w:name')
            if el:
                el[0].set(qn("w:val"), f"toc {n}")

    def _atur_halaman(self, sect, orientasi: str, *, awal: bool = False) -> None:
        pg = sect.find(qn("w:pgSz"))
        if pg is None:
            pg = _sub(sect, "w:pgSz")
        if not self.templat:
            w, h = A4
            m = MARGIN if orientasi == "potret" else MARGIN_LANSKAP
            pm = sect.find(qn("w:pgMar"))
            if pm is None:
                pm = _sub(sect, "w:pgMar")
            for k, v in m.items():
                pm.set(qn(f"w:{k}"), str(v))
            for k in ("header", "footer"):
                pm.set(qn(f"w:{k}"), "709")
            pm.set(qn("w:gutter"), "0")
        else:
            w, h = int(pg.get(qn("w:w")) or A4[0]), int(pg.get(qn("w:h")) or A4[1])
            w, h = min(w, h), max(w, h)
        if orientasi == "lanskap":
            pg.set(qn("w:w"), str(h))
            pg.set(qn("w:h"), str(w))
            pg.set(qn("w:orient"), "landscape")
        else:
            pg.set(qn("w:w"), str(w))
            pg.set(qn("w:h"), str(h))
            pg.attrib.pop(qn("w:orient"), None)
        # pgSz must come before pgMar in sectPr order; keep the schema order Word insists on.
        _urutkan_sect(sect)

    def _lebar_isi(self, orientasi: str) -> int:
        pg = self.sect.find(qn("w:pgSz"))
        pm = self.sect.find(qn("w:pgMar"))
        if self.templat and pg is not None and pm is not None:
            w, h = int(pg.get(qn("w:w"))), int(pg.get(qn("w:h")))
            lebar = max(w, h) if orientasi == "lanskap" else min(w, h)
            return lebar - int(pm.get(qn("w:left"), 1440)) - int(pm.get(qn("w:right"), 1440))
        m = MARGIN if orientasi == "potret" else MARGIN_LANSKAP
        return (A4[0] if orientasi == "potret" else A4[1]) - m["left"] - m["right"]

    def _penomoran(self, sect, penomoran: str, mulai: int | None) -> None:
        pn = sect.find(qn("w:pgNumType"))
        if pn is None:
            pn = _sub(sect, "w:pgNumType")
        pn.attrib.clear()
        pn.set(qn("w:fmt"), "lowerRoman" if penomoran == "romawi" else "decimal")
        if mulai is not None:
            pn.set(qn("w:start"), str(mulai))
        _urutkan_sect(sect)

    def _footer_nomor(self) -> None:
        sec = self.doc.sections[0]
        footer = sec.footer
        if self.templat and any(p.text.strip() for p in footer.paragraphs):
            return
        p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        p.alignment = 1
        _field(p._p, "PAGE", "1", ukuran=9)

    def _pengaturan(self) -> None:
        """Ask Word to refresh the fields (contents, captions, page references) when the document opens."""
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is not None:
            return
        uf = _el("w:updateFields", val="true")
        # The schema orders settings; updateFields comes right before these.
        sesudah = {
            "hdrShapeDefaults",
            "footnotePr",
            "endnotePr",
            "compat",
            "docVars",
            "rsids",
            "mathPr",
            "attachedSchema",
            "themeFontLang",
            "clrSchemeMapping",
            "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures",
            "forceUpgrade",
            "captions",
            "readModeInkLockDown",
            "smartTagType",
            "schemaLibrary",
            "shapeDefaults",
            "doNotEmbedSmartTags",
            "decimalSymbol",
            "listSeparator",
        }
        for anak in settings:
            if anak.tag.rpartition("}")[2] in sesudah:
                anak.addprevious(uf)
                return
        settings.append(uf)

    # --- body ----------------------------------------------------------------------------------------------

    def _tambah(self, el) -> None:
        self.sect.addprevious(el)

    def _bookmark_untuk(self, blok) -> str:
        kunci = id(blok)
        if kunci not in self._nama_bookmark:
            self._bookmark += 1
            self._nama_bookmark[kunci] = f"_Toc{100000 + self._bookmark}"
        return self._nama_bookmark[kunci]

    def tulis(self) -> bytes:
        self.siapkan()
        for blok in self.dok.blok:
            if isinstance(blok, (Judul, BlokTabel, Grafik)):
                self._bookmark_untuk(blok)
        for blok in self.dok.blok:
            self._blok(blok)
        self._properti()
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def _properti(self) -> None:
        # Word's metadata fields hold 255 characters (python-docx refuses more); inputs are bounded at entry,
        # but a title composed of a long name and a long subject must still never stop the document.
        cp = self.doc.core_properties
        cp.title = _potong_metadata(self.dok.judul)
        cp.subject = _potong_metadata(self.dok.subjek)
        cp.author = _potong_metadata(self.dok.instansi)
        cp.last_modified_by = _potong_metadata(self.dok.instansi)
        cp.language = "id-ID"
        cp.keywords = f"SAKIP; {self.dok.jenis}; {self.dok.tahun}"
        cp.comments = "Dibuat oleh SAKIP dari data pengukuran kinerja."

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
            p = _p()
            r = _sub(p, "w:r")
            _sub(r, "w:br", type="page")
            self._tambah(p)
        elif isinstance(b, Bagian):
            self._bagian(b)
        else:  # pragma: no cover - a new block type without a writer is a programming error
            raise TypeError(f"blok tidak dikenal: {type(b).__name__}")

    def _judul(self, b: Judul) -> None:
        p = _p(gaya=f"Heading{min(b.tingkat, 4)}")
        ppr = p.find(qn("w:pPr"))
        if b.halaman_baru:
            _sub(ppr, "w:pageBreakBefore")
        if b.tingkat == 1:
            _sub(ppr, "w:jc", val="center")
        nama = self._bookmark_untuk(b)
        self._bookmark += 1
        bid = str(self._bookmark)
        _sub(p, "w:bookmarkStart", id=bid, name=nama)
        _run(p, b.teks)
        if b.baris_kedua:
            r = _sub(p, "w:r")
            _sub(r, "w:br")
            _run(p, b.baris_kedua)
        _sub(p, "w:bookmarkEnd", id=bid)
        self._tambah(p)

    def _paragraf(self, b: Paragraf) -> None:
        gaya = {"catatan": "CatatanTabel", "kecil": "CatatanTabel"}.get(b.gaya)
        p = _p(gaya=gaya)
        ppr = p.find(qn("w:pPr"))
        if b.tetap_dengan_berikut:
            _sub(ppr, "w:keepNext")
        if b.jarak_sebelum:
            _sub(ppr, "w:spacing", before=b.jarak_sebelum * 20)
        if b.menjorok and b.rata == "justify" and b.gaya == "biasa":
            _sub(ppr, "w:ind", firstLine=567)
        _sub(ppr, "w:jc", val=_jc(b.rata))
        ukuran = 12 if b.gaya == "judul-dokumen" else None
        for t in b.isi:
            _run(p, t.teks, tebal=t.tebal, miring=t.miring, ukuran=ukuran)
        self._tambah(p)

    def _daftar(self, b: Daftar) -> None:
        kiri = 567 * (b.tingkat + 1)
        gantung = 425 if b.penanda not in ("kurung",) else 567
        for n, butir in enumerate(b.butir, 1):
            p = _p()
            ppr = p.find(qn("w:pPr"))
            _sub(ppr, "w:spacing", after=60)
            _sub(ppr, "w:ind", left=kiri + gantung, hanging=gantung)
            _sub(ppr, "w:jc", val="both")
            _run(p, _penanda(b.penanda, n) + "\t")
            for t in butir:
                _run(p, t.teks, tebal=t.tebal, miring=t.miring)
            self._tambah(p)

    def _keterangan(self, label: str, seq: str, bab: str, nomor: int, judul: str, gaya: str, blok) -> None:
        """A caption: "<label> <bab>." SEQ <seq> (reset to 1 at a chapter's first caption) " <judul>"."""
        p = _p(gaya=gaya)
        ppr = p.find(qn("w:pPr"))
        _sub(ppr, "w:keepNext")
        nama = self._bookmark_untuk(blok)
        self._bookmark += 1
        bid = str(self._bookmark)
        _sub(p, "w:bookmarkStart", id=bid, name=nama)
        _run(p, f"{label} {bab}.")
        sudah = self._bab_tabel if seq == SEQ_TABEL else self._bab_grafik
        reset = "" if bab in sudah else " \\r 1"
        sudah.add(bab)
        _field(p, f"SEQ {seq} \\* ARABIC{reset}", str(nomor))
        _run(p, f" {judul}")
        _sub(p, "w:bookmarkEnd", id=bid)
        self._tambah(p)

    def _judul_polos(self, teks: str) -> None:
        p = _p()
        ppr = p.find(qn("w:pPr"))
        _sub(ppr, "w:keepNext")
        _sub(ppr, "w:spacing", before=120, after=80)
        _sub(ppr, "w:jc", val="center")
        _run(p, teks, tebal=True, ukuran=10)
        self._tambah(p)

    def _tabel(self, b: BlokTabel) -> None:
        if b.nomor and b.lanjutan:
            self._judul_polos(f"Tabel {b.nomor} (lanjutan)" + (f" {b.judul}" if b.judul else ""))
        elif b.nomor:
            bab, _, n = b.nomor.rpartition(".")
            self._keterangan("Tabel", SEQ_TABEL, bab, int(n), b.judul, "Caption", b)
        elif b.judul:
            self._judul_polos(b.judul)
        self._tambah(tabel_xml(b, self._lebar_isi(self.orientasi)))
        for c in b.semua_catatan():
            self._catatan(f"Catatan: {c}")
        if b.sumber:
            self._catatan("Sumber data: " + "; ".join(b.sumber) + ".")
        if not b.semua_catatan() and not b.sumber:
            self._tambah(_p_kosong(4))

    def _catatan(self, teks: str) -> None:
        p = _p(gaya="CatatanTabel")
        _run(p, teks)
        self._tambah(p)

    def _grafik(self, b: Grafik) -> None:
        p = _p()
        ppr = p.find(qn("w:pPr"))
        _sub(ppr, "w:keepNext")
        _sub(ppr, "w:jc", val="center")
        self._tambah(p)
        para = Paragraph(p, self.doc._body)
        lebar = min(Cm(b.lebar_cm), self._lebar_isi(self.orientasi) * 635)
        png = self.png[id(b)].result() if id(b) in self.png else b.gambar("png")
        para.add_run().add_picture(io.BytesIO(png), width=lebar)
        docpr = p.find(".//" + qn("wp:docPr"))
        if docpr is not None:
            docpr.set("descr", b.keterangan or b.judul)
        if b.nomor:
            bab, _, n = b.nomor.rpartition(".")
            self._keterangan("Grafik", SEQ_GRAFIK, bab, int(n), b.judul, "KeteranganGrafik", b)
        else:
            self._judul_polos(b.judul)

    def _ttd(self, b: TandaTangan) -> None:
        lebar = self._lebar_isi(self.orientasi)
        kolom = [lebar // 2, lebar - lebar // 2]
        tbl = _tabel_polos(kolom)
        tr = _sub(tbl, "w:tr")
        trpr = _sub(tr, "w:trPr")
        _sub(trpr, "w:cantSplit")
        for pt, w in ((b.kiri, kolom[0]), (b.kanan, kolom[1])):
            tc = _sub(tr, "w:tc")
            tcpr = _sub(tc, "w:tcPr")
            _sub(tcpr, "w:tcW", w=w, type="dxa")
            if pt is None:
                _sub(tc, "w:p")
                continue
            _isi_ttd(tc, pt)
        self._tambah(_p_kosong(6))
        self._tambah(tbl)

    def _kop(self, b: Kop) -> None:
        if self.kop_dari_templat:
            return
        lebar = self._lebar_isi(self.orientasi)
        logo_w = 1500 if b.logo else 0
        kolom = [logo_w, lebar - logo_w] if b.logo else [lebar]
        tbl = _tabel_polos(kolom)
        tr = _sub(tbl, "w:tr")
        if b.logo:
            tc = _sub(tr, "w:tc")
            tcpr = _sub(tc, "w:tcPr")
            _sub(tcpr, "w:tcW", w=logo_w, type="dxa")
            _sub(tcpr, "w:vAlign", val="center")
            p = _sub(tc, "w:p")
            ppr = _sub(p, "w:pPr")
            _sub(ppr, "w:jc", val="center")
            Paragraph(p, self.doc._body).add_run().add_picture(io.BytesIO(b.logo), height=Cm(2.2))
        tc = _sub(tr, "w:tc")
        tcpr = _sub(tc, "w:tcPr")
        _sub(tcpr, "w:tcW", w=kolom[-1], type="dxa")
        _sub(tcpr, "w:vAlign", val="center")
        for i, teks in enumerate(b.baris_besar):
            p = _sub(tc, "w:p")
            ppr = _sub(p, "w:pPr")
            _sub(ppr, "w:spacing", after=0, line=240, lineRule="auto")
            _sub(ppr, "w:jc", val="center")
            _run(p, teks, tebal=True, ukuran=14 if i == 0 else 16)
        for teks in b.baris_kecil:
            p = _sub(tc, "w:p")
            ppr = _sub(p, "w:pPr")
            _sub(ppr, "w:spacing", after=0, line=240, lineRule="auto")
            _sub(ppr, "w:jc", val="center")
            _run(p, teks, ukuran=9)
        self._tambah(tbl)
        garis = _p()
        ppr = garis.find(qn("w:pPr"))
        bdr = _sub(ppr, "w:pBdr")
        _sub(bdr, "w:bottom", val="thickThinSmallGap", sz=18, space=1, color="000000")
        _sub(ppr, "w:spacing", after=240)
        self._tambah(garis)

    def _sampul(self, b: Sampul) -> None:
        ukuran = {"besar": 20, "sedang": 16, "kecil": 13}
        for i, (teks, besar) in enumerate(b.baris):
            p = _p()
            ppr = p.find(qn("w:pPr"))
            _sub(ppr, "w:spacing", before=2400 if i == 0 else 60, after=60)
            _sub(ppr, "w:jc", val="center")
            if teks:
                _run(p, teks, tebal=besar != "kecil", ukuran=ukuran[besar])
            self._tambah(p)
            if i == 3 and b.logo:
                lp = _p()
                lppr = lp.find(qn("w:pPr"))
                _sub(lppr, "w:spacing", before=600, after=600)
                _sub(lppr, "w:jc", val="center")
                self._tambah(lp)
                Paragraph(lp, self.doc._body).add_run().add_picture(io.BytesIO(b.logo), height=Cm(5))

    def _isian(self, b: Isian) -> None:
        lebar = self._lebar_isi(self.orientasi)
        kolom = [2400, 300, lebar - 2700]
        tbl = _tabel_polos(kolom)
        for label, nilai in b.baris:
            tr = _sub(tbl, "w:tr")
            for j, (isi, w) in enumerate(((label, kolom[0]), (":", kolom[1]), (nilai, kolom[2]))):
                tc = _sub(tr, "w:tc")
                tcpr = _sub(tc, "w:tcPr")
                _sub(tcpr, "w:tcW", w=w, type="dxa")
                daftar = isi if isinstance(isi, list) else [isi]
                for n, teks in enumerate(daftar, 1):
                    p = _sub(tc, "w:p")
                    ppr = _sub(p, "w:pPr")
                    _sub(ppr, "w:spacing", after=40)
                    if isinstance(isi, list) and j == 2:
                        _sub(ppr, "w:ind", left=400, hanging=400)
                        _run(p, f"{_huruf(n)}.\t{teks}")
                    else:
                        _run(p, teks)
        self._tambah(tbl)
        self._tambah(_p_kosong(4))

    def _daftar_isi(self, b: DaftarIsi) -> None:
        p = _p(gaya="TOCHeading")
        _run(p, b.judul)
        self._tambah(p)
        if b.jenis == "isi":
            instr = 'TOC \\o "1-3" \\h \\z \\u'
            entri = [
                (blk, blk.tingkat, f"{blk.teks} {blk.baris_kedua}".strip())
                for blk in self.dok.blok
                if isinstance(blk, Judul) and blk.daftar_isi and blk.tingkat <= 3
            ]
        elif b.jenis == "tabel":
            instr = f'TOC \\h \\z \\c "{SEQ_TABEL}"'
            entri = [
                (blk, 1, f"Tabel {blk.nomor} {blk.judul}")
                for blk in self.dok.blok
                if isinstance(blk, BlokTabel) and blk.didaftar
            ]
        else:
            instr = f'TOC \\h \\z \\c "{SEQ_GRAFIK}"'
            entri = [
                (blk, 1, f"Grafik {blk.nomor} {blk.judul}")
                for blk in self.dok.blok
                if isinstance(blk, Grafik) and blk.nomor
            ]
        if not entri:
            kosong = _p()
            _run(kosong, "Tidak ada entri.")
            self._tambah(kosong)
            return
        paragraf = []
        for blk, tingkat, teks in entri:
            q = _p(gaya=f"TOC{tingkat}")
            nama = self._bookmark_untuk(blk)
            hl = _sub(q, "w:hyperlink", anchor=nama, history="1")
            _run(hl, teks)
            _run(hl, "\t")
            _field(hl, f"PAGEREF {nama} \\h", "")
            paragraf.append(q)
        # One field spans the entries: begin in the first paragraph, end in the last.
        awal, akhir = paragraf[0], paragraf[-1]
        ppr = awal.find(qn("w:pPr"))
        posisi = list(awal).index(ppr) + 1
        for i, el in enumerate(_field_awal(instr)):
            awal.insert(posisi + i, el)
        akhir.append(_field_akhir())
        for q in paragraf:
            self._tambah(q)

    def _bagian(self, b: Bagian) -> None:
        """End the current section (its properties move into a paragraph) and start a new one."""
        p = _p()
        ppr = p.find(qn("w:pPr"))
        lama = copy.deepcopy(self.sect)
        ppr.append(lama)
        self._tambah(p)
        tp = self.sect.find(qn("w:titlePg"))
        if tp is not None:
            self.sect.remove(tp)
        typ = self.sect.find(qn("w:type"))
        if typ is None:
            typ = _el("w:type")
            self.sect.insert(0, typ)
        typ.set(qn("w:val"), "nextPage")
        self._atur_halaman(self.sect, b.orientasi)
        pn = self.sect.find(qn("w:pgNumType"))
        if b.mulai is not None or pn is None:
            self._penomoran(self.sect, b.penomoran, b.mulai)
        else:
            pn.attrib.pop(qn("w:start"), None)
            pn.set(qn("w:fmt"), "lowerRoman" if b.penomoran == "romawi" else "decimal")
        _urutkan_sect(self.sect)
        self.orientasi = b.orientasi


# --- XML helpers ------------------------------------------------------------------------------------------------

_URUTAN_SECT = [
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
]


def _urutkan_sect(sect) -> None:
    def kunci(e):
        nama = e.tag.rpartition("}")[2]
        return _URUTAN_SECT.index(nama) if nama in _URUTAN_SECT else len(_URUTAN_SECT)

    anak = list(sect)
    anak.sort(key=kunci)
    for a in anak:
        sect.remove(a)
        sect.append(a)


def _p(gaya: str | None = None):
    p = _el("w:p")
    ppr = _sub(p, "w:pPr")
    if gaya:
        _sub(ppr, "w:pStyle", val=gaya)
    return p


def _p_kosong(pt: int):
    p = _p()
    ppr = p.find(qn("w:pPr"))
    _sub(ppr, "w:spacing", before=0, after=0, line=pt * 20, lineRule="exact")
    return p


def _jc(rata: str) -> str:
    return {"justify": "both", "kiri": "left", "tengah": "center", "kanan": "right"}.get(rata, "both")


def _rpr_xml(
    *, tebal: bool = False, miring: bool = False, ukuran: float | None = None, garis_bawah: bool = False
) -> str:
    if not (tebal or miring or ukuran or garis_bawah):
        return ""
    x = "<w:rPr>"
    if tebal:
        x += "<w:b/><w:bCs/>"
    if miring:
        x += "<w:i/>"
    # Word insists on the schema's order of run properties: sz and szCs come before u.
    if ukuran:
        x += f'<w:sz w:val="{round(ukuran * 2)}"/><w:szCs w:val="{round(ukuran * 2)}"/>'
    if garis_bawah:
        x += '<w:u w:val="single"/>'
    return x + "</w:rPr>"


def _rpr(r, **gaya) -> None:
    x = _rpr_xml(**gaya)
    if x:
        r.append(_dari_xml(x))


def _run_xml(
    teks: str, *, tebal: bool = False, miring: bool = False, ukuran: float | None = None, garis_bawah: bool = False
) -> str:
    """A run for `teks` as XML text; newlines become line breaks and tabs tab characters."""
    x = ["<w:r>", _rpr_xml(tebal=tebal, miring=miring, ukuran=ukuran, garis_bawah=garis_bawah)]
    for i, b in enumerate(teks.split("\n")):
        if i:
            x.append("<w:br/>")
        for j, s in enumerate(b.split("\t")):
            if j:
                x.append("<w:tab/>")
            if s:
                x.append(f'<w:t xml:space="preserve">{_teks_xml(s)}</w:t>')
    x.append("</w:r>")
    return "".join(x)


def _run(parent, teks: str, **gaya) -> None:
    """Append a run for `teks` (see `_run_xml`)."""
    parent.append(_dari_xml(_run_xml(teks, **gaya)))


def _field_awal(instr: str) -> list:
    r1 = _el("w:r")
    _sub(r1, "w:fldChar", fldCharType="begin")
    r2 = _el("w:r")
    it = _sub(r2, "w:instrText")
    it.text = f" {instr} "
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r3 = _el("w:r")
    _sub(r3, "w:fldChar", fldCharType="separate")
    return [r1, r2, r3]


def _field_akhir():
    r = _el("w:r")
    _sub(r, "w:fldChar", fldCharType="end")
    return r


def _field(parent, instr: str, hasil: str, *, ukuran: float | None = None) -> None:
    """A complete field (begin, instruction, separate, cached result, end) in one paragraph."""
    for el in _field_awal(instr):
        if ukuran:
            _rpr(el, ukuran=ukuran)
        parent.append(el)
    if hasil:
        _run(parent, hasil, ukuran=ukuran)
    parent.append(_field_akhir())


def _tabel_polos(kolom: list[int]):
    tbl = _el("w:tbl")
    tblpr = _sub(tbl, "w:tblPr")
    _sub(tblpr, "w:tblW", w=sum(kolom), type="dxa")
    bdr = _sub(tblpr, "w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(bdr, f"w:{s}", val="nil")
    _sub(tblpr, "w:tblLayout", type="fixed")
    mar = _sub(tblpr, "w:tblCellMar")
    _sub(mar, "w:left", w=57, type="dxa")
    _sub(mar, "w:right", w=57, type="dxa")
    grid = _sub(tbl, "w:tblGrid")
    for w in kolom:
        _sub(grid, "w:gridCol", w=w)
    return tbl


def _isi_ttd(tc, pt: Penandatangan) -> None:
    def para(teks: str, **kw):
        p = _sub(tc, "w:p")
        ppr = _sub(p, "w:pPr")
        _sub(ppr, "w:keepNext")
        _sub(ppr, "w:spacing", after=0)
        _sub(ppr, "w:jc", val="center")
        if teks:
            _run(p, teks, **kw)

    for teks in pt.atas:
        para(teks)
    for _ in range(pt.ruang_ttd):
        para("")
    para(pt.nama, tebal=True, garis_bawah=bool(pt.nama))
    for teks in pt.bawah:
        para(teks)


def _grid(kepala) -> list[list[tuple[int, object, str]]]:
    """Header cells laid on the grid: per row a list of (column, cell, "awal" | "lanjut") where "lanjut" marks
    the continuation of a cell spanning rows from above."""
    n_baris = len(kepala)
    terisi: dict[tuple[int, int], tuple[object, str]] = {}
    for r, baris in enumerate(kepala):
        c = 0
        for sel in baris:
            while (r, c) in terisi:
                c += 1
            for dr in range(sel.tinggi):
                terisi[(r + dr, c)] = (sel, "awal" if dr == 0 else "lanjut")
                for dc in range(1, sel.lebar):
                    terisi[(r + dr, c + dc)] = (None, "tertutup")
            c += sel.lebar
    hasil = []
    for r in range(n_baris):
        baris = []
        for (rr, c), (sel, jenis) in sorted(terisi.items()):
            if rr == r and jenis != "tertutup":
                baris.append((c, sel, jenis))
        hasil.append(baris)
    return hasil


def tabel_xml(b: BlokTabel, lebar_isi: int):
    """A bordered Word table with repeated header rows, fixed column widths and vertical merges."""
    rel = b.lebar_kolom()
    total = sum(rel) or 1
    kolom = [max(300, int(lebar_isi * r / total)) for r in rel]
    n = len(kolom)
    ukuran = b.ukuran_huruf
    x = [
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(kolom)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>',
        *(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in _SISI_TABEL),
        '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="20" w:type="dxa"/>'
        '<w:left w:w="57" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in kolom),
        "</w:tblGrid>",
    ]
    tambah = x.append

    def sel_xml(
        teks: str,
        c: int,
        lebar: int = 1,
        *,
        rata: str = "kiri",
        tebal: bool = False,
        isi_warna: str | None = None,
        vmerge: str | None = None,
        miring: bool = False,
        tanpa_garis: tuple[str, ...] = (),
        kecil: bool = False,
    ) -> None:
        tambah(f'<w:tc><w:tcPr><w:tcW w:w="{sum(kolom[c : c + lebar])}" w:type="dxa"/>')
        if lebar > 1:
            tambah(f'<w:gridSpan w:val="{lebar}"/>')
        if vmerge:
            tambah('<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>")
        if tanpa_garis:
            tambah(
                "<w:tcBorders>"
                + "".join(f'<w:{sisi} w:val="nil"/>' for sisi in ("top", "bottom") if sisi in tanpa_garis)
                + "</w:tcBorders>"
            )
        if isi_warna:
            tambah(f'<w:shd w:val="clear" w:color="auto" w:fill="{isi_warna}"/>')
        tambah(
            f'<w:vAlign w:val="{"center" if isi_warna == ABU_KEPALA else "top"}"/></w:tcPr><w:p><w:pPr>'
            '<w:pStyle w:val="IsiTabel"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            f'<w:jc w:val="{_jc(rata) if rata != "justify" else "left"}"/></w:pPr>'
        )
        if teks:
            tambah(_run_xml(teks, tebal=tebal, miring=miring, ukuran=ukuran - 0.5 if kecil else ukuran))
        tambah("</w:p></w:tc>")

    # Header rows, repeated on every page.
    kepala = b.baris_kepala()
    for baris in _grid(kepala):
        tambah("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for c, sel, jenis in baris:
            span_r = sel.tinggi > 1
            vm = ("restart" if jenis == "awal" else "continue") if span_r else None
            sel_xml(
                sel.teks if jenis == "awal" else "",
                c,
                sel.lebar,
                rata="tengah",
                tebal=True,
                isi_warna=ABU_KEPALA,
                vmerge=vm,
                kecil=True,
            )
        tambah("</w:tr>")
    if b.nomor_kolom:
        tambah("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for c in range(n):
            sel_xml(f"({c + 1})", c, rata="tengah", isi_warna=ABU_KEPALA, miring=True)
        tambah("</w:tr>")

    gabung = b.gabung
    for r, baris in enumerate(b.baris):
        tambah("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        sel = baris.sel + [None] * (n - len(baris.sel))
        jenis = baris.jenis
        tebal = jenis in ("grup", "program", "jumlah")
        warna = ABU_GRUP if jenis in ("grup", "jumlah") else None
        if jenis == "grup" and all((s is None or not s.teks) for s in sel[1:]):
            sel_xml(sel[0].teks if sel[0] else "", 0, n, tebal=True, isi_warna=ABU_GRUP)
            tambah("</w:tr>")
            continue
        for c in range(n):
            s = sel[c]
            teks = s.teks if s is not None else ""
            # A cell that spans rows is drawn by hiding the rule between the rows, not by a Word vertical merge:
            # programs reading the table back (python-docx repeats a merged cell's text in every row it spans)
            # then see the text once and empty cells below, as in a printed report.
            garis: tuple[str, ...] = ()
            if (r, c) in gabung:
                teks = ""
                garis += ("top",)
            if (r + 1, c) in gabung:
                garis += ("bottom",)
            miring = jenis == "rincian" and c == 1 and teks.startswith(("Input", "Output", "Outcome"))
            sel_xml(
                teks,
                c,
                rata=s.rata if s else "kiri",
                tebal=tebal,
                isi_warna=warna,
                miring=miring,
                tanpa_garis=garis,
            )
        tambah("</w:tr>")
    tambah("</w:tbl>")
    return _dari_xml("".join(x))


_SISI_TABEL = ("top", "left", "bottom", "right", "insideH", "insideV")


def _buka(templat: bytes | str | Path | None):
    if templat is None:
        return Document()
    try:
        if isinstance(templat, bytes):
            doc = Document(io.BytesIO(templat))
        else:
            doc = Document(str(templat))
    except Exception as exc:  # python-docx raises several types for a broken or foreign file
        raise DokumenTidakValid(
            f"templat Word tidak dapat dibuka ({exc.__class__.__name__}); gunakan berkas .docx"
        ) from None
    body = doc.element.body
    for anak in list(body):
        if anak.tag != qn("w:sectPr"):
            body.remove(anak)
    # Only the last section's properties stay; a template with several sections becomes one.
    return doc


def _header_berisi(doc) -> bool:
    try:
        header = doc.sections[0].header
    except Exception:  # pragma: no cover - defensive: a malformed template
        return False
    if header.is_linked_to_previous:
        return False
    el = header._element
    return bool(el.xpath(".//w:t[normalize-space(.)!='']") or el.xpath(".//w:drawing") or el.xpath(".//w:pict"))


def tulis_docx(dok: Dokumen, opsi: OpsiDokumen) -> bytes:
    # The charts are drawn (Typst, PNG) in a thread while the document is built: the compiler releases the GIL,
    # so with a second core free the ±0,1 s of drawing the Kencong LKjIP's four charts overlaps the XML work.
    grafik = [b for b in dok.blok if isinstance(b, Grafik)]
    if not grafik:
        return PenulisDocx(dok, opsi).tulis()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sakip-grafik") as latar:
        png = {id(g): latar.submit(g.gambar, "png") for g in grafik}
        try:
            return PenulisDocx(dok, opsi, png).tulis()
        finally:
            for f in png.values():
                f.cancel()


__all__ = ["tulis_docx"]


def _potong_metadata(teks: str | None) -> str:
    s = " ".join((teks or "").split())
    return s if len(s) <= 255 else s[:254] + "…"
