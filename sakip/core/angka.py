"""Numbers policy: exact decimals, Indonesian parsing and formatting, half-up rounding for display only.

Every amount and percentage in SAKIP is a `Decimal`. Values are computed at full precision and rounded
half-up only when they are shown to a person (``format_*``) — never in between, so that an average of
rounded values can never disagree with the rounded average.
"""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from .batas import BATAS_ANGKA, MAKS_DESIMAL, MAKS_PANJANG_ANGKA, ringkas

SERATUS = Decimal(100)
NOL = Decimal(0)

# 28 significant digits (the decimal default) is far more than any rupiah amount needs, but the context
# is fixed here so a caller's context cannot change a result.
KONTEKS = Context(prec=34, rounding=ROUND_HALF_UP)


class AngkaTidakValid(ValueError):
    """A text that is not a number in any format we accept. The message is Indonesian, for users."""


def ke_decimal(nilai: Decimal | int | str) -> Decimal:
    """Turn an int, a Decimal or an Indonesian number text into a Decimal (never via float)."""
    if isinstance(nilai, Decimal):
        return nilai
    if isinstance(nilai, bool):
        raise AngkaTidakValid(f"'{nilai}' bukan angka")
    if isinstance(nilai, int):
        return Decimal(nilai)
    if isinstance(nilai, str):
        return parse_angka(nilai)
    raise AngkaTidakValid(f"'{nilai}' bukan angka (jenis {type(nilai).__name__} tidak diterima)")


def bagi(pembilang: Decimal, penyebut: Decimal) -> Decimal:
    """Exact division in the engine's fixed context."""
    with localcontext(KONTEKS):
        return pembilang / penyebut


def persen(bagian: Decimal, keseluruhan: Decimal) -> Decimal | None:
    """``bagian / keseluruhan × 100``; None when the whole is zero (a percentage of nothing)."""
    if keseluruhan == 0:
        return None
    with localcontext(KONTEKS):
        return bagian * SERATUS / keseluruhan


def rata_rata(nilai: list[Decimal]) -> Decimal | None:
    if not nilai:
        return None
    with localcontext(KONTEKS):
        return sum(nilai, NOL) / Decimal(len(nilai))


def bulatkan(nilai: Decimal, desimal: int = 2) -> Decimal:
    """Round half-up (91,475 → 91,48), the rule Indonesian reports and auditors use.

    Inputs are bounded (`periksa_besaran`), but a computed ratio can still be large (a realisation over a tiny
    target): the rounding context is widened to the value's own size so that showing a figure never fails.
    """
    if not nilai.is_finite():
        return nilai
    presisi = max(KONTEKS.prec, nilai.adjusted() + desimal + 2)
    with localcontext(Context(prec=presisi, rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN)):
        return nilai.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)


def periksa_besaran(nilai: Decimal, asli: object = None, *, desimal: int = MAKS_DESIMAL) -> Decimal:
    """Refuse a number the domain cannot hold: not finite, |x| ≥ 10^18, or more than `desimal` decimals.

    Called wherever a number enters (the parser, the file readers), so that no later step meets one.
    """
    tampil = ringkas(nilai if asli is None else asli)
    if not nilai.is_finite():
        raise AngkaTidakValid(f"'{tampil}' bukan angka yang sah")
    if abs(nilai) >= BATAS_ANGKA:
        raise AngkaTidakValid(
            f"'{tampil}' melebihi batas angka yang dapat disimpan, yaitu kurang dari 1.000.000.000.000.000.000"
        )
    eksponen = nilai.normalize().as_tuple().exponent if nilai != 0 else 0
    if isinstance(eksponen, int) and -eksponen > desimal:
        raise AngkaTidakValid(f"'{tampil}' memiliki lebih dari {desimal} angka di belakang koma")
    return nilai


# --- parsing -------------------------------------------------------------------------------------------

