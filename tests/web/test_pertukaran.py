"""Import and export of a berkas: exact round trip, all-or-nothing, Indonesian messages, history."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from django.urls import reverse

from sakip.berkas.baca import BerkasTidakValid, baca_berkas, baca_teks
from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.perencanaan.models import Indikator, SubKegiatan, TahunKinerja
from sakip.web.pertukaran.ke_berkas import berkas_dari_db
from sakip.web.pertukaran.services import berkas_ekspor, berkas_impor
from sakip.web.riwayat.models import Perubahan

CONTOH = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("nama", ["kencong-2023.yaml", "diskominfo-jember-2023-sintetis.yaml"])
def test_impor_lalu_ekspor_tanpa_selisih(db, nama):
    asli = baca_berkas(CONTOH / nama)
    tk = TahunKinerja.objects.get(perangkat_daerah__nama=asli.instansi.nama, tahun=asli.tahun)
    assert berkas_dari_db(tk) == asli


def test_ekspor_dibaca_ulang_sama(db, aktor, tk_kencong):
    teks = berkas_ekspor(aktor=aktor["reviewer"], tk=tk_kencong)
    assert baca_teks(teks) == baca_berkas(CONTOH / "kencong-2023.yaml")


def test_impor_ulang_ke_basis_data_kosong(db, aktor, tk_dinas):
    """Export, delete, import again: the same berkas comes back (a second, independent round trip)."""
    teks = berkas_ekspor(aktor=aktor["admin"], tk=tk_dinas)
    pd = tk_dinas.perangkat_daerah
    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        PeriodeRealisasi.objects.filter(tahun_kinerja=tk_dinas).update(status="draft")
    hasil = berkas_impor(aktor=aktor["admin"], teks=teks, pd=pd, alasan="uji")
    assert berkas_dari_db(hasil.tahun_kinerja) == baca_teks(teks)
    assert hasil.dibuat is False


def test_impor_mencatat_riwayat(db, tk_kencong):
    r = Perubahan.objects.filter(perangkat_daerah=tk_kencong.perangkat_daerah, sumber=Perubahan.IMPOR)
    assert r.filter(objek="indikator:IKU2", medan__contains="target").exists()
    assert r.filter(objek__startswith="sub_kegiatan:7.01.01.2.02.0001").exists()


def test_impor_tidak_valid_tidak_menyimpan_apa_pun(db, aktor):
    jumlah_pd = PerangkatDaerah.objects.count()
    jumlah_ind = Indikator.objects.count()
    teks = (CONTOH / "diskominfo-jember-2023-sintetis.yaml").read_text(encoding="utf-8")
    rusak = teks.replace("Dinas Komunikasi dan Informatika\n  jenis", "Dinas Baru Uji\n  jenis").replace(
        "pagu: 980000000", "pagu: -5"
    )
    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=aktor["admin"], teks=rusak)
    pesan = " ".join(str(m) for m in e.value.masalah)
    assert "tidak boleh negatif" in pesan
    assert PerangkatDaerah.objects.count() == jumlah_pd
    assert Indikator.objects.count() == jumlah_ind


def test_impor_sintaks_salah_pesan_berlokasi(db, aktor):
    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=aktor["admin"], teks="format: sakip-berkas\ntahun: [2023\n")
    assert "baris" in str(e.value.masalah[0])


def test_impor_ke_tahun_terkunci_ditolak(db, aktor, tk_kencong):
    teks = berkas_ekspor(aktor=aktor["admin"], tk=tk_kencong)
    sebelum = SubKegiatan.objects.filter(tahun_kinerja=tk_kencong).count()
    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=aktor["admin"], teks=teks, pd=tk_kencong.perangkat_daerah)
    assert "buka kembali" in str(e.value.masalah[0])
    assert SubKegiatan.objects.filter(tahun_kinerja=tk_kencong).count() == sebelum


def test_impor_berkas_milik_pd_lain_ditolak(db, aktor, tk_dinas, tk_kencong):
    teks = (CONTOH / "kencong-2023.yaml").read_text(encoding="utf-8")
    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=aktor["operator"], teks=teks, pd=tk_dinas.perangkat_daerah)
    assert "bukan" in str(e.value.masalah[0])


def test_operator_tidak_boleh_impor_terkunci(db, aktor, tk_dinas):
    from sakip.web.organisasi.akses import TidakBerwenang

    with pytest.raises(TidakBerwenang):
        berkas_impor(aktor=aktor["operator"], teks="x", pd=tk_dinas.perangkat_daerah, kunci_sampai=4)


def test_halaman_impor_menampilkan_masalah(klien, tk_dinas):
    from django.core.files.uploadedfile import SimpleUploadedFile

    c = klien("admin")
    f = SimpleUploadedFile(
        "rusak.yaml", b"format: sakip-berkas\nversi: 1\ntahun: 2023\n", content_type="application/x-yaml"
    )
    r = c.post(reverse("pertukaran:impor"), {"berkas": f, "kunci_sampai": "0"})
    assert r.status_code == 400
    teks = r.content.decode()
    assert "tidak dapat diimpor" in teks
    assert "wajib diisi" in teks


def test_unduh_ekspor(klien, tk_kencong):
    r = klien("reviewer").get(
        reverse("pertukaran:ekspor", kwargs={"pd": tk_kencong.perangkat_daerah.slug, "tahun": 2023})
    )
    assert r.status_code == 200
    assert baca_teks(r.content.decode()) == baca_berkas(CONTOH / "kencong-2023.yaml")


def test_cache_bersama_antar_proses_dan_tanda_tulis(aktor, tk_dinas):
    """A second worker (empty memory) reads the shared result; a write makes a new mark, so nothing stale is read."""
    from decimal import Decimal

    from sakip.core.nilai import Angka
    from sakip.web.pengukuran import services as s
    from sakip.web.pengukuran.models import PeriodeRealisasi
    from sakip.web.pertukaran import ke_berkas

    h1 = ke_berkas.hasil_dari_db(tk_dinas)
    with ke_berkas._KUNCI:
        ke_berkas._CACHE.clear()  # another process: its own memory is empty
    h2 = ke_berkas.hasil_dari_db(tk_dinas)
    assert h2 is not h1 and h2.rata_rata == h1.rata_rata
    ind = Indikator.objects.get(renstra=tk_dinas.renstra, kode="IKU4")
    p = PeriodeRealisasi.objects.get(tahun_kinerja=tk_dinas, triwulan=4)
    s.realisasi_simpan(
        aktor=aktor["operator"],
        tk=tk_dinas,
        triwulan=4,
        versi=p.versi,
        isian=s.IsianRealisasi(nilai={ind.pk: Angka(Decimal(50))}),
    )
    with ke_berkas._KUNCI:
        ke_berkas._CACHE.clear()
    h3 = ke_berkas.hasil_dari_db(tk_dinas)
    assert h3.hasil_indikator("IKU4").realisasi == Angka(Decimal(50))


def test_cache_proses_hanya_menyimpan_versi_terakhir(aktor, tk_dinas):
    """After a write the entries of the old version leave this process's memory at once (the soak showed the
    workers growing until the LRU bound); the other agency-years' entries stay."""
    from decimal import Decimal

    from sakip.core.nilai import Angka
    from sakip.web.pengukuran import services as s
    from sakip.web.pengukuran.models import PeriodeRealisasi
    from sakip.web.perencanaan.models import TahunKinerja
    from sakip.web.pertukaran import ke_berkas

    lain = TahunKinerja.objects.exclude(pk=tk_dinas.pk).first()
    ke_berkas.hasil_dari_db(lain)
    ke_berkas.hasil_dari_db(tk_dinas)
    ke_berkas.berkas_dari_db(tk_dinas, triwulan=frozenset({1, 2}))
    punya = lambda pk: [k for k in ke_berkas._CACHE if k[1] == pk]  # noqa: E731
    lama = set(punya(tk_dinas.pk))
    assert len(lama) >= 3 and punya(lain.pk)
    ind = Indikator.objects.get(renstra=tk_dinas.renstra, kode="IKU4")
    p = PeriodeRealisasi.objects.get(tahun_kinerja=tk_dinas, triwulan=4)
    s.realisasi_simpan(
        aktor=aktor["operator"],
        tk=tk_dinas,
        triwulan=4,
        versi=p.versi,
        isian=s.IsianRealisasi(nilai={ind.pk: Angka(Decimal(51))}),
    )
    h = ke_berkas.hasil_dari_db(tk_dinas)
    assert h.hasil_indikator("IKU4").realisasi == Angka(Decimal(51))
    sekarang = set(punya(tk_dinas.pk))
    assert not (sekarang & lama), "no entry of the old version is left"
    assert {k[0] for k in sekarang} == {"berkas", "hasil"}
    assert punya(lain.pk), "other agency-years keep theirs"


