"""Evidence rules: proposals from the agency's own data, never a score the data cannot show."""

import copy
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from sakip.berkas.baca import baca_berkas
from sakip.core.hitung import hitung
from sakip.core.lke import hitung_lke, muat_lke
from sakip.core.lke.bukti import (
    PERLU_EVALUATOR,
    KonteksBukti,
    LaporanKinerja,
    PengisianTriwulan,
    RekomendasiLalu,
    jawaban_dari_rasio,
    usulkan,
)
from sakip.core.model import JenisPk

CONTOH = Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml"
LKE = muat_lke()


@pytest.fixture(scope="module")
def kencong():
    return baca_berkas(str(CONTOH))


def konteks(berkas, **kw):
    return KonteksBukti(berkas=berkas, hasil=hitung(berkas), **kw)


def test_setiap_kriteria_mendapat_usulan_atau_perlu_evaluator(kencong):
    u = usulkan(LKE, konteks(kencong))
    assert list(u) == [k.kode for k in LKE.semua_kriteria()]
    for kode, x in u.items():
        if x.jawaban is None:
            assert x.alasan.startswith(PERLU_EVALUATOR)
        else:
            assert x.jawaban in LKE.kriteria(kode).jenis.nilai, kode
            assert x.alasan and x.jawaban in x.alasan
    # what cannot be observed stays open: the guideline, the long-term plan, leadership, staff awareness
    for kode in ("1.a.1", "1.a.2", "2.b.1", "2.c.1", "3.c.1", "4.a.1", "4.b.2"):
        assert u[kode].jawaban is None


def test_usulan_kencong(kencong):
    u = usulkan(LKE, konteks(kencong))
    assert u["1.a.3"].jawaban == "Y" and "Renstra 2021–2026" in u["1.a.3"].alasan
    assert u["1.a.4"].jawaban == "Y"
    assert u["1.b.1"].jawaban == "AA"  # Renstra named, IKU decree, dated RKT, signed PK
    # 4 of 6 indicators have every SMART element: 66,67 % → CC (60), never C… or B (70 > 66,67)
    assert u["1.b.5"].jawaban == "CC" and "4 dari 6" in u["1.b.5"].alasan
    assert u["1.c.3"].jawaban == "C" and "2 dari 4 indikator mencapai target (50,00%)" in u["1.c.3"].alasan
    assert u["2.c.7"].jawaban == "B" and "3 dari 4 sasaran efisien" in u["2.c.7"].alasan
    assert u["3.b.14"].jawaban == "AA"
    # a file with annual figures only says nothing about quarterly monitoring
    assert u["1.c.4"].jawaban is None and "realisasi tahunan" in u["1.c.4"].alasan
    # the file holds no reviu / publication record, no DPA date, no earlier evaluation
    for kode in ("3.b.3", "3.b.4", "3.b.5", "1.b.2", "4.c.1", "1.b.6"):
        assert u[kode].jawaban is None, kode


@pytest.mark.parametrize(
    ("bagian", "jumlah", "skala", "yt"),
    [
        (8, 8, "AA", "Y"),
        (7, 8, "BB", "T"),  # 87,5 % → BB (80); A (90) would exceed what the data show
        (9, 10, "A", "T"),
        (2, 3, "CC", "T"),
        (1, 2, "C", "T"),
        (1, 3, "D", "T"),
        (1, 4, "E", "T"),
        (0, 5, "E", "T"),
    ],
)
def test_jawaban_dari_rasio(bagian, jumlah, skala, yt):
    assert jawaban_dari_rasio(LKE.kriteria("1.b.5"), bagian, jumlah) == skala
    assert jawaban_dari_rasio(LKE.kriteria("1.a.3"), bagian, jumlah) == yt


def test_rasio_tanpa_objek_tidak_ditebak():
    assert jawaban_dari_rasio(LKE.kriteria("1.b.5"), 0, 0) is None


def test_usulan_tidak_pernah_melebihi_data(kencong):
    """Taking every proposal (and E for the rest) can never exceed what was observed."""
    u = usulkan(LKE, konteks(kencong))
    dinilai = [x for x in u.values() if x.persen is not None]
    assert len(dinilai) >= 10
    for x in dinilai:
        k = LKE.kriteria(x.kode)
        if set(k.jenis.nilai) == {"Y", "T"}:
            assert x.jawaban == ("Y" if x.persen == 100 else "T")
        else:
            assert k.jenis.nilai[x.jawaban] <= x.persen
            lebih_baik = [v for v in k.jenis.nilai.values() if v > k.jenis.nilai[x.jawaban]]
            assert all(v > x.persen for v in lebih_baik)  # and it is the best such answer


def test_pk_tepat_waktu_dari_tanggal_dpa(kencong):
    b = copy.deepcopy(kencong)
    assert usulkan(LKE, konteks(b, tanggal_dpa=date(2022, 12, 30)))["1.b.2"].jawaban is None  # only a PK Perubahan
    b.pk.insert(0, dataclasses.replace(b.pk[0], jenis=JenisPk.MURNI, tanggal=date(2023, 1, 20)))
    assert usulkan(LKE, konteks(b, tanggal_dpa=date(2022, 12, 30)))["1.b.2"].jawaban == "AA"
    terlambat = usulkan(LKE, konteks(b, tanggal_dpa=date(2022, 12, 10)))["1.b.2"]
    assert terlambat.jawaban == "E" and "melewati batas satu bulan" in terlambat.alasan


