from __future__ import annotations

from django.db.models import Q, QuerySet

from sakip.web.organisasi.akses import Aktor, pastikan_baca_pd
from sakip.web.organisasi.models import PerangkatDaerah

from .models import Perubahan


def perubahan_daftar(
    *, aktor: Aktor, pd: PerangkatDaerah, tahun: int | None = None, objek: str | None = None, batas: int = 200
) -> QuerySet[Perubahan]:
    """The history of an agency (optionally one year, one record), newest first."""
    pastikan_baca_pd(aktor, pd)
    qs = Perubahan.objects.filter(perangkat_daerah=pd)
    if tahun is not None:
        qs = qs.filter(Q(tahun=tahun) | Q(tahun__isnull=True)) if objek else qs.filter(tahun=tahun)
    if objek is not None:
        qs = qs.filter(objek=objek)
    return qs[:batas]
