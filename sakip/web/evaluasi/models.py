"""An agency-year's Evaluasi AKIP: one worksheet (LKE version named by code), one row per criterion answered.

Scores are never stored: the Nilai and predikat are computed by `sakip.core.lke` from the answers on every
page, so a figure cannot disagree with its answers. The workflow status lives on `Evaluasi`; every answer,
note, recommendation, response and status change is recorded in the history (riwayat).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from sakip.core.lke import LKE_BAWAAN
from sakip.web.organisasi.models import Pemda
from sakip.web.perencanaan.models import TahunKinerja


class Evaluasi(models.Model):
    MANDIRI = "mandiri"
    DIEVALUASI = "dievaluasi"
    FINAL = "final"
    STATUS = [(MANDIRI, "Penilaian mandiri"), (DIEVALUASI, "Dievaluasi Inspektorat"), (FINAL, "Final")]

    tahun_kinerja = models.OneToOneField(TahunKinerja, on_delete=models.CASCADE, related_name="evaluasi")
    lke = models.CharField("versi LKE", max_length=60, default=LKE_BAWAAN)
    status = models.CharField(max_length=12, choices=STATUS, default=MANDIRI)
    sintetis = models.BooleanField("data contoh (sintetis)", default=False)
    diajukan_pada = models.DateTimeField(null=True, blank=True)
    difinalkan_pada = models.DateTimeField(null=True, blank=True)
    difinalkan_oleh = models.CharField(max_length=150, blank=True)
    nama_evaluator = models.CharField(max_length=150, blank=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "evaluasi AKIP"
        verbose_name_plural = "evaluasi AKIP"
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="final") | Q(difinalkan_pada__isnull=False), name="evaluasi_final_bertanggal"
            ),
        ]

    def __str__(self) -> str:
        return f"evaluasi {self.tahun_kinerja} ({self.status})"

    @property
    def terkunci(self) -> bool:
        return self.status == self.FINAL


class Jawaban(models.Model):
    """One criterion: the agency's self-assessment, the evaluator's answer, note and recommendation, and the
    agency's response to that recommendation."""

    evaluasi = models.ForeignKey(Evaluasi, on_delete=models.CASCADE, related_name="jawaban")
    kode = models.CharField(max_length=12)  # "1.a.1"
    mandiri = models.CharField("jawaban mandiri", max_length=4, blank=True)
    mandiri_catatan = models.TextField("keterangan mandiri", blank=True)
    evaluator = models.CharField("jawaban evaluator", max_length=4, blank=True)
    catatan = models.TextField("catatan evaluator", blank=True)
    rekomendasi = models.TextField(blank=True)
    tanggapan = models.TextField("tanggapan perangkat daerah", blank=True)
    tanggapan_oleh = models.CharField(max_length=150, blank=True)
    tanggapan_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "jawaban LKE"
        verbose_name_plural = "jawaban LKE"
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["evaluasi", "kode"], name="jawaban_lke_unik")]

    def __str__(self) -> str:
        return f"{self.kode}: {self.evaluator or '-'}"


class Bukti(models.Model):
    """A document supporting one criterion (uploaded by the agency or the evaluator)."""

    jawaban = models.ForeignKey(Jawaban, on_delete=models.CASCADE, related_name="bukti")
    berkas = models.FileField(upload_to="evaluasi/%Y/")
    nama_asli = models.CharField(max_length=200)
    jenis_isi = models.CharField(max_length=120)
    ukuran = models.PositiveIntegerField()
    diunggah_oleh = models.CharField(max_length=150, blank=True)
    diunggah_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "bukti evaluasi"
        verbose_name_plural = "bukti evaluasi"

    def __str__(self) -> str:
        return self.nama_asli


class RekapTerbit(models.Model):
    """The district publishes the year's recap: only then does the public see the Nilai SAKIP of its agencies."""

    pemda = models.ForeignKey(Pemda, on_delete=models.CASCADE, related_name="rekap_evaluasi")
    tahun = models.PositiveSmallIntegerField()
    diterbitkan_pada = models.DateTimeField()
    diterbitkan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)

    class Meta:
        verbose_name = "rekap evaluasi terbit"
        verbose_name_plural = "rekap evaluasi terbit"
        constraints = [models.UniqueConstraint(fields=["pemda", "tahun"], name="rekap_evaluasi_unik")]

    def __str__(self) -> str:
        return f"rekap evaluasi {self.pemda} {self.tahun}"
