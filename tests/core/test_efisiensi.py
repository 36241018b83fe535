from dataclasses import replace
from decimal import Decimal

from sakip.core.efisiensi import CUKUP_EFISIEN, EFISIEN, TIDAK_EFISIEN, nilai_efisiensi
from sakip.core.pengaturan import AturanEfisiensi, JenisEfisiensi

D = Decimal
BANDING = AturanEfisiensi()


def test_aturan_seed_capaian_lebih_besar_dari_serapan():
    assert nilai_efisiensi(D("102.2"), D("76.91"), BANDING).kelas == EFISIEN
    assert nilai_efisiensi(D("92.37"), D("99.10"), BANDING).kelas == TIDAK_EFISIEN
    assert nilai_efisiensi(D(90), D(90), BANDING).kelas == TIDAK_EFISIEN  # equal is not "more"
    assert nilai_efisiensi(None, D(90), BANDING).kelas is None


def test_aturan_toleransi():
    aturan = replace(BANDING, jenis=JenisEfisiensi.TOLERANSI, toleransi=D(5))
    assert nilai_efisiensi(D(95), D(91), aturan).kelas == CUKUP_EFISIEN
    assert nilai_efisiensi(D(95), D(90), aturan).kelas == CUKUP_EFISIEN
    assert nilai_efisiensi(D("95.01"), D(90), aturan).kelas == EFISIEN
    assert nilai_efisiensi(D(80), D("85.01"), aturan).kelas == TIDAK_EFISIEN


def test_aturan_rasio():
    aturan = replace(BANDING, jenis=JenisEfisiensi.RASIO)
    assert nilai_efisiensi(D(90), D(90), aturan).kelas == EFISIEN
    assert nilai_efisiensi(D(89), D(90), aturan).kelas == TIDAK_EFISIEN
    assert "rasio" in nilai_efisiensi(D(89), D(90), aturan).penjelasan
