"""`sakip serve`: the web app for production, under gunicorn, configured from the environment.

Needs SAKIP_SECRET_KEY, SAKIP_ALLOWED_HOSTS and (usually) DATABASE_URL; HTTPS is assumed behind a reverse proxy
(SAKIP_HTTPS=1 unless --http). Migrates the database before serving, and starts the document worker (`sakip
pekerja`) as a child process, restarted if it stops; --tanpa-pekerja when workers run as their own service.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="jalankan aplikasi web untuk produksi (gunicorn)",
        description="Melayani aplikasi web dengan gunicorn. Konfigurasi dari lingkungan: SAKIP_SECRET_KEY, "
        "SAKIP_ALLOWED_HOSTS, DATABASE_URL, SAKIP_DATA_DIR.",
    )
    p.add_argument(
        "--bind", default=os.environ.get("SAKIP_BIND", "127.0.0.1:8000"), help="alamat:port (bawaan 127.0.0.1:8000)"
    )
    p.add_argument(
        "--workers", type=int, default=int(os.environ.get("SAKIP_WORKERS", "2")), help="jumlah proses pekerja"
    )
    p.add_argument(
        "--threads", type=int, default=int(os.environ.get("SAKIP_THREADS", "4")), help="utas per pekerja (bawaan 4)"
    )
    p.add_argument("--http", action="store_true", help="tanpa HTTPS (hanya untuk jaringan tertutup)")
    p.add_argument("--tanpa-migrasi", action="store_true", help="jangan jalankan migrasi basis data")
    p.add_argument(
        "--tanpa-pekerja",
        action="store_true",
        help="jangan jalankan pekerja dokumen (bila `sakip pekerja` dijalankan sebagai layanan tersendiri)",
    )
    p.add_argument(
        "--proses-dokumen",
        type=int,
        default=int(os.environ.get("SAKIP_PEKERJA_PROSES", "1")),
        help="proses penyusun dokumen untuk kumpulan (ZIP) (bawaan 1)",
    )
    p.set_defaults(jalankan=jalankan)


def layani(*, bind: str, workers: int, threads: int = 1) -> int:
    from gunicorn.app.base import BaseApplication

    from sakip.web.wsgi import application

    class Aplikasi(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", bind)
            self.cfg.set("workers", workers)
            self.cfg.set("threads", threads)
            self.cfg.set("accesslog", os.environ.get("SAKIP_ACCESS_LOG") or None)
            self.cfg.set("timeout", 60)
            self.cfg.set("graceful_timeout", 10)
            # Behind a reverse proxy keep-alive buys nothing, and closing each connection avoids the race in which a
            # client reuses a connection the server is just closing.
            self.cfg.set("keepalive", int(os.environ.get("SAKIP_KEEPALIVE", "0")))
            # gunicorn's control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl), which several
            # instances on one machine would share: off unless a path is given.
            ctl = os.environ.get("SAKIP_GUNICORN_CTL")
            if ctl:
                self.cfg.set("control_socket", ctl)
            else:
                self.cfg.set("control_socket_disable", True)

        def load(self):
            return application

    Aplikasi().run()
    return 0


def mulai_pekerja(proses: int) -> tuple[threading.Event, threading.Thread]:
    """The document worker as a child process (`sakip pekerja --induk PID`: it ends when this server ends),
    watched by a thread that starts it again if it stops. Setting the returned event stops both."""
    berhenti = threading.Event()
    perintah = [sys.executable, "-m", "sakip", "pekerja", "--induk", str(os.getpid()), "--proses", str(proses)]

    def awasi() -> None:
        while not berhenti.is_set():
            anak = subprocess.Popen(perintah, env=os.environ.copy())
            while anak.poll() is None and not berhenti.is_set():
                berhenti.wait(2)
            if anak.poll() is None:
                anak.terminate()
                try:
                    anak.wait(10)
                except subprocess.TimeoutExpired:
                    anak.kill()
                return
            berhenti.wait(5)  # it stopped on its own: start it again shortly

    t = threading.Thread(target=awasi, name="awas-pekerja-dokumen", daemon=True)
    t.start()
    return berhenti, t


def jalankan(args: argparse.Namespace) -> int:
    if not args.http:
        os.environ.setdefault("SAKIP_HTTPS", "1")
    # Production logs are JSON lines with a request id (docs/operasi.md); SAKIP_LOG_JSON=0 for plain text.
    os.environ.setdefault("SAKIP_LOG_JSON", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    import django

    django.setup()
    from django.core.management import call_command

    if not args.tanpa_migrasi:
        call_command("migrate", interactive=False, verbosity=1)
    pekerja = None if args.tanpa_pekerja else mulai_pekerja(max(1, args.proses_dokumen))
    try:
        return layani(bind=args.bind, workers=args.workers, threads=args.threads)
    finally:
        if pekerja is not None:
            pekerja[0].set()
            pekerja[1].join(15)
