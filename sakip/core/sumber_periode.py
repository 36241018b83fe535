"""Reporting periods for records (survey answers, complaints, activities): year, semester, quarter, month.

A survey tally or a register record is placed in time by a period label such as ``2023``, ``2023-S1``,
``2023-TW3`` or ``2023-07``; quarterly realisations are "s.d. triwulan n", i.e. everything from 1 January up
to the end of quarter n.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

TRIWULAN_ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


class PeriodeTidakValid(ValueError):
    """A period label we cannot read. The message is Indonesian."""


@dataclass(frozen=True, slots=True, order=True)
class Periode:
    awal: date
    akhir: date
    label: str

    def memuat(self, t: date) -> bool:
        return self.awal <= t <= self.akhir

    def di_dalam(self, lain: Periode) -> bool:
        """Whether this whole period lies inside `lain`."""
        return lain.awal <= self.awal and self.akhir <= lain.akhir

    def tampil(self) -> str:
        return tampil_periode(self.label)


def triwulan_dari(t: date) -> int:
    return (t.month - 1) // 3 + 1


def akhir_bulan(tahun: int, bulan: int) -> date:
    return date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])


def periode_tahun(tahun: int) -> Periode:
    return Periode(date(tahun, 1, 1), date(tahun, 12, 31), str(tahun))


def periode_triwulan(tahun: int, tw: int) -> Periode:
    return Periode(date(tahun, 3 * tw - 2, 1), akhir_bulan(tahun, 3 * tw), f"{tahun}-TW{tw}")


def sampai_triwulan(tahun: int, tw: int) -> Periode:
    """1 January up to the end of quarter `tw`: the window of a value "s.d. triwulan tw"."""
    return Periode(date(tahun, 1, 1), akhir_bulan(tahun, 3 * tw), f"{tahun}-sd-TW{tw}")


def periode_bulan(tahun: int, bulan: int) -> Periode:
    return Periode(date(tahun, bulan, 1), akhir_bulan(tahun, bulan), f"{tahun}-{bulan:02d}")


_POLA = re.compile(r"^\s*(?P<tahun>\d{4})(?:\s*-\s*(?P<sisa>TW[1-4]|S[12]|\d{1,2}))?\s*$", re.IGNORECASE)


def parse_periode(teks: str | int) -> Periode:
    """``2023`` · ``2023-S1`` (semester) · ``2023-TW3`` (triwulan) · ``2023-07`` (bulan)."""
    m = _POLA.match(str(teks))
    if not m:
        raise PeriodeTidakValid(
            f"periode '{teks}' tidak dikenal (contoh: 2023, 2023-S1, 2023-TW3, 2023-07)",
        )
    tahun = int(m.group("tahun"))
    if not 1990 <= tahun <= 2100:
        raise PeriodeTidakValid(f"tahun {tahun} pada periode '{teks}' di luar batas")
    sisa = (m.group("sisa") or "").upper()
    if not sisa:
        return periode_tahun(tahun)
    if sisa.startswith("TW"):
        return periode_triwulan(tahun, int(sisa[2:]))
    if sisa.startswith("S"):
        s = int(sisa[1:])
        return Periode(date(tahun, 6 * s - 5, 1), akhir_bulan(tahun, 6 * s), f"{tahun}-S{s}")
    bulan = int(sisa)
    if not 1 <= bulan <= 12:
        raise PeriodeTidakValid(f"bulan {bulan} pada periode '{teks}' tidak ada (1–12)")
    return periode_bulan(tahun, bulan)


def tampil_periode(label: str) -> str:
    """``2023-TW3`` → ``Triwulan III 2023``; ``2023-S1`` → ``Semester 1 2023``; ``2023-07`` → ``Juli 2023``."""
    from .tanggal import BULAN

    m = re.match(r"^(\d{4})-sd-TW([1-4])$", label)
    if m:
        return f"s.d. Triwulan {TRIWULAN_ROMAWI[int(m.group(2))]} {m.group(1)}"
    try:
        p = parse_periode(label)
    except PeriodeTidakValid:
        return label
    sisa = p.label[5:]
    if not sisa:
        return f"Tahun {p.label}"
    if sisa.startswith("TW"):
        return f"Triwulan {TRIWULAN_ROMAWI[int(sisa[2:])]} {p.awal.year}"
    if sisa.startswith("S"):
        return f"Semester {sisa[1:]} {p.awal.year}"
    return f"{BULAN[int(sisa) - 1]} {p.awal.year}"


__all__ = [
    "Periode",
    "PeriodeTidakValid",
    "akhir_bulan",
    "parse_periode",
    "periode_bulan",
    "periode_tahun",
    "periode_triwulan",
    "sampai_triwulan",
    "tampil_periode",
    "triwulan_dari",
]
