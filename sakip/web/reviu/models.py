"""Reviu runs, follow-up statuses per finding, and the finalisation of the PK and the LKjIP.

Findings are computed by sakip.core.reviu; a run stores them as they were (JSON, `Temuan.ke_dict()`), so the page
shows what the reviewer saw. A follow-up status belongs to a finding's stable `kunci`, not to a run: it survives
re-runs, and a finding that disappears after a correction is resolved by the correction itself.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from sakip.core.reviu import DITINDAKLANJUTI, TIDAK_RELEVAN
from sakip.web.perencanaan.models import PerjanjianKinerja, TahunKinerja

STATUS_TINDAK_LANJUT = [("", "Terbuka"), (DITINDAKLANJUTI, "Ditindaklanjuti"), (TIDAK_RELEVAN, "Tidak relevan")]


class ReviuJalan(models.Model):
    """One run of the automatic reviu on an agency-year (and, optionally, a printed report)."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="reviu_jalan")
    dijalankan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    nama_pereviu = models.CharField(max_length=150)
    dijalankan_pada = models.DateTimeField(auto_now_add=True)
    sidik_data = models.CharField(max_length=64)  # the data reviewed (ke_berkas.sidik_data)
    tahun_lalu = models.PositiveSmallIntegerField(null=True, blank=True)  # the previous year compared, if any
    laporan_nama = models.CharField("laporan tercetak", max_length=200, blank=True)
    temuan = models.JSONField(default=list)  # [Temuan.ke_dict(), …] in the reviu's order
    # with a printed report: the standard tables recognised and those not found ([CakupanTabel.ke_dict(), …])
    cakupan = models.JSONField(default=list, blank=True)
    tabel_tak_dikenali = models.PositiveIntegerField(default=0)
    jumlah_galat = models.PositiveIntegerField(default=0)
    jumlah_peringatan = models.PositiveIntegerField(default=0)
    jumlah_catatan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "reviu"
        verbose_name_plural = "reviu"
        ordering = ["-dijalankan_pada", "-id"]

    def __str__(self) -> str:
        return f"reviu {self.tahun_kinerja} {self.dijalankan_pada:%Y-%m-%d %H:%M}"


class TindakLanjut(models.Model):
    """The follow-up of one finding (by its stable `kunci`): the reviewer's status and note, the agency's response."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="tindak_lanjut_reviu")
    kunci = models.CharField(max_length=40)
    kode = models.CharField(max_length=40, blank=True)  # the rule, for history and lists
    status = models.CharField(max_length=20, choices=STATUS_TINDAK_LANJUT, blank=True)
    catatan = models.TextField(blank=True)  # the reviewer's note on the status
    diubah_oleh = models.CharField(max_length=150, blank=True)
    diubah_pada = models.DateTimeField(null=True, blank=True)
    tanggapan = models.TextField(blank=True)  # the agency's response (operator)
    tanggapan_oleh = models.CharField(max_length=150, blank=True)
    tanggapan_pada = models.DateTimeField(null=True, blank=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "tindak lanjut temuan"
        verbose_name_plural = "tindak lanjut temuan"
        constraints = [
            models.UniqueConstraint(fields=["tahun_kinerja", "kunci"], name="tindak_lanjut_unik"),
            models.CheckConstraint(condition=Q(status="") | ~Q(catatan=""), name="tindak_lanjut_bercatatan"),
        ]

    def __str__(self) -> str:
        return f"{self.kunci}: {self.status or 'terbuka'}"


class Penetapan(models.Model):
    """The kepala declares a PK version or the year's LKjIP final (refused while a galat finding is open)."""

    LKJIP = "lkjip"
    PK = "pk"

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="penetapan")
    dokumen = models.CharField(max_length=10, choices=[(LKJIP, "LKjIP"), (PK, "Perjanjian Kinerja")])
    pk_versi = models.ForeignKey(
        PerjanjianKinerja, on_delete=models.CASCADE, null=True, blank=True, related_name="penetapan"
    )
    ditetapkan_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    nama_penetap = models.CharField(max_length=150)
    ditetapkan_pada = models.DateTimeField(auto_now_add=True)
    sidik_data = models.CharField(max_length=64)  # the data declared final

    class Meta:
        verbose_name = "penetapan final"
        verbose_name_plural = "penetapan final"
        ordering = ["-ditetapkan_pada", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(dokumen="pk") & Q(pk_versi__isnull=False))
                | (Q(dokumen="lkjip") & Q(pk_versi__isnull=True)),
                name="penetapan_pk_berversi",
            )
        ]

    def __str__(self) -> str:
        return f"{self.dokumen} final {self.tahun_kinerja}"
