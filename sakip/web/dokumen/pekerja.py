"""The document worker: claims queued jobs (models.Pekerjaan) and produces their files, outside any web request.

Run by ``sakip pekerja`` (or ``sakip manage pekerja``); ``sakip serve`` starts one beside gunicorn and ``sakip
demo`` runs one in a thread of its own process. Several workers (on one or more machines) may run at once: a job
is claimed by exactly one of them —

- PostgreSQL: ``SELECT … FOR UPDATE SKIP LOCKED`` takes the oldest queued job no other transaction holds;
- SQLite (no row locks): a compare-and-set ``UPDATE … WHERE status = 'antri'``, which SQLite's single writer
  makes atomic; the loser of a race simply tries the next job.

A running job beats a heartbeat (`detak`); one whose worker vanished is queued again (at most `MAKS_PERCOBAAN`
attempts in all), then failed with a message. Finished files live under ``SAKIP_DOKUMEN_DIR`` for
``SAKIP_DOKUMEN_SIMPAN_JAM`` hours; the worker removes older ones with their jobs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import tempfile
import threading
import time
import zipfile
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection, connections, transaction
from django.db.models import F
from django.utils import timezone

from sakip.berkas.baca import BerkasTidakValid
from sakip.web.operasi import detak
from sakip.web.perencanaan.models import TahunKinerja

from .katalog import JENIS_ISI, nama_berkas
from .models import Pekerjaan

log = logging.getLogger("sakip.dokumen")

MAKS_PERCOBAAN = 3
BATAS_DETAK = timedelta(minutes=10)  # a running job silent this long has lost its worker
SELANG_BERSIH = 300  # seconds between clean-ups


class Dibatalkan(Exception):
    """The job was taken from this worker (re-queued after a lost heartbeat): its result is dropped."""


def folder() -> Path:
    f = Path(settings.SAKIP_DOKUMEN_DIR)
    f.mkdir(parents=True, exist_ok=True)
    return f


def berkas_ada(p: Pekerjaan) -> bool:
    return bool(p.berkas_hasil) and (folder() / p.berkas_hasil).is_file()


def path_hasil(p: Pekerjaan) -> Path:
    return folder() / p.berkas_hasil


def nama_pekerja() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


# --- claiming ---------------------------------------------------------------------------------------------------


def klaim(nama: str) -> Pekerjaan | None:
    """Take the oldest queued job for this worker, or None."""
    sekarang = timezone.now()
    ubah = {"status": Pekerjaan.BERJALAN, "pekerja": nama, "mulai_pada": sekarang, "detak": sekarang}
    if connection.features.has_select_for_update_skip_locked:
        with transaction.atomic():
            p = (
                Pekerjaan.objects.select_for_update(skip_locked=True)
                .filter(status=Pekerjaan.ANTRI)
                .order_by("dibuat_pada", "id")
                .first()
            )
            if p is None:
                return None
            Pekerjaan.objects.filter(pk=p.pk).update(percobaan=F("percobaan") + 1, **ubah)
        p.refresh_from_db()
        return p
    calon = Pekerjaan.objects.filter(status=Pekerjaan.ANTRI).order_by("dibuat_pada", "id").values_list("pk", flat=True)
    return klaim_cas(list(calon[:10]), ubah)


def klaim_cas(calon: list[int], ubah: dict) -> Pekerjaan | None:
    """Compare-and-set: the first candidate still queued becomes ours; one another worker took since the
    candidates were read is skipped (its UPDATE matches no row)."""
    for pk in calon:
        if Pekerjaan.objects.filter(pk=pk, status=Pekerjaan.ANTRI).update(percobaan=F("percobaan") + 1, **ubah):
            return Pekerjaan.objects.get(pk=pk)
    return None


def pulihkan_macet() -> int:
    """Jobs whose worker stopped beating: queue them again, or fail them after too many attempts."""
    batas = timezone.now() - BATAS_DETAK
    macet = Pekerjaan.objects.filter(status=Pekerjaan.BERJALAN, detak__lt=batas)
    gagal = macet.filter(percobaan__gte=MAKS_PERCOBAAN).update(
        status=Pekerjaan.GAGAL,
        galat="Pembuatan dokumen terhenti berulang kali (pekerja latar berhenti). Silakan minta ulang; bila terulang, "
        "hubungi admin.",
        selesai_pada=timezone.now(),
    )
    ulang = macet.filter(percobaan__lt=MAKS_PERCOBAAN).update(
        status=Pekerjaan.ANTRI, pekerja="", tahap="Menunggu giliran (diulang setelah pekerja terhenti)"
    )
    return gagal + ulang


def bersihkan() -> int:
    """Remove jobs (and their files) older than the retention period, and files no job refers to."""
    batas = timezone.now() - timedelta(hours=settings.SAKIP_DOKUMEN_SIMPAN_JAM)
    lama = Pekerjaan.objects.filter(status__in=(Pekerjaan.SELESAI, Pekerjaan.GAGAL), dibuat_pada__lt=batas)
    n = 0
    for p in lama.iterator():
        if p.berkas_hasil:
            (folder() / p.berkas_hasil).unlink(missing_ok=True)
        p.delete()
        n += 1
    dipakai = set(Pekerjaan.objects.exclude(berkas_hasil="").values_list("berkas_hasil", flat=True))
    tepi = time.time() - settings.SAKIP_DOKUMEN_SIMPAN_JAM * 3600
    for f in folder().iterdir():
        if f.is_file() and f.name not in dipakai and f.stat().st_mtime < tepi:
            f.unlink(missing_ok=True)
    return n


# --- working ------------------------------------------------------------------------------------------------------


def _maju(p: Pekerjaan, nama: str, kemajuan: int, total: int, tahap: str) -> None:
    n = Pekerjaan.objects.filter(pk=p.pk, status=Pekerjaan.BERJALAN, pekerja=nama).update(
        kemajuan=kemajuan, total=total, tahap=tahap[:200], detak=timezone.now()
    )
    if not n:
        raise Dibatalkan


def _simpan_berkas(p: Pekerjaan, tulis) -> tuple[str, int]:
    """Write the output next to its final place, then move it there (never a half-written file)."""
    akhiran = "zip" if p.jenis == Pekerjaan.KUMPULAN else p.format
    nama = f"{p.kode}.{akhiran}"
    fd, sementara = tempfile.mkstemp(dir=folder(), prefix=".sementara-", suffix=f".{akhiran}")
    try:
        with os.fdopen(fd, "wb") as f:
            tulis(f)
        os.replace(sementara, folder() / nama)
    except BaseException:
        Path(sementara).unlink(missing_ok=True)
        raise
    return nama, (folder() / nama).stat().st_size


def _selesai(p: Pekerjaan, nama: str, berkas: str, ukuran: int, nama_unduh: str, pesan: str = "") -> None:
    n = Pekerjaan.objects.filter(pk=p.pk, status=Pekerjaan.BERJALAN, pekerja=nama).update(
        status=Pekerjaan.SELESAI,
        berkas_hasil=berkas,
        ukuran=ukuran,
        nama_berkas=nama_unduh,
        jenis_isi=JENIS_ISI["zip" if p.jenis == Pekerjaan.KUMPULAN else p.format],
        kemajuan=F("total"),
        tahap="Selesai",
        pesan=pesan,
        selesai_pada=timezone.now(),
        detak=timezone.now(),
    )
    if not n:
        (folder() / berkas).unlink(missing_ok=True)
        raise Dibatalkan


def _gagal(p: Pekerjaan, nama: str, pesan: str) -> None:
    Pekerjaan.objects.filter(pk=p.pk, status=Pekerjaan.BERJALAN, pekerja=nama).update(
        status=Pekerjaan.GAGAL, galat=pesan, tahap="Gagal", selesai_pada=timezone.now()
    )


def _pesan_berkas(exc: BerkasTidakValid) -> str:
    masalah = "; ".join(str(m) for m in exc.masalah[:5])
    lagi = f" (dan {len(exc.masalah) - 5} masalah lain)" if len(exc.masalah) > 5 else ""
    return f"Data belum lengkap untuk disusun menjadi dokumen: {masalah}{lagi}."


def kerjakan(p: Pekerjaan, nama: str, *, proses: int = 1) -> None:
    """Produce a claimed job's file; failures end as an Indonesian message on the job, never as a traceback."""
    from sakip.laporan import DokumenTidakValid

    try:
        if p.jenis == Pekerjaan.KUMPULAN:
            _kerjakan_kumpulan(p, nama, proses)
        elif p.jenis == Pekerjaan.DAERAH:
            _kerjakan_daerah(p, nama)
        else:
            _kerjakan_dokumen(p, nama)
    except Dibatalkan:
        log.warning("pekerjaan %s diambil alih pekerja lain; hasil dibuang", p.kode)
    except BerkasTidakValid as exc:
        _gagal(p, nama, _pesan_berkas(exc))
    except DokumenTidakValid as exc:
        _gagal(p, nama, f"Dokumen tidak dapat disusun: {exc}.")
    except Exception:
        log.exception("pekerjaan dokumen %s gagal", p.kode)
        _gagal(
            p,
            nama,
            "Dokumen gagal dibuat karena kesalahan pada sistem. Silakan coba lagi; bila terulang, laporkan kode "
            f"{str(p.kode)[:8]} kepada admin.",
        )


