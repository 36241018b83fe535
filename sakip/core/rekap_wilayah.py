"""The recap across pemda (a province's or the ministry's view): per pemda, how many agencies, how many with a
measured year, the mean of their average capaian, the budget absorption over all of them and the agencies per
predikat. Computed from each agency's own measurement (HasilPengukuran), never from typed figures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .angka import persen, rata_rata
from .hasil import HasilPengukuran

NOL = Decimal(0)
# The letter grades of the usual scales, best first; a pemda's own codes come after them, alphabetically.
URUTAN_PREDIKAT = ("AA", "A", "BB", "B", "CC", "C", "D", "E")


def _urutan_predikat(kode: str) -> tuple[int, str]:
    return (URUTAN_PREDIKAT.index(kode) if kode in URUTAN_PREDIKAT else len(URUTAN_PREDIKAT), kode)


@dataclass(slots=True)
class RekapPemda:
    pemda: str
    jumlah_pd: int = 0
    capaian: list[Decimal] = field(default_factory=list)  # each measured agency's average capaian
    pagu: Decimal = NOL
    realisasi: Decimal = NOL
    per_predikat: Counter[str] = field(default_factory=Counter)

    @property
    def terukur(self) -> int:
        return len(self.capaian)

    @property
    def rata_rata(self) -> Decimal | None:
        """The mean of the agencies' average capaian (each already capped by its pemda's rule)."""
        return rata_rata(self.capaian)

    @property
    def sebaran(self) -> list[tuple[str, int]]:
        """(predikat, agencies), best letter first whatever order the agencies came in (a template cannot iterate
        a Counter: its lookups give 0)."""
        return sorted(self.per_predikat.items(), key=lambda x: _urutan_predikat(x[0]))

    @property
    def serapan(self) -> Decimal | None:
        """Σ realisasi ÷ Σ pagu × 100 over every agency of the pemda (not a mean of percentages)."""
        return persen(self.realisasi, self.pagu)


@dataclass(frozen=True, slots=True)
class RingkasanPd:
    """An agency's headline figures, as the engine computed them (kept by the web app so that a recap of
    thousands of agencies need not measure each one again)."""

    rata_rata: Decimal | None
    predikat: str | None
    pagu: Decimal
    realisasi: Decimal


def ringkas(h: HasilPengukuran) -> RingkasanPd:
    return RingkasanPd(h.rata_rata, h.predikat.kode if h.predikat else None, h.anggaran.pagu, h.anggaran.realisasi)


def rekap_per_pemda(baris: Iterable[tuple[str, HasilPengukuran | None]]) -> list[RekapPemda]:
    """`baris`: (pemda name, the agency's measurement or None when it has no usable data), one per agency."""
    return rekap_ringkasan((pemda, ringkas(h) if h is not None else None) for pemda, h in baris)


def rekap_ringkasan(baris: Iterable[tuple[str, RingkasanPd | None]]) -> list[RekapPemda]:
    """`baris`: (pemda name, the agency's figures or None when it has no usable data), one per agency."""
    rekap: dict[str, RekapPemda] = {}
    for pemda, h in baris:
        r = rekap.setdefault(pemda, RekapPemda(pemda))
        r.jumlah_pd += 1
        if h is None:
            continue
        r.pagu += h.pagu
        r.realisasi += h.realisasi
        if h.rata_rata is not None:
            r.capaian.append(h.rata_rata)
            if h.predikat is not None:
                r.per_predikat[h.predikat] += 1
    return sorted(rekap.values(), key=lambda r: r.pemda)