_AWALAN = re.compile(r"^(rp\.?|idr)\s*", re.IGNORECASE | re.ASCII)
_AKHIRAN = re.compile(r"(,-|,–|\.-|%|\s*persen)$", re.IGNORECASE | re.ASCII)
_RIBUAN_TITIK = re.compile(r"^\d{1,3}(\.\d{3})+$", re.ASCII)
_RIBUAN_KOMA = re.compile(r"^\d{1,3}(,\d{3})+$", re.ASCII)
_RIBUAN_SPASI = re.compile(r"^\d{1,3}( \d{3})+$", re.ASCII)
_DIGIT = re.compile(r"^\d+$", re.ASCII)


def parse_angka(teks: str) -> Decimal:
    """Parse a number as Indonesians write it.

    Accepted: ``3.739.669.394,00``, ``Rp. 2.482.163.194,-``, ``91,5``, ``96,5%``, ``-2,5``, ``(1.000)``,
    ``3 739 669 394`` and, because spreadsheets and older reports mix conventions, ``97.5`` (a single
    dot followed by other than three digits is a decimal point) and ``1,234,567.89``.
    A single dot followed by exactly three digits (``1.500``) is a thousands separator, as in Indonesian.
    """
    if not isinstance(teks, str):
        return ke_decimal(teks)
    asli = teks
    s = teks.strip().replace("\u00a0", " ").replace("\u2212", "-")
    if len(s) > MAKS_PANJANG_ANGKA:
        raise AngkaTidakValid(
            f"'{ringkas(s)}' terlalu panjang untuk sebuah angka; paling banyak {MAKS_PANJANG_ANGKA} karakter"
        )
    # One sign at most, written once: "-5", "(5)", "Rp -5", "-Rp 5". "--5" or "(-5)" are typing slips whose
    # meaning cannot be guessed; reading them as 5 would silently flip the sign.
    tanda = 0
    if s.startswith("(") and s.endswith(")"):
        tanda, s = tanda + 1, s[1:-1].strip()
    if s.startswith("-"):
        tanda, s = tanda + 1, s[1:].strip()
    s = _AWALAN.sub("", s).strip()
    s = _AKHIRAN.sub("", s).strip()
    if s.startswith("-"):
        tanda, s = tanda + 1, s[1:].strip()
    if tanda > 1 or s.startswith(("-", "(")):
        raise AngkaTidakValid(
            f"'{ringkas(asli)}': tanda negatif ditulis lebih dari sekali; tulis satu saja, mis. -84,52"
        )
    if not s:
        raise AngkaTidakValid(f"'{ringkas(asli)}' bukan angka")

    bulat, pecahan = _pisah_desimal(s, ringkas(asli))
    try:
        hasil = Decimal(f"{bulat}.{pecahan}" if pecahan else bulat)
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regexes above
        raise AngkaTidakValid(f"'{ringkas(asli)}' bukan angka") from exc
    periksa_besaran(hasil, asli)
    return -hasil if tanda else hasil


