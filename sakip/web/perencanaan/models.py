"""Plans: Renstra (5 years, shared by the years of an agency), the agency-year, RKT cascade with budget
ceilings, IKU and the performance agreement (PK) with its versions.

Only primary data. Capaian, sums, absorption and predikat are computed by sakip.core from these rows
(through `sakip.web.pertukaran.ke_berkas`), never stored.
"""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import F, Q

from sakip.core.agregasi import CaraAgregasi
from sakip.core.capaian import Polaritas
from sakip.web.inti.nilai import kolom_nilai
from sakip.web.organisasi.models import PerangkatDaerah

POLARITAS = [(p.value, p.value) for p in Polaritas]
AGREGASI = [(a.value, a.value.replace("_", " ")) for a in CaraAgregasi]
ANGKA_UANG = {"max_digits": 20, "decimal_places": 2}


class Renstra(models.Model):
    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="renstra")
    periode_awal = models.PositiveSmallIntegerField()
    periode_akhir = models.PositiveSmallIntegerField()
    dokumen = models.CharField(max_length=300, blank=True)
    # The rest of the berkas's renstra section as YAML, kept as read (RPJMD alignment, earlier versions of
    # the matrix, and whatever later format versions add).
    tambahan = models.TextField(blank=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name_plural = "renstra"
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "periode_awal"], name="renstra_unik"),
            models.CheckConstraint(condition=Q(periode_akhir__gte=F("periode_awal")), name="renstra_periode_urut"),
        ]

    def __str__(self) -> str:
        return f"Renstra {self.perangkat_daerah} {self.periode_awal}–{self.periode_akhir}"


class Tujuan(models.Model):
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="tujuan")
    kode = models.CharField(max_length=40)
    uraian = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "tujuan"
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["renstra", "kode"], name="tujuan_kode_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian[:60]}"


class Sasaran(models.Model):
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="sasaran")
    tujuan = models.ForeignKey(Tujuan, on_delete=models.PROTECT, related_name="sasaran")
    kode = models.CharField(max_length=40)
    uraian = models.TextField()
    strategi = models.JSONField(default=list, blank=True)
    kebijakan = models.JSONField(default=list, blank=True)
    urutan = models.PositiveIntegerField(default=0)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name_plural = "sasaran"
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["renstra", "kode"], name="sasaran_kode_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian[:60]}"


class Indikator(models.Model):
    """An indicator of a tujuan or a sasaran (exactly one), with its yearly targets."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="indikator")
    tujuan = models.ForeignKey(Tujuan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    sasaran = models.ForeignKey(Sasaran, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    kode = models.CharField(max_length=40)
    nama = models.TextField()
    satuan = models.CharField(max_length=40, blank=True)
    polaritas = models.CharField(max_length=10, choices=POLARITAS, blank=True)  # blank: not declared
    formula = models.TextField(blank=True)
    pembilang = models.TextField(blank=True)
    penyebut = models.TextField(blank=True)
    penanggung_jawab = models.JSONField(default=list, blank=True)
    sumber_data = models.TextField(blank=True)
    agregasi = models.CharField(max_length=20, choices=AGREGASI, default=CaraAgregasi.POSISI_AKHIR.value)
    catatan = models.TextField(blank=True)
    # Other berkas keys of the indicator as YAML (national comparisons, sumber_realisasi, …).
    tambahan = models.TextField(blank=True)
    urutan = models.PositiveIntegerField(default=0)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name_plural = "indikator"
        ordering = ["urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["renstra", "kode"], name="indikator_kode_unik"),
            models.CheckConstraint(
                condition=(Q(tujuan__isnull=False) & Q(sasaran__isnull=True))
                | (Q(tujuan__isnull=True) & Q(sasaran__isnull=False)),
                name="indikator_satu_induk",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama[:60]}"


class TargetIndikator(models.Model):
    """A Renstra yearly target (both value columns empty: the year is listed with no target, "-")."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target")
    tahun = models.PositiveSmallIntegerField()
    nilai_angka, nilai_teks = kolom_nilai("target")

    class Meta:
        ordering = ["tahun"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="target_indikator_unik")]

    def __str__(self) -> str:
        return f"{self.indikator_id} {self.tahun}"


