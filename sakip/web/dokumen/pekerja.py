"""The document worker: runs the document tasks (tugas.py) and produces their files, outside any web request.

Transport is Django's tasks API on the django-tasks-db backend: a request stores its job row (models.Pekerjaan) and
its task in one transaction; ``sakip pekerja`` runs the backend's worker, which takes each task exactly once
(PostgreSQL ``SELECT … FOR UPDATE SKIP LOCKED``; SQLite an exclusive transaction). Several workers on one or more
machines may run at once. The backend has no leases: a task whose worker was killed stays "running" for ever. So
the job row keeps its own, as before the engine came —

- the task claims its job with a compare-and-set (``UPDATE … WHERE status = 'antri'``): a task delivered twice, or
  a job already taken again, runs at most once;
- a running job beats a heartbeat (`detak`) from a thread beside the work; one silent for
  ``SAKIP_DOKUMEN_BATAS_DETAK`` seconds has lost its worker and gets a new task (at most `MAKS_PERCOBAAN` attempts
  in all), then fails with a message; every write of the old attempt checks it still owns the job, so a worker that
  was only slow drops its result instead of overwriting the new one;
- each attempt writes its own file name, and only the attempt that owns the job at the end records it.

The upkeep (re-queueing, orphans, retention, the worker's own sign of life for /siap/) runs in a thread of every
worker (`Penjaga`). Finished files live in the ``dokumen`` storage (settings.STORAGES) for
``SAKIP_DOKUMEN_SIMPAN_JAM`` hours; the upkeep removes older ones with their jobs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import tempfile
import threading
import time
import zipfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.files.storage import storages
from django.db import DatabaseError, close_old_connections, connection, connections, transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from sakip.berkas.baca import BerkasTidakValid
from sakip.web.operasi import detak
from sakip.web.pengukuran.ringkasan import antrekan_usang
from sakip.web.pengukuran.tugas import ANTRIAN as ANTRIAN_RINGKASAN
from sakip.web.perencanaan.models import TahunKinerja

from .katalog import JENIS_ISI, nama_berkas
from .models import Pekerjaan
from .tugas import ANTRIAN, antrekan

log = logging.getLogger("sakip.dokumen")

MAKS_PERCOBAAN = 3
SELANG_DETAK = 15  # seconds between a running job's heartbeats
SELANG_PULIH = 30  # seconds between looks for jobs that lost their worker
SELANG_BERSIH = 300  # seconds between retention clean-ups
# How many processes render the documents of a ZIP of every agency (`sakip pekerja --proses`).
PROSES_KUMPULAN = 1


class Dibatalkan(Exception):
    """The job was taken from this worker (re-queued after a lost heartbeat): its result is dropped."""


class PekerjaTerhenti(Exception):
    """Recorded on a task whose worker stopped while running it (its job was handed to a new task)."""


def penyimpanan():
    return storages["dokumen"]


def berkas_ada(p: Pekerjaan) -> bool:
    return bool(p.berkas_hasil) and penyimpanan().exists(p.berkas_hasil)


def buka_hasil(p: Pekerjaan):
    """The finished file, opened for reading (a local file or an object-store stream)."""
    return penyimpanan().open(p.berkas_hasil, "rb")


def nama_pekerja() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def batas_detak() -> timedelta:
    return timedelta(seconds=settings.SAKIP_DOKUMEN_BATAS_DETAK)


# --- claiming and recovering --------------------------------------------------------------------------------------


def klaim(pk: int, nama: str) -> Pekerjaan | None:
    """Make a queued job ours, or None when it is not queued (finished, or running under another task)."""
    sekarang = timezone.now()
    if not Pekerjaan.objects.filter(pk=pk, status=Pekerjaan.ANTRI).update(
        status=Pekerjaan.BERJALAN,
        pekerja=nama,
        mulai_pada=sekarang,
        detak=sekarang,
        percobaan=F("percobaan") + 1,
    ):
        return None
    return Pekerjaan.objects.get(pk=pk)


def _tugas_terhenti(kode_tugas) -> None:
    if kode_tugas is not None:
        DBTaskResult.objects.filter(id=kode_tugas, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED,
            finished_at=timezone.now(),
            exception_class_path=f"{__name__}.PekerjaTerhenti",
            traceback="Pekerja berhenti ketika tugas berjalan (detak hilang); pekerjaan diserahkan ke tugas baru.",
        )


def pulihkan_macet() -> int:
    """Jobs whose worker stopped beating: hand them to a new task, or fail them after too many attempts. Each job is
    taken with a compare-and-set, so two workers doing this at once hand a job out once."""
    batas = timezone.now() - batas_detak()
    n = 0
    for pk, percobaan, kode_tugas in Pekerjaan.objects.filter(status=Pekerjaan.BERJALAN, detak__lt=batas).values_list(
        "pk", "percobaan", "tugas"
    ):
        with transaction.atomic():
            masih = Pekerjaan.objects.filter(pk=pk, status=Pekerjaan.BERJALAN, detak__lt=batas)
            if percobaan >= MAKS_PERCOBAAN:
                berubah = masih.update(
                    status=Pekerjaan.GAGAL,
                    galat="Pembuatan dokumen terhenti berulang kali (pekerja latar berhenti). Silakan minta ulang; "
                    "bila terulang, hubungi admin.",
                    selesai_pada=timezone.now(),
                )
            else:
                berubah = masih.update(
                    status=Pekerjaan.ANTRI, pekerja="", tahap="Menunggu giliran (diulang setelah pekerja terhenti)"
                )
                if berubah:
                    antrekan(pk)
            if berubah:
                _tugas_terhenti(kode_tugas)
                n += 1
    return n


def adopsi_yatim() -> int:
    """Queued jobs no live task carries (queued before the task engine came, or their task was pruned): give each a
    task. A job with a waiting or running task is left alone; one delivered twice still runs once (`klaim`)."""
    hidup = DBTaskResult.objects.filter(status__in=(TaskResultStatus.READY, TaskResultStatus.RUNNING)).values("id")
    yatim = Pekerjaan.objects.filter(status=Pekerjaan.ANTRI).filter(Q(tugas__isnull=True) | ~Q(tugas__in=hidup))
    n = 0
    for pk in yatim.values_list("pk", flat=True):
        with transaction.atomic():
            antrekan(pk)
        n += 1
    return n


def bersihkan() -> int:
    """Remove jobs (and their files) older than the retention period, finished tasks as old, and stored files no
    job refers to."""
    batas = timezone.now() - timedelta(hours=settings.SAKIP_DOKUMEN_SIMPAN_JAM)
    s = penyimpanan()
    lama = Pekerjaan.objects.filter(status__in=(Pekerjaan.SELESAI, Pekerjaan.GAGAL), dibuat_pada__lt=batas)
    n = 0
    for p in lama.iterator():
        if p.berkas_hasil:
            s.delete(p.berkas_hasil)
        p.delete()
        n += 1
    DBTaskResult.objects.filter(
        status__in=(TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED), finished_at__lt=batas
    ).delete()
    # A recap task whose worker was killed stays RUNNING; its rows were queued again (ringkasan.ANTRE_ULANG).
    DBTaskResult.objects.filter(
        queue_name=ANTRIAN_RINGKASAN, status=TaskResultStatus.RUNNING, started_at__lt=batas
    ).delete()
    dipakai = set(Pekerjaan.objects.exclude(berkas_hasil="").values_list("berkas_hasil", flat=True))
    with contextlib.suppress(FileNotFoundError):  # the folder is made on the first save
        for nama in s.listdir("")[1]:
            if nama not in dipakai and s.get_modified_time(nama) < batas:
                s.delete(nama)
    return n


def rawat() -> None:
    """One round of upkeep (every worker does it; each step is safe to run from many at once)."""
    pulihkan_macet()
    adopsi_yatim()


# --- working ------------------------------------------------------------------------------------------------------


def _maju(p: Pekerjaan, nama: str, kemajuan: int, total: int, tahap: str) -> None:
    n = Pekerjaan.objects.filter(pk=p.pk, status=Pekerjaan.BERJALAN, pekerja=nama).update(
        kemajuan=kemajuan, total=total, tahap=tahap[:200], detak=timezone.now()
    )
    if not n:
        raise Dibatalkan


def _simpan_berkas(p: Pekerjaan, tulis) -> tuple[str, int]:
    """Write the output to a local temporary file, then hand it to the storage under a name of this attempt (a
    slow earlier attempt can never overwrite, or delete, the file of the attempt that owns the job)."""
    akhiran = "zip" if p.jenis == Pekerjaan.KUMPULAN else p.format
    with tempfile.TemporaryFile() as f:
        tulis(f)
        ukuran = f.tell()
        f.seek(0)
        nama = penyimpanan().save(f"{p.kode}-{p.percobaan}.{akhiran}", File(f))
    return nama, ukuran


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
        penyimpanan().delete(berkas)
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
        penyimpanan().delete(berkas)
        _gagal(p, nama, "Tidak ada dokumen yang dapat disusun. " + "; ".join(f"{x}: {m}" for x, m in gagal[:5]))
        return
    pesan = f"{berhasil} dokumen disusun."
    if gagal:
        pesan += f" {len(gagal)} tidak dapat disusun (lihat GAGAL.txt di dalam ZIP): " + ", ".join(x for x, _ in gagal)
    nama_zip = f"{p.dokumen}-{p.tahun}-{nama_berkas(p.pemda.nama, p.tahun, 'x', 'zip').split('-', 2)[2][:-4]}-semua.zip"
    _selesai(p, nama, berkas, ukuran, nama_zip, pesan)


# --- running -------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _berdetak(p: Pekerjaan, nama: str):
    """Beat the job's heartbeat from a thread of its own while the work runs: one long step (a big PDF) must not
    look like a dead worker. Not inside a caller's transaction (a test): another connection could not see the row."""
    if connection.in_atomic_block:
        yield
        return
    selesai = threading.Event()

    def detakkan() -> None:
        try:
            while not selesai.wait(SELANG_DETAK):
                with contextlib.suppress(DatabaseError):
                    Pekerjaan.objects.filter(pk=p.pk, status=Pekerjaan.BERJALAN, pekerja=nama).update(
                        detak=timezone.now()
                    )
        finally:
            connection.close()

    t = threading.Thread(target=detakkan, name=f"detak-{p.kode}", daemon=True)
    t.start()
    try:
        yield
    finally:
        selesai.set()
        t.join(SELANG_DETAK + 5)


