from datetime import date

import pytest

from sakip.core.kode import KodeTidakValid, Tingkat, kode_induk, kode_untuk_tahun, normalkan_kode, tingkat_kode
from sakip.core.tanggal import TanggalTidakValid, cari_tanggal, format_tanggal, parse_tanggal


def test_format_tanggal():
    assert format_tanggal(date(2024, 1, 31)) == "31 Januari 2024"
    assert format_tanggal(date(2024, 1, 31), dengan_hari=True) == "Rabu, 31 Januari 2024"


@pytest.mark.parametrize(
    ("teks", "tgl"),
    [
        ("31 Januari 2024", date(2024, 1, 31)),
        ("Jember, 21 November 2023", date(2023, 11, 21)),
        ("03 April 2023", date(2023, 4, 3)),
        ("2024-01-31", date(2024, 1, 31)),
        ("1 Pebruari 2023", date(2023, 2, 1)),
        ("30 Nopember 2023", date(2023, 11, 30)),
    ],
)
def test_parse_tanggal(teks, tgl):
    assert parse_tanggal(teks) == tgl


@pytest.mark.parametrize("teks", ["31 Februari 2024", "kemarin", "31 Foo 2024"])
def test_parse_tanggal_salah(teks):
    with pytest.raises(TanggalTidakValid):
        parse_tanggal(teks)


def test_cari_tanggal_dalam_teks():
    teks = "Jember, 31 Januari 2023 ... ditetapkan 03 April 2023 dan 99 Maret 2023"
    assert cari_tanggal(teks) == [date(2023, 1, 31), date(2023, 4, 3)]


def test_kode_dua_dan_empat_digit_sama():
    assert normalkan_kode("7.01.01.2.02.01") == "7.01.01.2.02.0001"
    assert normalkan_kode("7.01.01.2.02.0001") == "7.01.01.2.02.0001"
    assert normalkan_kode(" 7.01.01 ") == "7.01.01"
    assert tingkat_kode("7.01.01") is Tingkat.PROGRAM
    assert tingkat_kode("7.01.01.2.02") is Tingkat.KEGIATAN
    assert tingkat_kode("7.01.01.2.02.01") is Tingkat.SUB_KEGIATAN
    assert kode_induk("7.01.01.2.02.0001") == "7.01.01.2.02"
    assert kode_induk("7.01.01.2.02") == "7.01.01"
    assert kode_induk("7.01.01") is None
    assert kode_untuk_tahun("7.01.01.2.02.0001", 2023) == "7.01.01.2.02.01"
    assert kode_untuk_tahun("7.01.01.2.02.01", 2024) == "7.01.01.2.02.0001"


@pytest.mark.parametrize("kode", ["7.1.01", "7.01.01.20", "7.01.01.2.02.001", "abc", "7.01.01.2", ""])
def test_kode_salah(kode):
    with pytest.raises(KodeTidakValid):
        normalkan_kode(kode)
