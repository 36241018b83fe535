"""Reading Indonesian report prose: normalising names, sentences, numbers in text, number words.

Plain functions shared by the recogniser (`sakip.berkas.laporan_cetak.kenali`) and the prose rules.
"""

from __future__ import annotations

import re
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache

from sakip.core.angka import AngkaTidakValid, parse_angka

_BUKAN_HURUF = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def normal(teks: str) -> str:
    """Lower case, letters and digits only, single spaces: for comparing names across tables."""
    t = teks.lower().replace("rehabilitaasi", "rehabilitasi")
    return " ".join(_BUKAN_HURUF.sub(" ", t).split())


_AWALAN_LABEL = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\.)?\s*"
    r"(?:program|kegiatan|sub\s*kegiatan|indikator\s+\d+(?:\.\d+)?|sasaran\s+(?:strategis\s+)?\d+)\s*[:.]?\s*",
    re.I,
)


def nama_inti(teks: str) -> str:
    """A name without its row label: ``"PROGRAM : PROGRAM PENUNJANG …"`` → ``"penunjang …"``."""
    t = _AWALAN_LABEL.sub("", teks)
    t = re.sub(r"^\s*program\s+", "", t, flags=re.I)
    return normal(t)


def mirip(a: str, b: str, minimal: float = 0.0) -> float:
    """Similarity of two names (0–1), after normalising. Below `minimal` the exact value does not matter, so
    the cheap upper bounds are tried first (0 is returned)."""
    return _mirip(normal(a), normal(b), minimal)


@lru_cache(maxsize=65536)
def _mirip(x: str, y: str, minimal: float) -> float:
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    sm = SequenceMatcher(None, x, y, autojunk=False)
    if sm.real_quick_ratio() < minimal or sm.quick_ratio() < minimal:
        return 0.0
    return sm.ratio()


# --- sentences ---------------------------------------------------------------------------------------------

_SINGKATAN = ("rp", "no", "kec", "kab", "jl", "jln", "dll", "dsb", "tk", "th", "ir", "dr", "drs", "h", "s", "st", "m")


def kalimat(teks: str) -> list[str]:
    """Split a paragraph into sentences without breaking on "Rp.", "No.", "S.STP" or decimal points."""
    hasil: list[str] = []
    awal = 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z(\"'])", teks):
        kata = re.search(r"(\w+)$", teks[awal : m.start()])
        if kata and kata.group(1).lower() in _SINGKATAN:
            continue
        hasil.append(teks[awal : m.end()].strip())
        awal = m.end()
    sisa = teks[awal:].strip()
    if sisa:
        hasil.append(sisa)
    return hasil


# --- numbers in text ----------------------------------------------------------------------------------------

ANGKA_TEKS = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w/])")
PERSEN_TEKS = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(%|persen\b)", re.I)
RUPIAH_TEKS = re.compile(r"\bRp\.?\s*(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)(?:\s*,-)?", re.I)


def angka(teks: str) -> Decimal | None:
    try:
        return parse_angka(teks)
    except AngkaTidakValid:
        return None


def jumlah_desimal(teks: str) -> int:
    if "," in teks:
        return len(teks) - teks.rfind(",") - 1
    if "." in teks and not re.fullmatch(r"\d{1,3}(\.\d{3})+", teks):
        return len(teks) - teks.rfind(".") - 1
    return 0


_SATUAN_KATA = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
}


def kata_bilangan(teks: str) -> int | None:
    """``"tiga puluh enam"`` → 36, ``"sebelas"`` → 11, ``"dua belas"`` → 12 (up to 999)."""
    kata = normal(teks).split()
    if not kata:
        return None
    total = 0
    kini = 0
    for k in kata:
        if k in _SATUAN_KATA:
            if k == "seratus":
                total += 100
            else:
                kini += _SATUAN_KATA[k]
        elif k == "belas":
            kini += 10
        elif k == "puluh":
            kini *= 10
        elif k == "ratus":
            total += kini * 100
            kini = 0
        else:
            return None
    return total + kini


def tahun_tercetak(teks: str) -> list[int]:
    return [int(m.group(0)) for m in re.finditer(r"\b(19|20)\d\d\b", teks)]
