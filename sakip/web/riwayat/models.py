from django.conf import settings
from django.db import models


class Perubahan(models.Model):
    """One changed value. ``objek`` names the record ("indikator:IKU1", "sub_kegiatan:7.01.01.2.02.0001",
    "periode:3", "pk:12") so its page can show its own history."""

    FORMULIR = "formulir"
    IMPOR = "impor"
    MASSAL = "massal"
    ALUR = "alur"
    SUMBER = [(FORMULIR, "formulir"), (IMPOR, "impor berkas"), (MASSAL, "ubah massal"), (ALUR, "alur persetujuan")]

    waktu = models.DateTimeField(auto_now_add=True, db_index=True)
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    nama_pengguna = models.CharField(max_length=150, blank=True)  # kept when the user is deleted
    perangkat_daerah = models.ForeignKey(
        "organisasi.PerangkatDaerah", on_delete=models.CASCADE, null=True, blank=True, related_name="riwayat"
    )
    tahun = models.PositiveSmallIntegerField(null=True, blank=True)
    objek = models.CharField(max_length=120, db_index=True)
    label = models.CharField(max_length=300, blank=True)
    medan = models.CharField("kolom", max_length=200)
    nilai_lama = models.TextField(blank=True)
    nilai_baru = models.TextField(blank=True)
    alasan = models.TextField(blank=True)
    sumber = models.CharField(max_length=20, choices=SUMBER, default=FORMULIR)

    class Meta:
        verbose_name = "perubahan"
        verbose_name_plural = "riwayat perubahan"
        ordering = ["-waktu", "-id"]
        indexes = [
            models.Index(fields=["perangkat_daerah", "objek"]),
            models.Index(fields=["perangkat_daerah", "tahun"]),
        ]

    def __str__(self) -> str:
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.nama_pengguna}: {self.objek}.{self.medan}"
