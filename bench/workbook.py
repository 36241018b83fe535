"""Workbooks (issue 13): a district's 60 agency workbooks validated and previewed, and one workbook of 500 sub
kegiatan applied in the web app (database writes, history, read-back check).

    .venv/bin/python bench/workbook.py [--jumlah 60] [--sub 500]

Part 1 is the engine only (sakip.berkas.excel: read each uploaded workbook against the agency's current berkas,
collect every change); writing the workbooks is setup, timed separately. Part 2 runs on a throw-away SQLite
database (or DATABASE_URL): the 500-sub-kegiatan year is imported, a workbook with a new realisation for every
sub kegiatan's quarter IV is previewed, then applied; the apply is timed. Targets: 60 workbooks < 30 s; apply < 3 s.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sintetis import buat_berkas

from sakip.berkas.excel import baca_excel, tulis_excel


def _sah(b):
    """The synthetic generator draws some values its unit finds unusual (over 100 %): give them the reason the
    rules ask for, as an officer would."""
    for r in b.realisasi.indikator.values():
        r.alasan_tidak_lazim = "data uji sintetis"
    # A berkas without a district is refused by the web import's read-back (it stores a default district name).
    b.instansi = dataclasses.replace(b.instansi, pemda="Kabupaten Uji")
    return b


def _ubah(b, tambah: Decimal = Decimal("1000.50")):
    """The same agency-year with quarter IV's spending changed on every sub kegiatan (what an officer types)."""
    baru = copy.deepcopy(b)
    for r in baru.realisasi.sub_kegiatan.values():
        if r.anggaran is None:
            r.anggaran_triwulan[4] = (r.anggaran_triwulan.get(4) or Decimal(0)) + tambah
    return baru


def distrik(jumlah: int) -> None:
    dasar = [_sah(buat_berkas(i)) for i in range(jumlah)]
    t = time.perf_counter()
    unggahan = [tulis_excel(_ubah(b)) for b in dasar]
    tulis = time.perf_counter() - t
    t = time.perf_counter()
    perubahan = 0
    for b, data in zip(dasar, unggahan, strict=True):
        perubahan += len(baca_excel(data, b, sumber="bench").perubahan)
    baca = time.perf_counter() - t
    ukuran = sum(len(x) for x in unggahan) / len(unggahan) / 1024
    print(
        f"{jumlah} workbook (rata-rata {ukuran:.0f} KB): ditulis {tulis:.1f} s; divalidasi dan dipratinjau {baca:.1f} s "
        f"({baca / jumlah * 1000:.0f} ms per workbook, {perubahan} perubahan) — target < 30 s"
    )


def terapkan(sub: int) -> None:
    if not os.environ.get("DATABASE_URL"):
        os.environ["SAKIP_DATA_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-wb-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from sakip.berkas.tulis import tulis_berkas
    from sakip.web.organisasi.akses import Aktor
    from sakip.web.pertukaran.excel import workbook_pratinjau, workbook_terapkan
    from sakip.web.pertukaran.services import berkas_impor

    call_command("migrate", verbosity=0)
    u, _ = get_user_model().objects.get_or_create(username="bench-wb", defaults={"is_superuser": True})
    aktor = Aktor(u, "admin")
    b = _sah(buat_berkas(9001, sub_kegiatan=sub))
    t = time.perf_counter()
    hasil = berkas_impor(aktor=aktor, teks=tulis_berkas(b), alasan="bench")
    impor = time.perf_counter() - t
    tk = hasil.tahun_kinerja
    data = tulis_excel(_ubah(b))
    t = time.perf_counter()
    un = workbook_pratinjau(aktor=aktor, tk=tk, data=data, nama_berkas="bench.xlsx")
    pratinjau = time.perf_counter() - t
    t = time.perf_counter()
    n = workbook_terapkan(aktor=aktor, unggahan=un)
    terap = time.perf_counter() - t
    print(
        f"workbook {sub} sub kegiatan ({len(data) // 1024} KB): impor berkas {impor:.1f} s; pratinjau {pratinjau:.2f} s; "
        f"diterapkan {terap:.2f} s ({n} nilai, riwayat dan baca ulang termasuk) — target < 3 s"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jumlah", type=int, default=60)
    p.add_argument("--sub", type=int, default=500)
    a = p.parse_args()
    distrik(a.jumlah)
    terapkan(a.sub)


if __name__ == "__main__":
    main()