class RealisasiLalu(models.Model):
    """A previous year's realisation as recorded in the plan documents (for Tabel 3.2)."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="realisasi_lalu")
    tahun = models.PositiveSmallIntegerField()
    nilai_angka, nilai_teks = kolom_nilai("realisasi")

    class Meta:
        ordering = ["tahun"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="realisasi_lalu_unik")]

    def __str__(self) -> str:
        return f"{self.indikator_id} {self.tahun}"


class TahunKinerja(models.Model):
    """One agency-year: what a berkas file holds. `versi` changes with every write, so computed results
    can be cached per version."""

    perangkat_daerah = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="tahun_kinerja")
    tahun = models.PositiveSmallIntegerField()
    renstra = models.ForeignKey(Renstra, on_delete=models.PROTECT, related_name="tahun_kinerja")
    # Rules for this year that differ from the district's (berkas form).
    pengaturan = models.JSONField(default=dict, blank=True)
    # The narrative and reference parts of a berkas that the web does not edit field by field (instansi
    # profile, narasi, penghargaan, laporan, catatan_sumber, anggaran_lalu, refocusing, iku.keputusan, rkt
    # header), as berkas YAML.
    lampiran = models.TextField(blank=True)
    diterbitkan = models.BooleanField("diterbitkan untuk publik", default=False)
    diterbitkan_pada = models.DateTimeField(null=True, blank=True)
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diubah_pada = models.DateTimeField(auto_now=True)
    versi = models.PositiveIntegerField(default=1)
    # A fresh random mark with every write: computed results are cached under it. Unlike the counter, a mark
    # from a rolled-back transaction is never handed out again, so a cache entry can never outlive its data.
    tanda = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = "tahun kinerja"
        verbose_name_plural = "tahun kinerja"
        ordering = ["perangkat_daerah__nama", "-tahun"]
        constraints = [
            models.UniqueConstraint(fields=["perangkat_daerah", "tahun"], name="tahun_kinerja_unik"),
            models.CheckConstraint(condition=Q(tahun__gte=2000) & Q(tahun__lte=2100), name="tahun_kinerja_wajar"),
        ]

    def __str__(self) -> str:
        return f"{self.perangkat_daerah} {self.tahun}"


class TargetRkt(models.Model):
    """The RKT's target of a Renstra indicator for the year, where the RKT states one."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="target_rkt")
    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target_rkt")
    nilai_angka, nilai_teks = kolom_nilai("target")
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["tahun_kinerja", "indikator"], name="target_rkt_unik")]

    def __str__(self) -> str:
        return f"{self.indikator_id} {self.tahun_kinerja_id}"


class IkuIndikator(models.Model):
    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="iku")
    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="iku")
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "IKU"
        verbose_name_plural = "IKU"
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["tahun_kinerja", "indikator"], name="iku_unik")]

    def __str__(self) -> str:
        return f"IKU {self.indikator_id}"


class _TidakDirinci(models.Model):
    """An amount printed at a program/kegiatan level without its items (sakip.core.model.BagianTidakDirinci)."""

    td_pagu = models.DecimalField("pagu tidak dirinci", null=True, blank=True, **ANGKA_UANG)
    td_realisasi = models.DecimalField("realisasi tidak dirinci", null=True, blank=True, **ANGKA_UANG)
    td_belanja_modal = models.DecimalField(default=0, **ANGKA_UANG)
    td_jumlah_kegiatan = models.PositiveIntegerField(default=0)
    td_jumlah_sub_kegiatan = models.PositiveIntegerField(default=0)
    td_keterangan = models.TextField(blank=True)

    class Meta:
        abstract = True


