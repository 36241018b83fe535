from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.berkas.daerah import baca_folder
from sakip.core.cascading import JenisCelah, periksa_cascading, pk_per_jabatan, pohon_kinerja, tabel_cascading
from sakip.core.konsolidasi import hitung_daerah
from sakip.core.model_daerah import AturanKonsolidasi, RealisasiRpjmd
from sakip.core.nilai import Angka

CONTOH = Path(__file__).resolve().parents[2] / "examples" / "jember-2023-sintetis"


@pytest.fixture(scope="module")
def daerah():
    return baca_folder(CONTOH)


def _ind(h, id_):
    return next(i for i in h.indikator_tujuan + h.semua_indikator_sasaran() if i.indikator.id == id_)


def test_rata_rata_dari_perangkat_daerah(daerah):
    h = hitung_daerah(daerah)
    ipp = _ind(h, "ISR2.1")
    nilai = [k.realisasi.nilai for k in ipp.kontributor]
    assert len(nilai) == 5  # Dinkes, Puger, Ambulu, Sumberbaru and Kencong's IKM
    assert ipp.realisasi == Angka(sum(nilai, Decimal(0)) / 5)
    assert ipp.asal == "konsolidasi"
    assert abs(ipp.capaian.nilai - ipp.realisasi.nilai / Decimal(90) * 100) < Decimal("1e-20")


def test_tertimbang_menurut_kontribusi(daerah):
    h = hitung_daerah(daerah)
    pad = _ind(h, "ISR2.2")
    # 103,4 × 80 + 92 × 10 + 97,5 × 5 + 101 × 5, over 100
    assert pad.realisasi == Angka(Decimal("101.845"))
    assert "× 80,00%" in pad.penjelasan


def test_jumlah_dan_realisasi_bappeda(daerah):
    h = hitung_daerah(daerah)
    desa = _ind(h, "ISR2.3")
    assert desa.realisasi == Angka(Decimal(6)) and desa.indikator.konsolidasi is AturanKonsolidasi.JUMLAH
    rb = _ind(h, "IT2.1")
    assert rb.asal == "bappeda" and rb.realisasi == Angka(Decimal("66.12"))


def test_realisasi_bappeda_mengalahkan_aturan(daerah):
    bd = replace(daerah.berkas, realisasi={"ISR2.3": RealisasiRpjmd(Angka(Decimal(9)), "BPS")})
    h = hitung_daerah(replace(daerah, berkas=bd))
    assert _ind(h, "ISR2.3").realisasi == Angka(Decimal(9))
    assert "BPS" in _ind(h, "ISR2.3").penjelasan


def test_anggaran_per_sasaran_dan_urusan(daerah):
    h = hitung_daerah(daerah)
    total_urusan = sum((u.pagu for u in h.anggaran_urusan), Decimal(0))
    assert (
        total_urusan
        == h.pagu
        == sum(
            (b.rkt.program and h.perangkat_daerah[i].pagu for i, b in enumerate(daerah.perangkat_daerah)), Decimal(0)
        )
    )
    sr31 = next(s for s in h.sasaran if s.sasaran.id == "SR3.1")
    pu = next(r for r in h.perangkat_daerah if r.nama.startswith("Dinas Pekerjaan"))
    assert sr31.pagu == pu.pagu  # both PU programs serve its only sasaran, linked to SR3.1
    assert sum(h.sebaran_predikat.values()) == len(daerah.perangkat_daerah)


def test_pohon_dan_celah_kencong(daerah):
    k = next(b for b in daerah.perangkat_daerah if b.instansi.nama == "Kecamatan Kencong")
    pohon = pohon_kinerja(k, daerah.berkas.rpjmd)
    assert pohon.jumlah_simpul > 40
    celah = periksa_cascading(k, daerah.berkas.rpjmd)
    jenis = {c.jenis for c in celah}
    assert JenisCelah.KEGIATAN_TANPA_INDIKATOR in jenis  # 7.01.03.2.06 is printed without an indicator
    assert JenisCelah.INDIKATOR_TANPA_PEMILIK not in jenis


def test_celah_terdeteksi(daerah):
    b = daerah.perangkat_daerah[0]
    b2 = replace(b, renstra=replace(b.renstra, sasaran=[replace(s, rpjmd=[]) for s in b.renstra.sasaran]))
    b2.rkt.program[0].indikator[0].pemilik = ""
    try:
        jenis = [c.jenis for c in periksa_cascading(b2)]
    finally:
        b2.rkt.program[0].indikator[0].pemilik = "sekretaris"
    assert JenisCelah.SASARAN_TANPA_RPJMD in jenis and JenisCelah.INDIKATOR_TANPA_PEMILIK in jenis


def test_pk_per_level_dan_matriks(daerah):
    k = next(b for b in daerah.perangkat_daerah if b.instansi.nama == "Kecamatan Kencong")
    pk = {p.jabatan.id: p for p in pk_per_jabatan(k)}
    assert pk["sekcam"].pihak_kedua == k.instansi.kepala  # signed by the Camat
    assert pk["kasi-trantib"].total_anggaran == Decimal("349618000")
    assert "camat" not in pk  # the head's PK is the agency PK
    t = tabel_cascading(k, daerah.berkas.rpjmd)
    assert len(t.baris) >= len(k.rkt.semua_sub_kegiatan())
    assert all(len(b.sel) == len(t.kolom) for b in t.baris)
