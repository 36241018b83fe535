from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sakip.core.angka import bagi, bulatkan
from sakip.core.capaian import Polaritas, StatusCapaian, hitung_capaian, nilai_untuk_rata_rata
from sakip.core.nilai import Angka, Mutu, Rentang
from sakip.core.pengaturan import PENGATURAN_BAWAAN, RumusNegatif

D = Decimal
P = PENGATURAN_BAWAAN
POS, NEG, RNG = Polaritas.POSITIF, Polaritas.NEGATIF, Polaritas.RENTANG


def c(t, r, pol=POS, p=P):
    return hitung_capaian(t, r, pol, p)


def a(x):
    return Angka(D(str(x)))


def test_positif_seperti_tabel_3_1():
    assert bulatkan(c(a(91), a(93)).nilai) == D("102.20")
    assert bulatkan(c(a("91.5"), a("84.52")).nilai) == D("92.37")
    assert bulatkan(c(a("96.5"), a(100)).nilai) == D("103.63")
    assert bulatkan(c(a(100), a(95)).nilai) == D("95.00")


def test_negatif_dua_rumus():
    # Lower is better: target 10, realisasi 8.
    assert c(a(10), a(8), NEG).nilai == D(120)  # (2T − R)/T
    rasio = replace(P, rumus_negatif=RumusNegatif.RASIO)
    assert c(a(10), a(8), NEG, rasio).nilai == D(125)  # T/R
    assert c(a(10), a(12), NEG).nilai == D(80)
    assert "(T − (R − T)) ÷ T × 100" in c(a(10), a(12), NEG).rumus


def test_target_nol():
    hasil = c(a(0), a(5))
    assert hasil.status is StatusCapaian.TIDAK_DAPAT_DIHITUNG and hasil.nilai is None
    assert c(a(0), a(0), NEG).nilai == D(100)
    assert c(a(0), a(3), NEG).status is StatusCapaian.TIDAK_DAPAT_DIHITUNG
    rasio = replace(P, rumus_negatif=RumusNegatif.RASIO)
    assert c(a(0), a(0), NEG, rasio).nilai == D(100)
    assert c(a(5), a(0), NEG, rasio).status is StatusCapaian.TIDAK_DAPAT_DIHITUNG


def test_belum_diisi_bukan_nol():
    assert c(a(91), None).status is StatusCapaian.BELUM_DIISI
    assert c(None, a(91)).status is StatusCapaian.BELUM_DIISI
    nol = c(a(91), a(0))
    assert nol.status is StatusCapaian.DIHITUNG and nol.nilai == 0


def test_rentang():
    rg = Rentang(D(80), D(90))
    assert c(rg, a(85), POS).nilai == 100
    assert c(rg, a(80), POS).nilai == 100 and c(rg, a(90), POS).nilai == 100
    assert c(rg, a(72), POS).nilai == D(90)  # below: against the lower bound, 72/80
    assert c(rg, a(99), POS).nilai == D(110)  # positive: above the range is better, 99/90
    assert c(rg, a(99), RNG).nilai == D(90)  # range polarity: above is a deviation, (180-99)/90
    assert c(rg, a(72), RNG).nilai == D(90)
    assert c(rg, a(72), NEG).nilai == D(110)  # negative: below the range is better, (160-72)/80
    assert c(a(50), a(50), RNG).nilai == 100


def test_target_bertingkat():
    assert c(Mutu("B", D(65)), Mutu("B", D(66))).nilai == bagi(D(6600), D(65))
    assert c(Mutu("B", D(65)), a(65)).nilai == 100
    assert c(Mutu("WTP"), Mutu("WDP")).nilai == 75
    assert c(Mutu("WTP"), Mutu("WTP")).nilai == 100
    assert c(Mutu("BB"), Mutu("A")).nilai == bagi(D(700), D(6))
    assert c(Mutu("WTP"), Mutu("A")).status is StatusCapaian.TIDAK_DAPAT_DIHITUNG


@pytest.mark.parametrize(
    ("batas", "mentah", "olah"),
    [(D(100), "120", "100"), (D(120), "130", "120"), (D(120), "110", "110"), (None, "130", "130")],
)
def test_batas_atas_untuk_klasifikasi_dan_rata_rata(batas, mentah, olah):
    p = replace(P, batas_atas=batas)
    hasil = c(a(100), a(mentah), POS, p)
    assert hasil.nilai == D(mentah)  # the raw value is kept
    assert hasil.nilai_olah == D(olah)


def test_batas_bawah_nol():
    hasil = c(a(10), a(25), NEG)  # (20 − 25)/10 = −50 %
    assert hasil.nilai == D(-50) and hasil.nilai_olah == 0
    tanpa = replace(P, batas_bawah=None)
    assert c(a(10), a(25), NEG, tanpa).nilai_olah == D(-50)


def test_rata_rata_mengabaikan_yang_tidak_dihitung():
    daftar = [c(a(100), a(95)), c(a(0), a(5)), c(a(10), None), c(a(91), a(93))]
    assert nilai_untuk_rata_rata(daftar) == [D(95), D(100)]


def test_penjelasan_dapat_diperiksa_tangan():
    teks = c(a(91), a(93)).jelaskan()
    assert "R ÷ T × 100" in teks and "T = 91" in teks and "R = 93" in teks and "102,20%" in teks
    assert "100,00%" in teks  # the capped value used for predikat and averages
    assert "belum diisi" in c(a(91), None).jelaskan()


angka = st.decimals(min_value=D("0.01"), max_value=D(10**9), places=2, allow_nan=False, allow_infinity=False)


@given(angka, st.decimals(min_value=0, max_value=D(10**9), places=2, allow_nan=False, allow_infinity=False))
def test_sifat_positif(t, r):
    hasil = c(Angka(t), Angka(r))
    assert hasil.status is StatusCapaian.DIHITUNG
    assert abs(hasil.nilai * t / 100 - r) <= D("1e-25") * max(D(1), r)
    assert D(0) <= hasil.nilai_olah <= D(100)
    assert hasil.nilai_olah == min(hasil.nilai, D(100))


@given(angka, angka)
def test_sifat_negatif_selisih(t, r):
    hasil = c(Angka(t), Angka(r), NEG)
    harapan = 200 - bagi(r * 100, t)
    assert abs(hasil.nilai - harapan) <= D("1e-25") * max(D(1), abs(harapan))
    assert (hasil.nilai >= 100) == (r <= t)


@given(angka, angka, angka)
def test_realisasi_lebih_baik_capaian_lebih_tinggi(t, r1, r2):
    assume(r1 != r2)
    lo, hi = min(r1, r2), max(r1, r2)
    assert c(Angka(t), Angka(hi)).nilai > c(Angka(t), Angka(lo)).nilai
    assert c(Angka(t), Angka(hi), NEG).nilai < c(Angka(t), Angka(lo), NEG).nilai


@given(angka, angka, angka)
def test_rentang_seratus_di_dalam_dan_kurang_di_luar(b1, b2, r):
    lo, hi = min(b1, b2), max(b1, b2)
    hasil = c(Rentang(lo, hi), Angka(r), RNG)
    if lo <= r <= hi:
        assert hasil.nilai == 100
    else:
        assert hasil.nilai < 100
