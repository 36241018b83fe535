"""Predikat scales as data.

A scale is an ordered list of levels, each a half-open interval. The seed's AA…D table prints ranges
that touch at their ends ("90 – 100", "80 – 90"); PermenPANRB 88/2021 reads them lower-exclusive and
upper-inclusive (90 → A, 90,01 → AA, 0 → D). The top level is open above (capaian may exceed 100 when no
cap is applied) and the bottom one open below.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .angka import format_bilangan


@dataclass(frozen=True, slots=True)
class Tingkat:
    kode: str
    interpretasi: str
    bawah: Decimal | None  # None: open below
    atas: Decimal | None  # None: open above
    bawah_inklusif: bool = False
    atas_inklusif: bool = True
    warna: str = "#777777"

    def memuat(self, nilai: Decimal) -> bool:
        if self.bawah is not None:
            if nilai < self.bawah or (nilai == self.bawah and not self.bawah_inklusif):
                return False
        if self.atas is not None:
            if nilai > self.atas or (nilai == self.atas and not self.atas_inklusif):
                return False
        return True

    def rentang_teks(self) -> str:
        """How the level's interval reads in a report: "> 90", "> 80 – 90", "≤ 30"."""
        if self.bawah is None and self.atas is not None:
            return f"{'≤' if self.atas_inklusif else '<'} {format_bilangan(self.atas)}"
        if self.atas is None and self.bawah is not None:
            return f"{'≥' if self.bawah_inklusif else '>'} {format_bilangan(self.bawah)}"
        assert self.bawah is not None and self.atas is not None
        awal = "" if self.bawah_inklusif else "> "
        akhir = "" if self.atas_inklusif else " (tidak termasuk)"
        return f"{awal}{format_bilangan(self.bawah)} – {format_bilangan(self.atas)}{akhir}"


@dataclass(frozen=True, slots=True)
class SkalaPredikat:
    kode: str
    nama: str
    tingkat: tuple[Tingkat, ...]  # best first
    sumber: str = ""

    def klasifikasi(self, nilai: Decimal | None) -> Tingkat | None:
        if nilai is None:
            return None
        for t in self.tingkat:
            if t.memuat(nilai):
                return t
        return None

    def cari(self, kode: str) -> Tingkat | None:
        for t in self.tingkat:
            if t.kode == kode:
                return t
        return None

    def periksa(self) -> list[str]:
        """Problems with the scale itself: gaps or overlaps between neighbouring levels (Indonesian)."""
        masalah = []
        if self.tingkat and self.tingkat[0].atas is not None:
            masalah.append(f"tingkat teratas '{self.tingkat[0].kode}' harus terbuka ke atas")
        if self.tingkat and self.tingkat[-1].bawah is not None:
            masalah.append(f"tingkat terbawah '{self.tingkat[-1].kode}' harus terbuka ke bawah")
        for atas, bawah in zip(self.tingkat, self.tingkat[1:], strict=False):
            if atas.bawah != bawah.atas:
                masalah.append(f"ada celah atau tumpang tindih antara '{atas.kode}' dan '{bawah.kode}'")
            elif atas.bawah_inklusif == bawah.atas_inklusif:
                masalah.append(
                    f"batas {atas.bawah} dimiliki oleh '{atas.kode}' dan '{bawah.kode}' sekaligus"
                    if atas.bawah_inklusif
                    else f"batas {atas.bawah} tidak dimiliki tingkat mana pun"
                )
        return masalah


def _d(x: str | int | None) -> Decimal | None:
    return None if x is None else Decimal(x)


def skala_dari_batas(
    kode: str,
    nama: str,
    baris: list[tuple[str, str, str | int | None, str]],
    *,
    bawah_inklusif: bool,
    sumber: str = "",
) -> SkalaPredikat:
    """Build a gap-free scale from (kode, interpretasi, lower bound, colour) rows, best first.

    Each level's upper bound is the next-better level's lower bound; `bawah_inklusif` says which side of
    a shared bound belongs to the better level.
    """
    tingkat = []
    atas: Decimal | None = None
    for i, (k, interpretasi, bawah, warna) in enumerate(baris):
        terakhir = i == len(baris) - 1
        tingkat.append(
            Tingkat(
                kode=k,
                interpretasi=interpretasi,
                bawah=None if terakhir else _d(bawah),
                atas=atas,
                bawah_inklusif=bawah_inklusif,
                atas_inklusif=not bawah_inklusif,
                warna=warna,
            )
        )
        atas = _d(bawah)
    return SkalaPredikat(kode=kode, nama=nama, tingkat=tuple(tingkat), sumber=sumber)


SKALA_AKIP = skala_dari_batas(
    "akip-88-2021",
    "Predikat AA–D (PermenPANRB 88/2021, batas bawah tidak termasuk)",
    [
        ("AA", "Sangat Memuaskan", 90, "#1b7a3a"),
        ("A", "Memuaskan", 80, "#4caf50"),
        ("BB", "Sangat Baik", 70, "#8bc34a"),
        ("B", "Baik", 60, "#cddc39"),
        ("CC", "Cukup (Memadai)", 50, "#ffc107"),
        ("C", "Kurang", 30, "#ff7043"),
        ("D", "Sangat Kurang", 0, "#c62828"),
    ],
    bawah_inklusif=False,
    sumber="Laporan Kinerja Kecamatan Kencong 2023, Bab III.A; PermenPANRB 88/2021",
)

SKALA_PERMENDAGRI_86 = skala_dari_batas(
    "permendagri-86-2017",
    "Lima tingkat (Permendagri 86/2017): Sangat Tinggi – Sangat Rendah",
    [
        ("ST", "Sangat Tinggi", 91, "#1b7a3a"),
        ("T", "Tinggi", 76, "#8bc34a"),
        ("S", "Sedang", 66, "#ffc107"),
        ("R", "Rendah", 51, "#ff7043"),
        ("SR", "Sangat Rendah", 0, "#c62828"),
    ],
    bawah_inklusif=True,
    sumber="Permendagri 86/2017: 91–100 sangat tinggi; 76–90 tinggi; 66–75 sedang; 51–65 rendah; ≤ 50 sangat rendah",
)

SKALA_BAWAAN: dict[str, SkalaPredikat] = {s.kode: s for s in (SKALA_AKIP, SKALA_PERMENDAGRI_86)}
