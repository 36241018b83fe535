"""Shared helpers for commands: loading a berkas with Indonesian error output and exit code 2."""

from __future__ import annotations

import sys

from sakip.core.model import Berkas

KELUAR_INPUT_TIDAK_VALID = 2


def muat_atau_keluar(path: str) -> Berkas | int:
    """The berkas, or (after printing every problem to stderr) the exit code 2."""
    from sakip.berkas.baca import BerkasTidakValid, baca_berkas

    try:
        return baca_berkas(path)
    except BerkasTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
