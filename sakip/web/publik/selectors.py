"""What the public may see: agency-years marked published, measured on locked quarters only."""

from __future__ import annotations

from sakip.core.hasil import HasilPengukuran
from sakip.web.inti.galat import TidakDitemukan
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.ke_berkas import hasil_dari_db, triwulan_terkunci


def terbit_daftar() -> list[TahunKinerja]:
    return list(
        TahunKinerja.objects.filter(diterbitkan=True, perangkat_daerah__aktif=True)
        .select_related("perangkat_daerah")
        .order_by("perangkat_daerah__nama", "-tahun")
    )


def terbit_ambil(*, pd_slug: str, tahun: int) -> tuple[TahunKinerja, HasilPengukuran, frozenset[int]]:
    tk = (
        TahunKinerja.objects.filter(perangkat_daerah__slug=pd_slug, tahun=tahun, diterbitkan=True)
        .select_related("perangkat_daerah__pemda", "renstra")
        .first()
    )
    if tk is None:
        raise TidakDitemukan("Data kinerja ini belum diterbitkan.")
    tw = triwulan_terkunci(tk)
    return tk, hasil_dari_db(tk, triwulan=tw), tw
