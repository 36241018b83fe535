"""Storing a target or realisation value (`sakip.core.nilai.Nilai`) in two columns.

A plain number goes to a DecimalField (exact, queryable); a range ("80-90") or a graded value ("B (65)",
"WTP") is kept as the text the berkas format uses. Both empty: not set.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import connection, models

from sakip.core.angka import AngkaTidakValid
from sakip.core.batas import ringkas
from sakip.core.nilai import Angka, Mutu, Nilai, Rentang, ke_teks_berkas, parse_nilai

# SQLite keeps a DECIMAL column as a binary float: exact to 15 significant digits only (PostgreSQL's numeric is
# exact to the column's 28). On the embedded database a longer number would be stored as another number.
DIGIT_SQLITE = 15


def periksa_presisi(d: Decimal | None, asli: object = None) -> None:
    """Refuse, on SQLite only, a number the database would not keep exactly (found by bench/fuzz.py)."""
    if d is None or d == 0 or connection.vendor != "sqlite":
        return
    if len(d.normalize().as_tuple().digits) > DIGIT_SQLITE:
        raise AngkaTidakValid(
            f"'{ringkas(d if asli is None else asli)}' memiliki lebih dari {DIGIT_SQLITE} angka bermakna; basis data "
            "tertanam (SQLite) tidak menyimpannya persis — gunakan PostgreSQL untuk angka sepanjang ini"
        )


def periksa_presisi_nilai(n: Nilai | None, asli: object = None) -> None:
    if isinstance(n, Angka):
        periksa_presisi(n.nilai, asli)
    elif isinstance(n, Rentang):
        periksa_presisi(n.bawah, asli)
        periksa_presisi(n.atas, asli)
    elif isinstance(n, Mutu):
        periksa_presisi(n.skor, asli)


def periksa_presisi_semua(objek: object) -> list[str]:
    """Every number of a berkas (dataclasses, lists, dicts): the messages of those SQLite cannot keep."""
    import dataclasses

    if connection.vendor != "sqlite":
        return []
    masalah: list[str] = []
    tumpukan = [objek]
    while tumpukan:
        x = tumpukan.pop()
        try:
            if isinstance(x, Decimal):
                periksa_presisi(x)
            elif isinstance(x, (Angka, Rentang, Mutu)):
                periksa_presisi_nilai(x)
            elif dataclasses.is_dataclass(x) and not isinstance(x, type):
                tumpukan.extend(getattr(x, f.name) for f in dataclasses.fields(x))
            elif isinstance(x, dict):
                tumpukan.extend(x.values())
            elif isinstance(x, (list, tuple, set, frozenset)):
                tumpukan.extend(x)
        except AngkaTidakValid as exc:
            masalah.append(str(exc))
    return masalah


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
