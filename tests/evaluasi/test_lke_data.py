"""The shipped LKE files: structure and weights of PermenPANRB 88/2021, and the older 12/2015 as data only."""

from decimal import Decimal

import pytest

from sakip.core.lke import LKE_BAWAAN, daftar_lke, muat_lke

D = Decimal


def test_versi_tersedia():
    assert daftar_lke()[0] == LKE_BAWAAN == "permenpanrb-88-2021"
    assert "permenpanrb-12-2015" in daftar_lke()


def test_bobot_88_2021():
    lke = muat_lke()
    assert [(k.nama, k.bobot) for k in lke.komponen] == [
        ("Perencanaan Kinerja", 30),
        ("Pengukuran Kinerja", 30),
        ("Pelaporan Kinerja", 15),
        ("Evaluasi Akuntabilitas Kinerja Internal", 25),
    ]
    for kom in lke.komponen:
        assert [(s.kode, s.nama, s.persen) for s in kom.sub_komponen] == [
            (f"{kom.nomor}.a", "Keberadaan", 20),
            (f"{kom.nomor}.b", "Kualitas", 30),
            (f"{kom.nomor}.c", "Pemanfaatan", 50),
        ]
        assert [s.bobot for s in kom.sub_komponen] == [kom.bobot * p / 100 for p in (20, 30, 50)]
    assert sum(s.bobot for k in lke.komponen for s in k.sub_komponen) == 100


def test_kode_kriteria_dari_posisi_dan_unik():
    lke = muat_lke()
    kode = [k.kode for k in lke.semua_kriteria()]
    assert kode[:3] == ["1.a.1", "1.a.2", "1.a.3"]
    assert len(kode) == len(set(kode))
    assert 70 <= len(kode) <= 90  # "about 80 criteria"
    for k in lke.semua_kriteria():
        nomor, huruf, urut = k.kode.split(".")
        assert k.sub_kode == f"{nomor}.{huruf}" and int(urut) >= 1
        assert k.teks and k.teks[0].isupper() and k.teks.endswith(".")


def test_skala_jawaban_88_2021():
    lke = muat_lke()
    assert lke.jenis_jawaban["skala"].nilai == {
        "AA": 100,
        "A": 90,
        "BB": 80,
        "B": 70,
        "CC": 60,
        "C": 50,
        "D": 30,
        "E": 0,
    }
    assert lke.jenis_jawaban["yt"].nilai == {"Y": 100, "T": 0}
    # Keberadaan asks whether something exists: Y/T; the others are graded.
    for k in lke.semua_kriteria():
        assert k.jenis.kode == ("yt" if k.sub_kode.endswith(".a") else "skala")


def test_predikat_88_2021_konsisten():
    skala = muat_lke().skala_predikat
    assert skala.periksa() == []
    assert [t.kode for t in skala.tingkat] == ["AA", "A", "BB", "B", "CC", "C", "D"]


def test_lke_12_2015_dimuat_tanpa_kode_baru():
    lke = muat_lke("permenpanrb-12-2015")
    assert [(k.nama, k.bobot) for k in lke.komponen][-1] == ("Capaian Kinerja", 20)
    assert sum(k.bobot for k in lke.komponen) == 100
    pengukuran = lke.komponen[1]
    assert [s.bobot for s in pengukuran.sub_komponen] == [D("5"), D("12.5"), D("7.5")]
    assert all(s.persen is None for s in pengukuran.sub_komponen)
    assert lke.jenis_jawaban["skala"].nilai == {"A": 100, "B": 75, "C": 50, "D": 25, "E": 0}


@pytest.mark.parametrize("kode", daftar_lke())
def test_setiap_sub_komponen_berkriteria(kode):
    lke = muat_lke(kode)
    for kom in lke.komponen:
        assert sum(s.bobot for s in kom.sub_komponen) == kom.bobot
        for s in kom.sub_komponen:
            assert s.kriteria
