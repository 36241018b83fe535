"""Issue 9 item 2 in CI: a fixed sample of bench/fuzz.py (every input kind, seeded) must count no traceback, hang,
memory blow-up, HTTP 500, odd exit code, partial write or value stored differently. The full run (1.000 cases per
kind) is `.venv/bin/python bench/fuzz.py`; its figures are in bench/README.md."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(AKAR / "bench"))

import fuzz  # noqa: E402


def test_sampel_tetap_semua_jenis_tanpa_masalah(tmp_path):
    keluar = tmp_path / "hasil.json"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}  # the form kind runs on its own SQLite
    r = subprocess.run(
        [sys.executable, str(AKAR / "bench" / "fuzz.py"), "--kasus", "15", "--seed", "9", "--json", str(keluar)],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        cwd=AKAR,
        check=False,
    )
    assert keluar.exists(), r.stderr[-3000:]
    rekap = json.loads(keluar.read_text(encoding="utf-8"))
    assert {x["jenis"] for x in rekap} == set(fuzz.SEMUA)
    for x in rekap:
        assert x["kasus"] == 15
        masalah = {k: n for k, n in x["hasil"].items() if k not in ("diterima", "ditolak")}
        assert not masalah, f"{x['jenis']}: {masalah}\n{json.dumps(x['contoh'], ensure_ascii=False)[:3000]}"
    assert r.returncode == 0


def test_pemanen_menghitung_traceback_macet_dan_tulis_sebagian():
    """The harness itself can fail a run: a runner that raises, hangs or leaves a file is counted as such."""

    def tertinggal(tmp: Path) -> Path:
        p = tmp / "keluaran.yaml"
        p.write_text("x")
        return p

    def buat(rng: random.Random, i: int) -> fuzz.Kasus:
        return fuzz.Kasus(f"kasus {i}", b"", "")

    def jalan(kasus: fuzz.Kasus, tmp: Path) -> tuple[str, str]:
        n = int(kasus.nama.split()[1])
        if n == 0:
            raise ValueError("bug")
        if n == 1:
            while True:
                pass
        if n == 2:
            return fuzz._hasil_cli(2, tertinggal(tmp))
        return "ditolak", ""

    rekap = fuzz.Rekap("uji")
    fuzz.jalankan("uji", buat, jalan, 4, 1, 0.5, rekap)
    assert rekap.hasil == {"traceback": 1, "macet": 1, "tulis sebagian": 1, "ditolak": 1}
    assert rekap.masalah == 3


@pytest.mark.parametrize(("teks", "harap"), fuzz.NILAI_BERMUSUH)
def test_oracle_nilai_bermusuh_sesuai_pengurai(teks, harap):
    """The harness's expectations agree with the parser: what must be refused is refused, the rest is exact."""
    from sakip.core.angka import AngkaTidakValid
    from sakip.core.nilai import Angka, NilaiTidakValid, parse_nilai

    try:
        n = parse_nilai(teks)
    except (NilaiTidakValid, AngkaTidakValid):
        assert harap is None
        return
    assert n == Angka(harap)
