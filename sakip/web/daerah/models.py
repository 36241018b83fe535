"""The district level in the database. So far: the links by which each agency's Renstra tujuan/sasaran serves
a sasaran of the district's RPJMD (the berkas key ``rpjmd`` of a tujuan/sasaran) and the owners of RKT indicators
(``pemilik``), so that an agency berkas of a district folder round-trips through the database
(`sakip.web.pertukaran.ke_berkas`)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class TautanRpjmd(models.Model):
    """An agency's Renstra tujuan or sasaran (exactly one) serving an RPJMD sasaran — `sakip.core.model.TautanRpjmd`.

    The RPJMD side is named by its code, as in the agency's berkas file: the agency's data stay loadable before the
    district's RPJMD is, and the district folder loader (`sakip.berkas.daerah.periksa_tautan`) checks them against the RPJMD."""

    tujuan = models.ForeignKey(
        "perencanaan.Tujuan", on_delete=models.CASCADE, null=True, blank=True, related_name="tautan_rpjmd"
    )
    sasaran = models.ForeignKey(
        "perencanaan.Sasaran", on_delete=models.CASCADE, null=True, blank=True, related_name="tautan_rpjmd"
    )
    sasaran_rpjmd = models.CharField("sasaran RPJMD", max_length=40)
    indikator_rpjmd = models.CharField("indikator RPJMD", max_length=40, blank=True)
    indikator_opd = models.CharField("indikator perangkat daerah", max_length=40, blank=True)
    kontribusi = models.DecimalField("kontribusi (%)", max_digits=9, decimal_places=4, null=True, blank=True)
    urutan = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "tautan RPJMD"
        verbose_name_plural = "tautan RPJMD"
        ordering = ["urutan", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(tujuan__isnull=False) & Q(sasaran__isnull=True))
                | (Q(tujuan__isnull=True) & Q(sasaran__isnull=False)),
                name="tautan_rpjmd_satu_induk",
            ),
            models.CheckConstraint(
                condition=Q(kontribusi__isnull=True) | (Q(kontribusi__gt=0) & Q(kontribusi__lte=100)),
                name="tautan_rpjmd_kontribusi_persen",
            ),
        ]

    def __str__(self) -> str:
        return f"→ {self.sasaran_rpjmd} {self.indikator_rpjmd}".strip()


class PemilikIndikatorKinerja(models.Model):
    """The position (``instansi.jabatan`` id) owning a program/kegiatan/sub kegiatan indicator — the berkas key
    ``pemilik`` of an RKT indicator (cascading down to people). Kept beside the indicator row so the plan tables
    need no new column."""

    indikator = models.OneToOneField(
        "perencanaan.IndikatorKinerja", on_delete=models.CASCADE, related_name="pemilik_jabatan"
    )
    jabatan = models.CharField(max_length=80)

    class Meta:
        verbose_name = "pemilik indikator kinerja"
        verbose_name_plural = "pemilik indikator kinerja"

    def __str__(self) -> str:
        return self.jabatan


class BerkasDaerahTahun(models.Model):
    """The district file of a pemda for a year (RPJMD, what Bappeda records for the year): the berkas daerah of
    `sakip.berkas.daerah`, kept as its canonical text. It is read and written only through that loader, so the web
    app and the CLI hold the same rules and messages; every changed value is in the history."""

    pemda = models.ForeignKey("organisasi.Pemda", on_delete=models.CASCADE, related_name="berkas_daerah")
    tahun = models.PositiveSmallIntegerField()
    isi = models.TextField()  # canonical YAML (sakip.berkas.daerah.tulis_daerah)
    versi = models.PositiveIntegerField(default=1)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "berkas daerah (RPJMD)"
        verbose_name_plural = "berkas daerah (RPJMD)"
        constraints = [models.UniqueConstraint(fields=["pemda", "tahun"], name="berkas_daerah_satu_per_tahun")]

    def __str__(self) -> str:
        return f"{self.pemda} {self.tahun}"