def _kerjakan_dokumen(p: Pekerjaan, nama: str) -> None:
    from sakip.laporan import OpsiDokumen, buat_dokumen
    from sakip.web.pertukaran.ke_berkas import hasil_dari_db

    from .services import judul, sidik_dokumen

    tk = TahunKinerja.objects.select_related("perangkat_daerah__pemda").get(pk=p.tahun_kinerja_id)
    if p.dokumen == "lhe":
        _kerjakan_lhe(p, nama, tk)
        return
    _maju(p, nama, 1, 3, "Menyiapkan data dari basis data")
    triwulan = frozenset(p.triwulan)
    # The data may have changed since the request: the job is labelled with the data it is made from, so that only
    # a request for exactly those data reuses it.
    sidik = sidik_dokumen(tk, triwulan, p.dokumen, p.format, p.pilihan_pk, p.publik)
    h = hasil_dari_db(tk, triwulan=triwulan)
    if sidik != p.sidik:
        Pekerjaan.objects.filter(pk=p.pk).update(sidik=sidik)
    _maju(p, nama, 2, 3, f"Menyusun {judul(p)} ({p.format.upper()})")
    data = buat_dokumen(
        h.berkas, dokumen=p.dokumen, format=p.format, opsi=OpsiDokumen(pk=p.pilihan_pk or "berlaku"), hasil=h
    )
    berkas, ukuran = _simpan_berkas(p, lambda f: f.write(data))
    _selesai(
        p, nama, berkas, ukuran, nama_berkas(tk.perangkat_daerah.nama, tk.tahun, p.dokumen, p.format, p.pilihan_pk)
    )


