"""Benchmarks of the district level (issue 11): consolidating a district of N agencies and drawing the
pohon kinerja of a large agency.

    .venv/bin/python bench/daerah.py [--pd 60] [--ulang 5]

Targets: 60 agencies < 1 s (including each agency's own measurement); pohon of 200 nodes < 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from buat_contoh_daerah import AGENCIES, buat_pd, rpjmd

from sakip.core.cascading import pohon_kinerja
from sakip.core.konsolidasi import hitung_daerah
from sakip.core.model_daerah import BerkasDaerah, Daerah
from sakip.laporan.pohon import svg_pohon


def main() -> None:
    a = argparse.ArgumentParser()
    a.add_argument("--pd", type=int, default=60)
    a.add_argument("--ulang", type=int, default=5)
    args = a.parse_args()
    pd = []
    for n in range(args.pd):
        nama, jenis, urusan, sasaran = AGENCIES[n % len(AGENCIES)]
        b = buat_pd(n + 1, f"{nama} {n + 1}", jenis, urusan, sasaran)
        pd.append(b)
    daerah = Daerah(BerkasDaerah(2023, "Kabupaten Sintetis", rpjmd()), pd)
    waktu = []
    for _ in range(args.ulang):
        t = time.perf_counter()
        hitung_daerah(daerah)
        waktu.append(time.perf_counter() - t)
    print(f"konsolidasi {args.pd} PD: median {statistics.median(waktu) * 1000:.0f} ms (dari {args.ulang} kali)")

    besar = buat_pd(99, "Dinas Besar", "dinas", "1.02", AGENCIES[0][3])
    for p in besar.rkt.program:  # widen to about 200 nodes
        p.kegiatan = p.kegiatan * 12
    pohon = pohon_kinerja(besar)
    waktu = []
    for _ in range(args.ulang):
        t = time.perf_counter()
        svg_pohon(pohon_kinerja(besar))
        waktu.append(time.perf_counter() - t)
    print(f"pohon kinerja {pohon.jumlah_simpul} simpul → SVG: median {statistics.median(waktu) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