def test_impor_ulang_menjaga_pk_yang_ditandatangani(db, aktor, tk_dinas):
    """Re-import keeps every signed PK version (same rows); a berkas that changes or drops one is refused,
    naming it, and nothing is saved."""
    from sakip.web.perencanaan.models import PerjanjianKinerja

    ttd = list(
        PerjanjianKinerja.objects.filter(tahun_kinerja=tk_dinas, status="ditandatangani").values_list("pk", flat=True)
    )
    assert ttd, "data demo harus memuat PK yang ditandatangani"
    teks = berkas_ekspor(aktor=aktor["admin"], tk=tk_dinas)
    pd = tk_dinas.perangkat_daerah
    with kunci_dibuka():
        PeriodeRealisasi.objects.filter(tahun_kinerja=tk_dinas).update(status="draft")
    berkas_impor(aktor=aktor["admin"], teks=teks, pd=pd, alasan="uji")
    assert sorted(
        PerjanjianKinerja.objects.filter(tahun_kinerja=tk_dinas, status="ditandatangani").values_list("pk", flat=True)
    ) == sorted(ttd)
    d = yaml.safe_load(teks)
    d["pk"][0]["nomor"] = "NOMOR-LAIN"
    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=aktor["admin"], teks=yaml.safe_dump(d, allow_unicode=True), pd=pd, alasan="uji")
    pesan = " ".join(str(m) for m in e.value.masalah)
    assert "ke-1" in pesan and "sudah ditandatangani" in pesan and "nomor" in pesan
    d["pk"] = []
    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=aktor["admin"], teks=yaml.safe_dump(d, allow_unicode=True), pd=pd, alasan="uji")
    assert "tidak ada di berkas ini" in " ".join(str(m) for m in e.value.masalah)
    assert sorted(PerjanjianKinerja.objects.filter(tahun_kinerja=tk_dinas).values_list("pk", flat=True)) == sorted(ttd)
