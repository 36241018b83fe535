"""Benchmark: 100.000 survey responses of a district computed into IKM per agency and per unsur (goal: < 2 s).

Two paths, both timed from data at rest to the IKM of every agency with its nine NRR:
1. engine: 100.000 `Respon` objects in memory → `sakip.core.ikm.ikm_wilayah`;
2. database (``--db``): 100.000 rows in a throw-away PostgreSQL database → the district page's selector
   (`sakip.web.survei.selectors.kabupaten`: one grouped SQL count per agency, service type, month, unsur and
   answer, then sakip.core). The database is created and dropped by this script.

    .venv/bin/python bench/survei_ikm.py [--n 100000] [--instansi 50] [--db] [--ulang 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(AKAR))
sys.path.insert(0, str(AKAR / "bench"))


def ukur(fungsi, ulang: int) -> tuple[float, float, object]:
    waktu, hasil = [], None
    for _ in range(ulang):
        t = time.perf_counter()
        hasil = fungsi()
        waktu.append(time.perf_counter() - t)
    return min(waktu), statistics.median(waktu), hasil


def bench_mesin(n: int, instansi: int, ulang: int) -> None:
    from survei_data import responden_kabupaten

    from sakip.core.ikm import ikm_wilayah

    data = list(responden_kabupaten(n, instansi))
    terbaik, median, w = ukur(lambda: ikm_wilayah(data), ulang)
    h = next(iter(w.per_instansi.values()))
    print(
        f"mesin: {n:,} jawaban, {len(w.per_instansi)} perangkat daerah × 9 unsur: "
        f"terbaik {terbaik:.3f} s, median {median:.3f} s (ulang {ulang})"
    )
    print(
        f"  contoh: {next(iter(w.per_instansi))} IKM {h.ikm_bulat} ({h.mutu.huruf}), NRR U9 {h.nrr('U9').nrr:.3f}; "
        f"kabupaten gabungan {w.gabungan.ikm_bulat}, rata-rata unit {w.rata_rata_unit:.2f}"
    )


def bench_db(n: int, instansi: int, ulang: int) -> None:
    import psycopg

    pg = os.environ.get("SAKIP_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
    nama = f"bench_survei_{os.getpid()}"
    os.environ["DATABASE_URL"] = f"{pg}/{nama}"
    os.environ.setdefault("SAKIP_DATA_DIR", f"/tmp/{nama}")
    os.environ.setdefault("SAKIP_SECRET_KEY", "bench-survei")
    os.environ["DJANGO_SETTINGS_MODULE"] = "sakip.web.settings"
    with psycopg.connect(f"{pg}/postgres", autocommit=True) as c:
        c.execute(f"CREATE DATABASE {nama}")
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection
        from survei_data import responden_kabupaten

        from sakip.core.ikm import UNSUR
        from sakip.web.organisasi.akses import Aktor
        from sakip.web.organisasi.models import Pemda, PerangkatDaerah
        from sakip.web.survei.models import Respon
        from sakip.web.survei.selectors import kabupaten

        t = time.perf_counter()
        call_command("migrate", verbosity=0)
        pemda = Pemda.objects.create(nama="Kabupaten Bench")
        pd = {
            f"PD {i:02d}": PerangkatDaerah.objects.create(pemda=pemda, nama=f"PD {i:02d}", slug=f"pd-{i:02d}")
            for i in range(1, instansi + 1)
        }
        Respon.objects.bulk_create(
            (
                Respon(
                    perangkat_daerah=pd[r.instansi],
                    layanan_nama=r.jenis_layanan,
                    tanggal=r.tanggal,
                    **{u.lower(): r.jawaban[u] for u in UNSUR},
                )
                for r in responden_kabupaten(n, instansi)
            ),
            batch_size=5000,
        )
        with connection.cursor() as cur:
            cur.execute("ANALYZE")
        print(
            f"basis data: {Respon.objects.count():,} baris dimuat dalam {time.perf_counter() - t:.1f} s (tidak diukur)"
        )
        admin = Aktor(None, "admin")
        terbaik, median, h = ukur(lambda: kabupaten(aktor=admin, tahun=2023, bobot="tepat"), ulang)
        w = h.wilayah
        print(
            f"basis data → IKM: {len(w.per_instansi)} perangkat daerah × 9 unsur dari {w.gabungan.jumlah_responden:,} "
            f"jawaban: terbaik {terbaik:.3f} s, median {median:.3f} s (ulang {ulang})"
        )
        connection.close()
    finally:
        with psycopg.connect(f"{pg}/postgres", autocommit=True) as c:
            c.execute(f"DROP DATABASE IF EXISTS {nama} WITH (FORCE)")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--instansi", type=int, default=50)
    p.add_argument("--ulang", type=int, default=5)
    p.add_argument("--db", action="store_true", help="juga jalur basis data (PostgreSQL)")
    a = p.parse_args()
    bench_mesin(a.n, a.instansi, a.ulang)
    if a.db:
        bench_db(a.n, a.instansi, a.ulang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
