"""Survei Kepuasan Masyarakat: service types, the responses, import batches and the flood guard.

A response keeps the nine answers in their own columns (u1 … u9, keyed by unsur, never by position on the
form), the optional profile the regulation's form asks for, and the suggestion. Nothing identifies the
respondent: no name, no contact, no IP address (the flood guard keeps only a keyed hash, for minutes).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from sakip.core.ikm import PROFIL, UNSUR
from sakip.web.organisasi.models import PerangkatDaerah

PILIHAN_PROFIL = {a: [("", "—"), *p.pilihan] for a, p in PROFIL.items()}


class LayananSurvei(models.Model):
    """A service type surveyed separately (KTP, KK, akta, surat keterangan …)."""

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="layanan_survei")
    nama = models.CharField("jenis layanan", max_length=120)
    aktif = models.BooleanField(default=True)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "jenis layanan survei"
        verbose_name_plural = "jenis layanan survei"
        ordering = ["urutan", "nama"]
        constraints = [models.UniqueConstraint(fields=["perangkat_daerah", "nama"], name="layanan_survei_unik")]

    def __str__(self) -> str:
        return self.nama


class PengaturanSurvei(models.Model):
    """Per agency: the short link code, the kiosk token and whether the form is open."""

    perangkat_daerah = models.OneToOneField(PerangkatDaerah, on_delete=models.CASCADE, related_name="pengaturan_survei")
    kode_pendek = models.CharField(max_length=12, unique=True)
    token_kios = models.CharField(max_length=40, unique=True)
    terbuka = models.BooleanField("formulir menerima jawaban", default=True)
    tampil_profil = models.BooleanField("tanyakan profil responden", default=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "pengaturan survei"
        verbose_name_plural = "pengaturan survei"

    def __str__(self) -> str:
        return f"SKM {self.perangkat_daerah}"


class PopulasiSurvei(models.Model):
    """Service users in a year: the population the sample size is checked against (Krejcie–Morgan)."""

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="populasi_survei")
    tahun = models.PositiveSmallIntegerField()
    populasi = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "tahun"], name="populasi_survei_unik"),
            models.CheckConstraint(condition=Q(populasi__gte=1), name="populasi_survei_positif"),
        ]

    def __str__(self) -> str:
        return f"{self.perangkat_daerah} {self.tahun}: {self.populasi}"


class ImporSurvei(models.Model):
    """One spreadsheet of paper forms imported at once (it can be undone as a whole)."""

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="impor_survei")
    nama_berkas = models.CharField(max_length=200)
    jumlah = models.PositiveIntegerField()
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    nama_pengguna = models.CharField(max_length=150, blank=True)
    waktu = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-waktu"]

    def __str__(self) -> str:
        return f"{self.nama_berkas} ({self.jumlah})"


class Respon(models.Model):
    WEB = "web"
    KIOS = "kios"
    IMPOR = "impor"
    SUMBER = [(WEB, "formulir web / QR"), (KIOS, "kios layanan"), (IMPOR, "impor formulir kertas")]

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="respon_survei")
    layanan = models.ForeignKey(LayananSurvei, on_delete=models.SET_NULL, null=True, blank=True, related_name="respon")
    layanan_nama = models.CharField(max_length=120, blank=True)  # kept when the service type is renamed or removed
    tanggal = models.DateField(db_index=True)
    diterima_pada = models.DateTimeField(auto_now_add=True)
    u1 = models.PositiveSmallIntegerField("U1 persyaratan")
    u2 = models.PositiveSmallIntegerField("U2 sistem, mekanisme dan prosedur")
    u3 = models.PositiveSmallIntegerField("U3 waktu penyelesaian")
    u4 = models.PositiveSmallIntegerField("U4 biaya/tarif")
    u5 = models.PositiveSmallIntegerField("U5 produk spesifikasi jenis pelayanan")
    u6 = models.PositiveSmallIntegerField("U6 kompetensi pelaksana")
    u7 = models.PositiveSmallIntegerField("U7 perilaku pelaksana")
    u8 = models.PositiveSmallIntegerField("U8 penanganan pengaduan, saran dan masukan")
    u9 = models.PositiveSmallIntegerField("U9 sarana dan prasarana")
    jenis_kelamin = models.CharField(max_length=10, blank=True, choices=PILIHAN_PROFIL["jenis_kelamin"])
    umur = models.CharField(max_length=10, blank=True, choices=PILIHAN_PROFIL["umur"])
    pendidikan = models.CharField(max_length=10, blank=True, choices=PILIHAN_PROFIL["pendidikan"])
    pekerjaan = models.CharField(max_length=10, blank=True, choices=PILIHAN_PROFIL["pekerjaan"])
    saran = models.TextField(blank=True)
    sumber = models.CharField(max_length=10, choices=SUMBER, default=WEB)
    # The one-time token of the form that was sent: a second send of the same form is a duplicate.
    token = models.CharField(max_length=40, unique=True, null=True, blank=True)
    impor = models.ForeignKey(ImporSurvei, on_delete=models.CASCADE, null=True, blank=True, related_name="respon")

    class Meta:
        verbose_name = "jawaban survei"
        verbose_name_plural = "jawaban survei"
        indexes = [models.Index(fields=["perangkat_daerah", "tanggal"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(**{f"{u.lower()}__gte": 1}) & Q(**{f"{u.lower()}__lte": 4}), name=f"respon_{u.lower()}_1_4"
            )
            for u in UNSUR
        ]

    def __str__(self) -> str:
        return f"{self.perangkat_daerah_id} {self.tanggal} #{self.pk}"

    def jawaban(self) -> dict[str, int]:
        return {u: getattr(self, u.lower()) for u in UNSUR}


class BatasKirim(models.Model):
    """Submissions counted per key and time window (the flood guard). The key is a keyed hash of the agency
    and the network address or kiosk, never the address itself; rows older than a few windows are purged."""

    kunci = models.CharField(max_length=64)
    jendela = models.BigIntegerField()
    jumlah = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kunci", "jendela"], name="batas_kirim_unik")]
        indexes = [models.Index(fields=["jendela"])]

    def __str__(self) -> str:
        return f"{self.kunci[:8]}… {self.jendela}: {self.jumlah}"
