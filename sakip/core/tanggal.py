"""Indonesian dates: ``31 Januari 2024``, ``Rabu, 31 Januari 2024``."""

from __future__ import annotations

import re
from datetime import date

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Older documents and typists spell a few months differently.
_EJAAN_LAIN = {
    "pebruari": 2,
    "nopember": 11,
    "agustos": 8,
    "okt": 10,
    "nov": 11,
    "des": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "sep": 9,
    "sept": 9,
}
_NOMOR_BULAN = {b.lower(): i + 1 for i, b in enumerate(BULAN)} | _EJAAN_LAIN


def format_tanggal(tgl: date, *, dengan_hari: bool = False) -> str:
    teks = f"{tgl.day} {BULAN[tgl.month - 1]} {tgl.year}"
    return f"{HARI[tgl.weekday()]}, {teks}" if dengan_hari else teks


def nama_bulan(bulan: int) -> str:
    return BULAN[bulan - 1]


_POLA = re.compile(r"(?P<hari>\d{1,2})\s+(?P<bulan>[A-Za-z]+)\.?\s+(?P<tahun>\d{4})")


class TanggalTidakValid(ValueError):
    pass


def parse_tanggal(teks: str) -> date:
    """Parse ``'31 Januari 2024'``, ``'Rabu, 31 Januari 2024'``, ``'03 April 2023'`` or ISO ``'2024-01-31'``."""
    s = teks.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    m = _POLA.search(s)
    if not m:
        raise TanggalTidakValid(f"'{teks}' bukan tanggal (contoh: 31 Januari 2024)")
    bulan = _NOMOR_BULAN.get(m.group("bulan").lower())
    if bulan is None:
        raise TanggalTidakValid(f"'{m.group('bulan')}' bukan nama bulan")
    try:
        return date(int(m.group("tahun")), bulan, int(m.group("hari")))
    except ValueError as exc:
        raise TanggalTidakValid(f"'{teks}' bukan tanggal yang ada") from exc


def cari_tanggal(teks: str) -> list[date]:
    """Every Indonesian date written in a text, in order (for the reviu of printed reports)."""
    hasil = []
    for m in _POLA.finditer(teks):
        bulan = _NOMOR_BULAN.get(m.group("bulan").lower())
        if bulan is None:
            continue
        try:
            hasil.append(date(int(m.group("tahun")), bulan, int(m.group("hari"))))
        except ValueError:
            continue
    return hasil
