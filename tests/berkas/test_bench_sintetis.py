"""The benchmarks' synthetic agencies (bench/sintetis.py) are valid berkas: written and read back through the loader
they are the same, so a bench that imports them measures the import, not a refusal."""

from __future__ import annotations

import sys
from pathlib import Path

from sakip.berkas.baca import baca_teks
from sakip.berkas.tulis import tulis_berkas

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from sintetis import buat_berkas


def test_berkas_sintetis_lolos_pemuat():
    for n in range(40):
        b = buat_berkas(n)
        assert baca_teks(tulis_berkas(b)) == b, n
