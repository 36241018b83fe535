"""The country-scale bench (bench/negara.py), run small in the PostgreSQL pass so it cannot rot: the loader copies
agencies into several pemda, two workers recompute every agency's kept figures, those equal the engine's, and the
pages and the recomputation after one change are measured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL"), reason="the country-scale bench runs on PostgreSQL: the PostgreSQL pass"
)
AKAR = Path(__file__).resolve().parents[2]


def test_skala_negara_kecil(tmp_path):
    pg = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    keluaran = tmp_path / "negara.json"
    r = subprocess.run(
        [sys.executable, "bench/negara.py", "--pemda", "3", "--pd", "12", "--ulang", "3", "--pg", pg,
         "--json", str(keluaran)],
        cwd=AKAR, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr[-3000:]
    hasil = json.loads(keluaran.read_text())
    data, ukur = hasil["data"], hasil["ukur"]
    assert (data["pemda"], data["perangkat_daerah"], ukur["tahun_kinerja"]) == (3, 36, 36)
    assert ukur["terukur"] > 30 and ukur["sampel_beda"] == 0
    assert ukur["rekap_nasional"]["n"] == 3 and ukur["ubah_hitung_ulang"]["n"] == 3
    assert ukur["db_mb"] > 0 and all(m > 0 for m in ukur["rss_pekerja_akhir_mb"])
    assert "Skala negara: 3 pemda" in r.stdout