def jalankan_pekerjaan(pk: int) -> str:
    """The body of the document task: claim the job, produce it. Returns how it ended (the task's result)."""
    nama = nama_pekerja()
    p = klaim(pk, nama)
    if p is None:
        return "dilewati"  # finished, failed, or running under a newer task
    with _berdetak(p, nama):
        kerjakan(p, nama, proses=PROSES_KUMPULAN)
    return Pekerjaan.objects.filter(pk=pk).values_list("status", flat=True).first() or "dihapus"


class PekerjaTugas(Worker):
    """django-tasks-db's worker on the document queue and the recap queue, counting the documents it ran."""

    def __init__(self, *, sekali: bool = False, jeda: float = 1.0):
        super().__init__(
            queue_names=[ANTRIAN, ANTRIAN_RINGKASAN],
            interval=jeda,
            batch=sekali,
            backend_name="default",
            startup_delay=not sekali,
            max_tasks=None,
            worker_id=nama_pekerja()[-64:],
            excluded_queue_names=[],
        )
        self.dikerjakan = 0

    def run_task(self, db_task_result: DBTaskResult) -> None:
        super().run_task(db_task_result)
        self.dikerjakan += db_task_result.queue_name == ANTRIAN

    def satu(self, antrian: str = ANTRIAN) -> DBTaskResult | None:
        """Take and run one waiting task of a queue, without the loop's connection housekeeping (safe inside a
        caller's transaction). Returns the task as it ended, or None when none waits."""
        with exclusive_transaction():
            t = DBTaskResult.objects.ready().filter(backend_name=self.backend_name, queue_name=antrian).get_locked()
            if t is None:
                return None
            t.claim(self.worker_id)
        self.run_task(t)
        return t


