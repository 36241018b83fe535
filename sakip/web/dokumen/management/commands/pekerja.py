"""``sakip manage pekerja`` (= ``sakip pekerja``): the document worker."""

from __future__ import annotations

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
        from sakip.web.dokumen import pekerja

        pekerja.PROSES_KUMPULAN = max(1, o["proses"])
        if not o["sekali"]:
            self.stdout.write(f"Pekerja dokumen berjalan ({o['proses']} proses penyusun). Ctrl+C untuk berhenti.")
        n = pekerja.jalankan(sekali=o["sekali"], jeda=o["jeda"], induk=o["induk"])
        self.stdout.write(f"Pekerja dokumen berhenti; {n} permintaan dikerjakan.")


def argparse_suppress() -> str:
    import argparse

    return argparse.SUPPRESS
