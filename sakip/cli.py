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


def buat_parser(hanya: str | None = None) -> argparse.ArgumentParser:
    """The command line; `hanya` registers that one subcommand only (the others' modules are not imported)."""
    parser = argparse.ArgumentParser(
        prog="sakip",
        description="SAKIP — Sistem Akuntabilitas Kinerja Instansi Pemerintah.",
    )
    parser.add_argument("--versi", action="version", version=f"sakip {__version__}")
    sub = parser.add_subparsers(dest="perintah", metavar="PERINTAH")
    sub.required = True
    for nama in [hanya] if hanya in PERINTAH else PERINTAH:
        importlib.import_module(f"sakip.perintah.{nama}").daftar(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # A named subcommand needs only its own module: importing all twelve (the web app's, the reviu's, …) cost a
    # document's cold start ±25 ms. `sakip`, `sakip --help` and an unknown name still see every subcommand.
    parser = buat_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    try:
        return int(args.jalankan(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `sakip hitung ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
