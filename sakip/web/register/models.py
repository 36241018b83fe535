"""The complaint register, the activity register, and where an indicator's realisasi is computed from.

Primary data only: the ratios and the IKM are computed by sakip.core (sakip.core.register, sakip.core.sumber).
A computed value is frozen (`NilaiTerkunci`) when its quarter's realisation is locked.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q

from sakip.core.register import (
    LABEL_STATUS_ADUAN,
    LABEL_STATUS_KEGIATAN,
    STATUS_ADUAN_AKHIR,
    StatusAduan,
    StatusKegiatan,
)
from sakip.core.sumber import LABEL_JENIS_SUMBER, JenisSumber
from sakip.web.organisasi.models import PerangkatDaerah

STATUS_ADUAN = [(s.value, LABEL_STATUS_ADUAN[s]) for s in StatusAduan]
STATUS_KEGIATAN = [(s.value, LABEL_STATUS_KEGIATAN[s]) for s in StatusKegiatan]
JENIS_SUMBER = [(j.value, LABEL_JENIS_SUMBER[j]) for j in JenisSumber]


class Aduan(models.Model):
    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="aduan")
    nomor = models.CharField("nomor register", max_length=40)
    tanggal_diterima = models.DateField("tanggal diterima", db_index=True)
    kanal = models.CharField(max_length=60, blank=True)
    kategori = models.CharField(max_length=120, blank=True)
    ringkasan = models.TextField()
    lokasi = models.CharField(max_length=200, blank=True)
    penanganan = models.TextField(blank=True)
    unit = models.CharField("unit penanganan", max_length=120, blank=True)
    status = models.CharField(max_length=15, choices=STATUS_ADUAN, default=StatusAduan.DITERIMA.value)
    tanggal_selesai = models.DateField(null=True, blank=True)
    bukti = models.JSONField(default=list, blank=True)
    keterangan = models.TextField(blank=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diubah_pada = models.DateTimeField(auto_now=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name_plural = "aduan"
        ordering = ["tanggal_diterima", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "nomor"], name="aduan_nomor_unik"),
            models.CheckConstraint(
                condition=~Q(status__in=sorted(s.value for s in STATUS_ADUAN_AKHIR)) | Q(tanggal_selesai__isnull=False),
                name="aduan_selesai_bertanggal",
            ),
            models.CheckConstraint(
                condition=Q(tanggal_selesai__isnull=True) | Q(tanggal_selesai__gte=F("tanggal_diterima")),
                name="aduan_selesai_sesudah_diterima",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nomor} {self.ringkasan[:50]}"


class KegiatanRegister(models.Model):
    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="kegiatan_register")
    tahun = models.PositiveSmallIntegerField()
    nomor = models.CharField(max_length=40)
    uraian = models.TextField()
    indikator = models.CharField("kode indikator", max_length=40, blank=True)
    kategori = models.CharField(max_length=120, blank=True)
    direncanakan = models.BooleanField(default=True)
    triwulan_rencana = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=15, choices=STATUS_KEGIATAN, default=StatusKegiatan.DIRENCANAKAN.value)
    tanggal_pelaksanaan = models.DateField(null=True, blank=True)
    volume = models.CharField(max_length=200, blank=True)
    lokasi = models.CharField(max_length=200, blank=True)
    pelaksana = models.CharField(max_length=200, blank=True)
    bukti = models.JSONField(default=list, blank=True)
    keterangan = models.TextField(blank=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diubah_pada = models.DateTimeField(auto_now=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "kegiatan (register)"
        verbose_name_plural = "kegiatan (register)"
        ordering = ["tahun", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "tahun", "nomor"], name="kegiatan_register_unik"),
            models.CheckConstraint(
                condition=~Q(status=StatusKegiatan.TERLAKSANA.value) | Q(tanggal_pelaksanaan__isnull=False),
                name="kegiatan_terlaksana_bertanggal",
            ),
            models.CheckConstraint(
                condition=Q(triwulan_rencana__isnull=True) | (Q(triwulan_rencana__gte=1) & Q(triwulan_rencana__lte=4)),
                name="kegiatan_triwulan_1_4",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nomor} {self.uraian[:50]}"


class SumberRealisasi(models.Model):
    """An indicator (by its code in the agency's Renstra) whose realisasi is computed from records."""

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="sumber_realisasi")
    indikator = models.CharField("kode indikator", max_length=40)
    jenis = models.CharField(max_length=20, choices=JENIS_SUMBER)
    survei = models.CharField(max_length=60, blank=True)  # ikm: one survey id; blank = every survey
    jenis_layanan = models.JSONField(default=list, blank=True)
    penyebut = models.JSONField(default=dict, blank=True)  # berkas form of sakip.core.register.Saring
    pembilang = models.JSONField(null=True, blank=True)
    jika_kosong = models.DecimalField(max_digits=12, decimal_places=4, null=True, blank=True)
    keterangan = models.TextField(blank=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name_plural = "sumber realisasi"
        constraints = [models.UniqueConstraint(fields=["perangkat_daerah", "indikator"], name="sumber_realisasi_unik")]

    def __str__(self) -> str:
        return f"{self.indikator}: {self.jenis}"


class AlasanManual(models.Model):
    """Why a year's typed realisasi stands although the indicator has a computed source."""

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="alasan_manual")
    tahun = models.PositiveSmallIntegerField()
    indikator = models.CharField(max_length=40)
    alasan = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "tahun", "indikator"], name="alasan_manual_unik")
        ]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun}"


class NilaiTerkunci(models.Model):
    """A computed value frozen when its quarter was locked."""

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="nilai_terkunci")
    tahun = models.PositiveSmallIntegerField()
    indikator = models.CharField(max_length=40)
    triwulan = models.PositiveSmallIntegerField()
    nilai = models.DecimalField(max_digits=28, decimal_places=10, null=True, blank=True)
    teks = models.TextField()
    dikunci_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["perangkat_daerah", "tahun", "indikator", "triwulan"], name="nilai_terkunci_unik"
            ),
            models.CheckConstraint(condition=Q(triwulan__gte=1) & Q(triwulan__lte=4), name="nilai_terkunci_1_4"),
        ]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun} TW {self.triwulan}"
