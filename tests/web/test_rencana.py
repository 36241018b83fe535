"""Plan edits: indicator targets, sub kegiatan ceilings (single and bulk), PK versions; history, concurrency,
database constraints."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from sakip.core.nilai import Angka
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import TidakBerwenang
from sakip.web.pengukuran.models import AnggaranTriwulan, PeriodeRealisasi, RealisasiSubKegiatan
from sakip.web.perencanaan import services as s
from sakip.web.perencanaan.models import Indikator, IndikatorKinerja, PerjanjianKinerja, SubKegiatan
from sakip.web.pertukaran.ke_berkas import hasil_dari_db
from sakip.web.riwayat.models import Perubahan


def _ind(tk, kode):
    return Indikator.objects.get(renstra=tk.renstra, kode=kode)


def test_ubah_target_rkt_tercatat_dan_dihitung(aktor, tk_dinas):
    ind = _ind(tk_dinas, "IKU4")
    data = {"nama": ind.nama}
    s.indikator_ubah(
        aktor=aktor["operator"],
        tk=tk_dinas,
        indikator=ind,
        versi=ind.versi,
        data=data,
        target={2025: Angka(Decimal("99.4"))},
        target_rkt=Angka(Decimal("98")),
        alasan="penyesuaian RKT",
    )
    r = Perubahan.objects.filter(objek="indikator:IKU4").order_by("-id")
    assert {(x.medan, x.nilai_lama, x.nilai_baru) for x in r[:2]} == {
        ("target RKT 2023", "99", "98"),
        ("target Renstra 2025", "99.5", "99.4"),
    }
    assert r[0].alasan == "penyesuaian RKT" and r[0].pengguna.username == "operator"
    # The PK (99) still rules the year's target: the engine's precedence, not the web's.
    assert hasil_dari_db(tk_dinas).hasil_indikator("IKU4").target == Angka(Decimal(99))


def test_ubah_indikator_bersamaan_ditolak(aktor, tk_dinas):
    ind = _ind(tk_dinas, "IKU1")
    dibuka = ind.versi
    s.indikator_ubah(
        aktor=aktor["operator"],
        tk=tk_dinas,
        indikator=ind,
        versi=dibuka,
        data={"satuan": "persen"},
        target={},
        target_rkt=Angka(Decimal(90)),
        alasan="a",
    )
    with pytest.raises(KonflikVersi):
        s.indikator_ubah(
            aktor=aktor["admin"],
            tk=tk_dinas,
            indikator=_ind(tk_dinas, "IKU1"),
            versi=dibuka,
            data={"satuan": "%"},
            target={},
            target_rkt=Angka(Decimal(90)),
            alasan="b",
        )
    assert _ind(tk_dinas, "IKU1").satuan == "persen"


def test_rencana_tahun_terkunci_tidak_dapat_diubah(aktor, tk_kencong):
    ind = _ind(tk_kencong, "IKU1")
    with pytest.raises(AlurDitolak, match="sudah dikunci"):
        s.indikator_ubah(
            aktor=aktor["admin"],
            tk=tk_kencong,
            indikator=ind,
            versi=ind.versi,
            data={},
            target={},
            target_rkt=None,
            alasan="x",
        )


def test_alasan_wajib(aktor, tk_dinas):
    ind = _ind(tk_dinas, "IKU1")
    with pytest.raises(AlurDitolak, match="Alasan"):
        s.indikator_ubah(
            aktor=aktor["operator"],
            tk=tk_dinas,
            indikator=ind,
            versi=ind.versi,
            data={},
            target={},
            target_rkt=None,
            alasan=" ",
        )


def test_kepala_dan_reviewer_tidak_mengubah_rencana(aktor, tk_dinas):
    ind = _ind(tk_dinas, "IKU1")
    for peran in ("kepala", "reviewer", "operator-kencong"):
        with pytest.raises(TidakBerwenang):
            s.indikator_ubah(
                aktor=aktor[peran],
                tk=tk_dinas,
                indikator=ind,
                versi=ind.versi,
                data={},
                target={},
                target_rkt=None,
                alasan="x",
            )


def test_pagu_massal_semua_atau_tidak(klien, tk_dinas):
    subs = list(
        SubKegiatan.objects.filter(tahun_kinerja=tk_dinas).order_by(
            "kegiatan__program__urutan", "kegiatan__urutan", "urutan"
        )
    )
    url = reverse("anggaran:pagu", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    data = {"alasan": "pergeseran anggaran"}
    for x in subs:
        data[f"pagu_{x.pk}"] = str(x.pagu)
        data[f"versi_{x.pk}"] = str(x.versi)
    data[f"pagu_{subs[0].pk}"] = "4.200.000.000,00"
    data[f"pagu_{subs[1].pk}"] = "sejuta"
    c = klien("operator")
    r = c.post(url, data)
    assert r.status_code == 400 and "bukan angka yang sah" in r.content.decode()
    assert SubKegiatan.objects.get(pk=subs[0].pk).pagu == subs[0].pagu  # nothing saved
    data[f"pagu_{subs[1].pk}"] = "190.000.000"
    r = c.post(url, data)
    assert r.status_code == 302
    assert SubKegiatan.objects.get(pk=subs[0].pk).pagu == Decimal("4200000000")
    assert SubKegiatan.objects.get(pk=subs[1].pk).pagu == Decimal("190000000")
    assert Perubahan.objects.filter(
        sumber=Perubahan.MASSAL, objek=f"sub_kegiatan:{subs[0].kode}", medan="pagu"
    ).exists()
    h = hasil_dari_db(tk_dinas)
    assert h.anggaran.pagu == sum((x.pagu for x in SubKegiatan.objects.filter(tahun_kinerja=tk_dinas)), Decimal(0))
    # The same form posted again with the old versions is refused.
    r = c.post(url, data | {f"pagu_{subs[0].pk}": "4.100.000.000"})
    assert r.status_code == 409 and "diubah oleh pengguna lain" in r.content.decode()


def test_formulir_sub_kegiatan_pesan_di_samping_kolom(klien, tk_dinas):
    sub = SubKegiatan.objects.filter(tahun_kinerja=tk_dinas).first()
    url = reverse(
        "perencanaan:sub_kegiatan", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023, "kode": sub.kode}
    )
    r = klien("operator").post(
        url, {"versi": sub.versi, "nama": sub.nama, "pagu": "-5", "belanja_modal": "x", "alasan": "a"}
    )
    teks = r.content.decode()
    assert r.status_code == 400
    assert "tidak boleh kurang dari 0" in teks
    assert "&#x27;x&#x27; bukan angka yang sah" in teks or "'x' bukan angka yang sah" in teks


def test_pk_perubahan_versi_berdampingan(aktor, klien, tk_dinas):
    op, kp = aktor["operator"], aktor["kepala"]
    with pytest.raises(AlurDitolak, match="alasan"):
        s.pk_buat(aktor=op, tk=tk_dinas, alasan="")
    v = s.pk_buat(aktor=op, tk=tk_dinas, alasan="Perubahan APBD: anggaran aplikasi ditambah")
    assert v.jenis == "perubahan" and v.status == "draf"
    t = v.target.get(indikator__kode="IKU3")
    s.pk_ubah(
        aktor=op,
        tk=tk_dinas,
        pk=v,
        versi=v.versi,
        data={"nomor": "800/09/2023"},
        target={t.pk: Angka(Decimal(18))},
        anggaran={"2.16.03": Decimal("2600000000")},
        alasan="target disesuaikan",
    )
    # A draft is not measured against.
    assert hasil_dari_db(tk_dinas).hasil_indikator("IKU3").target == Angka(Decimal(20))
    with pytest.raises(TidakBerwenang):
        s.pk_tandatangani(aktor=op, tk=tk_dinas, pk=v, versi=PerjanjianKinerja.objects.get(pk=v.pk).versi)
    s.pk_tandatangani(
        aktor=kp,
        tk=tk_dinas,
        pk=PerjanjianKinerja.objects.get(pk=v.pk),
        versi=PerjanjianKinerja.objects.get(pk=v.pk).versi,
    )
    v.refresh_from_db()
    assert v.pihak_pertama["nama"].startswith("ANDI PRASETYO") and v.pihak_kedua["jabatan"] == "Bupati Jember"
    assert hasil_dari_db(tk_dinas).hasil_indikator("IKU3").target == Angka(Decimal(18))
    with pytest.raises(AlurDitolak):
        s.pk_ubah(aktor=op, tk=tk_dinas, pk=v, versi=v.versi, data={}, target={}, anggaran={}, alasan="x")
    teks = (
        klien("reviewer")
        .get(reverse("perencanaan:pk", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023}))
        .content.decode()
    )
    assert teks.count("Versi ") >= 2 and 'class="kanan beda"' in teks and "berlaku" in teks


def test_batasan_basis_data(tk_dinas):
    sub = SubKegiatan.objects.filter(tahun_kinerja=tk_dinas).first()
    with pytest.raises(IntegrityError), transaction.atomic():
        SubKegiatan.objects.filter(pk=sub.pk).update(pagu=Decimal(-1))
    with pytest.raises(IntegrityError), transaction.atomic():
        SubKegiatan.objects.filter(pk=sub.pk).update(belanja_modal=sub.pagu + 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        PeriodeRealisasi.objects.create(tahun_kinerja=tk_dinas, triwulan=5)
    with pytest.raises(IntegrityError), transaction.atomic():
        PeriodeRealisasi.objects.create(tahun_kinerja=tk_dinas, triwulan=1)  # one per quarter
    rs = RealisasiSubKegiatan.objects.filter(sub_kegiatan__tahun_kinerja=tk_dinas).first()
    with pytest.raises(IntegrityError), transaction.atomic():
        AnggaranTriwulan.objects.create(realisasi=rs, triwulan=4, jumlah=Decimal(-3))
    with pytest.raises(IntegrityError), transaction.atomic():
        Indikator.objects.create(
            renstra=tk_dinas.renstra, kode="IKU1", nama="duplikat", sasaran=_ind(tk_dinas, "IKU2").sasaran
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        IndikatorKinerja.objects.create(nama="tanpa induk")
    with pytest.raises(IntegrityError), transaction.atomic():
        PerjanjianKinerja.objects.create(tahun_kinerja=tk_dinas, jenis="perubahan", alasan_perubahan="")
    with pytest.raises(IntegrityError), transaction.atomic():
        PeriodeRealisasi.objects.filter(tahun_kinerja=tk_dinas, triwulan=4).update(
            status="dikembalikan", alasan_dikembalikan=""
        )


def test_mulai_tahun_berikutnya(aktor, klien, tk_dinas):
    from sakip.web.perencanaan.models import TahunKinerja
    from sakip.web.pertukaran.ke_berkas import berkas_dari_db

    baru = s.tahun_kinerja_lanjutkan(aktor=aktor["operator"], tk=tk_dinas, tahun=2024)
    b_lama, b_baru = berkas_dari_db(tk_dinas), berkas_dari_db(baru)
    assert [p.kode for p in b_baru.rkt.program] == [p.kode for p in b_lama.rkt.program]
    assert sum(x.pagu for x in b_baru.rkt.semua_sub_kegiatan()) == sum(x.pagu for x in b_lama.rkt.semua_sub_kegiatan())
    assert b_baru.realisasi.indikator == {} and b_baru.pk == [] and b_baru.iku.indikator == b_lama.iku.indikator
    h = hasil_dari_db(baru)
    assert h.hasil_indikator("IKU3").target == Angka(Decimal(26))  # the Renstra's 2024 target
    assert h.hasil_indikator("IKU3").capaian.tampil() == "belum diisi"
    with pytest.raises(AlurDitolak, match="sudah ada"):
        s.tahun_kinerja_lanjutkan(aktor=aktor["operator"], tk=tk_dinas, tahun=2024)
    with pytest.raises(AlurDitolak, match="di luar periode"):
        s.tahun_kinerja_lanjutkan(aktor=aktor["operator"], tk=tk_dinas, tahun=2030)
    with pytest.raises(TidakBerwenang):
        s.tahun_kinerja_lanjutkan(aktor=aktor["kepala"], tk=tk_dinas, tahun=2025)
    assert TahunKinerja.objects.filter(perangkat_daerah=tk_dinas.perangkat_daerah).count() == 2
    assert (
        klien("operator")
        .get(reverse("dasbor:dasbor", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2024}))
        .status_code
        == 200
    )
