"""The `sakip` command: thin entry points over the engine, the documents and the web app."""

from __future__ import annotations

import argparse
import importlib
import sys

from sakip import __version__

# Each subcommand lives in sakip/perintah/<name>.py and defines `daftar(subparsers)`.
PERINTAH = [
    "hitung",
    "ikm",
    "laporan",
    "demo",
    "serve",
    "pekerja",
    "manage",
    "reviu",
    "excel",
    "sipd",
    "lke",
    "cadangkan",
]


def buat_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sakip",
        description="SAKIP — Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
    )
    parser.add_argument("--versi", action="version", version=f"sakip {__version__}")
    sub = parser.add_subparsers(dest="perintah", metavar="PERINTAH")
    sub.required = True
    for nama in PERINTAH:
        importlib.import_module(f"sakip.perintah.{nama}").daftar(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = buat_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.jalankan(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `sakip hitung ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
