"""Every data-level rule, positive and negative, on the clean Kencong berkas."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from sakip.core.capaian import Polaritas
from sakip.core.hitung import hitung
from sakip.core.model import BagianTidakDirinci, Berkas
from sakip.core.nilai import Angka
from sakip.core.register import StatusAduan
from sakip.core.reviu import reviu_berkas

from .bantu import berkas_bersih, indikator, kencong


def _sub(b: Berkas, kode: str):
    for s in b.rkt.semua_sub_kegiatan():
        if s.kode == kode:
            return s
    raise AssertionError(kode)


def _polaritas(b: Berkas) -> None:
    indikator(b, "IKU2").polaritas = None


def _target_kosong(b: Berkas) -> None:
    b.rkt.program[3].indikator[0].target = None


def _target_beda(b: Berkas) -> None:
    b.rkt.target["IKU3"] = Angka(Decimal(97))


def _output_beda(b: Berkas) -> None:
    b.realisasi.sub_kegiatan["7.01.01.2.02.0001"].target_output = [Angka(Decimal(14))]


def _iku_rumus(b: Berkas) -> None:
    ind = indikator(b, "IKU3")
    ind.penyebut = ind.pembilang


def _iku_kosong(b: Berkas) -> None:
    indikator(b, "IKU2").sumber_data = ""


def _output_kosong(b: Berkas) -> None:
    _sub(b, "7.01.04.2.01.0002").indikator = []


def _pk_perubahan(b: Berkas) -> None:
    b.pk[0].alasan_perubahan = ""


def _tanpa_pk(b: Berkas) -> None:
    b.pk = []


def _iku_program(b: Berkas) -> None:
    b.realisasi.indikator["IKU1"].tahunan = Angka(Decimal(93))


def _terhitung(b: Berkas) -> None:
    b.register.aduan[-1].status = StatusAduan.SELESAI  # 20 of 20 resolved, while 95% stays typed
    b.register.aduan[-1].tanggal_selesai = date(2023, 12, 1)


def _refocusing(b: Berkas) -> None:
    b.refocusing.total_dinyatakan = Decimal(333627175)


def _tidak_dirinci(b: Berkas) -> None:
    b.rkt.program[1].tidak_dirinci = BagianTidakDirinci(pagu=Decimal(1000), realisasi=Decimal(1000), keterangan="x")
    b.pk[0].anggaran_program["7.01.02"] += Decimal(1000)


def _realisasi_kosong(b: Berkas) -> None:
    b.realisasi.sub_kegiatan["7.01.04.2.01.0002"].anggaran = None


def _realisasi_lebih(b: Berkas) -> None:
    b.realisasi.sub_kegiatan["7.01.04.2.01.0002"].anggaran = Decimal(3640001)


def _pk_anggaran(b: Berkas) -> None:
    b.pk[0].anggaran_program["7.01.02"] = Decimal(790658001)


def _jumlah_pegawai(b: Berkas) -> None:
    b.instansi.kepegawaian.ringkasan["ASN"] = 12


def _penduduk(b: Berkas) -> None:
    b.instansi.wilayah.penduduk_per_pekerjaan[0].jumlah -= 785


def _sel_kosong(b: Berkas) -> None:
    b.instansi.kepegawaian.per_jabatan[8].jumlah = None


def _pangkat(b: Berkas) -> None:
    b.instansi.kepegawaian.per_golongan[1].pangkat = "Penata"


def _tanggal(b: Berkas) -> None:
    b.laporan.tanggal = date(2023, 1, 31)


def _analisis(b: Berkas) -> None:
    indikator(b, "IKU4").realisasi_lalu.pop(2022)


def _seluruh(b: Berkas) -> None:
    b.realisasi.indikator["IKU4"].analisis.penyebab = "Seluruh aduan yang masuk terselesaikan sesuai SOP."


KASUS: dict[str, Callable[[Berkas], None]] = {
    "RENC-POLARITAS": _polaritas,
    "RENC-TARGET-KOSONG": _target_kosong,
    "RENC-TARGET-BEDA": _target_beda,
    "RENC-OUTPUT-BEDA": _output_beda,
    "RENC-IKU-RUMUS": _iku_rumus,
    "RENC-IKU-KOSONG": _iku_kosong,
    "RENC-OUTPUT-KOSONG": _output_kosong,
    "RENC-PK-PERUBAHAN": _pk_perubahan,
    "LENGKAP-PK": _tanpa_pk,
    "ARIT-IKU-RUMUS": _iku_program,
    "ARIT-TERHITUNG": _terhitung,
    "ANGG-REFOCUSING": _refocusing,
    "ANGG-TIDAK-DIRINCI": _tidak_dirinci,
    "ANGG-REALISASI-KOSONG": _realisasi_kosong,
    "ANGG-REALISASI-LEBIH": _realisasi_lebih,
    "ANGG-PK": _pk_anggaran,
    "ARIT-JUMLAH": _jumlah_pegawai,
    "ARIT-RINCIAN": _penduduk,
    "LENGKAP-SEL-KOSONG": _sel_kosong,
    "DATA-PANGKAT": _pangkat,
    "PROSA-TANGGAL": _tanggal,
    "LENGKAP-ANALISIS": _analisis,
    "PROSA-SELURUH": _seluruh,
}


def test_berkas_bersih_tanpa_temuan():
    assert [(t.kode, t.lokasi, t.pesan) for t in reviu_berkas(berkas_bersih())] == []


@pytest.mark.parametrize("kode", sorted(KASUS))
def test_aturan_berkas_menemukan_yang_diubah(kode):
    b = berkas_bersih()
    KASUS[kode](b)
    temuan = reviu_berkas(b)
    kena = [t for t in temuan if t.kode == kode]
    assert kena, f"{kode} tidak muncul; temuan: {[(t.kode, t.pesan[:80]) for t in temuan]}"
    for t in kena:
        assert t.jalur, "temuan berkas harus menunjuk data yang dimaksud"
        assert t.sumber == "berkas"


def _tahun_lalu(b: Berkas) -> Berkas:
    """Last year's berkas consistent with what this year's berkas records about 2022."""
    lalu = copy.deepcopy(b)
    lalu.tahun = 2022
    lalu.pk = []
    for ind in lalu.renstra.semua_indikator():
        r = lalu.realisasi.indikator.get(ind.id)
        if r is not None:
            r.tahunan = ind.realisasi_lalu.get(2022)
    h = hitung(lalu)
    b.anggaran_lalu[0].pagu = h.anggaran.pagu
    b.anggaran_lalu[0].realisasi = h.anggaran.realisasi
    return lalu


def test_tahun_lalu_sesuai_tanpa_temuan():
    b = berkas_bersih()
    lalu = _tahun_lalu(b)
    assert [t.kode for t in reviu_berkas(b, tahun_lalu=lalu) if t.kode == "SILANG-TAHUN-LALU"] == []


def test_tahun_lalu_berbeda_ditemukan():
    b = berkas_bersih()
    lalu = _tahun_lalu(b)
    lalu.realisasi.indikator["IKU2"].tahunan = Angka(Decimal(89))
    lalu.realisasi.sub_kegiatan["7.01.04.2.01.0002"].anggaran = Decimal(3000000)
    kena = [t for t in reviu_berkas(b, tahun_lalu=lalu) if t.kode == "SILANG-TAHUN-LALU"]
    assert {t.jalur for t in kena} == {"renstra.sasaran[1].indikator[0].realisasi_lalu.2022", "anggaran_lalu[0]"}
    ikm = next(t for t in kena if "IKU2" in t.lokasi)
    assert (ikm.tercetak, ikm.seharusnya) == ("91", "89")


def test_polaritas_negatif_tidak_dianggap_kosong():
    b = berkas_bersih()
    indikator(b, "IKU2").polaritas = Polaritas.NEGATIF
    assert "RENC-POLARITAS" not in {t.kode for t in reviu_berkas(b)}


def test_berkas_kencong_apa_adanya():
    """The Kencong berkas as recorded from the seed: the findings its catatan_sumber already admits."""
    temuan = reviu_berkas(kencong())
    kode = [t.kode for t in temuan]
    assert kode.count("RENC-OUTPUT-BEDA") == 7  # 14 vs 11 OB, 30 vs 1, 2 vs 1, 12 vs 13, 1 vs 5, 1 vs 2, 5 vs 12
    per = {t.kode: t for t in temuan}
    assert (per["ANGG-REFOCUSING"].tercetak, per["ANGG-REFOCUSING"].seharusnya) == ("333.627.175", "509.937.950")
    assert per["ARIT-IKU-RUMUS"].tercetak == "93%"
    assert per["ARIT-IKU-RUMUS"].seharusnya == "50,00%–75,00%"
    assert (per["RENC-TARGET-BEDA"].tercetak, per["RENC-TARGET-BEDA"].seharusnya) == ("97", "96,5")
    assert (per["ARIT-RINCIAN"].tercetak, per["ARIT-RINCIAN"].seharusnya) == ("71.282", "72.067")
    assert per["RENC-OUTPUT-KOSONG"].jalur == "rkt.program[2].kegiatan[1].sub_kegiatan"
    assert per["ANGG-TIDAK-DIRINCI"].tercetak == "44.039.600"
    assert per["PROSA-SELURUH"].jalur == "realisasi.indikator.IKU4.analisis.penyebab"
    assert per["LENGKAP-ANALISIS"].jalur == "renstra.sasaran[3].indikator[0].realisasi_lalu.2022"
    assert {t.tingkat.value for t in temuan if t.kode in ("ARIT-IKU-RUMUS", "ANGG-REFOCUSING")} == {"galat"}
    # stable keys: the same berkas twice gives the same keys
    assert [t.kunci for t in temuan] == [t.kunci for t in reviu_berkas(kencong())]


def test_galat_terbuka_dan_tindak_lanjut():
    from sakip.core.reviu import DITINDAKLANJUTI, TIDAK_RELEVAN, galat_terbuka

    temuan = reviu_berkas(kencong())
    galat = [t for t in temuan if t.tingkat.value == "galat"]
    assert galat_terbuka(temuan, {}) == galat
    status = {galat[0].kunci: DITINDAKLANJUTI, galat[1].kunci: TIDAK_RELEVAN}
    assert galat_terbuka(temuan, status) == galat[2:]
    assert galat_terbuka(temuan, {galat[0].kunci: "dalam proses"}) == galat


def test_belanja_modal_melebihi_pagu():
    b = berkas_bersih()
    _sub(b, "7.01.04.2.01.0002").belanja_modal = Decimal(3640001)
    kena = [t for t in reviu_berkas(b) if t.kode == "ANGG-KOMPOSISI"]
    assert [t.jalur for t in kena] == ["rkt.sub_kegiatan.7.01.04.2.01.0002.belanja_modal"]
