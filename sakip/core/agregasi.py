"""Quarterly values (triwulan I–IV) into a value "s.d. triwulan n".

- kumulatif: the sum of the filled quarters (counts of documents, reports, activities);
- posisi akhir: the last filled quarter, a filled 0 included (indices, percentages, stock positions);
- rata-rata: the mean of the filled quarters.

An unfilled quarter is skipped, never read as 0. When no quarter is filled the result is None
("belum diisi").
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum

from .angka import rata_rata
from .nilai import Angka, Nilai

TRIWULAN = (1, 2, 3, 4)


class CaraAgregasi(StrEnum):
    KUMULATIF = "kumulatif"
    POSISI_AKHIR = "posisi_akhir"
    RATA_RATA = "rata_rata"


_SATUAN_POSISI = {"%", "persen", "nilai", "indeks", "index", "skor", "rasio", "predikat", "opini"}


def agregasi_bawaan(satuan: str) -> CaraAgregasi:
    """A sensible default from the unit: percentages and indices are positions, counts accumulate."""
    s = satuan.strip().lower()
    if s in _SATUAN_POSISI or s.startswith(("persen", "indeks", "nilai")):
        return CaraAgregasi.POSISI_AKHIR
    return CaraAgregasi.KUMULATIF


def agregasi(nilai_tw: Mapping[int, Nilai | None], cara: CaraAgregasi, sampai: int = 4) -> Nilai | None:
    """The value s.d. triwulan `sampai` from the quarterly values."""
    terisi = [(tw, nilai_tw[tw]) for tw in TRIWULAN if tw <= sampai and nilai_tw.get(tw) is not None]
    if not terisi:
        return None
    if cara is CaraAgregasi.POSISI_AKHIR:
        return terisi[-1][1]
    angka: list[Decimal] = []
    for _, n in terisi:
        if not isinstance(n, Angka):
            # Graded values (B (65), WTP) cannot be summed or averaged: the latest position stands.
            return terisi[-1][1]
        angka.append(n.nilai)
    if cara is CaraAgregasi.KUMULATIF:
        return Angka(sum(angka, Decimal(0)))
    hasil = rata_rata(angka)
    return None if hasil is None else Angka(hasil)


def triwulan_terakhir_terisi(nilai_tw: Mapping[int, Nilai | None]) -> int | None:
    terisi = [tw for tw in TRIWULAN if nilai_tw.get(tw) is not None]
    return terisi[-1] if terisi else None


def target_sampai(
    target_tahunan: Nilai | None,
    target_tw: Mapping[int, Nilai | None],
    cara: CaraAgregasi,
    sampai: int = 4,
) -> Nilai | None:
    """The target a value s.d. triwulan `sampai` is measured against.

    With quarterly targets (rencana aksi) they are aggregated the same way as the realisations; without
    them, the annual target applies (for triwulan IV always the annual target when one exists).
    """
    if sampai == 4 and target_tahunan is not None:
        return target_tahunan
    if any(target_tw.get(tw) is not None for tw in TRIWULAN if tw <= sampai):
        return agregasi(target_tw, cara, sampai)
    return target_tahunan
