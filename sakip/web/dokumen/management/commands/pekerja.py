"""``sakip manage pekerja`` (= ``sakip pekerja``): the document worker."""

from __future__ import annotations

import signal
import threading

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Menjalankan pekerja dokumen: mengambil permintaan dokumen dari antrian dan menyusunnya."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--proses", type=int, default=1, help="proses penyusun untuk kumpulan dokumen (ZIP) (bawaan 1)"
        )
        parser.add_argument("--sekali", action="store_true", help="kerjakan antrian yang ada lalu berhenti")
        parser.add_argument("--jeda", type=float, default=1.0, help="detik antara pemeriksaan antrian (bawaan 1)")
        parser.add_argument("--induk", type=int, default=None, help=argparse_suppress())

    def handle(self, *args, **o) -> None:
        from sakip.web.dokumen.pekerja import jalankan

        berhenti = threading.Event()
        for sinyal in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sinyal, lambda *_: berhenti.set())
        if not o["sekali"]:
            self.stdout.write(f"Pekerja dokumen berjalan ({o['proses']} proses penyusun). Ctrl+C untuk berhenti.")
        n = jalankan(
            berhenti=berhenti, proses=max(1, o["proses"]), jeda=o["jeda"], sekali=o["sekali"], induk=o["induk"]
        )
        self.stdout.write(f"Pekerja dokumen berhenti; {n} permintaan dikerjakan.")


def argparse_suppress() -> str:
    import argparse

    return argparse.SUPPRESS
