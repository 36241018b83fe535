"""Benchmark: the full computation (`sakip.core.hitung.hitung`) for a district and for a country.

    .venv/bin/python bench/hitung.py                 # district (60 agencies) and country (25.000)
    .venv/bin/python bench/hitung.py --hanya kabupaten
    .venv/bin/python bench/hitung.py --proses 2      # the country split over 2 worker processes

Targets on the 2-core reference machine: district < 0,5 s; country < 60 s and < 4 GB peak memory.
The data are generated first (timed separately) and kept in memory; then every agency-year is measured
and a district/country summary (average capaian, total budget and absorption) is built from the results.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from decimal import Decimal
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sintetis import buat_berkas

from sakip.core.angka import format_persen, persen, rata_rata
from sakip.core.hitung import hitung


def _puncak_mb() -> float:
    # ru_maxrss is in KiB on Linux; include finished children (worker processes).
    sendiri = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    anak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(sendiri, anak) / 1024


def ukur(nomor_awal: int, jumlah: int) -> tuple[list[Decimal], Decimal, Decimal, float, float]:
    t0 = time.perf_counter()
    semua = [buat_berkas(nomor_awal + i) for i in range(jumlah)]
    t1 = time.perf_counter()
    rata: list[Decimal] = []
    pagu = realisasi = Decimal(0)
    for b in semua:
        h = hitung(b)
        if h.rata_rata is not None:
            rata.append(h.rata_rata)
        pagu += h.anggaran.pagu
        realisasi += h.anggaran.realisasi
    t2 = time.perf_counter()
    return rata, pagu, realisasi, t1 - t0, t2 - t1


def _bagian(args: tuple[int, int]) -> tuple[list[Decimal], Decimal, Decimal, float, float]:
    return ukur(*args)


def jalankan(nama: str, jumlah: int, proses: int) -> None:
    mulai = time.perf_counter()
    if proses <= 1:
        rata, pagu, realisasi, t_buat, t_hitung = ukur(0, jumlah)
    else:
        potong = [(i * jumlah // proses, (i + 1) * jumlah // proses - i * jumlah // proses) for i in range(proses)]
        with get_context("fork").Pool(proses) as pool:
            bagian = pool.map(_bagian, potong)
        rata = [x for b in bagian for x in b[0]]
        pagu = sum((b[1] for b in bagian), Decimal(0))
        realisasi = sum((b[2] for b in bagian), Decimal(0))
        t_buat = max(b[3] for b in bagian)
        t_hitung = max(b[4] for b in bagian)
    total = time.perf_counter() - mulai
    print(
        f"{nama}: {jumlah} perangkat daerah, {proses} proses | membuat data {t_buat:.2f} s | "
        f"perhitungan penuh {t_hitung:.3f} s ({t_hitung / jumlah * 1000:.2f} ms/PD) | total {total:.2f} s | "
        f"puncak memori {_puncak_mb():.0f} MB{' per proses' if proses > 1 else ''} | "
        f"rata-rata capaian {format_persen(rata_rata(rata))}, "
        f"serapan {format_persen(persen(realisasi, pagu))}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--hanya", choices=["kabupaten", "nasional"])
    p.add_argument("--proses", type=int, default=1, help="worker processes for the country run")
    p.add_argument("--jumlah-nasional", type=int, default=25_000)
    a = p.parse_args()
    if a.hanya != "nasional":
        jalankan("Kabupaten", 60, 1)
    if a.hanya != "kabupaten":
        jalankan("Nasional", a.jumlah_nasional, a.proses)


if __name__ == "__main__":
    main()
