"""Capaian quoted in the text beside the target and realisation it comes from (aturan_prosa_capaian)."""

from __future__ import annotations

import pytest

from sakip.berkas.laporan_cetak import baca_laporan_teks
from sakip.core.reviu import reviu_laporan


def _angka_prosa(kalimat: str) -> list[str]:
    teks = f"BAB III AKUNTABILITAS KINERJA\n\n{kalimat}\n"
    return [t.pesan for t in reviu_laporan(baca_laporan_teks(teks)) if t.kode == "PROSA-ANGKA"]


@pytest.mark.parametrize(
    "kalimat",
    [
        "Indikator Persentase layanan ditargetkan 54% pada tahun 2023 dan terealisasi 46,67%, sehingga capaiannya "
        "103,43%.",
        "Pada tahun 2022, realisasi indikator Indikator kinerja 8 sebesar 52% dari target 52% (tingkat pencapaian "
        "119,00%).",
        "Program A dengan anggaran Rp 3.405.944.000,00 dan realisasi Rp 2.742.131.022,00; indikator Persentase "
        "realisasi anggaran ditargetkan 100% dan terealisasi 80,51% (capaian 90,51%, belum mencapai target).",
        "Target tahun 2023 sebesar 1.250 dokumen dengan realisasi sebesar 1.000 dokumen, sehingga capaian 90%.",
    ],
)
def test_capaian_yang_tidak_mengikuti_target_dan_realisasinya(kalimat):
    pesan = _angka_prosa(kalimat)
    assert len(pesan) == 1, pesan
    assert "dari kedua angka itu capaiannya" in pesan[0]


@pytest.mark.parametrize(
    "kalimat",
    [
        # right, rounded, or truncated to the printed decimals
        "Indikator Persentase layanan ditargetkan 54% dan terealisasi 46,67%, sehingga capaiannya 86,43%.",
        "Indikator Persentase layanan ditargetkan 54% dan terealisasi 46,67%, sehingga capaiannya 86,4%.",
        "Target tahun 2023 sebesar 1.250 dokumen dengan realisasi sebesar 1.000 dokumen, sehingga capaian 80%.",
        # the printed figures are rounded: 33 of a target of 3 (rounded) may be anything near 1.100 %
        "Realisasi sebesar 0,33 dari target 0,3, capaian 111%.",
        # a lower-is-better indicator: (2 × 10 − 12) ÷ 10 = 80 %
        "Pada tahun 2022, realisasi indikator Angka kematian ibu sebesar 12 dari target 10 (tingkat pencapaian 80%).",
        # the cap of the measurement framework
        "Realisasi sebesar 150 dari target 100, sehingga capaiannya 150% (dihitung 120%).",
        # a range target: its capaian is not R ÷ T of the range's lower bound
        "Indikator Indeks layanan ditargetkan 80–90 dan terealisasi 93, sehingga capaiannya 103,33%.",
        "Indikator Indeks layanan ditargetkan 80 s.d. 90 dan terealisasi 93, sehingga capaiannya 103,33%.",
        # not one year's R ÷ T: the Renstra's cumulative target, two capaian, rupiah
        "Terhadap target akhir Renstra 100 dokumen, realisasi kumulatif sebesar 90 dokumen, capaian 70%.",
        "Realisasi sebesar 50 dari target 100, capaian 50% dan capaian tahun lalu 60%.",
        "Anggaran sebesar Rp 1.000.000 dengan target Rp 1.000.000 dan realisasi Rp 800.000, capaian 90%.",
    ],
)
def test_capaian_yang_mengikuti_target_dan_realisasinya(kalimat):
    assert _angka_prosa(kalimat) == []


def test_capaian_dalam_kurung_dibandingkan_dengan_tabel():
    """ "Indikator X (Sasaran 1, capaian N%)": N is that indicator's capaian in the measurement table."""
    from tests.reviu.test_aturan_laporan import teks_bersih

    teks = teks_bersih()
    asli = "Indeks Kepuasan Masyarakat (Sasaran 2, capaian 92,37%)"
    assert asli in teks
    bersih = [t for t in reviu_laporan(baca_laporan_teks(teks)) if "capaian-kurung" in t.subjek]
    assert bersih == []
    salah = teks.replace(asli, "Indeks Kepuasan Masyarakat (Sasaran 2, capaian 97,37%)", 1)
    kena = [t for t in reviu_laporan(baca_laporan_teks(salah)) if t.kode == "PROSA-ANGKA" and "97,37%" in t.pesan]
    assert len(kena) == 1, kena
    assert "Indeks Kepuasan Masyarakat" in kena[0].pesan and "92,37%" in kena[0].pesan


def test_predikat_baris_rata_rata_tabel_pengukuran():
    """The "Rata-rata capaian" row under the measurement table carries a predikat too, checked like any row."""
    from tests.reviu.test_aturan_laporan import teks_bersih

    teks = teks_bersih()
    asli = "\tRata-rata capaian\t\t\t\t92,45%\tAA"
    assert asli in teks
    kena = [
        t
        for t in reviu_laporan(baca_laporan_teks(teks.replace(asli, asli[:-2] + "BB", 1)))
        if t.kode == "ARIT-PREDIKAT" and "rata-rata capaian seluruh indikator" in t.pesan
    ]
    assert len(kena) == 1, kena
    assert "tercetak BB" in kena[0].pesan and "92,45%" in kena[0].pesan
    bersih = [t for t in reviu_laporan(baca_laporan_teks(teks)) if t.kode == "ARIT-PREDIKAT"]
    assert bersih == []
