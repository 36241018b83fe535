"""Documents from the database: requests queue jobs, the worker produces them (the same renderer as the CLI),
access follows the roles (drafts for the agency, the Inspektorat and the admin; published locked quarters for the
public), equal requests on unchanged data share one output, failures end as an Indonesian message."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal as D

import pytest
from django.urls import reverse

from sakip.web.dokumen import pekerja, services
from sakip.web.dokumen.models import Pekerjaan
from sakip.web.inti.galat import AlurDitolak, TidakDitemukan
from sakip.web.organisasi.akses import PUBLIK_AKTOR, TidakBerwenang
from sakip.web.pengukuran.models import NilaiTriwulan, RealisasiIndikator
from sakip.web.perencanaan.services import tahun_kinerja_sentuh

pytestmark = pytest.mark.django_db

PD = "dinas-komunikasi-dan-informatika"


def _url(nama: str, tk, **kw) -> str:
    return reverse(f"dokumen:{nama}", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, **kw})


def _baris_tabel_31(docx: bytes, kunci: str) -> list[str]:
    """The cells of the row of Tabel 3.1 (the measurement table) whose text contains `kunci`."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(io.BytesIO(docx))
    sesudah_keterangan = False
    for el in doc.element.body.iterchildren():
        if el.tag.endswith("}p"):
            sesudah_keterangan = Paragraph(el, doc).text.strip().startswith("Tabel 3.1 ")
        elif el.tag.endswith("}tbl") and sesudah_keterangan:
            for r in Table(el, doc).rows:
                sel = [c.text.strip() for c in r.cells]
                if any(kunci in x for x in sel):
                    return sel
    raise AssertionError(f"baris '{kunci}' tidak ada di Tabel 3.1")


def test_operator_mengunduh_lkjip_dari_antrian(klien, tk_dinas):
    op = klien("operator")
    halaman = op.get(_url("daftar", tk_dinas)).content.decode()
    assert "Laporan Kinerja (LKjIP)" in halaman and "Perjanjian Kinerja murni" in halaman
    assert "Perjanjian Kinerja perubahan" not in halaman  # Diskominfo has no revised PK

    r = op.post(_url("buat", tk_dinas), {"dokumen": "lkjip", "format": "docx"})
    p = Pekerjaan.objects.get()
    assert r.status_code == 302 and r["Location"] == _url("status", tk_dinas, kode=p.kode)
    assert p.status == Pekerjaan.ANTRI and p.triwulan == [1, 2, 3, 4] and not p.publik
    # Before the worker ran: the status page polls (htmx) and reloads itself without JavaScript.
    status = op.get(r["Location"]).content.decode()
    assert 'hx-trigger="every 1s"' in status and 'http-equiv="refresh"' in status and "<progress" in status
    assert op.get(_url("unduh", tk_dinas, kode=p.kode)).status_code == 302  # not ready: back to the status

    selesai = pekerja.jalankan_satu()
    assert selesai.pk == p.pk and selesai.status == Pekerjaan.SELESAI, selesai.galat
    assert selesai.kemajuan == selesai.total and selesai.nama_berkas == f"lkjip-2023-{PD}.docx"
    fragmen = op.get(r["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert "Dokumen siap" in fragmen and "hx-trigger" not in fragmen and "<html" not in fragmen
    unduh = op.get(_url("unduh", tk_dinas, kode=p.kode))
    assert unduh.status_code == 200 and f'filename="lkjip-2023-{PD}.docx"' in unduh["Content-Disposition"]
    data = b"".join(unduh.streaming_content)
    # The engine's figures, as the CLI writes them: Tabel 3.1 IKU3 realisasi 12 of target 20 → 60,00%.
    baris = _baris_tabel_31(data, "Jumlah layanan publik yang terintegrasi")
    assert "12 Layanan" in baris and "60,00%" in baris

    # The same request on unchanged data shares the finished output; a change of the data makes a new one.
    op.post(_url("buat", tk_dinas), {"dokumen": "lkjip", "format": "docx"})
    assert Pekerjaan.objects.count() == 1
    tahun_kinerja_sentuh(tk=tk_dinas)
    op.post(_url("buat", tk_dinas), {"dokumen": "lkjip", "format": "docx"})
    assert Pekerjaan.objects.count() == 2


def test_pilihan_yang_tidak_ada_ditolak(aktor, tk_dinas, tk_kencong):
    with pytest.raises(AlurDitolak, match="tidak tersedia"):
        services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="pk", format="docx", pk="perubahan")
    with pytest.raises(AlurDitolak, match="tidak tersedia"):
        services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="renstra", format="pdf")
    with pytest.raises(TidakBerwenang):
        services.dokumen_minta(aktor=aktor["operator"], tk=tk_kencong, dokumen="lkjip", format="docx")
    assert not Pekerjaan.objects.exists()


