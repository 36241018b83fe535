"""Issue 9: malformed numbers are refused with a message naming the value, never stored as another number;
magnitudes are bounded at input; showing any figure never crashes."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.angka import AngkaTidakValid, bulatkan, format_angka, format_persen, parse_angka, periksa_besaran
from sakip.core.batas import BATAS_ANGKA
from sakip.core.nilai import Angka, NilaiTidakValid, Rentang, parse_nilai


@pytest.mark.parametrize(
    ("teks", "sebab"),
    [
        ("--84.52", "tanda negatif ditulis lebih dari sekali"),
        ("(-5)", "tanda negatif ditulis lebih dari sekali"),
        ("- -3", "tanda negatif ditulis lebih dari sekali"),
        ("Rp --5", "tanda negatif ditulis lebih dari sekali"),
        ("1e400", "notasi eksponen"),
        ("1,5e3", "notasi eksponen"),
        ("1 e5", "notasi eksponen"),
        ("2.5E-3", "notasi eksponen"),
        ("0x10", "heksadesimal"),
        ("0b101", "heksadesimal"),
        ("1" * 400, "terlalu panjang"),
        ("1" * 19, "melebihi batas"),
        ("-1.000.000.000.000.000.000", "melebihi batas"),
        ("91,12345678901", "lebih dari 10 angka di belakang koma"),
    ],
)
def test_nilai_salah_ditolak_dengan_sebabnya(teks, sebab):
    with pytest.raises(NilaiTidakValid) as e:
        parse_nilai(teks)
    pesan = str(e.value)
    assert sebab in pesan
    assert teks[:20] in pesan  # the message names the value


@pytest.mark.parametrize(
    ("teks", "harap"),
    [
        ("-84,52", Angka(D("-84.52"))),
        ("(5)", Angka(D("-5"))),
        ("Rp -5", Angka(D("-5"))),
        ("-Rp 5", Angka(D("-5"))),
        ("3.739.669.394,00", Angka(D("3739669394.00"))),
        ("999.999.999.999.999.999", Angka(D("999999999999999999"))),
        ("91,5%", Angka(D("91.5"))),
        ("4 Dok", Angka(D("4"))),
        ("80 - 90", Rentang(D(80), D(90))),
        ("0,0000000001", Angka(D("0.0000000001"))),
    ],
)
def test_notasi_yang_didokumentasikan_tetap_diterima(teks, harap):
    assert parse_nilai(teks) == harap


@pytest.mark.parametrize("x", [D("1e308"), D(10) ** 30, -(D(10) ** 300), 10**400, D("NaN"), D("Infinity")])
def test_besaran_di_luar_batas_ditolak_juga_untuk_angka_dari_berkas(x):
    with pytest.raises((NilaiTidakValid, AngkaTidakValid), match=r"batas|bukan angka yang sah"):
        parse_nilai(x)


def test_uang_dibatasi_dua_desimal():
    assert periksa_besaran(D("1500.25"), desimal=2) == D("1500.25")
    assert periksa_besaran(D("1500.2500"), desimal=2) == D("1500.2500")  # trailing zeros are not decimals
    with pytest.raises(AngkaTidakValid, match="lebih dari 2 angka"):
        periksa_besaran(D("1500.255"), desimal=2)


@pytest.mark.parametrize("x", [D("1e400"), D("-1e-300"), D(10) ** 60 / 7, D("123456789" * 20)])
def test_membulatkan_dan_menampilkan_tidak_pernah_gagal(x):
    b = bulatkan(x)
    assert b.as_tuple().exponent == -2
    assert format_angka(x)
    assert format_persen(x).endswith("%")


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, min_value=-(BATAS_ANGKA - 1), max_value=BATAS_ANGKA - 1, places=4
    )
)
def test_angka_dalam_batas_bolak_balik_lewat_teks(x):
    """Whatever we print (Indonesian format, 4 decimals) reads back as the same number."""
    teks = format_angka(x, 4)
    assert parse_angka(teks) == x


@given(st.text(max_size=80))
def test_teks_apa_pun_diterima_atau_ditolak_dengan_pesan(teks):
    """Any text: a value or a NilaiTidakValid/AngkaTidakValid — never another exception, never out of bounds."""
    try:
        n = parse_nilai(teks)
    except (NilaiTidakValid, AngkaTidakValid) as exc:
        assert str(exc)
        return
    if isinstance(n, Angka):
        assert abs(n.nilai) < BATAS_ANGKA


@pytest.mark.parametrize("teks", ["١٢", "１２", "٣ orang", "12\x00"])
def test_angka_bukan_ascii_ditolak(teks):
    """Python's Decimal reads Arabic-Indic and full-width digits; a report never holds them (found by bench/fuzz.py)."""
    with pytest.raises((NilaiTidakValid, AngkaTidakValid)):
        parse_nilai(teks)
