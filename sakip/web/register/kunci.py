"""Locked quarters: records dated in a quarter whose realisation is locked (sakip.web.pengukuran) are read-only,
like the typed values of that quarter, so a computed realisation cannot change after it was reported."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sakip.core.sumber_periode import TRIWULAN_ROMAWI, triwulan_dari
from sakip.web.inti.galat import AlurDitolak
from sakip.web.pengukuran.models import PeriodeRealisasi


def triwulan_terkunci(pd_id: int, tahun: int) -> dict[int, object]:
    """Locked quarters of an agency-year → when each was locked."""
    return dict(
        PeriodeRealisasi.objects.filter(
            tahun_kinerja__perangkat_daerah_id=pd_id, tahun_kinerja__tahun=tahun, status=PeriodeRealisasi.DIKUNCI
        ).values_list("triwulan", "dikunci_pada")
    )


def pastikan_tidak_terkunci(pd_id: int, tanggal: Iterable[date | None], apa: str = "catatan") -> None:
    """Refuse a change touching a date in a locked quarter."""
    per_tahun: dict[int, set[int]] = {}
    for t in tanggal:
        if t is not None:
            per_tahun.setdefault(t.year, set()).add(triwulan_dari(t))
    for tahun, tw in sorted(per_tahun.items()):
        kena = sorted(tw & set(triwulan_terkunci(pd_id, tahun)))
        if kena:
            daftar = ", ".join(f"Triwulan {TRIWULAN_ROMAWI[x]} {tahun}" for x in kena)
            raise AlurDitolak(
                f"{apa.capitalize()} tidak dapat diubah: {daftar} sudah dikunci. Minta kepala perangkat daerah "
                "membuka kembali triwulan tersebut bila perubahan memang diperlukan."
            )
