"""Extracted text or Markdown → blocks.

Reads what PDF/Word extractors and people produce: tab-separated table rows (the seed), Markdown pipe
tables, Markdown headings, bold lines, list items, hard line breaks, stray HTML (``<b>``, ``<li>``) and LaTeX
fractions. Table rows split by a page break (blank lines) are joined back into one table unless the next
chunk starts with a different header.
"""

from __future__ import annotations

import html
import re

from sakip.core.reviu.cetak import Blok

_TAG_BARIS = re.compile(r"<\s*(?:br|/li|/p)\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")
_BUTIR = re.compile(r"^\s*(?:[-*•➤▪]\s+|\d{1,2}[.)]\s+|[a-zA-Z][.)]\s+|\(\d{1,2}\)\s*|[ivx]{1,4}[.)]\s+)")
_JUDUL_MD = re.compile(r"^\s*(#{1,6})\s+(.*)$")
_PEMISAH_MD = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FRAC = re.compile(r"\\frac\{((?:[^{}]|\{[^{}]*\})*)\}\{((?:[^{}]|\{[^{}]*\})*)\}")
_TEXT = re.compile(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}")


def bersihkan(teks: str) -> str:
    """Cell or paragraph text without markup, on one line."""
    t = _TAG_BARIS.sub("; ", teks)
    t = _TAG.sub(" ", t)
    t = html.unescape(t)
    t = _latex(t)
    t = t.replace("**", "").replace("\\*", "*").replace("\\_", "_")
    t = re.sub(r"(?<!\w)\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)", r"\1", t)  # *italic*
    t = " ".join(t.split())
    return t.strip(" ;")


def _latex(t: str) -> str:
    """``$\\frac{\\text{A}}{\\text{B}} \\times 100\\%$`` → ``A ÷ B × 100%`` (the IKU formula check reads ÷)."""
    if "\\" not in t and "$" not in t:
        return t
    for _ in range(3):
        t = _TEXT.sub(r"\1", t)
    t = _FRAC.sub(lambda m: f" {m.group(1).strip()} ÷ {m.group(2).strip()} ", t)
    t = t.replace("\\times", "×").replace("\\%", "%").replace("$$", " ").replace("$", " ")
    return t


def _sel_md(baris: str) -> list[str]:
    s = baris.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [bersihkan(c) for c in s.split("|")]


def _baris_tabel(baris: str) -> list[str] | None:
    if "\t" in baris:
        return [bersihkan(c) for c in baris.split("\t")]
    s = baris.strip()
    if s.startswith("|") and s.count("|") >= 2:
        return _sel_md(s)
    return None


def _garis(sel: list[str]) -> bool:
    """A rule row (``--	--	--``) left by the extractor."""
    isi = [c for c in sel if c]
    return bool(isi) and all(re.fullmatch(r"[-–—:=_ ]+", c) for c in isi)


def baca_teks(teks: str) -> list[Blok]:
    blok: list[Blok] = []
    paragraf: list[str] = []
    tebal_semua = True
    tabel: list[list[str]] | None = None
    kosong_sejak_tabel = False

    def tutup_paragraf() -> None:
        nonlocal paragraf, tebal_semua
        if paragraf:
            mentah = " ".join(x.strip() for x in paragraf)
            isi = bersihkan(mentah)
            if isi:
                butir = bool(_BUTIR.match(paragraf[0]))
                blok.append(Blok("paragraf", isi, butir=butir, tebal=tebal_semua and "**" in mentah))
        paragraf = []
        tebal_semua = True

    def tutup_tabel() -> None:
        nonlocal tabel
        if tabel:
            blok.append(Blok("tabel", baris=tabel))
        tabel = None

    for mentah in teks.splitlines():
        baris = mentah.rstrip("\r\n")
        if not baris.strip(" \t"):
            baris = ""
        elif "\t" not in baris.strip(" "):
            baris = baris.rstrip()
        sel = _baris_tabel(baris)
        if sel is not None:
            tutup_paragraf()
            if _garis(sel) or _PEMISAH_MD.match(baris):
                continue
            if tabel is not None and kosong_sejak_tabel and _tabel_baru(tabel, sel):
                tutup_tabel()
            if tabel is None:
                tabel = []
            tabel.append(sel)
            kosong_sejak_tabel = False
            continue
        if not baris.strip():
            tutup_paragraf()
            if tabel is not None:
                kosong_sejak_tabel = True
            continue
        # a text line: it ends any table in progress
        tutup_tabel()
        m = _JUDUL_MD.match(baris)
        if m:
            tutup_paragraf()
            isi = bersihkan(m.group(2))
            if isi:
                blok.append(Blok("paragraf", isi, judul=len(m.group(1))))
            continue
        if paragraf and _BUTIR.match(baris):
            tutup_paragraf()
        s = baris.strip()
        tebal_semua = tebal_semua and s.startswith("**") and s.endswith("**")
        paragraf.append(baris)
    tutup_paragraf()
    tutup_tabel()
    return blok


_KATA_KEPALA = re.compile(
    r"\b(no|program|kegiatan|target|realisasi|capaian|anggaran|sasaran|indikator|keterangan|uraian|tahun|"
    r"kategori|nilai|interpretasi|pangkat|golongan|pendidikan|jabatan|formulasi|sumber|penanggung|tujuan|misi|"
    r"jumlah|pekerjaan|kode|status|pagu|satuan|pengurangan|penghargaan|serapan|efisiensi|predikat)\b",
    re.I,
)


_RENTANG = re.compile(r"(?<![\d.,])\d{1,4}(?:[.,]\d+)?\s*[–—-]\s*\d{1,4}(?:[.,]\d+)?(?![\d.,])")
_RENTANG_TAHUN = re.compile(r"(19|20)\d\d\s*[–—-]\s*(19|20)\d\d")


def seperti_kepala(sel: list[str]) -> bool:
    """A row that reads like a table header: header words and no figures."""
    isi = [c for c in sel if c]
    if not isi:
        return False
    kata = sum(1 for c in isi if _KATA_KEPALA.search(c))
    angka = sum(1 for c in isi if re.search(r"\d[.,]\d|\d%|^\d{4,}$", c) and not re.fullmatch(r"(19|20)\d\d", c))
    # a range target ("80–90", "80 - 90") is a figure too; a span of years ("2021–2025") is a header's
    angka += sum(1 for c in isi if _RENTANG.search(c) and not _RENTANG_TAHUN.search(c))
    return kata >= 2 and angka == 0


def _tabel_baru(tabel: list[list[str]], sel: list[str]) -> bool:
    """After a blank line: does this row start a new table rather than continue the last one?"""
    if not seperti_kepala(sel):
        return False
    kepala = tabel[0]
    return [c.lower() for c in sel if c] != [c.lower() for c in kepala if c]