def test_pk_tepat_waktu_dari_berkas_rkt_tanggal_dpa(kencong):
    b = copy.deepcopy(kencong)
    b.pk.insert(0, dataclasses.replace(b.pk[0], jenis=JenisPk.MURNI, tanggal=date(2023, 1, 31)))
    assert "rkt.tanggal_dpa" in usulkan(LKE, konteks(b))["1.b.2"].alasan  # not recorded: says which field
    b.rkt.tanggal_dpa = date(2022, 12, 31)
    u = usulkan(LKE, konteks(b))["1.b.2"]
    assert u.jawaban == "AA" and "31 hari setelah DPA (2022-12-31)" in u.alasan
    b.rkt.tanggal_dpa = date(2022, 12, 30)
    assert usulkan(LKE, konteks(b))["1.b.2"].jawaban == "E"  # the deadline was 2023-01-30


def test_batas_pk_murni_satu_bulan_kalender():
    from sakip.core.lke.bukti import batas_pk_murni

    assert batas_pk_murni(date(2023, 1, 31)) == date(2023, 2, 28)
    assert batas_pk_murni(date(2024, 1, 31)) == date(2024, 2, 29)
    assert batas_pk_murni(date(2022, 12, 15)) == date(2023, 1, 15)


def test_laporan_reviu_terbit_tepat_waktu(kencong):
    lp = LaporanKinerja(
        dibuat_sistem=True,
        tanggal=date(2024, 1, 31),
        batas=date(2024, 2, 29),
        direviu=True,
        galat_total=4,
        galat_terbuka=1,
        diterbitkan_pada=date(2024, 3, 1),
    )
    u = usulkan(LKE, konteks(kencong, laporan=lp))
    assert u["3.b.3"].jawaban == "B" and "3 dari 4 galat reviu telah ditutup" in u["3.b.3"].alasan
    assert u["3.b.4"].jawaban == "AA"
    assert u["3.b.5"].jawaban == "AA"
    telat = usulkan(LKE, konteks(kencong, laporan=LaporanKinerja(tanggal=date(2024, 3, 5), batas=date(2024, 2, 29))))
    assert telat["3.b.5"].jawaban == "E" and telat["3.b.3"].jawaban == "E" and telat["3.b.4"].jawaban == "E"


def test_tindak_lanjut_rekomendasi_tahun_lalu(kencong):
    r = (RekomendasiLalu("Lengkapi formula IKU", True), RekomendasiLalu("Susun rencana aksi", False))
    u = usulkan(LKE, konteks(kencong, rekomendasi_lalu=r))["4.c.1"]
    assert u.jawaban == "C" and "Susun rencana aksi" in u.alasan
    assert usulkan(LKE, konteks(kencong, rekomendasi_lalu=()))["4.c.1"].jawaban is None


def test_iku_berubah_dalam_periode(kencong):
    nama = {i.id: i.nama for i in kencong.renstra.semua_indikator()}
    iku = tuple(nama[x] for x in kencong.iku.indikator)
    assert usulkan(LKE, konteks(kencong, iku_sebelumnya={2022: iku}))["1.b.6"].jawaban == "AA"
    u = usulkan(LKE, konteks(kencong, iku_sebelumnya={2021: iku[1:], 2022: iku}))["1.b.6"]
    assert u.jawaban != "AA" and iku[0] in u.alasan


def test_pengisian_triwulan_dari_aplikasi(kencong):
    p = (
        PengisianTriwulan(1, True, True, True),
        PengisianTriwulan(2, True, False, True),
        PengisianTriwulan(3, True, True, False),
        PengisianTriwulan(4, True, True, True),
    )
    u = usulkan(LKE, konteks(kencong, pengisian=p, dari_aplikasi=True))
    assert (
        u["2.b.4"].jawaban == "C"
        and "TW 2 (terlambat)" in u["2.b.4"].alasan
        and "TW 3 (belum diverifikasi)" in u["2.b.4"].alasan
    )
    # in the app, no quarterly figure at all is an observation (E), not a gap in a file
    assert u["1.c.4"].jawaban == "E"


def test_versi_lain_tanpa_aturan_seluruhnya_untuk_evaluator(kencong):
    lama = muat_lke("permenpanrb-12-2015")
    assert all(x.jawaban is None for x in usulkan(lama, konteks(kencong)).values())


def test_usulan_dapat_dihitung(kencong):
    """Proposals are valid answers for the engine (the evaluator may take them as they are)."""
    u = usulkan(LKE, konteks(kencong))
    h = hitung_lke(LKE, {k: x.jawaban for k, x in u.items() if x.jawaban})
    assert not h.lengkap and len(h.belum_dijawab) == sum(1 for x in u.values() if x.jawaban is None)
