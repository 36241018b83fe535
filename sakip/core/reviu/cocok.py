"""Printed numbers: reading them as printed, and deciding whether they match an exact value.

Tolerance policy (docs/reviu.md, "Toleransi"): a printed figure with *d* decimals matches an exact value when
it equals that value rounded half-up to *d* decimals. When it equals the value truncated to *d* decimals
instead (the seed prints 102,1978… as 102,19), it is the same figure written carelessly: a note
(ARIT-PEMBULATAN), never an error. Anything else is a different figure. Rupiah amounts and counts are
whole numbers and must be equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from enum import Enum

from sakip.core.angka import AngkaTidakValid, bulatkan, format_angka, format_bilangan, parse_angka
from sakip.core.nilai import Angka, Nilai, NilaiTidakValid, parse_nilai

_KOSONG = {"", "-", "–", "—", "--", "n/a", "na", "…", "..."}
_ANGKA_DEPAN = re.compile(
    r"^\s*(?:rp\.?\s*)?(?P<angka>[-(]?\d[\d.,]*\)?)(?:\s*,-)?\s*(?P<satuan>%|[A-Za-z][\w./ ]*)?\s*$", re.I
)


@dataclass(frozen=True, slots=True)
class NilaiCetak:
    """A value as printed in a cell or a sentence."""

    teks: str
    angka: Decimal | None = None  # the number, when there is one
    desimal: int = 0  # decimals printed
    satuan: str = ""  # "%", "OB", "Dokumen", ...
    nilai: Nilai | None = None  # as a target/realisation value (graded values like "B (65)" too)

    @property
    def kosong(self) -> bool:
        return self.teks.strip().lower() in _KOSONG

    @property
    def ada(self) -> bool:
        return self.angka is not None

    def __str__(self) -> str:
        return self.teks


def _desimal(angka: str) -> int:
    s = angka.strip("()-").replace(" ", "")
    if "," in s and "." in s:
        return len(s) - s.rfind(",") - 1 if s.rfind(",") > s.rfind(".") else len(s) - s.rfind(".") - 1
    if "," in s:
        return 0 if s.count(",") > 1 else len(s) - s.rfind(",") - 1
    if "." in s and s.count(".") == 1 and not re.fullmatch(r"\d{1,3}\.\d{3}", s):
        return len(s) - s.rfind(".") - 1
    return 0


def baca_nilai(teks: str | None) -> NilaiCetak:
    """``"102,19%"`` → 102.19 (2 decimals, %); ``"Rp. 2.482.163.194,-"`` → 2482163194; ``"14 OB"`` → 14 OB;
    ``"B(64)"`` → graded value; ``"-"`` → empty."""
    if teks is None:
        return NilaiCetak("")
    t = " ".join(str(teks).replace("\u00a0", " ").split())
    if t.lower() in _KOSONG:
        return NilaiCetak(t)
    m = _ANGKA_DEPAN.match(t)
    if m:
        try:
            angka = parse_angka(m.group("angka"))
        except AngkaTidakValid:
            angka = None
        if angka is not None:
            satuan = (m.group("satuan") or "").strip()
            return NilaiCetak(t, angka, _desimal(m.group("angka")), satuan, Angka(angka))
    try:
        nilai = parse_nilai(t)
    except (NilaiTidakValid, AngkaTidakValid):
        return NilaiCetak(t)
    angka = nilai.nilai if isinstance(nilai, Angka) else None
    return NilaiCetak(t, angka, 0, "", nilai)


class Cocok(Enum):
    SAMA = "sama"
    TERPOTONG = "terpotong"
    BEDA = "beda"


def potong(nilai: Decimal, desimal: int) -> Decimal:
    return nilai.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_DOWN)


def cocokkan(tercetak: Decimal, desimal: int, tepat: Decimal) -> Cocok:
    """Compare a printed value (with its printed decimals) with the exact value."""
    if tercetak == bulatkan(tepat, desimal):
        return Cocok.SAMA
    if tercetak == potong(tepat, desimal):
        return Cocok.TERPOTONG
    return Cocok.BEDA


def cocok_cetak(n: NilaiCetak, tepat: Decimal | None) -> Cocok | None:
    """None when either side is missing."""
    if n.angka is None or tepat is None:
        return None
    return cocokkan(n.angka, n.desimal, tepat)


def teks_persen(nilai: Decimal | None, desimal: int = 2) -> str:
    return "-" if nilai is None else f"{format_angka(nilai, desimal)}%"


def teks_angka(nilai: Decimal | None, desimal: int = 2) -> str:
    return "-" if nilai is None else format_angka(nilai, desimal)


def teks_rupiah(nilai: Decimal | None) -> str:
    return "-" if nilai is None else format_angka(nilai, 0)


def teks_bilangan(nilai: Decimal | None) -> str:
    return "-" if nilai is None else format_bilangan(nilai)


def teks_tepat(nilai: Decimal, desimal: int = 4) -> str:
    """An exact value with enough decimals to show why a truncation is one (102,1978)."""
    return format_angka(potong(nilai, desimal), desimal)
