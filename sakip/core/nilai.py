"""The values a target or a realisation can take.

A target is not always a number: Renstra matrices carry ranges ("80–90"), graded values ("B (65)", the
evaluation score with its letter) and ordinal grades (audit opinions WTP/WDP/TW/TMP, SAKIP letters).
`parse_nilai` reads what people write; each value knows how it is shown and how it compares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .angka import AngkaTidakValid, format_bilangan, ke_decimal, parse_angka, periksa_besaran
from .batas import MAKS_PANJANG_NILAI, ringkas

# Ordinal grade families. A grade's rank is its position counted from the worst (1).
PERINGKAT_OPINI = {"TMP": 1, "TW": 2, "WDP": 3, "WTP": 4}
PERINGKAT_HURUF = {"E": 1, "D": 2, "C": 3, "CC": 4, "B": 5, "BB": 6, "A": 7, "AA": 8}
_KELUARGA = (PERINGKAT_OPINI, PERINGKAT_HURUF)
_NAMA_OPINI = {
    "WTP": "Wajar Tanpa Pengecualian",
    "WDP": "Wajar Dengan Pengecualian",
    "TW": "Tidak Wajar",
    "TMP": "Tidak Menyatakan Pendapat",
}


@dataclass(frozen=True, slots=True)
class Angka:
    """A plain number (the common case)."""

    nilai: Decimal

    def tampil(self) -> str:
        return format_bilangan(self.nilai)

    def __str__(self) -> str:
        return self.tampil()


@dataclass(frozen=True, slots=True)
class Rentang:
    """A target range, inclusive at both ends: realisasi inside it is fully achieved."""

    bawah: Decimal
    atas: Decimal

    def tampil(self) -> str:
        return f"{format_bilangan(self.bawah)}–{format_bilangan(self.atas)}"

    def __str__(self) -> str:
        return self.tampil()


@dataclass(frozen=True, slots=True)
class Mutu:
    """A graded value: a letter or opinion, optionally with its numeric score ("B (65)").

    When both sides of a comparison carry a score, the scores are compared; otherwise the ranks.
    """

    label: str
    skor: Decimal | None = None

    @property
    def peringkat(self) -> int | None:
        for keluarga in _KELUARGA:
            if self.label in keluarga:
                return keluarga[self.label]
        return None

    def keluarga(self) -> dict[str, int] | None:
        for keluarga in _KELUARGA:
            if self.label in keluarga:
                return keluarga
        return None

    def tampil(self) -> str:
        return f"{self.label} ({format_bilangan(self.skor)})" if self.skor is not None else self.label

    def uraian(self) -> str:
        return _NAMA_OPINI.get(self.label, self.tampil())

    def __str__(self) -> str:
        return self.tampil()


Nilai = Angka | Rentang | Mutu

_KOSONG = {"", "-", "–", "—", "n/a", "na", "belum ada", "tidak ada"}
_RENTANG = re.compile(
    r"^\s*(?P<a>-?[\d.,]+)\s*%?\s*(?:-|–|—|s\.?d\.?|sampai)\s*(?P<b>-?[\d.,]+)\s*%?\s*$", re.I | re.ASCII
)
# Notations spreadsheets and programs produce but people do not write in a report: refused with a message that
# says so, instead of being read as a number followed by a unit ("1e400" is not 1 with the unit "e400").
_EKSPONEN = re.compile(r"^\s*[-+]?[\d.,]+\s*[eE]\s*[-+]?\d+\s*$", re.ASCII)
_BASIS = re.compile(r"^\s*[-+]?0[xXbBoO][0-9a-fA-F_]*\s*$", re.ASCII)
_MIRIP_ANGKA = re.compile(r"^\s*[-+(]*\s*(rp\.?|idr)?\s*[-+(]*[\d.,\s]+\)?\s*(%|persen)?\s*$", re.I | re.ASCII)
_MUTU = re.compile(r"^\s*(?P<label>[A-Za-z]{1,3})\s*(?:\(\s*(?P<skor>[\d.,]+)\s*\))?\s*$", re.ASCII)


class NilaiTidakValid(ValueError):
    """A text that is neither a number, a range nor a known grade. Message in Indonesian."""


def parse_nilai(teks: str | int | Decimal | None) -> Nilai | None:
    """Read a target or realisation as written. Empty and "-" mean "not set" (None), never zero.

    ``'91,5'`` → Angka(91.5); ``'96,5%'`` → Angka(96.5); ``'80 - 90'`` → Rentang(80, 90);
    ``'B (65)'`` / ``'B(65)'`` → Mutu('B', 65); ``'WTP'`` → Mutu('WTP'); ``'4 Dok'`` → Angka(4).
    """
    if teks is None:
        return None
    if isinstance(teks, (int, Decimal)) and not isinstance(teks, bool):
        return Angka(periksa_besaran(ke_decimal(teks)))
    if not isinstance(teks, str):
        raise NilaiTidakValid(f"'{ringkas(teks)}' bukan nilai yang dikenal")
    s = teks.strip()
    if s.lower() in _KOSONG:
        return None
    if len(s) > MAKS_PANJANG_NILAI:
        raise NilaiTidakValid(
            f"'{ringkas(s)}' terlalu panjang untuk sebuah nilai (paling banyak {MAKS_PANJANG_NILAI} karakter)"
        )
    if _EKSPONEN.match(s):
        raise NilaiTidakValid(
            f"'{ringkas(s)}': notasi eksponen tidak diterima; tulis angkanya lengkap (mis. 1.500 atau 0,0015)"
        )
    if _BASIS.match(s):
        raise NilaiTidakValid(
            f"'{ringkas(s)}': angka heksadesimal/biner/oktal tidak diterima; tulis angka desimal biasa"
        )
    try:
        return Angka(parse_angka(s))
    except AngkaTidakValid as exc:
        # A text that can only be meant as a number gets the parser's own reason (sign written twice, too
        # large, irregular grouping), not the general "unknown value" message.
        if _MIRIP_ANGKA.match(s):
            raise NilaiTidakValid(str(exc)) from None
    m = _RENTANG.match(s)
    if m:
        try:
            a, b = parse_angka(m.group("a")), parse_angka(m.group("b"))
        except AngkaTidakValid as exc:
            raise NilaiTidakValid(f"'{ringkas(teks)}': batas rentang bukan angka ({exc})") from None
        if a > b:
            raise NilaiTidakValid(f"'{ringkas(teks)}': batas bawah rentang lebih besar dari batas atas")
        return Rentang(a, b)
    m = _MUTU.match(s)
    if m:
        label = m.group("label").upper()
        try:
            skor = parse_angka(m.group("skor")) if m.group("skor") else None
        except AngkaTidakValid as exc:
            raise NilaiTidakValid(f"'{ringkas(teks)}': skor predikat bukan angka ({exc})") from None
        mutu = Mutu(label, skor)
        if skor is not None or mutu.peringkat is not None:
            return mutu
    # "4 Dok", "14 OB", "12 Laporan": a number followed by its unit.
    m = re.match(r"^\s*(?P<angka>-?[0-9.,]+)\s*[A-Za-z%][\w ./%²³-]*$", s)
    if m:
        try:
            return Angka(parse_angka(m.group("angka")))
        except AngkaTidakValid:
            pass
    raise NilaiTidakValid(
        f"'{ringkas(teks)}' bukan nilai yang dikenal (gunakan angka seperti 91,5; rentang seperti 80-90; "
        "atau predikat seperti B (65) atau WTP)"
    )


def tampil_nilai(nilai: Nilai | None, kosong: str = "-") -> str:
    return kosong if nilai is None else nilai.tampil()


def ke_teks_berkas(nilai: Nilai | None) -> str | Decimal | None:
    """The form a value takes when written back to a berkas (numbers stay numbers)."""
    if nilai is None:
        return None
    if isinstance(nilai, Angka):
        return nilai.nilai
    return nilai.tampil().replace("–", "-")
