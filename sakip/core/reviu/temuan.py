"""A reviu finding (Temuan) and how findings are merged, ordered and keyed.

A finding says what was checked (`kode`, from the catalogue), how serious it is (`tingkat`, fixed per code by
the catalogue), where (`lokasi`, for people), what is printed or entered (`tercetak`) and what it should be
(`seharusnya`), with an explanation an auditor can act on (`pesan`, Indonesian).

`subjek` names the thing the finding is about in a way that does not depend on the values (for example
``"Tabel 3.8|program|penyelenggaraan pemerintahan dan pelayanan publik"``), so `kunci` stays the same from one
run to the next while the finding is open and a follow-up status can be attached to it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum


class Tingkat(StrEnum):
    GALAT = "galat"  # an error: a figure or statement that is wrong and must be corrected
    PERINGATAN = "peringatan"  # a warning: inconsistent or doubtful, the auditor must ask
    CATATAN = "catatan"  # a note: a weakness of form or presentation


URUTAN_TINGKAT = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.CATATAN: 2}
LABEL_TINGKAT = {Tingkat.GALAT: "Galat", Tingkat.PERINGATAN: "Peringatan", Tingkat.CATATAN: "Catatan"}


@dataclass(frozen=True, slots=True)
class Temuan:
    kode: str
    tingkat: Tingkat
    lokasi: str
    pesan: str
    tercetak: str = ""
    seharusnya: str = ""
    subjek: str = ""
    jalur: str = ""  # for a berkas: the data path the finding belongs to (the web app shows it there)
    sumber: str = ""  # "berkas" | "laporan"
    lokasi_lain: tuple[str, ...] = field(default=())  # further places where the same finding occurs

    @property
    def kunci(self) -> str:
        """A stable key for follow-up tracking: the rule and what it is about, never the values."""
        dasar = f"{self.sumber}|{self.kode}|{self.subjek or self.lokasi}"
        return hashlib.sha1(dasar.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]

    @property
    def semua_lokasi(self) -> tuple[str, ...]:
        return (self.lokasi, *self.lokasi_lain)

    def ke_dict(self) -> dict[str, object]:
        return {
            "kunci": self.kunci,
            "kode": self.kode,
            "tingkat": self.tingkat.value,
            "lokasi": self.lokasi,
            "lokasi_lain": list(self.lokasi_lain),
            "pesan": self.pesan,
            "tercetak": self.tercetak,
            "seharusnya": self.seharusnya,
            "subjek": self.subjek,
            "jalur": self.jalur,
            "sumber": self.sumber,
        }


def gabungkan(daftar: list[Temuan]) -> list[Temuan]:
    """Merge findings that say the same thing about the same subject in several places.

    The seed prints the truncated 102,19% in five places; an auditor wants one note listing the five places,
    not five notes. Findings merge when code, subject, printed and expected values are equal.
    """
    hasil: list[Temuan] = []
    indeks: dict[tuple[str, str, str, str, str], int] = {}
    for t in daftar:
        if not t.subjek:
            hasil.append(t)
            continue
        k = (t.sumber, t.kode, t.subjek, t.tercetak, t.seharusnya)
        if k in indeks:
            i = indeks[k]
            ada = hasil[i]
            tambahan = tuple(x for x in t.semua_lokasi if x not in ada.semua_lokasi)
            if tambahan:
                hasil[i] = replace(ada, lokasi_lain=ada.lokasi_lain + tambahan)
            continue
        indeks[k] = len(hasil)
        hasil.append(t)
    return hasil


def urutkan(daftar: list[Temuan]) -> list[Temuan]:
    """Most serious first; within a severity, in the order found (the order of the document). Keys are made
    unique: two findings of one rule on the same subject in different places get the place in their subject."""
    hasil = sorted(daftar, key=lambda t: URUTAN_TINGKAT[t.tingkat])
    hitung: dict[str, int] = {}
    for t in hasil:
        hitung[t.kunci] = hitung.get(t.kunci, 0) + 1
    for i, t in enumerate(hasil):
        if hitung[t.kunci] > 1:
            tempat = t.lokasi.split(": \u201c")[0].split(", baris")[0]
            hasil[i] = replace(t, subjek=f"{t.subjek or t.lokasi}|{tempat}")
    kedua: dict[str, int] = {}
    for i, t in enumerate(hasil):
        n = kedua.get(t.kunci, 0)
        kedua[t.kunci] = n + 1
        if n:
            hasil[i] = replace(t, subjek=f"{t.subjek}|{n + 1}")
    return hasil


def hitung_per_tingkat(daftar: list[Temuan]) -> dict[Tingkat, int]:
    hasil = dict.fromkeys(Tingkat, 0)
    for t in daftar:
        hasil[t.tingkat] += 1
    return hasil
