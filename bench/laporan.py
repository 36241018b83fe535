"""Benchmark: the documents. The Kencong 2023 LKjIP to DOCX and to PDF, and a batch of agencies (synthetic
variants of the example) producing both, in worker processes as a district run would.

    .venv/bin/python bench/laporan.py                   # single documents, then 60 agencies × (DOCX + PDF)
    .venv/bin/python bench/laporan.py --jumlah 10       # a smaller batch
    .venv/bin/python bench/laporan.py --hanya tunggal   # single documents only

Targets on the 2-core reference machine: DOCX < 1 s, PDF < 5 s, 60 agencies × (DOCX + PDF) < 5 minutes.
"Dingin" is the first document of a fresh process (imports and font caches included); "hangat" the median
of the following runs, which is what each document of a batch costs.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
CONTOH = AKAR / "examples" / "kencong-2023.yaml"
TARGET = {"docx": 1.0, "pdf": 5.0, "banyak": 300.0}


def varian(berkas, nomor: int):
    """A synthetic agency: the example's shape with its own name and figures (reproducible per number)."""
    from sakip.core.nilai import Angka

    rng = random.Random(nomor)
    b = copy.deepcopy(berkas)
    b.instansi.nama = f"Kecamatan Uji {nomor:02d}"
    for rec in b.realisasi.indikator.values():
        if isinstance(rec.tahunan, Angka):
            rec.tahunan = Angka((rec.tahunan.nilai * Decimal(str(rng.uniform(0.6, 1.15)))).quantize(Decimal("0.01")))
    for sub in b.rkt.semua_sub_kegiatan():
        r = b.realisasi.sub_kegiatan.get(sub.kode)
        if r is not None and r.anggaran is not None:
            r.anggaran = (sub.pagu * Decimal(str(rng.uniform(0.45, 1.0)))).quantize(Decimal(1))
    return b


def _ukur(fungsi, kali: int) -> tuple[float, float, float]:
    """(first run, median of the following runs, median CPU time of the following runs) in seconds.

    The CPU time is what the work costs on a core of its own; on a machine shared with other jobs the wall
    clock can be much longer."""
    t = time.perf_counter()
    fungsi()
    dingin = time.perf_counter() - t
    waktu, cpu = [], []
    for _ in range(kali):
        t, c = time.perf_counter(), time.process_time()
        fungsi()
        waktu.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return dingin, statistics.median(waktu), statistics.median(cpu)


def tunggal(kali: int) -> dict[str, float]:
    from sakip.berkas.baca import baca_berkas
    from sakip.laporan import buat_dokumen

    berkas = baca_berkas(CONTOH)
    hasil = {}
    for fmt in ("docx", "pdf"):
        dingin, hangat, cpu = _ukur(lambda f=fmt: buat_dokumen(berkas, dokumen="lkjip", format=f), kali)
        hasil[fmt] = hangat
        status = "OK" if hangat < TARGET[fmt] else "MELEBIHI TARGET"
        print(
            f"LKjIP Kencong → {fmt.upper():4}  dingin {dingin:6.2f} s   hangat {hangat:6.2f} s (CPU {cpu:5.2f} s)   "
            f"target < {TARGET[fmt]:.0f} s  {status}"
        )
    with tempfile.TemporaryDirectory() as d:
        for fmt in ("docx", "pdf"):
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "sakip", "laporan", str(CONTOH), "-o", f"{d}/lkjip.{fmt}"],
                check=True,
                capture_output=True,
            )
            print(f"sakip laporan … -o lkjip.{fmt:4}  {time.perf_counter() - t:6.2f} s (proses baru, termasuk impor)")
    return hasil


def banyak(jumlah: int, pekerja: int) -> float:
    from sakip.berkas.baca import baca_berkas
    from sakip.laporan import Tugas, buat_banyak

    dasar = baca_berkas(CONTOH)
    tugas = [Tugas(varian(dasar, n), "lkjip", fmt) for n in range(1, jumlah + 1) for fmt in ("docx", "pdf")]
    ukuran = 0
    gagal = 0
    import resource

    anak = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    for h in buat_banyak(tugas, pekerja=pekerja):
        if h.berhasil:
            ukuran += len(h.data or b"")
        else:
            gagal += 1
            print(f"  gagal: {h.nama}: {h.galat}")
    total = time.perf_counter() - t
    pakai = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = pakai.ru_utime + pakai.ru_stime - anak.ru_utime - anak.ru_stime
    status = (
        "OK"
        if total < TARGET["banyak"] and not gagal
        else "MELEBIHI TARGET"
        if total >= TARGET["banyak"]
        else "ADA GAGAL"
    )
    print(
        f"{jumlah} instansi × (DOCX + PDF) = {len(tugas)} dokumen, {pekerja} proses: {total:6.1f} s "
        f"({total / len(tugas):.2f} s per dokumen, CPU pekerja {cpu:.0f} s, {ukuran / 1024 / 1024:.1f} MB)   "
        f"target < 300 s  {status}"
    )
    return total


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jumlah", type=int, default=60, help="instansi dalam batch (bawaan 60)")
    p.add_argument("--pekerja", type=int, default=os.cpu_count() or 1, help="proses pekerja (bawaan: jumlah inti)")
    p.add_argument("--kali", type=int, default=3, help="ulangan untuk waktu hangat (bawaan 3)")
    p.add_argument("--hanya", choices=("tunggal", "banyak"), default=None)
    args = p.parse_args(argv)
    print(f"Mesin: {os.cpu_count()} inti; beban rata-rata {os.getloadavg()[0]:.2f}; Python {sys.version.split()[0]}")
    if args.hanya in (None, "tunggal"):
        tunggal(args.kali)
    if args.hanya in (None, "banyak"):
        banyak(args.jumlah, args.pekerja)
    return 0


if __name__ == "__main__":
    sys.exit(main())
