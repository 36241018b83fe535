"""The LKE (Lembar Kerja Evaluasi) as plain data: komponen → sub-komponen → kriteria.

Everything here is read from a versioned data file (`data/*.yaml`, see `muat.py`); no weight, text or
answer value lives in code. A criterion's code is its position: komponen number, sub-komponen letter,
criterion number (``1.a.1``), as the regulation's annex numbers them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..predikat import SkalaPredikat


@dataclass(frozen=True, slots=True)
class JenisJawaban:
    """An answer type: the allowed answers and the 0–100 value each one is worth."""

    kode: str  # "skala" | "yt" | any name the data file gives
    nama: str  # "Skala AA–E"
    nilai: dict[str, Decimal]  # {"AA": 100, …}, in the file's order (best first)

    def pilihan_teks(self) -> str:
        return ", ".join(self.nilai)


@dataclass(frozen=True, slots=True)
class Kriteria:
    kode: str  # "1.a.1"
    teks: str
    jenis: JenisJawaban
    komponen_nomor: int
    sub_kode: str  # "1.a"


@dataclass(frozen=True, slots=True)
class SubKomponen:
    kode: str  # "1.a"
    huruf: str  # "a"
    nama: str  # "Keberadaan"
    bobot: Decimal  # points of the total (Perencanaan 30 × 20 % = 6)
    persen: Decimal | None  # share of its komponen, when the file states it that way
    kriteria: tuple[Kriteria, ...]


@dataclass(frozen=True, slots=True)
class Komponen:
    nomor: int
    nama: str
    bobot: Decimal
    sub_komponen: tuple[SubKomponen, ...]

    @property
    def kode(self) -> str:
        return str(self.nomor)


@dataclass(frozen=True, slots=True)
class Lke:
    kode: str  # "permenpanrb-88-2021"
    nama: str
    versi: int
    sumber: str
    jenis_jawaban: dict[str, JenisJawaban]
    skala_predikat: SkalaPredikat
    # The predikat is read from the total rounded half-up to this many decimals (what the evaluator and the
    # LHE show), so a printed 90,00 is never "AA"; None classifies the exact value.
    desimal_predikat: int | None
    komponen: tuple[Komponen, ...]
    # code → criterion, built once: scoring looks every answer up (a recap scores 120 worksheets).
    _indeks: dict[str, Kriteria] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._indeks.update((k.kode, k) for kom in self.komponen for s in kom.sub_komponen for k in s.kriteria)

    def semua_kriteria(self) -> list[Kriteria]:
        return list(self._indeks.values())

    def kriteria(self, kode: str) -> Kriteria | None:
        return self._indeks.get(kode)

    def sub_komponen(self, kode: str) -> SubKomponen | None:
        for kom in self.komponen:
            for s in kom.sub_komponen:
                if s.kode == kode:
                    return s
        return None