def _kerjakan_lhe(p: Pekerjaan, nama: str, tk: TahunKinerja) -> None:
    from sakip.laporan.lhe import tulis_lhe
    from sakip.web.evaluasi.selectors import evaluasi_ambil, isi_lhe

    _maju(p, nama, 1, 3, "Menyiapkan hasil evaluasi")
    if evaluasi_ambil(tk) is None:
        _gagal(p, nama, "Evaluasi tahun ini sudah tidak ada.")
        return
    data = isi_lhe(tk)
    _maju(p, nama, 2, 3, f"Menyusun Laporan Hasil Evaluasi ({p.format.upper()})")
    isi = tulis_lhe(data, p.format)
    berkas, ukuran = _simpan_berkas(p, lambda f: f.write(isi))
    _selesai(p, nama, berkas, ukuran, nama_berkas(tk.perangkat_daerah.nama, tk.tahun, "lhe", p.format))


def _kerjakan_daerah(p: Pekerjaan, nama: str) -> None:
    from sakip.laporan import OpsiDokumen
    from sakip.laporan.api import buat_dokumen_daerah
    from sakip.web.daerah.selectors import daerah_dari_db

    _maju(p, nama, 1, 3, "Menghitung konsolidasi seluruh perangkat daerah")
    k = daerah_dari_db(p.pemda, p.tahun)
    if k.hasil is None:
        _gagal(p, nama, " ".join(k.masalah) or "Data daerah belum lengkap.")
        return
    _maju(p, nama, 2, 3, f"Menyusun LKjIP Pemda ({p.format.upper()})")
    data = buat_dokumen_daerah(k.hasil.daerah, format=p.format, opsi=OpsiDokumen(), hasil=k.hasil)
    berkas, ukuran = _simpan_berkas(p, lambda f: f.write(data))
    pesan = ""
    if k.masalah:
        pesan = f"{len(k.masalah)} catatan data (lihat halaman konsolidasi): " + "; ".join(k.masalah[:3])
    _selesai(p, nama, berkas, ukuran, nama_berkas(p.pemda.nama, p.tahun, "lkjip-pemda", p.format), pesan)


