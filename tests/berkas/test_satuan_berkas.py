"""Berkas reading applies the unit rules of sakip.core.satuan (issue 16 item 1)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.berkas.baca import BerkasTidakValid, baca_berkas, baca_data
from sakip.berkas.tulis import berkas_ke_dict as ke_dict


def _contoh():
    return ke_dict(baca_berkas("examples/diskominfo-jember-2023-sintetis.yaml"))


def test_berkas_menolak_jumlah_negatif_dengan_jalurnya():
    d = _contoh()
    d["realisasi"]["indikator"]["IKU3"]["triwulan"][1] = Decimal(-3)
    with pytest.raises(BerkasTidakValid) as e:
        baca_data(d)
    assert "realisasi.indikator.IKU3.triwulan.1: -3 tidak mungkin untuk satuan Layanan" in e.value.laporan()


def test_berkas_nilai_tidak_lazim_perlu_alasan():
    d = _contoh()
    d["realisasi"]["indikator"]["IKU1"]["triwulan"][1] = Decimal(-5)
    with pytest.raises(BerkasTidakValid) as e:
        baca_data(d)
    assert "realisasi.indikator.IKU1.alasan_tidak_lazim" in e.value.laporan()
    d["realisasi"]["indikator"]["IKU1"]["alasan_tidak_lazim"] = "Perubahan metode survei"
    b = baca_data(d)
    assert b.realisasi.indikator["IKU1"].alasan_tidak_lazim == "Perubahan metode survei"
    assert ke_dict(b)["realisasi"]["indikator"]["IKU1"]["alasan_tidak_lazim"] == "Perubahan metode survei"
