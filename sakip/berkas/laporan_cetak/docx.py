"""A Word report (.docx) → blocks: body paragraphs as prose, tables as tables, in document order.

Merged cells are read the way a person reads them: a horizontally merged cell gives its text once (the
other grid columns it spans are empty), a vertically merged continuation is empty. Small layout tables that
only place text side by side (signature blocks, letterheads) are read as paragraphs. Headings come from the
paragraph style ("Heading n", "Judul n", outline level); list items from numbering or a typed bullet.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from sakip.core.reviu.cetak import Blok

from .teks import _BUTIR, bersihkan, seperti_kepala

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def baca_docx(path: str | Path) -> list[Blok]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    from sakip.berkas.aman import MasukanBerbahaya, periksa_zip

    from . import LaporanTidakTerbaca

    try:
        with open(path, "rb") as f:
            periksa_zip(f)  # a zip bomb is refused from the directory, before python-docx unpacks anything
        dok = Document(str(path))
    except MasukanBerbahaya as exc:
        raise LaporanTidakTerbaca(f"'{Path(path).name}': {exc}") from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LaporanTidakTerbaca(
            f"'{path}' bukan berkas Word (.docx) yang dapat dibaca ({exc.__class__.__name__})"
        ) from None
    gaya = {s.style_id: s for s in dok.styles}
    blok: list[Blok] = []
    for el in dok.element.body.iterchildren():
        if el.tag == f"{_W}p":
            b = _paragraf(el, gaya)
            if b is not None:
                blok.append(b)
        elif el.tag == f"{_W}tbl":
            blok += _tabel(el, gaya)
    return blok


def _teks_p(p) -> str:
    bagian: list[str] = []
    for el in p.iter():
        if el.tag == f"{_W}t":
            bagian.append(el.text or "")
        elif el.tag == f"{_W}tab":
            bagian.append("\t")
        elif el.tag in (f"{_W}br", f"{_W}cr"):
            bagian.append("\n")
    return "".join(bagian)


def _gaya_p(p, gaya) -> tuple[str, int]:
    """(style name, outline level) of a paragraph element."""
    ppr = p.find(f"{_W}pPr")
    nama, level = "", 0
    if ppr is not None:
        ps = ppr.find(f"{_W}pStyle")
        if ps is not None:
            sid = ps.get(f"{_W}val", "")
            st = gaya.get(sid)
            nama = st.name if st is not None and st.name else sid
        ol = ppr.find(f"{_W}outlineLvl")
        if ol is not None:
            level = int(ol.get(f"{_W}val", "9")) + 1
    m = re.match(r"^(?:heading|judul)\s*(\d)", nama, re.I)
    if m:
        level = int(m.group(1))
    elif nama.lower() == "title":
        level = 1
    return nama, level if level <= 6 else 0


def _bernomor(p) -> bool:
    ppr = p.find(f"{_W}pPr")
    return ppr is not None and ppr.find(f"{_W}numPr") is not None


def _tebal(p) -> bool:
    runs = [r for r in p.iter(f"{_W}r") if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()]
    if not runs:
        return False
    for r in runs:
        rpr = r.find(f"{_W}rPr")
        b = rpr.find(f"{_W}b") if rpr is not None else None
        if b is None or b.get(f"{_W}val", "true") in ("0", "false"):
            return False
    return True


def _paragraf(p, gaya) -> Blok | None:
    mentah = _teks_p(p)
    teks = bersihkan(mentah.replace("\t", " ").replace("\n", " "))
    if not teks:
        return None
    nama, level = _gaya_p(p, gaya)
    if nama.lower().startswith("toc ") and nama.lower() != "toc heading":
        return None  # table-of-contents lines repeat every heading and caption
    if nama.lower() == "toc heading":
        level = level or 1
    butir = _bernomor(p) or bool(_BUTIR.match(mentah)) or nama.lower().startswith(("list", "daftar"))
    return Blok("paragraf", teks, judul=level, butir=butir and not level, tebal=_tebal(p))


def _sel_tc(tc) -> str:
    bagian = []
    for p in tc.iter(f"{_W}p"):
        t = _teks_p(p).replace("\t", " ").replace("\n", " ")
        if t.strip():
            bagian.append(t.strip())
    return bersihkan(" ".join(bagian))


def _grid(tbl) -> list[list[str]]:
    baris: list[list[str]] = []
    for tr in tbl.iter(f"{_W}tr"):
        if tr.getparent() is not tbl:
            continue  # a row of a nested table
        sel: list[str] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = 1
            lanjut = False
            if tcpr is not None:
                gs = tcpr.find(f"{_W}gridSpan")
                if gs is not None:
                    span = int(gs.get(f"{_W}val", "1"))
                vm = tcpr.find(f"{_W}vMerge")
                lanjut = vm is not None and vm.get(f"{_W}val", "continue") == "continue"
            sel.append("" if lanjut else _sel_tc(tc))
            sel += [""] * (span - 1)
        baris.append(sel)
    return baris


def _tabel(tbl, gaya) -> list[Blok]:
    baris = _grid(tbl)
    if not baris:
        return []
    isi = [c for b in baris for c in b if c]
    tata_letak = (
        len(baris) <= 3
        and not any(seperti_kepala(b) for b in baris[:2])
        and not any(re.search(r"\d{1,3}(\.\d{3})+|\d%", c) for c in isi)
    )
    if tata_letak:
        # a signature block or letterhead laid out in a table: its cells are paragraphs
        hasil = []
        for tc in tbl.iter(f"{_W}tc"):
            for p in tc.iter(f"{_W}p"):
                b = _paragraf(p, gaya)
                if b is not None:
                    hasil.append(b)
        return hasil
    return [Blok("tabel", baris=baris)]