def _pisah_desimal(s: str, asli: str) -> tuple[str, str]:
    """Split into (integer digits, fraction digits), validating the grouping."""
    if "," in s and "." in s:
        # Whichever separator comes last is the decimal mark.
        if s.rfind(",") > s.rfind("."):
            bulat, _, pecahan = s.rpartition(",")
            if not _RIBUAN_TITIK.match(bulat) and not _DIGIT.match(bulat):
                raise AngkaTidakValid(f"'{asli}': pemisah ribuan tidak beraturan")
            bulat = bulat.replace(".", "")
        else:
            bulat, _, pecahan = s.rpartition(".")
            if not _RIBUAN_KOMA.match(bulat) and not _DIGIT.match(bulat):
                raise AngkaTidakValid(f"'{asli}': pemisah ribuan tidak beraturan")
            bulat = bulat.replace(",", "")
    elif "," in s:
        if s.count(",") > 1:
            if not _RIBUAN_KOMA.match(s):
                raise AngkaTidakValid(f"'{asli}' bukan angka")
            bulat, pecahan = s.replace(",", ""), ""
        else:
            bulat, _, pecahan = s.partition(",")
    elif "." in s:
        if s.count(".") > 1 or _RIBUAN_TITIK.match(s):
            if not _RIBUAN_TITIK.match(s):
                raise AngkaTidakValid(f"'{asli}': pemisah ribuan tidak beraturan")
            bulat, pecahan = s.replace(".", ""), ""
        else:
            bulat, _, pecahan = s.partition(".")
    elif " " in s:
        if not _RIBUAN_SPASI.match(s):
            raise AngkaTidakValid(f"'{asli}' bukan angka")
        bulat, pecahan = s.replace(" ", ""), ""
    else:
        bulat, pecahan = s, ""
    bulat = bulat or "0"
    if not _DIGIT.match(bulat) or (pecahan and not _DIGIT.match(pecahan)):
        raise AngkaTidakValid(f"'{asli}' bukan angka")
    return bulat, pecahan


_ANGKA_SATUAN = re.compile(r"^\s*(?P<angka>[-(]?[\d.,\s]*\d[\d.,]*\)?)\s*(?P<satuan>[^\d].*)?$", re.ASCII)


def parse_angka_satuan(teks: str) -> tuple[Decimal, str]:
    """Split ``"14 OB"`` into ``(14, "OB")`` and ``"96,5%"`` into ``(96.5, "%")``."""
    m = _ANGKA_SATUAN.match(teks)
    if not m:
        raise AngkaTidakValid(f"'{teks}' bukan angka dengan satuan")
    satuan = (m.group("satuan") or "").strip()
    return parse_angka(m.group("angka")), satuan


# --- formatting ----------------------------------------------------------------------------------------


def format_angka(nilai: Decimal | int, desimal: int = 2, *, ribuan: bool = True) -> str:
    """``Decimal('3739669394')`` → ``'3.739.669.394,00'`` (half-up to `desimal` places)."""
    d = bulatkan(ke_decimal(nilai), desimal)
    teks = f"{abs(d):,.{desimal}f}" if ribuan else f"{abs(d):.{desimal}f}"
    teks = teks.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"-{teks}" if d < 0 else teks


def format_bilangan(nilai: Decimal | int, maks_desimal: int = 2) -> str:
    """A value as entered, without padding: ``91.5`` → ``'91,5'``, ``93`` → ``'93'``, ``1000`` → ``'1.000'``.

    Used for targets and realisations, which are shown the way people wrote them.
    """
    d = ke_decimal(nilai)
    d = bulatkan(d, maks_desimal) if d.as_tuple().exponent < -maks_desimal else d  # type: ignore[operator]
    desimal = max(0, -d.normalize().as_tuple().exponent) if d != 0 else 0  # type: ignore[operator]
    return format_angka(d, desimal)


def format_persen(nilai: Decimal | None, desimal: int = 2, *, kosong: str = "-") -> str:
    """``Decimal('102.1978')`` → ``'102,20%'``."""
    if nilai is None:
        return kosong
    return f"{format_angka(nilai, desimal)}%"


def format_rupiah(nilai: Decimal | int | None, desimal: int = 2, *, kosong: str = "-") -> str:
    """``3739669394`` → ``'Rp 3.739.669.394,00'`` (explicit pattern; Babel's IDR default drops the decimals)."""
    if nilai is None:
        return kosong
    d = ke_decimal(nilai)
    return f"-Rp {format_angka(-d, desimal)}" if d < 0 else f"Rp {format_angka(d, desimal)}"


def teks_desimal(nilai: Decimal | None) -> str | None:
    """Machine form for JSON: a plain decimal string without exponent (``'102.1978021978'``)."""
    if nilai is None:
        return None
    return format(nilai, "f")