def test_publik_hanya_data_terbit_dan_triwulan_terkunci(aktor, klien, tk_dinas):
    """The public downloads what the public page shows: published agency-years, locked quarters only. A draft TW IV
    value the operator typed is in the agency's LKjIP, not in the public one."""
    rec = RealisasiIndikator.objects.get(tahun_kinerja=tk_dinas, indikator__kode="IKU3")
    NilaiTriwulan.objects.create(realisasi=rec, triwulan=4, jenis=NilaiTriwulan.REALISASI, nilai_angka=D(7))
    tahun_kinerja_sentuh(tk=tk_dinas)

    publik = klien(None)
    assert publik.get(_url("publik", tk_dinas)).status_code == 200
    r = publik.post(_url("publik_buat", tk_dinas), {"dokumen": "lkjip", "format": "docx"})
    p_publik = Pekerjaan.objects.get(publik=True)
    assert r["Location"] == _url("publik_status", tk_dinas, kode=p_publik.kode)
    assert p_publik.triwulan == [1, 2, 3] and p_publik.pemohon is None
    p_dalam = services.dokumen_minta(aktor=aktor["kepala"], tk=tk_dinas, dokumen="lkjip", format="docx")
    assert p_dalam.pk != p_publik.pk
    pekerja.jalankan_satu()
    pekerja.jalankan_satu()

    unduh = publik.get(_url("publik_unduh", tk_dinas, kode=p_publik.kode))
    assert unduh.status_code == 200
    baris_publik = _baris_tabel_31(b"".join(unduh.streaming_content), "Jumlah layanan publik yang terintegrasi")
    with pekerja.buka_hasil(Pekerjaan.objects.get(pk=p_dalam.pk)) as f:
        baris_dalam = _baris_tabel_31(f.read(), "Jumlah layanan")
    assert "12 Layanan" in baris_publik  # 3 + 5 + 4, TW I–III
    assert "19 Layanan" in baris_dalam  # with the draft TW IV: 3 + 5 + 4 + 7

    # A public job is not reachable through the agency's pages, nor an agency job through the public ones.
    assert publik.get(_url("status", tk_dinas, kode=p_publik.kode)).status_code == 302  # login
    assert publik.get(_url("publik_status", tk_dinas, kode=p_dalam.kode)).status_code == 404
    assert klien("operator").get(_url("status", tk_dinas, kode=p_publik.kode)).status_code == 404

    # Unpublished: nothing for the public.
    tk_dinas.diterbitkan = False
    tk_dinas.save()
    assert publik.get(_url("publik", tk_dinas)).status_code == 404
    assert publik.get(_url("publik_unduh", tk_dinas, kode=p_publik.kode)).status_code == 404
    with pytest.raises(TidakDitemukan):
        services.dokumen_minta(aktor=PUBLIK_AKTOR, tk=tk_dinas, dokumen="lkjip", format="pdf", publik=True)


def test_admin_mengunduh_semua_lkjip_sebagai_zip(aktor, klien, tk_dinas):
    admin = klien("admin")
    assert "Unduh semua (ZIP)" in admin.get(reverse("dokumen:pemda")).content.decode()
    r = admin.post(reverse("dokumen:pemda"), {"tahun": "2023", "pilihan": "lkjip.docx"})
    p = Pekerjaan.objects.get(jenis=Pekerjaan.KUMPULAN)
    assert r["Location"] == reverse("dokumen:pemda_status", kwargs={"kode": p.kode})
    # While it waits, asking again shares the job.
    admin.post(reverse("dokumen:pemda"), {"tahun": "2023", "pilihan": "lkjip.docx"})
    assert Pekerjaan.objects.filter(jenis=Pekerjaan.KUMPULAN).count() == 1

    p = pekerja.jalankan_satu()
    assert p.status == Pekerjaan.SELESAI, p.galat
    assert p.kemajuan == p.total == 4 and p.pesan == "2 dokumen disusun."
    unduh = admin.get(reverse("dokumen:pemda_unduh", kwargs={"kode": p.kode}))
    assert unduh["Content-Type"] == "application/zip"
    z = zipfile.ZipFile(io.BytesIO(b"".join(unduh.streaming_content)))
    assert sorted(z.namelist()) == [f"lkjip-2023-{PD}.docx", "lkjip-2023-kecamatan-kencong.docx"]

    for peran in ("operator", "kepala", "reviewer"):
        with pytest.raises(TidakBerwenang):
            services.kumpulan_minta(
                aktor=aktor[peran], pemda=tk_dinas.perangkat_daerah.pemda, tahun=2023, dokumen="lkjip", format="pdf"
            )
    with pytest.raises(AlurDitolak, match="Belum ada data"):
        services.kumpulan_minta(
            aktor=aktor["admin"], pemda=tk_dinas.perangkat_daerah.pemda, tahun=2019, dokumen="lkjip", format="pdf"
        )