def jalankan_satu() -> Pekerjaan | None:
    """Run one waiting task (tests). Returns its job as it ended, or None when no task waits."""
    t = PekerjaTugas(sekali=True).satu()
    if t is None:
        return None
    return Pekerjaan.objects.filter(pk=t.args_kwargs["args"][0]).first()


class Penjaga(threading.Thread):
    """The upkeep beside a worker: its sign of life, re-queueing, retention; and the end of the worker when
    `berhenti` is set or the parent process (`induk`, `sakip serve`) is gone."""

    def __init__(self, pekerja: PekerjaTugas, berhenti: threading.Event, induk: int | None, utama: bool):
        super().__init__(name="penjaga-pekerja-dokumen", daemon=True)
        self.pekerja, self.berhenti, self.induk, self.utama = pekerja, berhenti, induk, utama

    def run(self) -> None:
        terakhir = {"detak": -detak.SELANG, "pulih": -SELANG_PULIH, "bersih": -SELANG_BERSIH, "ringkasan": 0.0}
        try:
            while not self.berhenti.is_set():
                if self.induk is not None and os.getppid() != self.induk:
                    self.berhenti.set()
                    break
                sekarang = time.monotonic()
                try:
                    close_old_connections()
                    if sekarang - terakhir["detak"] >= detak.SELANG:
                        detak.catat()  # the process's sign of life for /siap/ on every web node
                        terakhir["detak"] = sekarang
                    # A short heartbeat limit (tests, impatient sites) is looked at as often as it needs.
                    if sekarang - terakhir["pulih"] >= min(SELANG_PULIH, settings.SAKIP_DOKUMEN_BATAS_DETAK / 2):
                        rawat()
                        terakhir["pulih"] = sekarang
                    if sekarang - terakhir["ringkasan"] >= settings.SAKIP_RINGKASAN_SELANG:
                        antrekan_usang()  # recaps across pemda read kept figures: keep them current
                        terakhir["ringkasan"] = sekarang
                    if sekarang - terakhir["bersih"] >= SELANG_BERSIH:
                        bersihkan()
                        terakhir["bersih"] = sekarang
                except DatabaseError as exc:  # the database is restarting: try again next round
                    log.warning("perawatan pekerja dokumen menunggu basis data: %s", exc)
                    connection.close()
                self.berhenti.wait(1)
        finally:
            connection.close()
            self.hentikan()

    def hentikan(self) -> None:
        if not self.pekerja.running:
            return  # already stopping (a signal, or the worker loop ended)
        if self.utama:
            # The worker polls in the main thread: stop it the way the command line would (graceful: a running
            # task finishes first).
            os.kill(os.getpid(), signal.SIGTERM)
        else:
            self.pekerja.running = False


