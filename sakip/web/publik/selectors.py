"""What the public may see: agency-years marked published, measured on locked quarters only."""

from __future__ import annotations

from sakip.core.hasil import HasilPengukuran
from sakip.core.ikm import BOBOT_TEPAT, AnalisisSurvei, analisis_survei
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


def ikm_terbit(*, pd_slug: str, tahun: int) -> tuple[TahunKinerja, list[AnalisisSurvei], frozenset[int]]:
    """The satisfaction surveys of a published agency-year, counted over the locked quarters only (the berkas the
    public page measures: the survey tallies of open quarters are not in it)."""
    tk, h, tw = terbit_ambil(pd_slug=pd_slug, tahun=tahun)
    bobot = getattr(h.pengaturan, "bobot_ikm", BOBOT_TEPAT)
    return tk, [analisis_survei(s, bobot=bobot) for s in h.berkas.survei], tw
