"""Efficiency of resources per sasaran (analysis 6): capaian kinerja against budget absorption.

The rule is a district setting (`AturanEfisiensi`):
- banding (the seed): capaian > serapan → "Efisien", otherwise "Tidak Efisien";
- toleransi: |capaian − serapan| ≤ toleransi → "Cukup Efisien"; above → "Efisien"; below → "Tidak Efisien";
- rasio: capaian ÷ serapan ≥ 1 → "Efisien", otherwise "Tidak Efisien".
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .angka import bagi, format_angka, format_persen
from .pengaturan import AturanEfisiensi, JenisEfisiensi

EFISIEN = "Efisien"
CUKUP_EFISIEN = "Cukup Efisien"
TIDAK_EFISIEN = "Tidak Efisien"


@dataclass(frozen=True, slots=True)
class HasilEfisiensi:
    kelas: str | None  # None: cannot be judged (a value is missing)
    capaian: Decimal | None
    serapan: Decimal | None
    penjelasan: str

    @property
    def efisien(self) -> bool | None:
        if self.kelas is None:
            return None
        return self.kelas != TIDAK_EFISIEN


def nilai_efisiensi(capaian: Decimal | None, serapan: Decimal | None, aturan: AturanEfisiensi) -> HasilEfisiensi:
    if capaian is None or serapan is None:
        return HasilEfisiensi(None, capaian, serapan, "tidak dapat dinilai: capaian atau serapan belum ada")
    c, s = format_persen(capaian), format_persen(serapan)
    if aturan.jenis is JenisEfisiensi.BANDING:
        if capaian > serapan:
            return HasilEfisiensi(EFISIEN, capaian, serapan, f"capaian {c} lebih besar dari serapan {s}")
        kata = "sama dengan" if capaian == serapan else "lebih kecil dari"
        return HasilEfisiensi(TIDAK_EFISIEN, capaian, serapan, f"capaian {c} {kata} serapan {s}")
    if aturan.jenis is JenisEfisiensi.TOLERANSI:
        selisih = capaian - serapan
        tol = format_angka(aturan.toleransi)
        teks = f"selisih capaian {c} dan serapan {s} = {format_angka(selisih)} poin (toleransi ±{tol})"
        if abs(selisih) <= aturan.toleransi:
            return HasilEfisiensi(CUKUP_EFISIEN, capaian, serapan, teks)
        return HasilEfisiensi(EFISIEN if selisih > 0 else TIDAK_EFISIEN, capaian, serapan, teks)
    if serapan == 0:
        return HasilEfisiensi(EFISIEN if capaian > 0 else None, capaian, serapan, "serapan 0: rasio tidak terdefinisi")
    rasio = bagi(capaian, serapan)
    teks = f"rasio capaian {c} ÷ serapan {s} = {format_angka(rasio)}"
    return HasilEfisiensi(EFISIEN if rasio >= 1 else TIDAK_EFISIEN, capaian, serapan, teks)
