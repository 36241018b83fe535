from decimal import Decimal

import pytest

from sakip.core.nilai import Angka, Mutu, NilaiTidakValid, Rentang, parse_nilai

D = Decimal


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("91,5", Angka(D("91.5"))),
        ("96,5%", Angka(D("96.5"))),
        (D("84.52"), Angka(D("84.52"))),
        (100, Angka(D(100))),
        ("80 - 90", Rentang(D(80), D(90))),
        ("80–90%", Rentang(D(80), D(90))),
        ("80 s.d. 90", Rentang(D(80), D(90))),
        ("B (65)", Mutu("B", D(65))),
        ("B(64)", Mutu("B", D(64))),
        ("WTP", Mutu("WTP")),
        ("aa", Mutu("AA")),
        ("4 Dok", Angka(D(4))),
        ("14 OB", Angka(D(14))),
        ("12 Laporan", Angka(D(12))),
    ],
)
def test_parse_nilai(teks, nilai):
    assert parse_nilai(teks) == nilai


@pytest.mark.parametrize("teks", [None, "", "-", "–", "n/a"])
def test_kosong_bukan_nol(teks):
    assert parse_nilai(teks) is None


@pytest.mark.parametrize("teks", ["tinggi", "90 - 80", "XYZ", "B (sedang)"])
def test_nilai_tidak_dikenal(teks):
    with pytest.raises(NilaiTidakValid):
        parse_nilai(teks)


def test_tampil():
    assert Angka(D("91.50")).tampil() == "91,5"
    assert Rentang(D(80), D(90)).tampil() == "80–90"
    assert Mutu("B", D(65)).tampil() == "B (65)"
    assert Mutu("WTP").peringkat == 4 and Mutu("TMP").peringkat == 1
    assert Mutu("AA").peringkat > Mutu("A").peringkat > Mutu("BB").peringkat