def jalankan(
    *,
    berhenti: threading.Event | None = None,
    sekali: bool = False,
    induk: int | None = None,
    jeda: float = 1.0,
    utama: bool = True,
) -> int:
    """A worker: until `berhenti` is set, SIGTERM/SIGINT arrive (`utama`: in the main thread), or, with `sekali`,
    until no task waits; with `induk`, until that parent process is gone. Returns the number of tasks run."""
    pekerja = PekerjaTugas(sekali=sekali, jeda=jeda)
    if sekali:
        # Once: the upkeep first (jobs of a stopped worker, jobs without a task), then every waiting task.
        rawat()
        antrekan_usang()
        for antrian in (ANTRIAN, ANTRIAN_RINGKASAN):
            while pekerja.satu(antrian) is not None:
                pass
        return pekerja.dikerjakan
    berhenti = berhenti or threading.Event()
    penjaga = Penjaga(pekerja, berhenti, induk, utama)
    penjaga.start()
    try:
        if utama:
            pekerja.configure_signals()
        while True:
            try:
                pekerja.run()
                break
            except SystemExit as exc:  # the worker's own signal handler ends an idle worker this way
                if exc.code not in (0, None):
                    raise
                break
            except DatabaseError as exc:  # the database is not ready (migrating, restarting): wait and retry
                log.warning("pekerja dokumen menunggu basis data: %s", exc)
                connections.close_all()
                if berhenti.wait(5) or not pekerja.running:
                    break
    finally:
        pekerja.running = False
        if utama:
            pekerja.reset_signals()
        berhenti.set()
        with contextlib.suppress(DatabaseError):  # the database is gone: the heartbeat ages out by itself
            detak.hapus()
        connections.close_all()
    return pekerja.dikerjakan


def mulai_utas(*, jeda: float = 1.0) -> tuple[threading.Thread, threading.Event]:
    """Run the worker in a background thread of this process (``sakip demo``: one command, no second process)."""
    berhenti = threading.Event()
    t = threading.Thread(
        target=jalankan,
        kwargs={"berhenti": berhenti, "jeda": jeda, "utama": False},
        name="pekerja-dokumen",
        daemon=True,
    )
    t.start()
    return t, berhenti