def test_kegagalan_menjadi_pesan_bukan_traceback(aktor, klien, tk_dinas, monkeypatch):
    import sakip.laporan

    def rusak(*a, **kw):
        raise RuntimeError("kesalahan internal xyz")

    monkeypatch.setattr(sakip.laporan, "buat_dokumen", rusak)
    p = services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="rkt", format="xlsx")
    p = pekerja.jalankan_satu()
    assert p.status == Pekerjaan.GAGAL
    assert "kesalahan pada sistem" in p.galat and str(p.kode)[:8] in p.galat
    assert "xyz" not in p.galat and "Traceback" not in p.galat
    halaman = klien("operator").get(_url("status", tk_dinas, kode=p.kode)).content.decode()
    assert "Dokumen tidak dapat dibuat" in halaman and "RuntimeError" not in halaman

    from sakip.laporan import DokumenTidakValid

    def tidak_valid(*a, **kw):
        raise DokumenTidakValid("PK yang diminta tidak tercatat")

    monkeypatch.setattr(sakip.laporan, "buat_dokumen", tidak_valid)
    services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx")
    p = pekerja.jalankan_satu()
    assert p.galat == "Dokumen tidak dapat disusun: PK yang diminta tidak tercatat."
    # A failed job is not reused: asking again queues a new one.
    services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx")
    assert Pekerjaan.objects.filter(status=Pekerjaan.ANTRI).count() == 1


def test_klaim_pemulihan_dan_pembersihan(aktor, tk_dinas, settings):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    a = services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="rkt", format="xlsx")
    b = services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx")
    # Each job is stored with its task, in one transaction.
    assert set(DBTaskResult.objects.ready().values_list("id", flat=True)) == {a.tugas, b.tugas}
    k1 = pekerja.klaim(a.pk, "pekerja-1")
    assert k1.pekerja == "pekerja-1" and k1.percobaan == 1 and k1.status == Pekerjaan.BERJALAN
    assert pekerja.klaim(a.pk, "pekerja-3") is None  # a job is claimed once
    DBTaskResult.objects.filter(id=a.tugas).update(status="RUNNING")

    # pekerja-1 stops beating: its job gets a new task, the old task is closed; a worker that lost its job drops
    # its result.
    Pekerjaan.objects.filter(pk=k1.pk).update(detak=timezone.now() - timedelta(minutes=30))
    assert pekerja.pulihkan_macet() == 1
    assert pekerja.pulihkan_macet() == 0  # handed out once
    k1.refresh_from_db()
    assert k1.status == Pekerjaan.ANTRI and k1.tugas != a.tugas
    lama = DBTaskResult.objects.get(id=a.tugas)
    assert lama.status == "FAILED" and lama.exception_class_path.endswith("PekerjaTerhenti")
    assert DBTaskResult.objects.get(id=k1.tugas).status == "READY"
    pekerja.kerjakan(k1, "pekerja-1")  # the old worker finishing late changes nothing and leaves no file
    k1.refresh_from_db()
    assert k1.status == Pekerjaan.ANTRI and not k1.berkas_hasil
    assert pekerja.penyimpanan().listdir("")[1] == []
    # After too many attempts a job fails with a message.
    Pekerjaan.objects.filter(pk=k1.pk).update(
        status=Pekerjaan.BERJALAN, percobaan=pekerja.MAKS_PERCOBAAN, detak=timezone.now() - timedelta(hours=1)
    )
    pekerja.pulihkan_macet()
    k1.refresh_from_db()
    assert k1.status == Pekerjaan.GAGAL and "terhenti" in k1.galat

    # Retention: finished jobs older than SAKIP_DOKUMEN_SIMPAN_JAM go with their files and their finished tasks.
    k2 = pekerja.klaim(b.pk, "pekerja-2")
    pekerja.kerjakan(k2, "pekerja-2")
    k2.refresh_from_db()
    assert k2.status == Pekerjaan.SELESAI and pekerja.berkas_ada(k2)
    Pekerjaan.objects.filter(pk__in=[k1.pk, k2.pk]).update(dibuat_pada=timezone.now() - timedelta(hours=25))
    DBTaskResult.objects.filter(status="FAILED").update(finished_at=timezone.now() - timedelta(hours=25))
    assert pekerja.bersihkan() == 2
    assert not pekerja.berkas_ada(k2) and not Pekerjaan.objects.exists()
    assert not DBTaskResult.objects.filter(status="FAILED").exists()