class Program(_TidakDirinci):
    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="program")
    kode = models.CharField(max_length=40)
    nama = models.TextField()
    sasaran = models.JSONField(default=list, blank=True)  # Sasaran.kode this program supports, in order
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["tahun_kinerja", "kode"], name="program_kode_unik"),
            models.CheckConstraint(
                condition=Q(td_pagu__gte=0) | Q(td_pagu__isnull=True), name="program_td_pagu_nonneg"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class Kegiatan(_TidakDirinci):
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="kegiatan")
    kode = models.CharField(max_length=40)
    nama = models.TextField()
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["program", "kode"], name="kegiatan_kode_unik"),
            models.CheckConstraint(
                condition=Q(td_pagu__gte=0) | Q(td_pagu__isnull=True), name="kegiatan_td_pagu_nonneg"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class SubKegiatan(models.Model):
    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.CASCADE, related_name="sub_kegiatan")
    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="sub_kegiatan")
    kode = models.CharField(max_length=40)
    nama = models.TextField()
    pagu = models.DecimalField("pagu (perubahan)", **ANGKA_UANG)
    pagu_murni = models.DecimalField("pagu murni", null=True, blank=True, **ANGKA_UANG)
    belanja_modal = models.DecimalField("belanja modal", default=0, **ANGKA_UANG)
    outcome = models.TextField(blank=True)
    sumber_dana = models.CharField(max_length=120, blank=True)
    lokasi = models.CharField(max_length=200, blank=True)
    urutan = models.PositiveIntegerField(default=0)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "sub kegiatan"
        verbose_name_plural = "sub kegiatan"
        ordering = ["urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["tahun_kinerja", "kode"], name="sub_kegiatan_kode_unik"),
            models.CheckConstraint(condition=Q(pagu__gte=0), name="sub_pagu_nonneg"),
            models.CheckConstraint(
                condition=Q(pagu_murni__gte=0) | Q(pagu_murni__isnull=True), name="sub_pagu_murni_nonneg"
            ),
            models.CheckConstraint(
                condition=Q(belanja_modal__gte=0) & Q(belanja_modal__lte=F("pagu")), name="sub_modal_dalam_pagu"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class IndikatorKinerja(models.Model):
    """An indicator of a program, a kegiatan or a sub kegiatan (output): exactly one parent."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    sub_kegiatan = models.ForeignKey(
        SubKegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator"
    )
    urutan = models.PositiveIntegerField(default=0)
    nama = models.TextField()
    target_angka, target_teks = kolom_nilai("target")
    satuan = models.CharField(max_length=40, blank=True)
    polaritas = models.CharField(max_length=10, choices=POLARITAS, default=Polaritas.POSITIF.value)
    hitung_dari = models.CharField(max_length=40, blank=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(program__isnull=False) & Q(kegiatan__isnull=True) & Q(sub_kegiatan__isnull=True))
                | (Q(program__isnull=True) & Q(kegiatan__isnull=False) & Q(sub_kegiatan__isnull=True))
                | (Q(program__isnull=True) & Q(kegiatan__isnull=True) & Q(sub_kegiatan__isnull=False)),
                name="indikator_kinerja_satu_induk",
            ),
        ]

    def __str__(self) -> str:
        return self.nama[:60]


class PerjanjianKinerja(models.Model):
    """A PK version. Signed versions are never edited: a change is a new "perubahan" with its reason."""

    MURNI = "murni"
    PERUBAHAN = "perubahan"
    DRAF = "draf"
    DITANDATANGANI = "ditandatangani"

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="pk_versi")
    jenis = models.CharField(max_length=10, choices=[(MURNI, "PK murni"), (PERUBAHAN, "PK perubahan")])
    urutan = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=15, choices=[(DRAF, "draf"), (DITANDATANGANI, "ditandatangani")], default=DRAF)
    tanggal = models.DateField(null=True, blank=True)
    tempat = models.CharField(max_length=120, blank=True)
    nomor = models.CharField(max_length=120, blank=True)
    # Signatories as they were at signing (snapshot), berkas form {nama, jabatan, pangkat, golongan, nip}.
    pihak_pertama = models.JSONField(null=True, blank=True)
    pihak_kedua = models.JSONField(null=True, blank=True)
    alasan_perubahan = models.TextField(blank=True)
    keterangan_anggaran = models.CharField(max_length=60, blank=True)
    ditandatangani_pada = models.DateTimeField(null=True, blank=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["urutan", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(jenis="murni") | ~Q(alasan_perubahan=""), name="pk_perubahan_beralasan"),
        ]

    def __str__(self) -> str:
        return f"PK {self.jenis} {self.tahun_kinerja}"


class TargetPk(models.Model):
    pk_versi = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="target")
    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target_pk")
    nilai_angka, nilai_teks = kolom_nilai("target")
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [models.UniqueConstraint(fields=["pk_versi", "indikator"], name="target_pk_unik")]

    def __str__(self) -> str:
        return f"{self.pk_versi_id} {self.indikator_id}"


class AnggaranPk(models.Model):
    pk_versi = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="anggaran")
    kode_program = models.CharField(max_length=40)
    jumlah = models.DecimalField(**ANGKA_UANG)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["pk_versi", "kode_program"], name="anggaran_pk_unik"),
            models.CheckConstraint(condition=Q(jumlah__gte=0), name="anggaran_pk_nonneg"),
        ]

    def __str__(self) -> str:
        return f"{self.kode_program}: {self.jumlah}"
