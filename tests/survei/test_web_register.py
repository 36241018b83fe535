"""Registers on the web: entry, permissions, locked quarters, sources, computed realisasi frozen at lock."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.core.nilai import Angka
from sakip.web.register.models import Aduan, KegiatanRegister, NilaiTerkunci, SumberRealisasi
from sakip.web.register.selectors import hasil_lengkap
from sakip.web.riwayat.models import Perubahan

pytestmark = pytest.mark.django_db


def url(nama, pd, **kw):
    return reverse(f"register:{nama}", kwargs={"pd": pd.slug, "tahun": 2023, **kw})


def aduan_baru(c, pd, nomor, diterima, status="selesai", selesai="", kategori="Ketertiban umum", **lain):
    data = {
        "nomor": nomor,
        "tanggal_diterima": diterima,
        "kategori": kategori,
        "ringkasan": "PKL di trotoar",
        "penanganan": "Pembinaan sesuai SOP",
        "status": status,
        "tanggal_selesai": selesai,
        **lain,
    }
    return c.post(url("aduan", pd), data)


def test_operator_mencatat_aduan_dan_riwayat(klien, dinas):
    op = klien("operator")
    r = aduan_baru(op, dinas, "A-1", "2023-11-02", selesai="2023-11-04", kanal="WhatsApp", bukti="BA-1\nfoto.jpg")
    assert r.status_code == 302, r.content.decode()[:1500]
    a = Aduan.objects.get(perangkat_daerah=dinas, nomor="A-1")
    assert a.bukti == ["BA-1", "foto.jpg"] and a.status == "selesai"
    assert Perubahan.objects.filter(perangkat_daerah=dinas, objek="aduan:A-1", medan="status").exists()
    daftar = op.get(url("aduan", dinas)).content.decode()
    assert "PKL di trotoar" in daftar


def test_aduan_tidak_sah_ditolak(klien, dinas):
    op = klien("operator")
    r = aduan_baru(op, dinas, "A-2", "2023-11-02", status="selesai", selesai="")
    assert r.status_code == 400 and "wajib mencatat tanggal selesai" in r.content.decode()
    r = aduan_baru(op, dinas, "A-3", "2023-11-05", status="selesai", selesai="2023-11-01")
    assert r.status_code == 400 and "mendahului tanggal diterima" in r.content.decode()
    aduan_baru(op, dinas, "A-4", "2023-11-05", status="diproses")
    r = aduan_baru(op, dinas, "A-4", "2023-11-06", status="diproses")
    assert r.status_code == 400 and "sudah dipakai" in r.content.decode()
    assert Aduan.objects.filter(perangkat_daerah=dinas).count() == 1


def test_triwulan_terkunci_tidak_dapat_diubah(klien, dinas):
    # Diskominfo 2023: triwulan I–III are locked in the demo data.
    op = klien("operator")
    r = aduan_baru(op, dinas, "A-5", "2023-02-10", selesai="2023-02-11")
    assert r.status_code == 400 and "Triwulan I 2023 sudah dikunci" in r.content.decode()
    assert aduan_baru(op, dinas, "A-6", "2023-10-10", status="diproses").status_code == 302
    a = Aduan.objects.get(nomor="A-6", perangkat_daerah=dinas)
    data = {
        "nomor": "A-6",
        "tanggal_diterima": "2023-09-30",
        "ringkasan": "x",
        "status": "diproses",
        "versi": a.versi,
    }
    r = op.post(url("aduan_ubah", dinas, id=a.pk), data)
    assert r.status_code == 400 and "Triwulan III 2023 sudah dikunci" in r.content.decode()


def test_konflik_versi(klien, dinas):
    op = klien("operator")
    aduan_baru(op, dinas, "A-7", "2023-10-10", status="diproses")
    a = Aduan.objects.get(nomor="A-7", perangkat_daerah=dinas)
    data = {"nomor": "A-7", "tanggal_diterima": "2023-10-10", "ringkasan": "y", "status": "diproses", "versi": a.versi}
    assert op.post(url("aduan_ubah", dinas, id=a.pk), data).status_code == 302
    assert op.post(url("aduan_ubah", dinas, id=a.pk), data).status_code == 409  # the same (old) version again


def test_pd_asing_dan_reviewer_tidak_dapat_mencatat(klien, dinas, kencong):
    assert aduan_baru(klien("operator"), kencong, "X-1", "2023-10-10", status="diproses").status_code == 403
    assert aduan_baru(klien("reviewer"), dinas, "X-2", "2023-10-10", status="diproses").status_code == 403
    assert aduan_baru(klien("kepala"), dinas, "X-3", "2023-10-10", status="diproses").status_code == 403
    assert klien("operator").get(url("ringkasan", kencong)).status_code == 403
    assert klien(None).get(url("ringkasan", dinas)).status_code == 302
    assert klien("reviewer").get(url("ringkasan", kencong)).status_code == 200
    assert not Aduan.objects.filter(nomor__startswith="X-").exists()


def test_sumber_realisasi_menghitung_dari_register(klien, dinas, pengguna):
    op = klien("operator")
    aduan_baru(op, dinas, "B-1", "2023-10-02", selesai="2023-10-05")
    aduan_baru(op, dinas, "B-2", "2023-11-02", status="diproses")
    aduan_baru(op, dinas, "B-3", "2023-11-03", kategori="Lain", status="diproses")
    r = op.post(
        url("sumber", dinas, kode="IKU1"), {"jenis": "rasio_aduan", "kategori": "Ketertiban umum", "direncanakan": ""}
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    s = SumberRealisasi.objects.get(perangkat_daerah=dinas, indikator="IKU1")
    assert s.penyebut == {"kategori": ["Ketertiban umum"]}
    from sakip.web.organisasi.akses import aktor_dari

    h = hasil_lengkap(aktor=aktor_dari(pengguna["operator"]), pd=dinas, tahun=2023)
    r = h.rincian["IKU1"]
    assert r.terhitung.tahunan.teks == "1 dari 2 aduan terselesaikan = 50,00%"
    # Diskominfo 2023 has typed realisasi for IKU1 and no reason: the records are measured.
    assert r.dipakai.value == "terhitung"
    assert h.hasil.hasil_indikator("IKU1").realisasi == Angka(D(50))
    # Locked quarters I–III were frozen as they stood (no complaint yet: not computable).
    beku = NilaiTerkunci.objects.filter(perangkat_daerah=dinas, tahun=2023, indikator="IKU1")
    assert sorted(beku.values_list("triwulan", flat=True)) == [1, 2, 3]
    assert all(n.nilai is None for n in beku)
    halaman = op.get(url("ringkasan", dinas)).content.decode()
    assert "1 dari 2 aduan terselesaikan = 50,00%" in halaman


def test_alasan_manual_membuat_nilai_diketik_dipakai(klien, dinas, pengguna):
    from sakip.web.organisasi.akses import aktor_dari

    op = klien("operator")
    aduan_baru(op, dinas, "C-1", "2023-10-02", selesai="2023-10-05")
    r = op.post(
        url("sumber", dinas, kode="IKU1"),
        {"jenis": "rasio_aduan", "alasan_manual": "Angka dari laporan tahunan yang sudah ditandatangani"},
    )
    assert r.status_code == 302
    h = hasil_lengkap(aktor=aktor_dari(pengguna["operator"]), pd=dinas, tahun=2023)
    r = h.rincian["IKU1"]
    assert r.dipakai.value == "manual" and r.terhitung.tahunan.teks == "1 dari 1 aduan terselesaikan = 100,00%"
    # Diskominfo types IKU1 per quarter (91 in triwulan III); with the reason, the typed values are measured.
    assert r.manual is None and r.manual_triwulan[3] == Angka(D(91))
    assert h.hasil.hasil_indikator("IKU1").realisasi == Angka(D(91))


def test_nilai_beku_tidak_berubah_oleh_catatan_baru(klien, dinas, pengguna):
    """A value frozen with its locked quarter stays; the next quarters follow the records."""
    from sakip.web.organisasi.akses import aktor_dari

    op = klien("operator")
    op.post(url("sumber", dinas, kode="IKU1"), {"jenis": "rasio_kegiatan", "direncanakan": "ya"})
    aktor = aktor_dari(pengguna["operator"])
    hasil_lengkap(aktor=aktor, pd=dinas, tahun=2023)  # freezes TW I–III (no activity yet)
    r = op.post(
        url("kegiatan", dinas),
        {
            "nomor": "K-1",
            "uraian": "Sosialisasi",
            "indikator": "IKU1",
            "direncanakan": "on",
            "triwulan_rencana": "4",
            "status": "terlaksana",
            "tanggal_pelaksanaan": "2023-11-20",
        },
    )
    assert r.status_code == 302, r.content.decode()[:1500]
    h = hasil_lengkap(aktor=aktor, pd=dinas, tahun=2023)
    t = h.rincian["IKU1"].terhitung
    assert t.triwulan[3].terkunci and t.triwulan[3].nilai is None
    assert not t.triwulan[4].terkunci and t.triwulan[4].teks == "1 dari 1 kegiatan terlaksana = 100,00%"
    # An activity planned for a locked quarter cannot be added afterwards.
    r = op.post(
        url("kegiatan", dinas),
        {
            "nomor": "K-2",
            "uraian": "Rapat",
            "indikator": "IKU1",
            "direncanakan": "on",
            "triwulan_rencana": "2",
            "status": "direncanakan",
        },
    )
    assert r.status_code == 400 and "Triwulan II 2023 sudah dikunci" in r.content.decode()
    assert KegiatanRegister.objects.filter(perangkat_daerah=dinas).count() == 1


def test_kegiatan_indikator_harus_ada(klien, dinas):
    r = klien("operator").post(
        url("kegiatan", dinas), {"nomor": "K-9", "uraian": "x", "indikator": "IKU99", "status": "direncanakan"}
    )
    assert r.status_code == 400
    assert not KegiatanRegister.objects.filter(perangkat_daerah=dinas).exists()


def test_impor_register_semua_atau_tidak_sama_sekali(klien, dinas):
    op = klien("operator")
    baik = "nomor;tanggal;kategori;uraian;tindak lanjut;status;tanggal selesai\nI-1;05/10/2023;Ketertiban umum;PKL;Pembinaan;selesai;06/10/2023\nI-2;06/10/2023;Ketertiban umum;Parkir liar;;diproses;\n"
    r = op.post(url("impor", dinas), {"jenis": "aduan", "berkas": SimpleUploadedFile("aduan.csv", baik.encode())})
    assert r.status_code == 302, r.content.decode()[:2000]
    assert set(Aduan.objects.filter(perangkat_daerah=dinas).values_list("nomor", flat=True)) == {"I-1", "I-2"}
    salah = "nomor;tanggal;status\nI-3;07/10/2023;selesai\nI-1;08/10/2023;diproses\n"
    r = op.post(url("impor", dinas), {"jenis": "aduan", "berkas": SimpleUploadedFile("aduan2.csv", salah.encode())})
    html = r.content.decode()
    assert r.status_code == 400
    assert "baris 2, kolom tanggal_selesai: aduan berstatus &#x27;selesai&#x27; wajib mencatat tanggal selesai" in html
    assert Aduan.objects.filter(perangkat_daerah=dinas).count() == 2
    r = op.post(
        url("impor", dinas),
        {"jenis": "aduan", "berkas": SimpleUploadedFile("a3.csv", b"nomor;tanggal\nI-2;09/10/2023\n")},
    )
    assert r.status_code == 400 and "sudah ada di register" in r.content.decode()
    t = op.get(url("templat", dinas, jenis="kegiatan"))
    assert t.status_code == 200 and "tanggal_pelaksanaan" in t.content.decode("utf-8-sig")


def test_kencong_dari_berkas_terhitung(klien, kencong, pengguna):
    from sakip.web.organisasi.akses import aktor_dari

    h = hasil_lengkap(aktor=aktor_dari(pengguna["admin"]), pd=kencong, tahun=2023)
    # Kencong 2023 is locked through triwulan IV: the computed values are frozen as they stood.
    assert h.rincian["IKU4"].terhitung.tahunan.teks.startswith("5 dari 5 aduan terselesaikan = 100,00% (terkunci")
    assert h.rincian["IKU2"].terhitung.tahunan.nilai == D("84.52")
    assert h.hasil.hasil_indikator("IKU4").realisasi == Angka(D(95))  # the printed value, with its reason
