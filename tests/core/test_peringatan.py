"""Early warning on the rencana aksi (sakip.core.peringatan): watched only where a quarterly target exists, off
track by the engine's capaian s.d. TW n against the settings' threshold, "not reported" when the quarter is empty."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.berkas.baca import baca_berkas
from sakip.core.hitung import hitung
from sakip.core.nilai import Angka
from sakip.core.peringatan import BELUM_DIISI, DI_BAWAH, peringatan_dini

CONTOH = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def dinas():
    return baca_berkas(CONTOH / "diskominfo-jember-2023-sintetis.yaml")


def _ringkas(h, tw):
    return [(p.jenis, p.indikator.indikator.id) for p in peringatan_dini(h, tw)]


def test_hanya_indikator_berencana_aksi_yang_diawasi_di_tengah_tahun(dinas):
    h = hitung(dinas)
    # IKU1 and IKU4 have no quarterly target: not watched in TW I–III, though IKU1's TW I is under 90.
    assert _ringkas(h, 1) == [(DI_BAWAH, "IKU2"), (DI_BAWAH, "IKU3")]
    assert _ringkas(h, 3) == [(DI_BAWAH, "IKU3")]
    p = peringatan_dini(h, 3)[0]
    assert (p.target, p.realisasi) == (Angka(Decimal(15)), Angka(Decimal(12)))  # s.d. TW III: 4+5+6, 3+5+4
    assert p.capaian.nilai == Decimal("80.00") and "s.d. TW III 80,00%" in p.pesan


def test_triwulan_iv_belum_diisi_bukan_capaian_sebagian(dinas):
    h = hitung(dinas)
    assert {j for j, _ in _ringkas(h, 4)} == {BELUM_DIISI}  # TW IV open and empty: not reported, for all


def test_triwulan_kosong_di_tengah_tahun(dinas):
    b = copy.deepcopy(dinas)
    del b.realisasi.indikator["IKU3"].triwulan[2]
    h = hitung(b)
    assert (BELUM_DIISI, "IKU3") in _ringkas(h, 2)


def test_semua_tercapai_tidak_ada_peringatan(dinas):
    b = copy.deepcopy(dinas)
    for tw, v in {1: 4, 2: 5, 3: 6}.items():
        b.realisasi.indikator["IKU3"].triwulan[tw] = Angka(Decimal(v))
    b.realisasi.indikator["IKU2"].triwulan[1] = Angka(Decimal("8.5"))
    h = hitung(b)
    assert _ringkas(h, 1) == [] and _ringkas(h, 3) == []


def test_triwulan_di_luar_rentang_ditolak(dinas):
    with pytest.raises(ValueError):
        peringatan_dini(hitung(dinas), 5)
