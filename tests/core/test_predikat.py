from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.pengaturan import PengaturanTidakValid, pengaturan_dari_dict
from sakip.core.predikat import SKALA_AKIP, SKALA_PERMENDAGRI_86

D = Decimal


@pytest.mark.parametrize(
    ("nilai", "kode"),
    [
        ("120", "AA"),
        ("100", "AA"),
        ("90.01", "AA"),
        ("90", "A"),  # lower bound exclusive, upper inclusive (PermenPANRB 88/2021)
        ("80.01", "A"),
        ("80", "BB"),
        ("70.01", "BB"),
        ("70", "B"),
        ("60.01", "B"),
        ("60", "CC"),
        ("50.01", "CC"),
        ("50", "C"),
        ("30.01", "C"),
        ("30", "D"),
        ("0.01", "D"),
        ("0", "D"),
        ("-5", "D"),
    ],
)
def test_setiap_batas_skala_akip(nilai, kode):
    assert SKALA_AKIP.klasifikasi(D(nilai)).kode == kode


@pytest.mark.parametrize(
    ("nilai", "kode"),
    [
        ("100", "ST"),
        ("91", "ST"),
        ("90.99", "T"),
        ("76", "T"),
        ("75.99", "S"),
        ("66", "S"),
        ("65.99", "R"),
        ("51", "R"),
        ("50.99", "SR"),
        ("0", "SR"),
    ],
)
def test_setiap_batas_skala_lima_tingkat(nilai, kode):
    assert SKALA_PERMENDAGRI_86.klasifikasi(D(nilai)).kode == kode


def test_skala_bawaan_konsisten():
    assert SKALA_AKIP.periksa() == []
    assert SKALA_PERMENDAGRI_86.periksa() == []
    assert SKALA_AKIP.klasifikasi(None) is None


@given(st.decimals(min_value=-1000, max_value=1000, places=4, allow_nan=False, allow_infinity=False))
def test_setiap_nilai_tepat_satu_tingkat(d):
    for skala in (SKALA_AKIP, SKALA_PERMENDAGRI_86):
        cocok = [t for t in skala.tingkat if t.memuat(d)]
        assert len(cocok) == 1


@given(
    st.decimals(min_value=-200, max_value=200, places=3, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-200, max_value=200, places=3, allow_nan=False, allow_infinity=False),
)
def test_nilai_lebih_tinggi_tidak_pernah_predikat_lebih_rendah(a, b):
    urutan = [t.kode for t in SKALA_AKIP.tingkat]
    lo, hi = min(a, b), max(a, b)
    assert urutan.index(SKALA_AKIP.klasifikasi(hi).kode) <= urutan.index(SKALA_AKIP.klasifikasi(lo).kode)


def test_skala_khusus_dari_berkas():
    p = pengaturan_dari_dict(
        {
            "skala_predikat": {
                "kode": "tiga",
                "nama": "Tiga tingkat",
                "tingkat": [
                    {"kode": "T", "interpretasi": "Tinggi", "bawah": 80, "bawah_inklusif": True},
                    {
                        "kode": "S",
                        "interpretasi": "Sedang",
                        "bawah": 60,
                        "atas": 80,
                        "bawah_inklusif": True,
                        "atas_inklusif": False,
                    },
                    {"kode": "R", "interpretasi": "Rendah", "atas": 60, "atas_inklusif": False},
                ],
            }
        }
    )
    assert p.skala_predikat.klasifikasi(D(80)).kode == "T"
    assert p.skala_predikat.klasifikasi(D("79.99")).kode == "S"
    assert p.skala_predikat.klasifikasi(D(60)).kode == "S"
    assert p.skala_predikat.klasifikasi(D("59.9")).kode == "R"


def test_skala_khusus_yang_bercelah_ditolak():
    with pytest.raises(PengaturanTidakValid) as e:
        pengaturan_dari_dict({"skala_predikat": {"tingkat": [{"kode": "T", "bawah": 80}, {"kode": "R", "atas": 70}]}})
    assert "celah" in str(e.value)


def test_pengaturan_tidak_dikenal_dilaporkan_dengan_jalur():
    with pytest.raises(PengaturanTidakValid) as e:
        pengaturan_dari_dict({"rumus_negatif": "R/T", "batas_atas": "sekali", "warna": "merah"})
    jalur = [j for j, _ in e.value.masalah]
    assert jalur == ["pengaturan.rumus_negatif", "pengaturan.batas_atas", "pengaturan.warna"]
    assert "pilihan: 2T-R, T/R" in str(e.value)