def _kerjakan_kumpulan(p: Pekerjaan, nama: str, proses: int) -> None:
    from sakip.laporan import OpsiDokumen, Tugas, buat_banyak
    from sakip.web.pertukaran.ke_berkas import hasil_dari_db

    daftar = list(
        TahunKinerja.objects.filter(perangkat_daerah__pemda=p.pemda, perangkat_daerah__aktif=True, tahun=p.tahun)
        .select_related("perangkat_daerah__pemda")
        .order_by("perangkat_daerah__nama")
    )
    n = len(daftar)
    if not n:
        _gagal(p, nama, f"Belum ada data perangkat daerah untuk tahun {p.tahun}.")
        return
    tugas = []
    gagal: list[tuple[str, str]] = []
    for i, tk in enumerate(daftar):
        _maju(p, nama, i, 2 * n, f"Menyiapkan data {tk.perangkat_daerah.nama} ({i + 1} dari {n})")
        try:
            b = hasil_dari_db(tk).berkas
        except BerkasTidakValid as exc:
            gagal.append((tk.perangkat_daerah.nama, _pesan_berkas(exc)))
            continue
        tugas.append(Tugas(b, p.dokumen, p.format, OpsiDokumen(), nama=tk.perangkat_daerah.nama))
    if proses > 1 and not connection.in_atomic_block:
        # Worker processes are forked: they must not inherit (and at exit close) this process's connections.
        connections.close_all()
    berhasil = 0

    def tulis(f) -> None:
        nonlocal berhasil
        with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for k, h in enumerate(buat_banyak(tugas, pekerja=proses), 1):
                if h.berhasil:
                    z.writestr(nama_berkas(h.nama, h.tahun or p.tahun, p.dokumen, p.format), h.data)
                    berhasil += 1
                else:
                    gagal.append((h.nama, h.galat or "tidak diketahui"))
                _maju(p, nama, n + k, 2 * n, f"Menyusun dokumen {k} dari {len(tugas)}: {h.nama}")
            if gagal:
                z.writestr(
                    "GAGAL.txt",
                    "Dokumen yang tidak dapat disusun:\n\n" + "\n".join(f"- {x}: {m}" for x, m in sorted(gagal)) + "\n",
                )

    berkas, ukuran = _simpan_berkas(p, tulis)
    if not berhasil:
        (folder() / berkas).unlink(missing_ok=True)
        _gagal(p, nama, "Tidak ada dokumen yang dapat disusun. " + "; ".join(f"{x}: {m}" for x, m in gagal[:5]))
        return
    pesan = f"{berhasil} dokumen disusun."
    if gagal:
        pesan += f" {len(gagal)} tidak dapat disusun (lihat GAGAL.txt di dalam ZIP): " + ", ".join(x for x, _ in gagal)
    nama_zip = f"{p.dokumen}-{p.tahun}-{nama_berkas(p.pemda.nama, p.tahun, 'x', 'zip').split('-', 2)[2][:-4]}-semua.zip"
    _selesai(p, nama, berkas, ukuran, nama_zip, pesan)


# --- the loop --------------------------------------------------------------------------------------------------


def jalankan_satu(*, proses: int = 1) -> Pekerjaan | None:
    """Claim and produce one job (tests, ``--sekali``). Returns the job as it ended, or None when none waits."""
    nama = nama_pekerja()
    p = klaim(nama)
    if p is None:
        return None
    kerjakan(p, nama, proses=proses)
    p.refresh_from_db()
    return p


def jalankan(
    *,
    berhenti: threading.Event,
    proses: int = 1,
    jeda: float = 1.0,
    sekali: bool = False,
    induk: int | None = None,
) -> int:
    """The worker loop: until `berhenti` is set (or, with `sekali`, until the queue is empty; with `induk`, until
    that parent process is gone). Returns the number of jobs done."""
    nama = nama_pekerja()
    selesai = 0
    bersih_terakhir = -SELANG_BERSIH
    detak_terakhir = -detak.SELANG
    # Called inside a transaction (a test), the caller's connection is not ours to close.
    milik_sendiri = not connection.in_atomic_block
    try:
        while not berhenti.is_set():
            if induk is not None and os.getppid() != induk:
                break
            try:
                if milik_sendiri:
                    close_old_connections()
                if time.monotonic() - detak_terakhir >= detak.SELANG:
                    # The process's sign of life for /siap/ on every web node (sakip.web.operasi.detak).
                    detak.catat()
                    detak_terakhir = time.monotonic()
                if time.monotonic() - bersih_terakhir >= SELANG_BERSIH:
                    pulihkan_macet()
                    bersihkan()
                    bersih_terakhir = time.monotonic()
                p = klaim(nama)
            except DatabaseError as exc:  # the database is not ready (migrating, restarting): wait and retry
                if sekali or not milik_sendiri:
                    raise
                log.warning("pekerja dokumen menunggu basis data: %s", exc)
                connections.close_all()
                berhenti.wait(5)
                continue
            if p is None:
                if sekali:
                    break
                berhenti.wait(jeda)
                continue
            kerjakan(p, nama, proses=proses)
            selesai += 1
    finally:
        if milik_sendiri:
            with contextlib.suppress(DatabaseError):  # the database is gone: the heartbeat ages out by itself
                detak.hapus()
            connections.close_all()
    return selesai


def mulai_utas(*, proses: int = 1, jeda: float = 1.0) -> tuple[threading.Thread, threading.Event]:
    """Run the worker in a background thread of this process (``sakip demo``: one command, no second process)."""
    berhenti = threading.Event()
    t = threading.Thread(
        target=jalankan,
        kwargs={"berhenti": berhenti, "proses": proses, "jeda": jeda},
        name="pekerja-dokumen",
        daemon=True,
    )
    t.start()
    return t, berhenti
