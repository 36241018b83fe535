"""Kept headline figures per agency-year (pengukuran.RingkasanCapaian) and the recap across pemda built on them:
equal to measuring every agency live, stale after any write (the agency-year's own, or data another app adds),
recomputed by the workers' queue, and shown as being recomputed when too many are stale to do while a page waits.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.core.nilai import Angka
from sakip.core.rekap_wilayah import rekap_per_pemda
from sakip.web.dokumen.pekerja import PekerjaTugas
from sakip.web.organisasi.akses import pd_terlihat
from sakip.web.organisasi.models import Pemda, PerangkatDaerah
from sakip.web.pengukuran import services as s
from sakip.web.pengukuran.models import PeriodeRealisasi, RingkasanCapaian
from sakip.web.pengukuran.ringkasan import antrekan_usang, perbarui, rekap_nasional, tahun_usang, usangkan
from sakip.web.pengukuran.tugas import ANTRIAN
from sakip.web.perencanaan.models import Indikator, TahunKinerja
from sakip.web.pertukaran.ke_berkas import hasil_dari_db
from sakip.web.riwayat.services import perubahan_catat


@pytest.fixture
def lain(db):
    pemda = Pemda.objects.create(nama="Kabupaten Lain", provinsi="Jawa Timur")
    return PerangkatDaerah.objects.create(pemda=pemda, nama="Dinas Lain", slug="dinas-lain")


def _semua_pk() -> list[int]:
    return list(TahunKinerja.objects.values_list("pk", flat=True))


def _ubah_iku1(aktor, tk, nilai: str) -> None:
    p = PeriodeRealisasi.objects.get(tahun_kinerja=tk, triwulan=4)
    isian = s.IsianRealisasi(nilai={Indikator.objects.get(renstra=tk.renstra, kode="IKU1").pk: Angka(Decimal(nilai))})
    s.realisasi_simpan(aktor=aktor, tk=tk, triwulan=4, versi=p.versi, isian=isian)


def test_ringkasan_sama_dengan_pengukuran_langsung(tk_dinas):
    assert tahun_usang().count() == TahunKinerja.objects.count()  # nothing kept yet
    assert perbarui(_semua_pk()) == TahunKinerja.objects.count()
    assert not tahun_usang().exists()
    for tk in TahunKinerja.objects.all():
        r, h = RingkasanCapaian.objects.get(pk=tk.pk), hasil_dari_db(tk)
        assert (Decimal(r.rata_rata) if r.rata_rata else None) == h.rata_rata  # exact, not rounded
        assert r.predikat == (h.predikat.kode if h.predikat else "")
        assert (r.pagu, r.realisasi) == (h.anggaran.pagu, h.anggaran.realisasi)
        assert r.pemda_id == tk.perangkat_daerah.pemda_id and r.tahun == tk.tahun


def test_realisasi_berubah_ringkasan_usang_lalu_dihitung_ulang(aktor, tk_dinas):
    perbarui(_semua_pk())
    sebelum = RingkasanCapaian.objects.get(pk=tk_dinas.pk).rata_rata
    _ubah_iku1(aktor["operator"], tk_dinas, "40")
    assert list(tahun_usang().values_list("pk", flat=True)) == [tk_dinas.pk]
    perbarui([tk_dinas.pk])
    r = RingkasanCapaian.objects.get(pk=tk_dinas.pk)
    assert not tahun_usang().exists() and r.rata_rata != sebelum
    assert Decimal(r.rata_rata) == hasil_dari_db(TahunKinerja.objects.get(pk=tk_dinas.pk)).rata_rata


def test_perubahan_tercatat_dan_data_pelengkap_mengusangkan(aktor, tk_dinas, tk_kencong):
    perbarui(_semua_pk())
    # A recorded change of another app's data (a register row) leaves the agency-year's version alone.
    perubahan_catat(aktor=aktor["operator"], pd_id=tk_kencong.perangkat_daerah_id, tahun=None, objek="aduan:1",
                    medan="status", lama="baru", baru="selesai")  # fmt: skip
    assert list(tahun_usang().values_list("pk", flat=True)) == [tk_kencong.pk]
    perbarui([tk_kencong.pk])
    usangkan(tk_dinas.perangkat_daerah_id, tk_dinas.tahun)  # a public survey response
    assert list(tahun_usang().values_list("pk", flat=True)) == [tk_dinas.pk]


def test_antrean_pekerja_menghitung_yang_usang(aktor, tk_dinas):
    jumlah = TahunKinerja.objects.count()
    assert antrekan_usang() == jumlah
    assert antrekan_usang() == 0  # queued a moment ago: not queued twice
    p = PekerjaTugas(sekali=True)
    while p.satu(ANTRIAN) is not None:
        pass
    assert not tahun_usang().exists()
    assert RingkasanCapaian.objects.filter(dihitung_pada__isnull=False, diantre_pada__isnull=True).count() == jumlah
    _ubah_iku1(aktor["operator"], tk_dinas, "41")
    assert antrekan_usang() == 1


def test_rekap_nasional_sama_dengan_rekap_langsung(aktor, lain, tk_dinas):
    r = rekap_nasional(pd_qs=pd_terlihat(aktor["admin"]), tahun=2023)
    langsung = rekap_per_pemda(
        (pd.pemda.nama, hasil_dari_db(tk) if (tk := pd.tahun_kinerja.filter(tahun=2023).first()) else None)
        for pd in PerangkatDaerah.objects.filter(aktif=True).select_related("pemda")
    )
    assert r.jumlah_usang == 0
    assert [(x.pemda, x.jumlah_pd, x.terukur, x.rata_rata, x.serapan, x.sebaran) for x in r.pemda] == [
        (x.pemda, x.jumlah_pd, x.terukur, x.rata_rata, x.serapan, x.sebaran) for x in langsung
    ]
    assert [x.pemda for x in r.pemda] == ["Kabupaten Jember", "Kabupaten Lain"]


def test_halaman_nasional_banyak_usang_diantrekan(klien, aktor, lain, tk_dinas, settings):
    settings.SAKIP_RINGKASAN_SINKRON = 0  # as if thousands were stale: the page does not wait for them
    isi = klien("admin").get(reverse("dasbor:ikhtisar") + "?tahun=2023").content.decode()
    assert "Rekap per pemda" in isi and "sedang dihitung ulang" in isi
    assert 'id="tabel-ikhtisar"' not in isi  # no agency is measured on this page
    assert RingkasanCapaian.objects.filter(diantre_pada__isnull=False).exists()
    data = klien("admin").get(reverse("dasbor:api_ikhtisar", kwargs={"tahun": 2023})).json()
    assert [x["pemda"] for x in data["rekap_pemda"]] == ["Kabupaten Jember", "Kabupaten Lain"]
    p = PekerjaTugas(sekali=True)
    while p.satu(ANTRIAN) is not None:
        pass
    isi = klien("admin").get(reverse("dasbor:ikhtisar") + "?tahun=2023").content.decode()
    assert "sedang dihitung ulang" not in isi
    data = klien("admin").get(reverse("dasbor:api_ikhtisar", kwargs={"tahun": 2023}) + f"?pemda={lain.pemda_id}")
    assert [x["slug"] for x in data.json()["perangkat_daerah"]] == ["dinas-lain"]


def test_ikhtisar_pemda_selalu_mutakhir(aktor, tk_dinas):
    from sakip.web.dasbor.selectors import ikhtisar_pemda

    ikhtisar_pemda(aktor=aktor["admin"], tahun=2023)
    _ubah_iku1(aktor["operator"], tk_dinas, "42")
    baris = {b.pd.pk: b for b in ikhtisar_pemda(aktor=aktor["admin"], tahun=2023)}  # no worker ran in between
    for tk in TahunKinerja.objects.filter(tahun=2023):
        h, b = hasil_dari_db(tk), baris[tk.perangkat_daerah_id].hasil
        assert (b.rata_rata, b.rata_rata_mentah, b.anggaran.serapan) == (
            h.rata_rata,
            h.rata_rata_mentah,
            h.anggaran.serapan,
        )
        assert b.predikat.kode == h.predikat.kode and b.jumlah_indikator == len(h.semua_indikator_sasaran())
