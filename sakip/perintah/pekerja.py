"""`sakip pekerja`: the background worker that produces the documents requested in the web app.

`sakip serve` starts one beside gunicorn (unless --tanpa-pekerja) and `sakip demo` runs one in its own process;
run it separately (e.g. a systemd service) to give documents their own machine or cores. Any number may run at
once against one database: each job is claimed by exactly one worker.
"""

from __future__ import annotations

import argparse
import os


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "pekerja",
        help="jalankan pekerja dokumen (menyusun dokumen yang diminta dari aplikasi web)",
        description="Mengambil permintaan dokumen (LKjIP, PK, matriks, ZIP seluruh perangkat daerah) dari antrian di "
        "basis data dan menyusunnya di luar permintaan web. Konfigurasi dari lingkungan seperti `sakip serve`.",
    )
    p.add_argument(
        "--proses",
        type=int,
        default=int(os.environ.get("SAKIP_PEKERJA_PROSES", "1")),
        help="proses penyusun untuk kumpulan dokumen (ZIP) (bawaan 1)",
    )
    p.add_argument("--sekali", action="store_true", help="kerjakan antrian yang ada lalu berhenti")
    p.add_argument("--data-dir", default=None, help="folder data (bawaan: SAKIP_DATA_DIR atau folder data pengguna)")
    p.add_argument("--induk", type=int, default=None, help=argparse.SUPPRESS)
    p.set_defaults(jalankan=jalankan)


def jalankan(args: argparse.Namespace) -> int:
    if args.data_dir:
        from pathlib import Path

        os.environ["SAKIP_DATA_DIR"] = str(Path(args.data_dir).expanduser().resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    import django

    django.setup()
    from django.core.management import call_command

    opsi = {"proses": args.proses, "sekali": args.sekali}
    if args.induk:
        opsi["induk"] = args.induk
    call_command("pekerja", **opsi)
    return 0
