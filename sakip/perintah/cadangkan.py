"""`sakip cadangkan FILE` / `sakip pulihkan FILE`: backup and restore of the database and every stored file
(sakip.web.operasi.cadangan; docs/operasi.md). Configured from the environment like `sakip serve`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "cadangkan",
        help="cadangkan basis data dan berkas tersimpan ke satu arsip .tar.gz",
        description="Menulis seluruh isi basis data dan setiap berkas tersimpan (bukti, dokumen) ke satu arsip "
        ".tar.gz dengan manifest dan checksum SHA-256. Konfigurasi dari lingkungan (DATABASE_URL, SAKIP_DATA_DIR, "
        "SAKIP_STORAGE_*).",
    )
    p.add_argument("berkas", help="arsip yang ditulis, mis. sakip-2026-12-06.tar.gz")
    p.add_argument("--data-dir", default=None, help="folder data (bawaan: SAKIP_DATA_DIR atau folder data pengguna)")
    p.set_defaults(jalankan=jalankan_cadangkan)

    q = sub.add_parser(
        "pulihkan",
        help="pulihkan basis data dan berkas tersimpan dari arsip `sakip cadangkan`",
        description="MENGGANTI seluruh isi basis data dan berkas tersimpan dengan isi arsip. Arsip diperiksa lebih "
        "dulu (manifest, checksum, versi skema); bila ada yang salah tidak ada yang diubah.",
    )
    q.add_argument("berkas", help="arsip dari `sakip cadangkan`")
    q.add_argument("--ya", action="store_true", help="tanpa konfirmasi (untuk skrip)")
    q.add_argument("--data-dir", default=None, help="folder data (bawaan: SAKIP_DATA_DIR atau folder data pengguna)")
    q.set_defaults(jalankan=jalankan_pulihkan)


def _siapkan(args: argparse.Namespace) -> None:
    if args.data_dir:
        os.environ["SAKIP_DATA_DIR"] = str(Path(args.data_dir).expanduser().resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    import django

    django.setup()


def jalankan_cadangkan(args: argparse.Namespace) -> int:
    _siapkan(args)
    from sakip.web.operasi.cadangan import cadangkan

    tujuan = Path(args.berkas).expanduser().resolve()
    if not tujuan.parent.is_dir():
        print(f"Folder {tujuan.parent} tidak ada.", file=sys.stderr)
        return 2
    r = cadangkan(tujuan)
    print(f"Cadangan ditulis ke {tujuan}: {r.objek} objek basis data, {r.berkas} berkas ({r.byte} byte).")
    return 0


def jalankan_pulihkan(args: argparse.Namespace) -> int:
    _siapkan(args)
    from sakip.web.operasi.cadangan import CadanganTidakValid, pulihkan

    sumber = Path(args.berkas).expanduser()
    if not sumber.is_file():
        print(f"Berkas {sumber} tidak ada.", file=sys.stderr)
        return 2
    if not args.ya:
        if not sys.stdin.isatty():
            print("Pemulihan mengganti seluruh data: jalankan dengan --ya untuk memastikan.", file=sys.stderr)
            return 2
        if input("Seluruh data saat ini akan diganti isi cadangan. Lanjutkan? [y/T] ").strip().lower() not in (
            "y",
            "ya",
        ):
            print("Dibatalkan; tidak ada yang diubah.")
            return 1
    try:
        r = pulihkan(sumber)
    except CadanganTidakValid as exc:
        print(f"Cadangan tidak dipulihkan, tidak ada yang diubah: {exc}", file=sys.stderr)
        return 2
    print(f"Dipulihkan dari {sumber}: {r.objek} objek basis data, {r.berkas} berkas ({r.byte} byte).")
    return 0
