"""The recap across pemda: counts, the mean of the agencies' average capaian and Σ realisasi ÷ Σ pagu."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from sakip.core.rekap_wilayah import rekap_per_pemda


def _h(rata, pagu, realisasi, predikat):
    return SimpleNamespace(
        rata_rata=None if rata is None else Decimal(rata),
        anggaran=SimpleNamespace(pagu=Decimal(pagu), realisasi=Decimal(realisasi)),
        predikat=SimpleNamespace(kode=predikat) if predikat else None,
    )


def test_rekap_per_pemda():
    r = rekap_per_pemda(
        [
            ("Kab B", _h("90", "100", "50", "A")),
            ("Kab A", _h("80.5", "300", "300", "B")),
            ("Kab A", _h("99.5", "100", "0", "A")),
            ("Kab A", None),
            ("Kab A", _h(None, "0", "0", None)),
        ]
    )
    assert [x.pemda for x in r] == ["Kab A", "Kab B"]
    a, b = r
    assert (a.jumlah_pd, a.terukur) == (4, 2)
    assert a.rata_rata == Decimal("90")
    # Absorption from the rupiah sums (300 ÷ 400), not the mean of 100 % and 0 %.
    assert a.serapan == Decimal("75")
    assert a.sebaran == [("A", 1), ("B", 1)]  # best first, not the order met
    assert b.serapan == Decimal("50") and b.rata_rata == Decimal("90")


def test_pemda_tanpa_data():
    (r,) = rekap_per_pemda([("Kab C", None)])
    assert r.rata_rata is None and r.serapan is None and r.sebaran == []
