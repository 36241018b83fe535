"""IKM per PermenPANRB 14/2017: NRR, the 1/9 weight, mutu boundaries, Krejcie–Morgan, grouping."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.core.ikm import (
    UNSUR,
    URUTAN_KUESIONER,
    JawabanTidakValid,
    RekapJawaban,
    Respon,
    Survei,
    Tally,
    analisis_survei,
    baca_jawaban,
    hitung_ikm,
    ikm_per,
    ikm_wilayah,
    kunci_jenis_layanan,
    kunci_triwulan,
    mutu_pelayanan,
    normalkan_profil,
    periksa_jawaban,
    periksa_rekap,
    periksa_sampel,
    sampel_minimum,
)
from sakip.core.sumber_periode import parse_periode

from .pabrik import respon, responden_dengan_jumlah


def test_satu_responden_semua_empat_100_A():
    h = hitung_ikm([respon(4)])
    assert h.ikm == D(100)
    assert h.ikm_bulat == D("100.00")
    assert h.mutu.huruf == "A" and h.mutu.kinerja == "Sangat Baik"
    assert all(u.nrr == 4 for u in h.unsur)


def test_bobot_0111_memberi_99_90():
    h = hitung_ikm([respon(4)], bobot="0,111")
    assert h.ikm_bulat == D("99.90")
    assert h.mutu.huruf == "A"
    assert hitung_ikm([respon(1)], bobot="0,111").ikm_bulat == D("24.98")
    assert hitung_ikm([respon(1)]).ikm == D(25)


def test_bobot_tidak_dikenal():
    with pytest.raises(ValueError, match="tidak dikenal"):
        hitung_ikm([respon(4)], bobot="0,11")


def test_nrr_per_unsur_contoh_hitung_tangan():
    # U1: 4,3,2 → NRR 3; the rest 4,4,4 → 4. IKM = (3 + 8×4)/9 × 25 = 97,2222…
    data = [respon(4), respon(4), respon(4)]
    data[1].jawaban["U1"] = 3
    data[2].jawaban["U1"] = 2
    h = hitung_ikm(data)
    assert h.nrr("U1").nrr == 3
    assert h.nrr("U1").sebaran == (0, 1, 1, 1)
    assert h.nrr("U1").jumlah_nilai == 9
    assert abs(Fraction(h.ikm) - Fraction(35, 9) * 25) < Fraction(1, 10**30)
    assert h.ikm_bulat == D("97.22")
    assert h.terlemah()[0].kode == "U1"


def test_jawaban_menurut_unsur_bukan_urutan():
    # The standard form asks sarana (U9) before pengaduan (U8): the order of keys must not matter.
    a = {u: 4 for u in URUTAN_KUESIONER}
    a["U9"] = 1
    b = dict(reversed(list(a.items())))
    ha, hb = hitung_ikm([Respon(a)]), hitung_ikm([Respon(b)])
    assert ha == hb
    assert ha.nrr("U9").nrr == 1 and ha.nrr("U8").nrr == 4
    assert ha.terlemah()[0].unsur.nama == "Sarana dan prasarana"


def _cari(batas: str, *, persis_di_atas: bool = False) -> tuple[int, int]:
    """(n, total) of a survey whose IKM rounds half-up to `batas`."""
    b = Fraction(D(batas))
    for n in range(1, 400):
        for total in range(9 * n, 36 * n + 1):
            x = Fraction(25 * total, 9 * n)
            if b - Fraction(1, 200) <= x < b + Fraction(1, 200):
                if persis_di_atas and not (x < b):
                    continue  # want a value that only rounding lifts to the boundary
                return n, total
    raise AssertionError(batas)


@pytest.mark.parametrize(
    ("batas", "huruf"),
    [
        ("88.31", "A"),
        ("88.30", "B"),
        ("76.61", "B"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.99", "D"),
    ],
)
def test_batas_mutu_dengan_jawaban_nyata(batas, huruf):
    n, total = _cari(batas)
    h = hitung_ikm(responden_dengan_jumlah(n, total))
    assert h.ikm_bulat == D(batas)
    assert h.mutu.huruf == huruf


def test_mutu_dibaca_dari_nilai_dibulatkan():
    # An IKM just below 88,31 that rounds half-up to 88,31 is A; truncation would have given B.
    n, total = _cari("88.31", persis_di_atas=True)
    h = hitung_ikm(responden_dengan_jumlah(n, total))
    assert h.ikm < D("88.31")
    assert h.ikm_bulat == D("88.31")
    assert h.mutu.huruf == "A"


@pytest.mark.parametrize(
    ("nilai", "huruf"),
    [
        ("100", "A"),
        ("88.31", "A"),
        ("88.305", "A"),
        ("88.3049", "B"),
        ("88.30", "B"),
        ("76.61", "B"),
        ("76.605", "B"),
        ("76.6049", "C"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.995", "C"),
        ("64.9949", "D"),
        ("64.99", "D"),
        ("25", "D"),
        ("24.975", "D"),
    ],
)
def test_tabel_mutu(nilai, huruf):
    assert mutu_pelayanan(D(nilai)).huruf == huruf


@pytest.mark.parametrize(
    ("populasi", "minimum"),
    [
        (10, 10),
        (20, 19),
        (50, 44),
        (100, 80),
        (200, 132),
        (500, 217),
        (1000, 278),
        (2000, 322),
        (5000, 357),
        (10000, 370),
        (20000, 377),
        (50000, 381),
        (1000000, 384),
    ],
)
def test_tabel_krejcie_morgan(populasi, minimum):
    assert sampel_minimum(populasi) == minimum


@pytest.mark.parametrize("salah", [0, -5, True, "100"])
def test_populasi_tidak_sah(salah):
    with pytest.raises(ValueError, match="populasi"):
        sampel_minimum(salah)


def test_peringatan_sampel_kurang():
    p = periksa_sampel(50, 100)
    assert not p.cukup
    assert p.minimum == 80
    assert "PERINGATAN" in p.pesan() and "kurang 30" in p.pesan()
    assert periksa_sampel(80, 100).cukup
    h = hitung_ikm([respon(3)] * 10, populasi=1000)
    assert h.sampel.minimum == 278 and not h.sampel.cukup


def test_tanpa_responden():
    assert hitung_ikm([]) is None


@pytest.mark.parametrize(
    ("masuk", "keluar"),
    [(1, 1), (4, 4), ("3", 3), (" 2 ", 2), (4.0, 4), (D("3"), 3), ("d", 4), ("A", 1), ("4.0", 4)],
)
def test_baca_jawaban(masuk, keluar):
    assert baca_jawaban(masuk) == keluar


@pytest.mark.parametrize("salah", [0, 5, -1, "5", "", None, "empat", 3.5, True, "e"])
def test_baca_jawaban_salah(salah):
    with pytest.raises(JawabanTidakValid):
        baca_jawaban(salah)


def test_periksa_jawaban_menyebut_unsur():
    j = {u: 4 for u in UNSUR}
    del j["U8"]
    j["U3"] = 7
    j["U10"] = 1
    pesan = dict(periksa_jawaban(j))
    assert "tidak ada" in pesan["U8"] and "Penanganan pengaduan" in pesan["U8"]
    assert "di luar 1–4" in pesan["U3"]
    assert "tidak dikenal" in pesan["U10"]
    assert periksa_jawaban({u: 2 for u in UNSUR}) == []


def test_rekap_sama_dengan_respon_individu():
    data = [respon(4), respon(3), respon(3), respon(2)]
    t = Tally.dari(data)
    rekap = RekapJawaban(jumlah_responden=4, sebaran={u: t.sebaran(u) for u in UNSUR})
    assert periksa_rekap(rekap) == []
    assert hitung_ikm([rekap]) == hitung_ikm(data)


def test_rekap_tidak_konsisten():
    r = RekapJawaban(jumlah_responden=10, sebaran={u: (0, 0, 5, 5) for u in UNSUR})
    r.sebaran["U2"] = (0, 0, 5, 4)
    del r.sebaran["U9"]
    r.periode = "2023-TW5"
    pesan = dict(periksa_rekap(r))
    assert "(9) tidak sama dengan jumlah responden (10)" in pesan["sebaran.U2"]
    assert "U9" in pesan["sebaran.U9"]
    assert "periode" in pesan


def test_per_jenis_layanan_dan_triwulan():
    data = [
        respon(4, jenis_layanan="KTP", tanggal=date(2023, 1, 5)),
        respon(2, jenis_layanan="KK", tanggal=date(2023, 5, 5)),
        respon(3, jenis_layanan="KTP", tanggal=date(2023, 5, 6)),
        RekapJawaban(2, {u: (0, 0, 2, 0) for u in UNSUR}, periode="2023-08", jenis_layanan="Akta"),
        RekapJawaban(1, {u: (0, 0, 0, 1) for u in UNSUR}, periode="2023-S2", jenis_layanan="Akta"),
    ]
    per = ikm_per(data, kunci_jenis_layanan)
    assert list(per) == ["Akta", "KK", "KTP"]
    assert per["KK"].ikm == 50
    assert per["KTP"].ikm_bulat == D("87.50")
    assert per["Akta"].jumlah_responden == 3
    tw = ikm_per(data, kunci_triwulan)
    # A tally for a whole semester is not split into quarters: it keeps its own period.
    assert list(tw) == ["2023-S2", "2023-TW1", "2023-TW2", "2023-TW3"]
    assert tw["2023-TW3"].ikm == 75


def test_wilayah_gabungan_dan_rata_rata_unit():
    data = [respon(4, instansi="Kencong")] + [respon(2, instansi="Gumukmas")] * 3
    w = ikm_wilayah(data)
    assert w.per_instansi["Kencong"].ikm == 100
    assert w.per_instansi["Gumukmas"].ikm == 50
    assert w.rata_rata_unit == 75  # each agency once
    assert w.gabungan.ikm == D("62.5")  # every respondent once
    assert w.mutu_rata_rata_unit.huruf == "C"


def test_analisis_survei_profil_saran_dan_periode():
    s = Survei(
        id="S",
        populasi=100,
        responden=[
            respon(4, tanggal=date(2023, 2, 1), profil={"jenis_kelamin": "P", "umur": "30-39"}, saran="Antrean lama"),
            respon(3, tanggal=date(2023, 7, 1), profil={"jenis_kelamin": "L"}),
            respon(3, tanggal=date(2023, 7, 2)),
        ],
        profil={"jenis_kelamin": {"L": 10}},
        saran=["Tambah kursi tunggu"],
    )
    a = analisis_survei(s)
    assert a.keseluruhan.jumlah_responden == 3
    assert not a.keseluruhan.sampel.cukup
    jk = {b.kode: b for b in a.profil["jenis_kelamin"]}
    assert jk["L"].jumlah == 11 and jk["P"].jumlah == 1
    assert jk[""].jumlah == 1 and jk[""].label == "Tidak diisi"
    assert abs(Fraction(jk["P"].persen) - Fraction(100, 12)) < Fraction(1, 10**30)
    assert a.saran == ["Antrean lama", "Tambah kursi tunggu"]
    assert list(a.per_periode) == ["2023-TW1", "2023-TW3"]
    s1 = analisis_survei(s, periode=parse_periode("2023-S1"))
    assert s1.keseluruhan.jumlah_responden == 1
    assert {b.kode: b.jumlah for b in s1.profil["jenis_kelamin"]}["L"] == 0  # tallies are whole-period


@pytest.mark.parametrize(
    ("aspek", "masuk", "kode"),
    [
        ("jenis_kelamin", "Perempuan", "P"),
        ("jenis_kelamin", "l", "L"),
        ("umur", 34, "30-39"),
        ("umur", "17", "<20"),
        ("umur", "60+", "60+"),
        ("umur", 75, "60+"),
        ("pendidikan", "S1", "D4-S1"),
        ("pendidikan", "SMA/sederajat", "SMA"),
        ("pekerjaan", "wiraswasta", "WIRAUSAHA"),
        ("pekerjaan", "", None),
    ],
)
def test_normalkan_profil(aspek, masuk, kode):
    assert normalkan_profil(aspek, masuk) == kode


def test_profil_tidak_dikenal():
    with pytest.raises(ValueError, match="bukan pilihan"):
        normalkan_profil("pendidikan", "TK")
    with pytest.raises(ValueError, match="tidak wajar"):
        normalkan_profil("umur", 300)


jawaban = st.fixed_dictionaries({u: st.integers(1, 4) for u in UNSUR})


@given(st.lists(jawaban, min_size=1, max_size=40))
def test_sifat_ikm(daftar):
    h = hitung_ikm([Respon(j) for j in daftar])
    total = sum(sum(j.values()) for j in daftar)
    assert abs(Fraction(h.ikm) - Fraction(25 * total, 9 * len(daftar))) < Fraction(1, 10**30)
    assert D(25) <= h.ikm <= D(100)
    assert h.jumlah_responden == len(daftar)
    # Grouping never changes the pooled result.
    assert hitung_ikm([Respon(j) for j in reversed(daftar)]) == h