def test_tugas_ganda_dikerjakan_sekali(aktor, tk_dinas):
    """A job delivered by two tasks (a retry racing a slow worker) is produced once: the second task finds it
    taken and leaves it."""
    from django_tasks_db.models import DBTaskResult

    from sakip.web.dokumen.tugas import antrekan

    p = services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx")
    antrekan(p.pk)
    assert DBTaskResult.objects.ready().count() == 2
    assert pekerja.jalankan_satu().status == Pekerjaan.SELESAI
    assert pekerja.jalankan_satu().status == Pekerjaan.SELESAI
    assert pekerja.jalankan_satu() is None
    assert sorted(DBTaskResult.objects.values_list("return_value", flat=True)) == ["dilewati", "selesai"]
    p.refresh_from_db()
    assert p.percobaan == 1 and pekerja.penyimpanan().listdir("")[1] == [p.berkas_hasil]


def test_pekerjaan_tanpa_tugas_diadopsi(tk_dinas):
    """A queued job no live task carries (queued before the task engine, or its task pruned) gets one."""
    p = Pekerjaan.objects.create(
        tahun_kinerja=tk_dinas, tahun=2023, dokumen="iku", format="xlsx", sidik="lama", triwulan=[1, 2, 3, 4]
    )
    assert pekerja.jalankan_satu() is None
    assert pekerja.adopsi_yatim() == 1 and pekerja.adopsi_yatim() == 0
    assert pekerja.jalankan_satu().pk == p.pk
    p.refresh_from_db()
    assert p.status == Pekerjaan.SELESAI, p.galat


def test_perintah_pekerja_sekali(aktor, tk_dinas):
    from django.core.management import call_command

    services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx")
    services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="pk", format="docx", pk="murni")
    keluar = io.StringIO()
    call_command("pekerja", sekali=True, stdout=keluar)
    assert "2 permintaan dikerjakan" in keluar.getvalue()
    assert set(Pekerjaan.objects.values_list("status", flat=True)) == {Pekerjaan.SELESAI}
    assert Pekerjaan.objects.get(dokumen="pk").nama_berkas == f"pk-murni-2023-{PD}.docx"


@pytest.mark.django_db(transaction=True)
def test_klaim_bersamaan_tidak_ganda():
    """Four workers take twenty tasks at once: each task, and each job, goes to exactly one of them (PostgreSQL:
    SKIP LOCKED). On SQLite the in-memory test database cannot be written from several threads; there the engine
    takes a task in an exclusive transaction."""
    import os
    import threading

    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    if not os.environ.get("DATABASE_URL"):
        pytest.skip("baris terkunci: PostgreSQL")
    from sakip.web.organisasi.models import Pemda

    pemda = Pemda.objects.create(nama="Uji klaim")
    for i in range(20):
        services._antri(jenis=Pekerjaan.KUMPULAN, pemda=pemda, tahun=2023, dokumen="lkjip", format="pdf", sidik=f"k{i}")
    hasil: list[tuple[str, int]] = []
    kunci = threading.Lock()
    serentak = threading.Barrier(4)

    def kerja(n: int) -> None:
        try:
            serentak.wait()
            w = pekerja.PekerjaTugas(sekali=True)
            while (t := w.satu()) is not None:
                with kunci:
                    hasil.append((str(t.id), n))
        finally:
            connection.close()

    utas = [threading.Thread(target=kerja, args=(n,)) for n in range(4)]
    for t in utas:
        t.start()
    for t in utas:
        t.join(60)
    assert len(hasil) == 20 and len({kode for kode, _ in hasil}) == 20
    assert all(len(w) == 1 for w in DBTaskResult.objects.values_list("worker_ids", flat=True))
    # The district has no agency data: every job ends failed with the reason, after one attempt each.
    assert set(Pekerjaan.objects.values_list("status", "percobaan")) == {(Pekerjaan.GAGAL, 1)}


def test_data_berubah_sebelum_dikerjakan(aktor, tk_dinas):
    """A job made after the data changed is labelled with the data it was made from: a request for those data
    reuses it, the request made before the change does not resurface."""
    p = services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="docx")
    lama = p.sidik
    tahun_kinerja_sentuh(tk=tk_dinas)
    p = pekerja.jalankan_satu()
    assert p.status == Pekerjaan.SELESAI and p.sidik != lama
    assert services.dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="docx").pk == p.pk
