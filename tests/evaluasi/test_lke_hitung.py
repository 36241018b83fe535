"""Scoring: every formula, every predikat boundary, and properties over arbitrary answers."""

from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.core.angka import KONTEKS, bulatkan
from sakip.core.lke import JawabanTidakValid, hitung_lke, muat_lke, muat_lke_teks, predikat_lke
from sakip.core.lke.model import Lke

D = Decimal
LKE = muat_lke()
LAMA = muat_lke("permenpanrb-12-2015")


def semua(lke: Lke, skala: str, yt: str = "Y") -> dict[str, str]:
    return {k.kode: (yt if k.jenis.kode == "yt" else skala) for k in lke.semua_kriteria()}


def test_semua_sempurna_100_dan_semua_nol_0():
    assert hitung_lke(LKE, semua(LKE, "AA")).nilai == 100
    h = hitung_lke(LKE, semua(LKE, "E", "T"))
    assert h.nilai == 0 and h.predikat.kode == "D"


def test_rumus_sub_komponen_rata_rata_kali_bobot():
    j = semua(LKE, "B")  # 70 everywhere graded, Y in Keberadaan
    j["1.b.1"] = "AA"
    j["1.b.2"] = "E"
    h = hitung_lke(LKE, j)
    s = h.komponen[0].sub[1]
    with localcontext(KONTEKS):
        assert s.rata_rata == (D(100) + D(0) + 7 * D(70)) / 9
    assert s.nilai == D("5.9")  # (100 + 0 + 7 × 70) × 9 ÷ (9 × 100), exact
    assert h.komponen[0].nilai == D(6) + s.nilai + D(70) * 15 / 100
    assert h.nilai == sum(k.nilai for k in h.komponen)


def test_contoh_angka_bulat():
    # Keberadaan all Y (20 %), Kualitas all BB (80 → 24 %), Pemanfaatan all B (70 → 35 %): 79 in total.
    j = {}
    for k in LKE.semua_kriteria():
        j[k.kode] = {"a": "Y", "b": "BB", "c": "B"}[k.sub_kode[-1]]
    h = hitung_lke(LKE, j)
    assert h.nilai == 79
    assert [k.nilai for k in h.komponen] == [D("23.7"), D("23.7"), D("11.85"), D("19.75")]
    assert h.predikat.kode == "BB" and h.predikat.interpretasi == "Sangat Baik"


def test_jawaban_huruf_kecil_dan_spasi_diterima():
    j = semua(LKE, " bb ", "y")
    assert hitung_lke(LKE, j).nilai == hitung_lke(LKE, semua(LKE, "BB")).nilai


def test_belum_lengkap_tidak_dinilai():
    j = semua(LKE, "A")
    del j["2.c.3"]
    j["3.b.1"] = "  "
    h = hitung_lke(LKE, j)
    assert h.nilai is None and h.predikat is None and not h.lengkap
    assert h.belum_dijawab == ["2.c.3", "3.b.1"]
    assert h.komponen[0].nilai is not None
    assert h.komponen[1].nilai is None and h.komponen[1].sub[2].nilai is None
    assert h.komponen[1].sub[0].nilai is not None


def test_jawaban_di_luar_skala_dan_kode_asing_ditolak():
    j = semua(LKE, "A")
    j["1.a.1"] = "A"  # Y/T criterion
    j["1.b.1"] = "F"
    j["9.a.1"] = "A"
    with pytest.raises(JawabanTidakValid) as e:
        hitung_lke(LKE, j)
    assert e.value.masalah == [
        "kriteria 1.a.1: jawaban 'A' tidak sah; Ya/Tidak hanya menerima Y, T",
        "kriteria 1.b.1: jawaban 'F' tidak sah; Skala AA–E hanya menerima AA, A, BB, B, CC, C, D, E",
        "kode '9.a.1' tidak ada dalam LKE Akuntabilitas Kinerja (PermenPANRB 88/2021)",
    ]


@pytest.mark.parametrize(
    ("nilai", "kode"),
    [
        ("100", "AA"),
        ("90.01", "AA"),
        ("90.005", "AA"),  # shown as 90,01 → AA
        ("90.004", "A"),  # shown as 90,00 → A: the predikat follows the printed figure
        ("90", "A"),
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
    ],
)
def test_setiap_batas_predikat(nilai, kode):
    assert predikat_lke(LKE, D(nilai)).kode == kode


