"""Benchmarks of the Evaluasi AKIP (issue 10): scoring one LKE worksheet, and the district recap page.

    .venv/bin/python bench/lke.py [--pd 60] [--ulang 20]

Targets: one worksheet (77 criteria, PermenPANRB 88/2021) < 10 ms; the recap of 60 agencies (every agency
with a final evaluation and last year's, Nilai per komponen, rank, change, chart) rendered < 300 ms.
The recap runs the real page through Django's test client on a fresh SQLite database in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median_ms(f, ulang: int) -> float:
    waktu = []
    for _ in range(ulang):
        t = time.perf_counter()
        f()
        waktu.append(time.perf_counter() - t)
    return statistics.median(waktu) * 1000


def bench_lembar(ulang: int) -> None:
    from sakip.core.lke import hitung_lke, muat_lke

    lke = muat_lke()
    acak = random.Random(10)
    jawaban = [{k.kode: acak.choice(list(k.jenis.nilai)) for k in lke.semua_kriteria()} for _ in range(ulang)]
    it = iter(jawaban * 2)
    ms = _median_ms(lambda: hitung_lke(lke, next(it)), ulang)
    print(
        f"satu lembar kerja ({len(lke.semua_kriteria())} kriteria): median {ms:.2f} ms (dari {ulang} kali; target < 10 ms)"
    )


def bench_lhe(ulang: int) -> None:
    from datetime import date

    from sakip.core.lke import hitung_lke, muat_lke
    from sakip.core.model import Pejabat
    from sakip.laporan.lhe import DataLhe, Temuan, tulis_lhe

    lke = muat_lke()
    acak = random.Random(5)
    h = hitung_lke(lke, {k.kode: acak.choice(list(k.jenis.nilai)) for k in lke.semua_kriteria()})
    temuan = [
        Temuan(k.kode, k.teks, "B", "Catatan evaluator.", "Rekomendasi perbaikan.") for k in lke.semua_kriteria()[:20]
    ]
    d = DataLhe(
        "Kecamatan Contoh",
        "Kabupaten Contoh",
        2023,
        h,
        temuan,
        Pejabat("Evaluator"),
        Pejabat("Kepala"),
        "Jember",
        date(2024, 4, 1),
    )
    for f in ("docx", "pdf"):
        tulis_lhe(d, f)  # warm: fonts, templates
        ms = _median_ms(lambda f=f: tulis_lhe(d, f), ulang)
        print(f"LHE {f.upper()} (20 catatan): median {ms:.0f} ms (dari {ulang} kali)")


def bench_rekap(jumlah_pd: int, ulang: int) -> None:
    folder = tempfile.mkdtemp(prefix="sakip-bench-lke-")
    os.environ["SAKIP_DATA_DIR"] = folder
    os.environ.pop("DATABASE_URL", None)
    os.environ["SAKIP_ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone

    from sakip.core.lke import muat_lke
    from sakip.web.evaluasi.models import Evaluasi, Jawaban
    from sakip.web.organisasi.models import Pemda, Peran, PerangkatDaerah
    from sakip.web.perencanaan.models import Renstra, TahunKinerja

    call_command("migrate", verbosity=0)
    lke = muat_lke()
    acak = random.Random(60)
    pemda = Pemda.objects.create(nama="Kabupaten Sintetis")
    for n in range(jumlah_pd):
        pd = PerangkatDaerah.objects.create(pemda=pemda, nama=f"Perangkat Daerah {n + 1:02d}", slug=f"pd-{n + 1}")
        r = Renstra.objects.create(perangkat_daerah=pd, periode_awal=2021, periode_akhir=2026)
        for tahun in (2022, 2023):
            tk = TahunKinerja.objects.create(perangkat_daerah=pd, tahun=tahun, renstra=r)
            ev = Evaluasi.objects.create(
                tahun_kinerja=tk, status=Evaluasi.FINAL, difinalkan_pada=timezone.now(), sintetis=True
            )
            Jawaban.objects.bulk_create(
                Jawaban(evaluasi=ev, kode=k.kode, evaluator=acak.choice(list(k.jenis.nilai)))
                for k in lke.semua_kriteria()
            )
    u = get_user_model().objects.create(username="admin-bench")
    Peran.objects.create(pengguna=u, peran=Peran.ADMIN)
    c = Client()
    c.force_login(u)
    r = c.get("/evaluasi/2023/")
    assert r.status_code == 200 and r.content.count(b"<tr>") >= jumlah_pd, r.status_code
    ms = _median_ms(lambda: c.get("/evaluasi/2023/"), ulang)
    print(
        f"rekap {jumlah_pd} PD (halaman web, dengan tahun lalu dan grafik): median {ms:.0f} ms (dari {ulang} kali; target < 300 ms)"
    )
    ms = _median_ms(lambda: c.get("/evaluasi/2023/rekap.csv"), ulang)
    print(f"rekap {jumlah_pd} PD (CSV): median {ms:.0f} ms")


def main() -> None:
    a = argparse.ArgumentParser()
    a.add_argument("--pd", type=int, default=60)
    a.add_argument("--ulang", type=int, default=20)
    args = a.parse_args()
    bench_lembar(max(args.ulang, 100))
    bench_lhe(max(3, args.ulang // 4))
    bench_rekap(args.pd, args.ulang)


if __name__ == "__main__":
    main()
