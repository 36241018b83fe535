"""Storing a target or realisation value (`sakip.core.nilai.Nilai`) in two columns.

A plain number goes to a DecimalField (exact, queryable); a range ("80-90") or a graded value ("B (65)",
"WTP") is kept as the text the berkas format uses. Both empty: not set.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import models

from sakip.core.nilai import Angka, Nilai, ke_teks_berkas, parse_nilai


def rapikan(d: Decimal | None) -> Decimal | None:
    """Drop the database's padding zeros: Decimal('91.5000000000') → Decimal('91.5'), '100.00' → '100'."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def kolom_nilai(verbose: str = "nilai") -> tuple[models.DecimalField, models.CharField]:
    return (
        models.DecimalField(f"{verbose} (angka)", max_digits=28, decimal_places=10, null=True, blank=True),
        models.CharField(f"{verbose} (teks)", max_length=60, blank=True),
    )


def pecah_nilai(n: Nilai | None) -> tuple[Decimal | None, str]:
    if n is None:
        return None, ""
    if isinstance(n, Angka):
        return n.nilai, ""
    return None, str(ke_teks_berkas(n))


def gabung_nilai(angka: Decimal | None, teks: str) -> Decimal | str | None:
    """The value in berkas form (a number, a text, or None)."""
    if angka is not None:
        return rapikan(angka)
    return teks or None


def ke_nilai(angka: Decimal | None, teks: str) -> Nilai | None:
    if angka is not None:
        return Angka(rapikan(angka))
    return parse_nilai(teks) if teks else None


def tampil(angka: Decimal | None, teks: str) -> str:
    n = ke_nilai(angka, teks)
    return "" if n is None else n.tampil()
