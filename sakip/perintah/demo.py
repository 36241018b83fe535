"""`sakip demo`: the web app on a local SQLite database with example data and one login per role."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="jalankan aplikasi web dengan data contoh (SQLite, 127.0.0.1)",
        description="Membuat atau membuka basis data SQLite, memuat contoh Kecamatan Kencong 2023, Diskominfo 2023 "
        "dan Kabupaten Jember 2023 (sintetis: berkas daerah RPJMD dan perangkat daerah lainnya), membuat satu login "
        "per peran, lalu melayani di 127.0.0.1.",
    )
    p.add_argument("--port", type=int, default=8000, help="port (bawaan 8000)")
    p.add_argument("--data-dir", default=None, help="folder data (bawaan: folder data pengguna, atau SAKIP_DATA_DIR)")
    p.add_argument("--tanpa-server", action="store_true", help="hanya siapkan data dan login, jangan melayani")
    p.set_defaults(jalankan=jalankan)


def siapkan_django(data_dir: str | None) -> None:
    if data_dir:
        os.environ["SAKIP_DATA_DIR"] = str(Path(data_dir).expanduser().resolve())
    # The demo always uses its own SQLite file, never a DATABASE_URL meant for something else.
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    import django

    django.setup()


def jalankan(args: argparse.Namespace) -> int:
    if not 1 <= args.port <= 65535:
        print("Port harus 1–65535.")
        return 2
    siapkan_django(args.data_dir)
    from django.conf import settings
    from django.core.management import call_command

    from sakip.web.pertukaran.demo import siapkan_demo

    print(f"Basis data: {settings.DATABASES['default']['NAME']}")
    call_command("migrate", interactive=False, verbosity=0)
    login = siapkan_demo(daerah=True)
    alamat = f"http://127.0.0.1:{args.port}/"
    print(f"\nSAKIP demo siap di {alamat}\n\nLogin (nama pengguna / kata sandi):")
    for x in login:
        print(f"  {x.username:<17} {x.password:<22} {x.keterangan}")
    print("\nHalaman publik (tanpa login): " + alamat + "publik/")
    if args.tanpa_server:
        return 0
    # The document worker runs in a thread of this process: documents requested on the web are produced without
    # a second command (production runs `sakip pekerja`, which `sakip serve` starts).
    from sakip.web.dokumen.pekerja import mulai_utas

    mulai_utas()
    print("Pekerja dokumen berjalan di latar (dalam proses ini).")
    print("Tekan Ctrl+C untuk berhenti.\n", flush=True)
    from .serve import layani

    return layani(bind=f"127.0.0.1:{args.port}", workers=1, threads=4)
