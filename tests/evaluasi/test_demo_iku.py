"""The demo's synthetic Kencong 2023 evaluation, and the indicator "Nilai SAKIP OPD" fed by the final evaluation."""

from decimal import Decimal, localcontext

import pytest
from django.urls import reverse

from sakip.core.angka import KONTEKS, format_bilangan
from sakip.core.nilai import Mutu
from sakip.web.evaluasi import selectors, services
from sakip.web.evaluasi.models import Evaluasi
from sakip.web.evaluasi.pelengkap import indikator_nilai_sakip
from sakip.web.pertukaran.ke_berkas import hasil_dari_db


def _it1(tk):
    h = hasil_dari_db(tk)
    return next(i for i in h.indikator_tujuan if i.indikator.nama == "Nilai SAKIP OPD")


def test_demo_kencong_sintetis_final(tk_kencong, klien):
    ev = Evaluasi.objects.get(tahun_kinerja=tk_kencong)
    assert ev.sintetis and ev.status == Evaluasi.FINAL
    h = selectors.hasil_evaluasi(ev)
    assert h.lengkap and h.predikat is not None
    r = klien("reviewer").get(
        reverse("evaluasi:lembar", kwargs={"pd": tk_kencong.perangkat_daerah.slug, "tahun": 2023})
    )
    assert "DATA SINTETIS" in r.content.decode()


def test_nilai_sakip_dari_evaluasi_final(tk_kencong, aktor):
    ev = Evaluasi.objects.get(tahun_kinerja=tk_kencong)
    h = selectors.hasil_evaluasi(ev)
    it1 = _it1(tk_kencong)
    assert isinstance(it1.realisasi, Mutu)
    assert it1.realisasi.label == h.predikat.kode
    assert it1.realisasi.skor == h.nilai.quantize(Decimal("0.01"))
    # graded target "B (65)": the scores are compared
    assert it1.capaian.dihitung
    assert it1.capaian.masukan["T"] == "B (65) (skor 65)"
    assert (
        it1.capaian.masukan["R"]
        == f"{h.predikat.kode} ({format_bilangan(it1.realisasi.skor)}) (skor {format_bilangan(it1.realisasi.skor)})"
    )
    with localcontext(KONTEKS):
        assert it1.capaian.nilai == it1.realisasi.skor * 100 / 65
    # reopened → not final → no realisation any more
    services.evaluasi_buka(aktor=aktor["reviewer"], tk=tk_kencong, alasan="uji", versi=ev.versi)
    assert _it1(tk_kencong).realisasi is None


def test_publik_tanpa_tw4_tidak_mendapat_nilai(tk_kencong):
    h = hasil_dari_db(tk_kencong, triwulan=frozenset({1, 2, 3}))
    it1 = next(i for i in h.indikator_tujuan if i.indikator.nama == "Nilai SAKIP OPD")
    assert it1.realisasi is None


@pytest.mark.parametrize(
    ("nama", "cocok"),
    [
        ("Nilai SAKIP OPD", True),
        ("Nilai AKIP Perangkat Daerah", True),
        ("Nilai Evaluasi Akuntabilitas Kinerja", True),
        ("Indeks Kepuasan Masyarakat", False),
        ("Persentase nilai sakipnya", False),
    ],
)
def test_pengenal_indikator(nama, cocok):
    assert indikator_nilai_sakip(nama) is cocok
