"""Request counters for the rate limits, kept in the database so every server process shares them."""

from __future__ import annotations

from django.db import models


class HitunganAkses(models.Model):
    """How many requests one key (a keyed hash of the client's address and the limit's name) made in one time
    window. Rows older than a few windows are purged as requests come in."""

    kunci = models.CharField(max_length=64)
    jendela = models.BigIntegerField()  # the window's start, epoch seconds
    jumlah = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "hitungan akses"
        verbose_name_plural = "hitungan akses"
        constraints = [models.UniqueConstraint(fields=["kunci", "jendela"], name="hitungan_akses_unik")]
        indexes = [models.Index(fields=["jendela"], name="hitungan_akses_jendela")]

    def __str__(self) -> str:
        return f"{self.kunci[:8]}… @{self.jendela}: {self.jumlah}"
