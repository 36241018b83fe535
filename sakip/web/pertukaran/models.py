from django.conf import settings
from django.db import models


class UnggahanExcel(models.Model):
    """An uploaded workbook: previewed first, then applied as one bulk change (or cancelled). The file is kept
    until it is applied or cancelled, so the apply step reads exactly what was previewed."""

    PRATINJAU = "pratinjau"
    DITERAPKAN = "diterapkan"
    DIBATALKAN = "dibatalkan"
    STATUS = [(PRATINJAU, "pratinjau"), (DITERAPKAN, "diterapkan"), (DIBATALKAN, "dibatalkan")]

    tahun_kinerja = models.ForeignKey(
        "perencanaan.TahunKinerja", on_delete=models.CASCADE, related_name="unggahan_excel"
    )
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    nama_pengguna = models.CharField(max_length=150, blank=True)
    nama_berkas = models.CharField(max_length=200)
    isi = models.BinaryField(blank=True)  # emptied once applied or cancelled
    versi_data = models.PositiveIntegerField()  # TahunKinerja.versi the preview was computed from
    perubahan = models.JSONField(default=list)  # [{lembar, sel, label, lama, baru}] as previewed
    jumlah_perubahan = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=12, choices=STATUS, default=PRATINJAU)
    dibuat = models.DateTimeField(auto_now_add=True)
    diterapkan_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "unggahan workbook"
        verbose_name_plural = "unggahan workbook"
        ordering = ["-dibuat", "-id"]

    def __str__(self) -> str:
        return f"{self.nama_berkas} ({self.status})"


class UnggahanSipd(models.Model):
    """An uploaded SIPD export (budget structure or realisation): previewed, then applied or cancelled. The file
    is kept until then, so the apply step reads exactly what was previewed."""

    PRATINJAU = "pratinjau"
    DITERAPKAN = "diterapkan"
    DIBATALKAN = "dibatalkan"
    STATUS = [(PRATINJAU, "pratinjau"), (DITERAPKAN, "diterapkan"), (DIBATALKAN, "dibatalkan")]

    tahun_kinerja = models.ForeignKey(
        "perencanaan.TahunKinerja", on_delete=models.CASCADE, related_name="unggahan_sipd"
    )
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    nama_pengguna = models.CharField(max_length=150, blank=True)
    nama_berkas = models.CharField(max_length=200)
    jenis = models.CharField(max_length=12)  # sakip.berkas.sipd.STRUKTUR | REALISASI
    triwulan = models.PositiveSmallIntegerField(null=True, blank=True)  # cumulative up to this quarter
    isi = models.BinaryField(blank=True)  # emptied once applied or cancelled
    versi_data = models.PositiveIntegerField()
    perubahan = models.JSONField(default=list)  # [{baris, kode, label, lama, baru}] as previewed
    catatan = models.JSONField(default=list)  # rows not taken, with the reason
    kolom = models.JSONField(default=dict)  # field → header found
    jumlah_perubahan = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=12, choices=STATUS, default=PRATINJAU)
    dibuat = models.DateTimeField(auto_now_add=True)
    diterapkan_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "unggahan SIPD"
        verbose_name_plural = "unggahan SIPD"
        ordering = ["-dibuat", "-id"]

    def __str__(self) -> str:
        return f"{self.nama_berkas} ({self.jenis}, {self.status})"
