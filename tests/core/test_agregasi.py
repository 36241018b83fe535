from decimal import Decimal

from sakip.core.agregasi import CaraAgregasi, agregasi, agregasi_bawaan, target_sampai, triwulan_terakhir_terisi
from sakip.core.angka import bagi
from sakip.core.nilai import Angka, Mutu

D = Decimal
K, P, R = CaraAgregasi.KUMULATIF, CaraAgregasi.POSISI_AKHIR, CaraAgregasi.RATA_RATA


def a(x):
    return Angka(D(str(x)))


def test_tiga_cara():
    tw = {1: a(2), 2: a(3), 3: None, 4: a(5)}
    assert agregasi(tw, K) == a(10)
    assert agregasi(tw, P) == a(5)
    assert agregasi(tw, R) == Angka(bagi(D(10), D(3)))
    assert agregasi(tw, K, sampai=2) == a(5)
    assert agregasi(tw, P, sampai=3) == a(3)  # the last FILLED quarter up to III


def test_nol_yang_diisi_dihitung_yang_kosong_tidak():
    assert agregasi({1: a(7), 2: a(0)}, P) == a(0)
    assert agregasi({1: None, 2: None}, K) is None
    assert agregasi({}, R) is None
    assert triwulan_terakhir_terisi({1: a(1), 3: a(0), 4: None}) == 3


def test_nilai_bertingkat_memakai_posisi_terakhir():
    assert agregasi({1: Mutu("B", D(60)), 2: Mutu("B", D(64))}, K) == Mutu("B", D(64))


def test_target_sampai_triwulan():
    rencana = {1: a(20), 2: a(30), 3: a(25), 4: a(25)}
    assert target_sampai(a(100), rencana, K, 2) == a(50)
    assert target_sampai(a(100), rencana, K, 4) == a(100)
    assert target_sampai(a(90), {}, P, 2) == a(90)
    assert target_sampai(None, {}, K, 2) is None


def test_bawaan_dari_satuan():
    assert agregasi_bawaan("%") is P
    assert agregasi_bawaan("Indeks") is P
    assert agregasi_bawaan("Dokumen") is K
    assert agregasi_bawaan("Laporan") is K
