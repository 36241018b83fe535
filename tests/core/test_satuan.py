"""Plausible values per unit (issue 16 item 1): the rule table in sakip.core.satuan and its use in berkas reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.nilai import Angka, parse_nilai
from sakip.core.satuan import ATURAN_SATUAN, KONFIRMASI, TOLAK, aturan_untuk, periksa_nilai


@pytest.mark.parametrize(
    ("teks", "satuan", "tingkat"),
    [
        ("91", "%", None),
        ("100", "Persen", None),
        ("-5", "%", KONFIRMASI),
        ("150", "%", KONFIRMASI),
        ("9100", "%", TOLAK),
        ("-101", "%", TOLAK),
        ("-3", "Layanan", TOLAK),
        ("2,5", "Dokumen Renstra", KONFIRMASI),
        ("3", "Dokumen", None),
        ("-1", "hari", TOLAK),
        ("7,5", "hari", None),
        ("120", "Nilai", KONFIRMASI),
        ("-1", "Nilai", TOLAK),
        ("B (65)", "Nilai", None),
        ("80-120", "%", KONFIRMASI),
        ("-5", "Indeks", KONFIRMASI),
        ("-5", "ton per hektar", None),  # no rule for an unknown unit
        ("WTP", "Opini", None),
    ],
)
def test_aturan_per_satuan(teks, satuan, tingkat):
    temuan = periksa_nilai(parse_nilai(teks), satuan)
    assert (temuan.tingkat if temuan else None) == tingkat


def test_pesan_menyebut_nilai_dan_satuan():
    t = periksa_nilai(parse_nilai("-3"), "Orang")
    assert t.ditolak and t.pesan == "-3 tidak mungkin untuk satuan Orang: paling rendah 0"


def test_setiap_satuan_punya_satu_aturan():
    nama = [s.lower() for a in ATURAN_SATUAN for s in a.satuan]
    assert len(nama) == len(set(nama))
    assert aturan_untuk("  PERSEN ").nama == "persen"
    assert aturan_untuk("") is None


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_persen_antara_0_dan_100_selalu_wajar(d):
    assert periksa_nilai(Angka(d), "%") is None


@given(st.integers(min_value=-(10**9), max_value=-1))
def test_jumlah_negatif_selalu_ditolak(n):
    assert periksa_nilai(Angka(Decimal(n)), "Orang").ditolak
