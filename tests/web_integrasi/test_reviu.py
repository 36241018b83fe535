"""The reviu on the web: the Inspektorat runs it on the database berkas (and an uploaded printed report), findings
are shown grouped and beside their data, follow-up statuses survive re-runs, the agency responds, the PK and the
LKjIP cannot be declared final while a galat is open, and the Catatan Hasil Reviu downloads as DOCX."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.core.reviu import DITINDAKLANJUTI, TIDAK_RELEVAN
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.organisasi.akses import TidakBerwenang
from sakip.web.perencanaan.models import AnggaranPk, PerjanjianKinerja
from sakip.web.perencanaan.services import tahun_kinerja_sentuh
from sakip.web.reviu import selectors, services
from sakip.web.reviu.models import Penetapan, ReviuJalan, TindakLanjut
from sakip.web.riwayat.models import Perubahan

pytestmark = pytest.mark.django_db

DATA_REVIU = Path(__file__).resolve().parents[1] / "reviu" / "data"


def _url(nama: str, tk, **kw) -> str:
    return reverse(f"reviu:{nama}", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, **kw})


def _galat(tk) -> list:
    return [x for x in selectors.temuan_terakhir(tk) if x.temuan.tingkat.value == "galat"]


def test_reviewer_menjalankan_reviu_dan_temuan_di_samping_data(klien, tk_dinas):
    rv = klien("reviewer")
    r = rv.post(_url("jalankan", tk_dinas))
    assert r.status_code == 302
    j = ReviuJalan.objects.get(tahun_kinerja=tk_dinas)
    assert (j.jumlah_galat, j.tahun_lalu, j.laporan_nama) == (2, None, "")
    assert {x.temuan.kode for x in _galat(tk_dinas)} == {"ANGG-PK"}
    assert Perubahan.objects.filter(perangkat_daerah=tk_dinas.perangkat_daerah, objek="reviu").exists()

    # The operator sees the findings grouped by severity, and beside the data they concern.
    op = klien("operator")
    halaman = op.get(_url("ringkasan", tk_dinas)).content.decode()
    assert "Galat (2)" in halaman and "Peringatan (" in halaman and "ANGG-PK" in halaman
    assert "Catat tindak lanjut" not in halaman and "Tanggapi" in halaman  # the status is the Inspektorat's
    pd = tk_dinas.perangkat_daerah.slug
    pk = op.get(reverse("perencanaan:pk", kwargs={"pd": pd, "tahun": 2023})).content.decode()
    assert "Temuan reviu" in pk and "ANGG-PK" in pk
    ind = op.get(reverse("dasbor:indikator", kwargs={"pd": pd, "tahun": 2023, "kode": "IKU3"})).content.decode()
    assert "LENGKAP-ANALISIS" in ind and "ANGG-PK" not in ind
    isi = op.get(reverse("pengukuran:isi", kwargs={"pd": pd, "tahun": 2023, "triwulan": 3})).content.decode()
    assert "LENGKAP-ANALISIS" in isi
    dasbor = op.get(reverse("dasbor:dasbor", kwargs={"pd": pd, "tahun": 2023})).content.decode()
    assert "2 galat belum ditindaklanjuti" in dasbor


def test_tindak_lanjut_bertahan_setelah_reviu_ulang(aktor, klien, tk_dinas):
    services.reviu_jalankan(aktor=aktor["reviewer"], tk=tk_dinas)
    g = _galat(tk_dinas)[0]
    kunci = g.temuan.kunci
    with pytest.raises(AlurDitolak, match="catatan"):
        services.tindak_lanjut_atur(
            aktor=aktor["reviewer"], tk=tk_dinas, kunci=kunci, status=DITINDAKLANJUTI, catatan="", versi=None
        )
    for peran in ("operator", "kepala", "admin"):
        with pytest.raises(TidakBerwenang):
            services.tindak_lanjut_atur(
                aktor=aktor[peran], tk=tk_dinas, kunci=kunci, status=TIDAK_RELEVAN, catatan="x", versi=None
            )

    r = klien("reviewer").post(
        _url("temuan", tk_dinas, kunci=kunci),
        {
            "status": TIDAK_RELEVAN,
            "catatan": "Selisih karena pergeseran anggaran yang disetujui.",
            "kembali": "ringkasan",
        },
    )
    assert r.status_code == 302 and r["Location"].endswith(f"#temuan-{kunci}")
    tl = TindakLanjut.objects.get(tahun_kinerja=tk_dinas, kunci=kunci)
    assert tl.status == TIDAK_RELEVAN and tl.kode == "ANGG-PK"

    # The agency answers (operator); the kepala reads only.
    services.tanggapan_simpan(
        aktor=aktor["operator"], tk=tk_dinas, kunci=kunci, teks="PK akan diperbarui.", versi=tl.versi
    )
    with pytest.raises(TidakBerwenang):
        services.tanggapan_simpan(aktor=aktor["kepala"], tk=tk_dinas, kunci=kunci, teks="x", versi=None)
    with pytest.raises(KonflikVersi):  # an old form
        services.tanggapan_simpan(aktor=aktor["operator"], tk=tk_dinas, kunci=kunci, teks="lagi", versi=tl.versi)

    # A new run finds the same finding under the same key: the status stays.
    services.reviu_jalankan(aktor=aktor["reviewer"], tk=tk_dinas)
    assert ReviuJalan.objects.filter(tahun_kinerja=tk_dinas).count() == 2
    x = next(x for x in _galat(tk_dinas) if x.temuan.kunci == kunci)
    assert x.tertutup and x.tl.tanggapan == "PK akan diperbarui."
    halaman = klien("kepala").get(_url("temuan", tk_dinas, kunci=kunci)).content.decode()
    assert "Tidak relevan" in halaman and "PK akan diperbarui." in halaman and "pergeseran anggaran" in halaman
    riwayat = Perubahan.objects.filter(objek=f"temuan:{kunci}").values_list("medan", flat=True)
    assert {"status", "catatan tindak lanjut", "tanggapan"} <= set(riwayat)
    assert klien("operator").get(_url("temuan", tk_dinas, kunci="tidakada")).status_code == 404


def test_pk_tidak_dapat_final_selama_galat_terbuka(aktor, klien, tk_dinas):
    services.reviu_jalankan(aktor=aktor["reviewer"], tk=tk_dinas)
    pk = PerjanjianKinerja.objects.get(tahun_kinerja=tk_dinas)
    with pytest.raises(services.GalatTerbuka) as e:
        services.pk_tetapkan_final(aktor=aktor["kepala"], tk=tk_dinas, pk_id=pk.pk)
    assert len(e.value.temuan) == 2 and "2.16.01" in str(e.value) and "2.16.02" in str(e.value)
    with pytest.raises(TidakBerwenang):
        services.pk_tetapkan_final(aktor=aktor["operator"], tk=tk_dinas, pk_id=pk.pk)

    # One galat is closed by the Inspektorat, the other corrected in the data (the PK amount made equal to the
    # ceiling): the fresh reviu at finalisation no longer finds it, so the PK becomes final.
    g1, g2 = _galat(tk_dinas)
    services.tindak_lanjut_atur(
        aktor=aktor["reviewer"],
        tk=tk_dinas,
        kunci=g1.temuan.kunci,
        status=DITINDAKLANJUTI,
        catatan="Dijelaskan.",
        versi=None,
    )
    r = klien("kepala").post(_url("final_pk", tk_dinas, id=pk.pk), {"kembali": "pk"})
    assert r["Location"] == reverse("perencanaan:pk", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    assert not Penetapan.objects.exists()
    kode_program = (
        g2.temuan.jalur.rsplit(".", 1)[1]
        if g2.temuan.jalur.count(".") == 1
        else g2.temuan.jalur.split("anggaran_program.")[1]
    )
    with kunci_dibuka():  # the PK is signed: a test shortcut past the database triggers
        AnggaranPk.objects.filter(pk_versi=pk, kode_program=kode_program).update(
            jumlah=int(g2.temuan.tercetak.replace(".", ""))
        )
    tahun_kinerja_sentuh(tk=tk_dinas)
    p = services.pk_tetapkan_final(aktor=aktor["kepala"], tk=tk_dinas, pk_id=pk.pk)
    assert p.pk_versi == pk and p.nama_penetap
    assert Perubahan.objects.filter(objek=f"pk:{pk.pk}", medan="penetapan", nilai_baru="final").exists()
    halaman = klien("operator").get(
        reverse("perencanaan:pk", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    )
    assert "final" in halaman.content.decode()


def test_lkjip_final(aktor, klien, tk_dinas, tk_kencong):
    with pytest.raises(AlurDitolak, match="triwulan IV dikunci"):
        services.lkjip_tetapkan_final(aktor=aktor["kepala"], tk=tk_dinas)
    # Kencong 2023 is locked; its data hold two galat (IKU1's formula, the refocusing total).
    kepala = aktor["kepala-kencong"]
    services.reviu_jalankan(aktor=aktor["reviewer"], tk=tk_kencong)
    with pytest.raises(services.GalatTerbuka, match="ARIT-IKU-RUMUS"):
        services.lkjip_tetapkan_final(aktor=kepala, tk=tk_kencong)
    for g in _galat(tk_kencong):
        services.tindak_lanjut_atur(
            aktor=aktor["reviewer"],
            tk=tk_kencong,
            kunci=g.temuan.kunci,
            status=TIDAK_RELEVAN,
            catatan="Sesuai laporan asli.",
            versi=None,
        )
    services.lkjip_tetapkan_final(aktor=kepala, tk=tk_kencong)
    dok = klien("kepala-kencong").get(reverse("dokumen:daftar", kwargs={"pd": "kecamatan-kencong", "tahun": 2023}))
    assert "LKjIP ditetapkan final" in dok.content.decode()
    tahun_kinerja_sentuh(tk=tk_kencong)
    dok = klien("kepala-kencong").get(reverse("dokumen:daftar", kwargs={"pd": "kecamatan-kencong", "tahun": 2023}))
    assert "data telah berubah sesudahnya" in dok.content.decode()


def test_laporan_tercetak_direviu_terhadap_data(aktor, klien, tk_kencong):
    rv = klien("reviewer")
    laporan = SimpleUploadedFile("lkjip-kencong.txt", (DATA_REVIU / "bersih.txt").read_bytes(), "text/plain")
    rv.post(_url("jalankan", tk_kencong), {"laporan": laporan})
    j = ReviuJalan.objects.get(tahun_kinerja=tk_kencong)
    assert j.laporan_nama == "lkjip-kencong.txt"
    sumber = {t["sumber"] for t in j.temuan}
    assert sumber == {"berkas", "laporan"}
    # The run says which standard tables it recognised, and the page shows it beside the findings.
    assert {c["jenis"] for c in j.cakupan} >= {"pengukuran", "anggaran", "efisiensi"}
    assert next(c for c in j.cakupan if c["jenis"] == "pengukuran")["ditemukan"]
    halaman = rv.get(_url("ringkasan", tk_kencong)).content.decode()
    assert 'id="cakupan"' in halaman and "Tabel pengukuran kinerja" in halaman
    # The report's galat count for the LKjIP too: with every data galat closed, the report's still blocks it.
    for g in _galat(tk_kencong):
        if g.temuan.sumber == "berkas":
            services.tindak_lanjut_atur(
                aktor=aktor["reviewer"],
                tk=tk_kencong,
                kunci=g.temuan.kunci,
                status=TIDAK_RELEVAN,
                catatan="-",
                versi=None,
            )
    with pytest.raises(services.GalatTerbuka, match="SILANG-ANGKA-BEDA"):
        services.lkjip_tetapkan_final(aktor=aktor["kepala-kencong"], tk=tk_kencong)
    # A file that is not a report is refused with a message, and no run is stored.
    r = rv.post(_url("jalankan", tk_kencong), {"laporan": SimpleUploadedFile("x.odt", b"PK", "x")})
    assert ReviuJalan.objects.filter(tahun_kinerja=tk_kencong).count() == 1
    assert "tidak dapat direviu" in rv.get(r["Location"]).content.decode()
    r = rv.post(_url("jalankan", tk_kencong), {"laporan": SimpleUploadedFile("x.pdf", b"%PDF-1.4", "application/pdf")})
    assert ReviuJalan.objects.filter(tahun_kinerja=tk_kencong).count() == 1
    assert "bukan berkas PDF" in rv.get(r["Location"]).content.decode()
    r = rv.post(_url("jalankan", tk_kencong), {"laporan": SimpleUploadedFile("rusak.docx", b"bukan docx", "x")})
    assert "tidak dapat dibaca" in rv.get(r["Location"]).content.decode()


def test_catatan_hasil_reviu_dan_catatan_bebas(aktor, klien, tk_dinas):
    assert klien("operator").get(_url("chr", tk_dinas)).status_code == 404  # no run yet
    services.reviu_jalankan(aktor=aktor["reviewer"], tk=tk_dinas)
    r = klien("kepala").get(_url("chr", tk_dinas))
    assert r.status_code == 200 and "catatan-hasil-reviu-2023" in r["Content-Disposition"]
    from docx import Document

    teks = "\n".join(c.text for t in Document(io.BytesIO(r.content)).tables for row in t.rows for c in row.cells)
    assert "ANGG-PK" in teks and "CATATAN HASIL REVIU" in "\n".join(
        p.text for p in Document(io.BytesIO(r.content)).paragraphs
    )

    # Free notes of the Inspektorat live on the reviu page too (one model: pengukuran.CatatanReviu).
    r = klien("reviewer").post(
        reverse("dasbor:reviu", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023}),
        {"teks": "Mohon lengkapi analisis IKU3.", "kembali": "reviu"},
    )
    assert r["Location"] == _url("ringkasan", tk_dinas)
    assert "Mohon lengkapi analisis IKU3." in klien("operator").get(_url("ringkasan", tk_dinas)).content.decode()


def test_ikhtisar_reviu_pemda(aktor, klien, tk_dinas):
    services.reviu_jalankan(aktor=aktor["reviewer"], tk=tk_dinas)
    halaman = klien("reviewer").get(reverse("reviu:pemda") + "?tahun=2023").content.decode()
    assert "Dinas Komunikasi dan Informatika" in halaman and "Kecamatan Kencong" in halaman
    assert klien("operator").get(reverse("reviu:pemda")).status_code == 403
