import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.terbilang import terbilang, terbilang_rupiah


@pytest.mark.parametrize(
    ("n", "kata"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (11000, "sebelas ribu"),
        (100000, "seratus ribu"),
        (101000, "seratus satu ribu"),
        (1000000, "satu juta"),
        (1001000, "satu juta seribu"),
        (1000001000, "satu miliar seribu"),
        (1001001000, "satu miliar satu juta seribu"),
        (2001000000, "dua miliar satu juta"),
    ],
)
def test_terbilang(n, kata):
    assert terbilang(n) == kata


def test_terbilang_rupiah_seperti_perjanjian_kinerja():
    assert terbilang_rupiah(3739669394) == (
        "Tiga Miliar Tujuh Ratus Tiga Puluh Sembilan Juta Enam Ratus Enam Puluh Sembilan Ribu "
        "Tiga Ratus Sembilan Puluh Empat Rupiah"
    )
    assert terbilang_rupiah(3739669394, ejaan_miliar="milyar").startswith("Tiga Milyar ")


def test_pecahan_dan_sen():
    assert terbilang(Decimal("91.5")) == "sembilan puluh satu koma lima"
    assert terbilang(Decimal("84.52")) == "delapan puluh empat koma lima dua"
    assert terbilang(Decimal("0.05")) == "nol koma nol lima"
    assert terbilang_rupiah(Decimal("1500.50")) == "Seribu Lima Ratus Rupiah Lima Puluh Sen"
    assert terbilang(-5) == "minus lima"


@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_seribu_di_setiap_posisi(n):
    kata = terbilang(n)
    # A thousands group of exactly 1 is "seribu" ("tujuh puluh satu ribu" and "seratus satu ribu" are right).
    assert re.search(r"(^|juta |miliar |triliun )satu ribu", kata) is None
    assert "satu ratus" not in kata and "satu puluh" not in kata and "satu belas" not in kata
    assert "  " not in kata and kata == kata.strip()
