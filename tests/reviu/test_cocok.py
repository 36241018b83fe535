"""Printed numbers and the tolerance policy."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.core.reviu.cocok import Cocok, baca_nilai, cocokkan
from sakip.core.reviu.teks import kalimat, kata_bilangan, mirip, nama_inti
from sakip.core.reviu.temuan import Temuan, Tingkat, gabungkan, urutkan


@pytest.mark.parametrize(
    ("teks", "angka", "desimal", "satuan"),
    [
        ("102,19%", "102.19", 2, "%"),
        ("102,19 %", "102.19", 2, "%"),
        ("Rp. 2.482.163.194,-", "2482163194", 0, ""),
        ("Rp 3.739.669.394,00", "3739669394", 2, ""),
        ("26.538.300,00", "26538300", 2, ""),
        ("14 OB", "14", 0, "OB"),
        ("97.5", "97.5", 1, ""),
        ("91,5", "91.5", 1, ""),
        ("1.941.874.135", "1941874135", 0, ""),
        ("4 Dok", "4", 0, "Dok"),
    ],
)
def test_baca_nilai(teks, angka, desimal, satuan):
    n = baca_nilai(teks)
    assert n.angka == Decimal(angka)
    assert (n.desimal, n.satuan) == (desimal, satuan)


def test_nilai_kosong_dan_mutu():
    assert baca_nilai("-").kosong and baca_nilai("-").angka is None
    assert baca_nilai("").angka is None
    assert baca_nilai("B(64)").nilai.tampil() == "B (64)"
    assert baca_nilai("v").nilai is None


def test_toleransi_pembulatan():
    tepat = Decimal(93) / Decimal(91) * 100  # 102,1978…
    assert cocokkan(Decimal("102.20"), 2, tepat) is Cocok.SAMA
    assert cocokkan(Decimal("102.19"), 2, tepat) is Cocok.TERPOTONG
    assert cocokkan(Decimal("102.21"), 2, tepat) is Cocok.BEDA
    assert cocokkan(Decimal("102"), 0, tepat) is Cocok.SAMA
    assert cocokkan(Decimal("95"), 0, Decimal(95)) is Cocok.SAMA
    # half-up, not banker's rounding and not binary floats: 91,475 → 91,48
    assert cocokkan(Decimal("91.48"), 2, Decimal("91.475")) is Cocok.SAMA
    assert cocokkan(Decimal("91.47"), 2, Decimal("91.475")) is Cocok.TERPOTONG


def test_kalimat_tidak_terpotong_di_singkatan():
    teks = "Anggaran Rp. 333.627.175,00 antara lain. Camat S.STP, M.Si hadir. Capaian 92,37% tergolong AA."
    assert kalimat(teks) == [
        "Anggaran Rp. 333.627.175,00 antara lain.",
        "Camat S.STP, M.Si hadir.",
        "Capaian 92,37% tergolong AA.",
    ]


def test_kata_bilangan_dan_nama():
    assert kata_bilangan("tiga puluh enam") == 36
    assert kata_bilangan("Sebelas") == 11
    assert kata_bilangan("dua belas") == 12
    assert kata_bilangan("seratus dua puluh") == 120
    assert kata_bilangan("banyak") is None
    assert nama_inti("PROGRAM : PROGRAM PENUNJANG URUSAN") == "penunjang urusan"
    assert mirip("Fasilitasi Kunjungan Tamu", "Fasilitas Kunjungan Tamu") > 0.9


def test_gabung_dan_urut():
    a = Temuan("ARIT-PEMBULATAN", Tingkat.CATATAN, "Tabel 3.1", "x", "102,19%", "102,20%", subjek="s")
    b = Temuan("ARIT-PEMBULATAN", Tingkat.CATATAN, "Tabel 3.5", "x", "102,19%", "102,20%", subjek="s")
    c = Temuan("ARIT-CAPAIAN", Tingkat.GALAT, "Tabel 3.3", "y", "1", "2", subjek="t")
    hasil = urutkan(gabungkan([a, b, c]))
    assert [t.kode for t in hasil] == ["ARIT-CAPAIAN", "ARIT-PEMBULATAN"]
    assert hasil[1].lokasi_lain == ("Tabel 3.5",)
    assert hasil[0].kunci != hasil[1].kunci
    # the key does not depend on the values: the same finding with another wrong figure keeps its key
    d = Temuan("ARIT-CAPAIAN", Tingkat.GALAT, "Tabel 3.3", "z", "3", "2", subjek="t")
    assert d.kunci == c.kunci