def test_predikat_tepat_bila_desimal_null():
    teks = (
        "kode: x\nnama: X\ndesimal_predikat: null\njawaban: {yt: {nilai: {Y: 100, T: 0}}}\n"
        "predikat: {tingkat: [{kode: L, interpretasi: Lulus, bawah: 90}, {kode: G, interpretasi: Gagal, bawah: 0}]}\n"
        "komponen: [{nama: K, bobot: 100, sub_komponen: [{nama: S, persen: 100, jawaban: yt, kriteria: [Ada.]}]}]\n"
    )
    lke = muat_lke_teks(teks)
    assert predikat_lke(lke, D("90.004")).kode == "L"
    assert predikat_lke(lke, D("90")).kode == "G"


def test_lke_12_2015_dihitung_mesin_yang_sama():
    h = hitung_lke(LAMA, semua(LAMA, "B"))  # B = 75 in 2015; Y/T criteria at 100
    ya = sum(s.bobot for k in LAMA.komponen for s in k.sub_komponen if s.kriteria[0].jenis.kode == "yt")
    assert h.nilai == ya + (100 - ya) * D("0.75")
    assert h.komponen[4].komponen.nama == "Capaian Kinerja" and h.komponen[4].nilai == 15


# --- properties ----------------------------------------------------------------------------------------------


def jawaban_acak(lke: Lke):
    return st.fixed_dictionaries({k.kode: st.sampled_from(list(k.jenis.nilai)) for k in lke.semua_kriteria()})


@settings(max_examples=60, deadline=None)
@given(jawaban_acak(LKE))
def test_sifat_jumlah_dan_rentang(j):
    h = hitung_lke(LKE, j)
    assert 0 <= h.nilai <= 100
    with localcontext(KONTEKS):  # the engine's fixed 34-digit context
        assert h.nilai == sum(k.nilai for k in h.komponen)
        for kom in h.komponen:
            assert kom.nilai == sum(s.nilai for s in kom.sub)
            assert 0 <= kom.nilai <= kom.komponen.bobot
            for s in kom.sub:
                assert s.rata_rata == sum(k.nilai for k in s.kriteria) / len(s.kriteria)
                assert abs(s.nilai - s.rata_rata * s.sub.bobot / 100) < D("1e-30")
    assert h.predikat.memuat(bulatkan(h.nilai, 2))


@settings(max_examples=40, deadline=None)
@given(jawaban_acak(LKE), st.data())
def test_sifat_monoton(j, data):
    """Raising one answer never lowers any nilai."""
    kode = data.draw(st.sampled_from(sorted(j)))
    k = LKE.kriteria(kode)
    lebih_baik = [a for a, v in k.jenis.nilai.items() if v >= k.jenis.nilai[j[kode]]]
    naik = dict(j, **{kode: data.draw(st.sampled_from(lebih_baik))})
    assert hitung_lke(LKE, naik).nilai >= hitung_lke(LKE, j).nilai


@settings(max_examples=40, deadline=None)
@given(jawaban_acak(LAMA))
def test_sifat_versi_lama(j):
    h = hitung_lke(LAMA, j)
    with localcontext(KONTEKS):
        assert 0 <= h.nilai <= 100 and h.nilai == sum(k.nilai for k in h.komponen)


@given(st.decimals(min_value=0, max_value=100, places=4))
def test_sifat_predikat_sesuai_batas(x):
    t = predikat_lke(LKE, x)
    b = bulatkan(x, 2)
    batas = [(D(90), "AA"), (D(80), "A"), (D(70), "BB"), (D(60), "B"), (D(50), "CC"), (D(30), "C")]
    harapan = next((kode for bawah, kode in batas if b > bawah), "D")
    assert t.kode == harapan


@given(st.sampled_from([90, 80, 70, 60, 50, 30]), st.integers(min_value=1, max_value=100))
def test_sifat_batas_bawah_tidak_termasuk(bawah, sedikit):
    b = D(bawah)
    tepat = predikat_lke(LKE, b)
    di_atas = predikat_lke(LKE, b + D(sedikit) / 10000 + D("0.005"))  # rounds to at least b + 0,01
    assert tepat.kode != di_atas.kode
    assert LKE.skala_predikat.tingkat.index(di_atas) == LKE.skala_predikat.tingkat.index(tepat) - 1
