"""Signs of life of the background workers, read by the readiness probe (/siap/) on any web node."""

from __future__ import annotations

from django.db import models


class DetakPekerja(models.Model):
    # host:pid of one worker process; a worker on another machine writes its own row.
    nama = models.CharField(max_length=120, unique=True)
    detak = models.DateTimeField()
    mulai_pada = models.DateTimeField()

    class Meta:
        verbose_name = "detak pekerja"
        verbose_name_plural = "detak pekerja"

    def __str__(self) -> str:
        return f"{self.nama} ({self.detak:%Y-%m-%d %H:%M:%S})"
