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
        """(predikat, agencies) in the order first met (a template cannot iterate a Counter: its lookups give 0)."""
        return list(self.per_predikat.items())

    @property
    def serapan(self) -> Decimal | None:
        """Σ realisasi ÷ Σ pagu × 100 over every agency of the pemda (not a mean of percentages)."""
        return persen(self.realisasi, self.pagu)


def rekap_per_pemda(baris: Iterable[tuple[str, HasilPengukuran | None]]) -> list[RekapPemda]:
    """`baris`: (pemda name, the agency's measurement or None when it has no usable data), one per agency."""
    rekap: dict[str, RekapPemda] = {}
    for pemda, h in baris:
        r = rekap.setdefault(pemda, RekapPemda(pemda))
        r.jumlah_pd += 1
        if h is None:
            continue
        r.pagu += h.anggaran.pagu
        r.realisasi += h.anggaran.realisasi
        if h.rata_rata is not None:
            r.capaian.append(h.rata_rata)
            if h.predikat is not None:
                r.per_predikat[h.predikat.kode] += 1
    return sorted(rekap.values(), key=lambda r: r.pemda)
