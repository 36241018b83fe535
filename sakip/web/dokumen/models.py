"""The document jobs: one row per document (or ZIP of documents) to produce — what was asked, by whom, how far it
is, and where its file is.

The row is the domain's record; carrying it to a worker is the task engine's (Django's tasks API, tugas.py). A job
is durable: it survives a restart of the web server or the worker. The worker that runs it claims the row with a
compare-and-set, beats a heartbeat while it works, and leaves either a file in the ``dokumen`` storage or an
Indonesian message. A job whose worker stopped (no heartbeat) is handed to the engine again, at most a few times.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from sakip.web.organisasi.models import Pemda
from sakip.web.perencanaan.models import TahunKinerja


class Pekerjaan(models.Model):
    ANTRI = "antri"
    BERJALAN = "berjalan"
    SELESAI = "selesai"
    GAGAL = "gagal"
    STATUS = [(ANTRI, "Menunggu giliran"), (BERJALAN, "Sedang dibuat"), (SELESAI, "Selesai"), (GAGAL, "Gagal")]

    DOKUMEN = "dokumen"  # one document of one agency-year
    KUMPULAN = "kumpulan"  # one document of every agency of the district, as a ZIP
    DAERAH = "daerah"  # a document of the district itself (the Pemda LKjIP), from its district file and all agencies
    JENIS = [(DOKUMEN, "dokumen"), (KUMPULAN, "kumpulan (ZIP)"), (DAERAH, "dokumen pemda")]
    JENIS_PEMDA = (KUMPULAN, DAERAH)

    kode = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    jenis = models.CharField(max_length=10, choices=JENIS, default=DOKUMEN)
    dokumen = models.CharField(max_length=10)  # lkjip | pk | renstra | rkt | iku (jenis daerah: lkjip of the pemda)
    format = models.CharField(max_length=5)  # docx | pdf | xlsx
    pilihan_pk = models.CharField(max_length=10, blank=True)  # murni | perubahan (PK documents)
    tahun_kinerja = models.ForeignKey(
        TahunKinerja, on_delete=models.CASCADE, null=True, blank=True, related_name="pekerjaan_dokumen"
    )
    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, null=True, blank=True, related_name="pekerjaan_dokumen")
    tahun = models.PositiveSmallIntegerField()
    # A public job measures the published (locked) quarters only and may be fetched by anyone.
    publik = models.BooleanField(default=False)
    triwulan = models.JSONField(default=list)  # the quarters measured
    # What the output is made from (data, options, code): equal fingerprints, equal document (reuse).
    sidik = models.CharField(max_length=64, db_index=True)
    pemohon = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)

    status = models.CharField(max_length=10, choices=STATUS, default=ANTRI)
    kemajuan = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=1)
    tahap = models.CharField(max_length=200, blank=True)  # the step in progress, for people
    galat = models.TextField(blank=True)  # Indonesian message when it failed (never a traceback)
    pesan = models.TextField(blank=True)  # a note on a finished job (e.g. agencies left out of a ZIP)
    berkas_hasil = models.CharField(max_length=300, blank=True)  # file name in the "dokumen" storage
    nama_berkas = models.CharField(max_length=200, blank=True)  # the download's file name
    jenis_isi = models.CharField(max_length=120, blank=True)
    ukuran = models.PositiveBigIntegerField(null=True, blank=True)
    percobaan = models.PositiveSmallIntegerField(default=0)
    pekerja = models.CharField(max_length=120, blank=True)  # who claimed it (host:pid:thread)
    # The task (django-tasks result id) that carries the current attempt; a new attempt gets a new task.
    tugas = models.UUIDField(null=True, blank=True, db_index=True)
    detak = models.DateTimeField(null=True, blank=True)  # the worker's last sign of life
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    mulai_pada = models.DateTimeField(null=True, blank=True)
    selesai_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "pekerjaan dokumen"
        verbose_name_plural = "pekerjaan dokumen"
        ordering = ["-dibuat_pada", "-id"]
        indexes = [models.Index(fields=["status", "dibuat_pada"], name="pekerjaan_antrian")]
        constraints = [
            models.CheckConstraint(
                condition=(Q(jenis="dokumen") & Q(tahun_kinerja__isnull=False))
                | (Q(jenis__in=["kumpulan", "daerah"]) & Q(pemda__isnull=False)),
                name="pekerjaan_sasaran_sesuai",
            ),
            models.CheckConstraint(condition=~Q(status="gagal") | ~Q(galat=""), name="pekerjaan_gagal_berpesan"),
            models.CheckConstraint(
                condition=~Q(status="selesai") | ~Q(berkas_hasil=""), name="pekerjaan_selesai_berberkas"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dokumen}.{self.format} {self.tahun} ({self.status})"

    @property
    def lama_susun(self) -> str:
        """How long the worker took to produce it ("0,42 detik", "1 menit 5 detik"); "" until it is finished."""
        if self.status != self.SELESAI or not self.mulai_pada or not self.selesai_pada:
            return ""
        detik = max((self.selesai_pada - self.mulai_pada).total_seconds(), 0.0)
        if detik < 60:
            return f"{detik:.2f}".replace(".", ",") + " detik"
        menit, sisa = divmod(round(detik), 60)
        return f"{menit} menit {sisa} detik"

    @property
    def lama_tunggu(self) -> str:
        """How long the job waited in the queue before a worker took it ("" when under a second)."""
        if not self.mulai_pada or not self.dibuat_pada:
            return ""
        detik = (self.mulai_pada - self.dibuat_pada).total_seconds()
        return f"{detik:.0f} detik" if detik >= 1 else ""

    @property
    def selesai(self) -> bool:
        return self.status in (self.SELESAI, self.GAGAL)

    @property
    def judul(self) -> str:
        from .katalog import JUDUL_DOKUMEN

        j = JUDUL_DOKUMEN.get(self.dokumen, self.dokumen)
        if self.pilihan_pk:
            j += f" {self.pilihan_pk}"
        if self.jenis == self.KUMPULAN:
            j += " seluruh perangkat daerah"
        if self.jenis == self.DAERAH:
            j = f"{j} Pemda" if self.dokumen != "lkjip" else "Laporan Kinerja Pemerintah Daerah (LKjIP Pemda)"
        return j

    @property
    def persen(self) -> int:
        if self.status == self.SELESAI:
            return 100
        return min(99, int(100 * self.kemajuan / self.total)) if self.total else 0
