"""The rule catalogue, its documentation and its tests stay in step."""

from __future__ import annotations

import re
from pathlib import Path

from sakip.core.reviu import KATALOG
from sakip.core.reviu.katalog import temuan
from sakip.core.reviu.temuan import Tingkat

from . import test_aturan_berkas, test_aturan_laporan

AKAR = Path(__file__).resolve().parents[2]
DOK = (AKAR / "docs" / "reviu.md").read_text(encoding="utf-8")
SUMBER = "\n".join(p.read_text(encoding="utf-8") for p in (AKAR / "sakip" / "core" / "reviu").glob("aturan_*.py"))


def test_setiap_kode_terdokumentasi_dengan_tingkatnya():
    for kode, aturan in KATALOG.items():
        baris = [b for b in DOK.splitlines() if b.startswith(f"| `{kode}` |")]
        assert len(baris) == 1, f"{kode} harus muncul tepat satu kali di tabel docs/reviu.md"
        assert f"| {aturan.tingkat.value} |" in baris[0], f"tingkat {kode} di dokumentasi berbeda"


def test_dokumentasi_tidak_menyebut_kode_yang_tidak_ada():
    disebut = set(re.findall(r"`((?:ARIT|ANGG|SILANG|RENC|PROSA|LENGKAP|DATA)(?:-[A-Z]+)+)`", DOK))
    assert disebut <= set(KATALOG), disebut - set(KATALOG)


def test_setiap_kode_dipakai_aturan_dan_diuji():
    diuji = set(test_aturan_laporan.KASUS) | set(test_aturan_berkas.KASUS) | {"SILANG-TAHUN-LALU"}
    for kode in KATALOG:
        assert f'"{kode}"' in SUMBER, f"{kode} tidak dipakai aturan mana pun"
        assert kode in diuji, f"{kode} tidak mempunyai kasus positif"


def test_keluarga_dan_tingkat_tetap():
    for kode, aturan in KATALOG.items():
        assert aturan.keluarga in ("ARIT", "ANGG", "SILANG", "RENC", "PROSA", "LENGKAP", "DATA")
        t = temuan(kode, "x", "y")
        assert t.tingkat is aturan.tingkat
        assert isinstance(t.tingkat, Tingkat)
