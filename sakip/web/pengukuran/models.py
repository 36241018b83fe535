"""Realisations per quarter with their approval workflow, evidence files and reviu notes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from sakip.web.inti.nilai import kolom_nilai
from sakip.web.perencanaan.models import ANGKA_UANG, Indikator, IndikatorKinerja, SubKegiatan, TahunKinerja

TRIWULAN = [(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")]
TRIWULAN_SAH = Q(triwulan__gte=1) & Q(triwulan__lte=4)


class PeriodeRealisasi(models.Model):
    """The workflow of one quarter's realisation: draft → diajukan → diverifikasi | dikembalikan → dikunci."""

    DRAFT = "draft"
    DIAJUKAN = "diajukan"
    DIVERIFIKASI = "diverifikasi"
    DIKEMBALIKAN = "dikembalikan"
    DIKUNCI = "dikunci"
    STATUS = [
        (DRAFT, "Draf"),
        (DIAJUKAN, "Diajukan"),
        (DIVERIFIKASI, "Diverifikasi"),
        (DIKEMBALIKAN, "Dikembalikan"),
        (DIKUNCI, "Dikunci"),
    ]
    BOLEH_DIUBAH = (DRAFT, DIKEMBALIKAN)

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="periode")
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN)
    status = models.CharField(max_length=15, choices=STATUS, default=DRAFT)
    alasan_dikembalikan = models.TextField(blank=True)
    diajukan_pada = models.DateTimeField(null=True, blank=True)
    diverifikasi_pada = models.DateTimeField(null=True, blank=True)
    dikunci_pada = models.DateTimeField(null=True, blank=True)
    diisi_pada = models.DateTimeField(null=True, blank=True)  # last time a value was saved
    diubah_pada = models.DateTimeField(auto_now=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "periode realisasi"
        verbose_name_plural = "periode realisasi"
        ordering = ["triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["tahun_kinerja", "triwulan"], name="periode_unik"),
            models.CheckConstraint(condition=TRIWULAN_SAH, name="periode_triwulan_1_4"),
            models.CheckConstraint(
                condition=~Q(status="dikembalikan") | ~Q(alasan_dikembalikan=""), name="periode_kembali_beralasan"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.tahun_kinerja} TW {self.triwulan} ({self.status})"


class RealisasiIndikator(models.Model):
    """The year's record of an indicator: annual value (when only it is known), analysis, source."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="realisasi_indikator")
    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="realisasi")
    tahunan_angka, tahunan_teks = kolom_nilai("realisasi tahunan")
    penyebab = models.TextField(blank=True)
    kendala = models.TextField(blank=True)
    solusi = models.TextField(blank=True)
    sumber = models.TextField(blank=True)
    alasan_manual = models.TextField(blank=True)  # why a value is typed although it could be computed
    alasan_tidak_lazim = models.TextField(blank=True)  # why a value its unit rarely takes is right (core.satuan)
    tambahan = models.TextField(blank=True)  # other berkas keys as YAML
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["tahun_kinerja", "indikator"], name="realisasi_indikator_unik")]

    def __str__(self) -> str:
        return f"{self.indikator_id} {self.tahun_kinerja_id}"


class NilaiTriwulan(models.Model):
    """A quarter's realisation (or its rencana aksi target) of an indicator."""

    REALISASI = "realisasi"
    TARGET = "target"

    realisasi = models.ForeignKey(RealisasiIndikator, on_delete=models.CASCADE, related_name="nilai_triwulan")
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN)
    jenis = models.CharField(max_length=10, choices=[(REALISASI, "realisasi"), (TARGET, "target")])
    nilai_angka, nilai_teks = kolom_nilai()

    class Meta:
        ordering = ["triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["realisasi", "triwulan", "jenis"], name="nilai_triwulan_unik"),
            models.CheckConstraint(condition=TRIWULAN_SAH, name="nilai_triwulan_1_4"),
        ]

    def __str__(self) -> str:
        return f"TW {self.triwulan} {self.jenis}"


class NilaiIndikatorKinerja(models.Model):
    """The year's realisation of a program, kegiatan or output indicator (or, for outputs, the target printed
    in the realisation table where it differs from the RKT's)."""

    REALISASI = "realisasi"
    TARGET = "target"

    indikator = models.ForeignKey(IndikatorKinerja, on_delete=models.CASCADE, related_name="nilai")
    jenis = models.CharField(max_length=10, choices=[(REALISASI, "realisasi"), (TARGET, "target tabel realisasi")])
    nilai_angka, nilai_teks = kolom_nilai()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["indikator", "jenis"], name="nilai_ik_unik")]

    def __str__(self) -> str:
        return f"{self.indikator_id} {self.jenis}"


class RealisasiSubKegiatan(models.Model):
    sub_kegiatan = models.OneToOneField(SubKegiatan, on_delete=models.CASCADE, related_name="realisasi")
    anggaran = models.DecimalField("realisasi anggaran tahunan", null=True, blank=True, **ANGKA_UANG)
    keterangan = models.TextField(blank=True)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(anggaran__gte=0) | Q(anggaran__isnull=True), name="realisasi_sub_nonneg")
        ]

    def __str__(self) -> str:
        return f"realisasi {self.sub_kegiatan_id}"


