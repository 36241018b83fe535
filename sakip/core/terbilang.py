"""Amounts written in Indonesian words (terbilang), as agreements and budget documents print them.

1.000 is "seribu" wherever it occurs: 1.001.000 is "satu juta seribu" (num2words 0.5.14 gets this
wrong). The spelling of 10^9 ("miliar", the standard, or "milyar", common in documents) is a setting.
"""

from __future__ import annotations

from decimal import Decimal

from .angka import bulatkan, ke_decimal

_SATUAN = (
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def _ratusan(n: int) -> str:
    """Words for 0 < n < 1000."""
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{_SATUAN[n - 10]} belas"
    if n < 100:
        puluh, sisa = divmod(n, 10)
        return f"{_SATUAN[puluh]} puluh" + (f" {_SATUAN[sisa]}" if sisa else "")
    ratus, sisa = divmod(n, 100)
    awal = "seratus" if ratus == 1 else f"{_SATUAN[ratus]} ratus"
    return awal + (f" {_ratusan(sisa)}" if sisa else "")


def _nama_kelompok(ejaan_miliar: str) -> tuple[str, ...]:
    return ("", "ribu", "juta", ejaan_miliar, "triliun", "kuadriliun", "kuintiliun")


def terbilang(nilai: int | Decimal | str, *, ejaan_miliar: str = "miliar") -> str:
    """Lower-case words for a whole number: ``1001000`` → ``'satu juta seribu'``.

    A fraction is read digit by digit after "koma" (``91,5`` → ``'sembilan puluh satu koma lima'``).
    """
    d = ke_decimal(nilai)
    if d < 0:
        return f"minus {terbilang(-d, ejaan_miliar=ejaan_miliar)}"
    bulat = int(d)
    pecahan = d - bulat
    kata = _terbilang_bulat(bulat, ejaan_miliar)
    if pecahan:
        digit = format(pecahan.normalize(), "f").split(".")[1]
        kata += " koma " + " ".join(_SATUAN[int(c)] if c != "0" else "nol" for c in digit)
    return kata


def _terbilang_bulat(n: int, ejaan_miliar: str) -> str:
    if n == 0:
        return "nol"
    kelompok = _nama_kelompok(ejaan_miliar)
    bagian: list[str] = []
    i = 0
    while n:
        n, g = divmod(n, 1000)
        if g:
            if i >= len(kelompok):
                raise ValueError("angka terlalu besar untuk terbilang")
            if i == 1 and g == 1:
                bagian.append("seribu")
            else:
                bagian.append(f"{_ratusan(g)} {kelompok[i]}".strip())
        i += 1
    return " ".join(reversed(bagian))


def terbilang_rupiah(nilai: int | Decimal | str, *, ejaan_miliar: str = "miliar") -> str:
    """Title Case and "Rupiah", as printed after an amount: ``3739669394`` →
    ``'Tiga Miliar Tujuh Ratus Tiga Puluh Sembilan Juta ... Empat Rupiah'``. Cents, when present, are
    read as "Sen"."""
    d = bulatkan(ke_decimal(nilai), 2)
    negatif = d < 0
    d = abs(d)
    bulat = int(d)
    sen = int((d - bulat) * 100)
    teks = _terbilang_bulat(bulat, ejaan_miliar) + " rupiah"
    if sen:
        teks += f" {_terbilang_bulat(sen, ejaan_miliar)} sen"
    if negatif:
        teks = "minus " + teks
    return " ".join(k.capitalize() for k in teks.split())
