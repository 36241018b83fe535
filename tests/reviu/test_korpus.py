"""Issue 12 item 3 in CI: a fixed sample of the reviu corpus (bench/korpus.py). Two synthetic agency-years, each
in its own layout of the measurement and budget tables, with every error class injected in turn: the classes the
full corpus run finds everywhere must be found here, and the clean controls must give no galat."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(AKAR / "bench"))

import korpus  # noqa: E402

# no database: the PostgreSQL pass of bin/test would repeat the same minute and a half
pytestmark = pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="tanpa basis data: cukup sekali (SQLite)")

# prosa-angka is measured by the bench but not yet found reliably (docs/reviu.md gives the figure)
DIHARAPKAN = {"capaian", "predikat", "baris-tertukar", "persen-anggaran", "jumlah-anggaran", "tahun-prosa"}


def test_sampel_korpus_docx():
    h = korpus.jalankan(2, 0, ["docx"], benih=2023, cetak_kemajuan=lambda s: None)
    for kelas in DIHARAPKAN:
        assert h.disuntik[kelas, "docx"] == 2, kelas
        assert h.ditemukan[kelas, "docx"] == 2, (kelas, h.luput)
    assert h.alarm_palsu["docx"] == 0, h.palsu


def test_tata_letak_tidak_mengubah_angka():
    """Every layout keeps the figures: the same cells, re-arranged (a layout that changed a number would make the
    corpus measure the layout, not the reviu)."""
    import random

    b = korpus.agency_year(1, random.Random(5))
    dasar = korpus.blok_bersih(b)
    ip = korpus.tabel_pengukuran(dasar)
    p = korpus.Pengukuran.dari(dasar[ip])
    capaian = sorted(r[5] for r in p.isi)
    for nama, tata in korpus.TATA_PENGUKURAN.items():
        baris = tata(p, b.tahun)
        sel = {c.replace("%", "").replace(".", "").replace(",", "") for r in baris for c in r}
        for c in capaian:
            assert c.replace("%", "").replace(".", "").replace(",", "") in sel, (nama, c)