class AnggaranTriwulan(models.Model):
    """Budget spent in one quarter on a sub kegiatan."""

    realisasi = models.ForeignKey(RealisasiSubKegiatan, on_delete=models.CASCADE, related_name="triwulan")
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN)
    jumlah = models.DecimalField(null=True, blank=True, **ANGKA_UANG)

    class Meta:
        ordering = ["triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["realisasi", "triwulan"], name="anggaran_triwulan_unik"),
            models.CheckConstraint(condition=TRIWULAN_SAH, name="anggaran_triwulan_1_4"),
            models.CheckConstraint(
                condition=Q(jumlah__gte=0) | Q(jumlah__isnull=True), name="anggaran_triwulan_nonneg"
            ),
        ]

    def __str__(self) -> str:
        return f"TW {self.triwulan}: {self.jumlah}"


def _lokasi_bukti(instance: Bukti, nama: str) -> str:
    tk = instance.periode.tahun_kinerja
    return f"{tk.perangkat_daerah.slug}/{tk.tahun}/tw{instance.periode.triwulan}/{nama}"


class Bukti(models.Model):
    """An evidence file for a quarter (optionally for one indicator)."""

    periode = models.ForeignKey(PeriodeRealisasi, on_delete=models.CASCADE, related_name="bukti")
    indikator = models.ForeignKey(Indikator, on_delete=models.SET_NULL, null=True, blank=True, related_name="bukti")
    berkas = models.FileField(upload_to=_lokasi_bukti, max_length=300)
    nama_asli = models.CharField(max_length=200)
    jenis_isi = models.CharField(max_length=100)
    ukuran = models.PositiveIntegerField()
    keterangan = models.CharField(max_length=300, blank=True)
    diunggah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    diunggah_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "bukti"
        ordering = ["-diunggah_pada"]

    def __str__(self) -> str:
        return self.nama_asli


class CatatanReviu(models.Model):
    """A note by the Inspektorat reviewer on an agency-year (the reviu module builds findings on top)."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="catatan_reviu")
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN, null=True, blank=True)
    teks = models.TextField()
    penulis = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    nama_penulis = models.CharField(max_length=150)
    dibuat_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "catatan reviu"
        ordering = ["-dibuat_pada"]
        constraints = [
            models.CheckConstraint(condition=Q(triwulan__isnull=True) | TRIWULAN_SAH, name="catatan_reviu_triwulan_1_4")
        ]

    def __str__(self) -> str:
        return f"{self.nama_penulis}: {self.teks[:40]}"


class RingkasanCapaian(models.Model):
    """One agency-year's headline figures as the engine last computed them, with the versions they were computed
    from: what a province's or the ministry's recap across thousands of agencies reads instead of measuring every
    agency while a page waits. Never typed: written only by `ringkasan.perbarui` from `hasil_dari_db`. A row whose
    versions differ from its agency-year's (or that is marked `usang`) is stale and is recomputed by the workers."""

    tahun_kinerja = models.OneToOneField(
        TahunKinerja, on_delete=models.CASCADE, primary_key=True, related_name="ringkasan"
    )
    perangkat_daerah = models.ForeignKey("organisasi.PerangkatDaerah", on_delete=models.CASCADE, related_name="+")
    pemda = models.ForeignKey("organisasi.Pemda", on_delete=models.CASCADE, related_name="+")
    tahun = models.PositiveSmallIntegerField()
    # What the figures were computed from (None: a placeholder queued before its first computation).
    tanda = models.UUIDField(null=True, blank=True)
    versi_pd = models.PositiveIntegerField(default=0)
    versi_pemda = models.PositiveIntegerField(default=0)
    # Data added by other apps (survey responses, registers) changed since: recompute.
    usang = models.BooleanField(default=False)
    # The engine's mean exactly as it computed it (a Decimal may carry more places than a column would keep).
    rata_rata = models.CharField(max_length=80, blank=True)
    rata_rata_mentah = models.CharField(max_length=80, blank=True)  # without the cap, for "cara menghitung"
    batas_atas = models.CharField(max_length=40, blank=True)  # the cap each capaian was held to
    predikat = models.CharField(max_length=10, blank=True)
    predikat_interpretasi = models.CharField(max_length=120, blank=True)
    predikat_warna = models.CharField(max_length=20, blank=True)
    pagu = models.DecimalField(**ANGKA_UANG, default=0)
    realisasi = models.DecimalField(**ANGKA_UANG, default=0)
    jumlah_indikator = models.PositiveIntegerField(default=0)
    masalah = models.PositiveIntegerField(default=0)  # the data cannot be measured yet: how many problems
    dihitung_pada = models.DateTimeField(null=True, blank=True)
    diantre_pada = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "ringkasan capaian"
        verbose_name_plural = "ringkasan capaian"
        indexes = [models.Index(fields=["tahun", "pemda"], name="ringkasan_tahun_pemda")]

    def __str__(self) -> str:
        return f"ringkasan {self.tahun_kinerja_id}"
