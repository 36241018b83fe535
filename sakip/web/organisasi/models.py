"""The district (pemda), its agencies (perangkat daerah) and who may do what in them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class Pemda(models.Model):
    nama = models.CharField("nama pemda", max_length=120, unique=True)  # "Kabupaten Jember"
    provinsi = models.CharField(max_length=120, blank=True)
    ibu_kota = models.CharField("ibu kota", max_length=120, blank=True)  # written above signatures
    kepala_nama = models.CharField("nama kepala daerah", max_length=200, blank=True)
    kepala_jabatan = models.CharField("jabatan kepala daerah", max_length=200, blank=True)
    # District rules (sakip.core.pengaturan) in berkas form: only what differs from the defaults.
    pengaturan = models.JSONField(default=dict, blank=True)
    # A quarter's realisation is due this many days after the quarter ends.
    batas_hari_pelaporan = models.PositiveSmallIntegerField("batas pelaporan (hari setelah triwulan)", default=10)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "pemda"
        verbose_name_plural = "pemda"

    def __str__(self) -> str:
        return self.nama


class PerangkatDaerah(models.Model):
    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="perangkat_daerah")
    nama = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True, help_text="dipakai di alamat halaman")
    jenis = models.CharField(max_length=40, blank=True)  # kecamatan, dinas, badan …
    kode = models.CharField(max_length=40, blank=True)
    alamat = models.CharField(max_length=300, blank=True)
    telepon = models.CharField(max_length=60, blank=True)
    kode_pos = models.CharField(max_length=10, blank=True)
    email = models.CharField(max_length=120, blank=True)
    laman = models.CharField(max_length=200, blank=True)
    kepala_nama = models.CharField("nama kepala", max_length=200, blank=True)
    kepala_jabatan = models.CharField("jabatan kepala", max_length=200, blank=True)
    kepala_pangkat = models.CharField("pangkat kepala", max_length=100, blank=True)
    kepala_golongan = models.CharField("golongan kepala", max_length=20, blank=True)
    kepala_nip = models.CharField("NIP kepala", max_length=30, blank=True)
    aktif = models.BooleanField(default=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "perangkat daerah"
        verbose_name_plural = "perangkat daerah"
        ordering = ["nama"]
        constraints = [models.UniqueConstraint(fields=["pemda", "nama"], name="pd_nama_unik_per_pemda")]

    def __str__(self) -> str:
        return self.nama


class Peran(models.Model):
    """A user's role. Agency roles (operator, kepala) belong to exactly one agency; the others to none."""

    ADMIN = "admin"
    OPERATOR = "operator"
    KEPALA = "kepala"
    REVIEWER = "reviewer"
    PILIHAN = [
        (ADMIN, "Admin Pemda / Bappeda"),
        (OPERATOR, "Operator perangkat daerah"),
        (KEPALA, "Kepala perangkat daerah"),
        (REVIEWER, "Reviewer Inspektorat"),
    ]
    PERAN_PD = (OPERATOR, KEPALA)

    pengguna = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peran")
    peran = models.CharField(max_length=20, choices=PILIHAN)
    perangkat_daerah = models.ForeignKey(
        PerangkatDaerah, on_delete=models.PROTECT, null=True, blank=True, related_name="anggota"
    )
    # Admin and reviewer work for one pemda (the tenant: they see and change only its agencies); left empty, the
    # role spans every pemda of the installation (a province or the ministry). Agency roles take the pemda of
    # their agency and leave this empty.
    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, null=True, blank=True, related_name="petugas")

    class Meta:
        verbose_name = "peran pengguna"
        verbose_name_plural = "peran pengguna"
        constraints = [
            models.CheckConstraint(
                condition=(Q(peran__in=["operator", "kepala"]) & Q(perangkat_daerah__isnull=False))
                | (Q(peran__in=["admin", "reviewer"]) & Q(perangkat_daerah__isnull=True)),
                name="peran_pd_sesuai",
            ),
            models.CheckConstraint(
                condition=Q(peran__in=["admin", "reviewer"]) | Q(pemda__isnull=True),
                name="peran_pemda_hanya_petugas_pemda",
            ),
        ]

    def __str__(self) -> str:
        pd = (
            f" — {self.perangkat_daerah}" if self.perangkat_daerah_id else (f" — {self.pemda}" if self.pemda_id else "")
        )
        return f"{self.pengguna} ({self.get_peran_display()}{pd})"
