"""Early warning on the rencana aksi: which indicators are off track at a quarter.

An indicator is watched at quarter n when its rencana aksi sets a target for some quarter up to n (without one, a
cumulative value is naturally below the annual target during the year and says nothing). It is *off track* when its
capaian s.d. TW n, computed by the engine against the target s.d. TW n, falls under the threshold of the settings
(`ambang_tercapai`), and *not reported* when the quarter itself has no realisation yet. At TW IV the year's own capaian is
used, rencana aksi or not."""

from __future__ import annotations

from dataclasses import dataclass

from .capaian import Capaian, tercapai
from .hasil import HasilIndikator, HasilPengukuran
from .nilai import Nilai

DI_BAWAH = "di_bawah_target"
BELUM_DIISI = "belum_diisi"


@dataclass(frozen=True, slots=True)
class Peringatan:
    indikator: HasilIndikator
    triwulan: int
    jenis: str  # DI_BAWAH | BELUM_DIISI
    target: Nilai | None  # s.d. the quarter
    realisasi: Nilai | None  # s.d. the quarter
    capaian: Capaian | None

    @property
    def pesan(self) -> str:
        i = self.indikator.indikator
        if self.jenis == BELUM_DIISI:
            return f"{i.id} {i.nama}: realisasi s.d. TW {_ROMAWI[self.triwulan]} belum diisi"
        return (
            f"{i.id} {i.nama}: capaian s.d. TW {_ROMAWI[self.triwulan]} {self.capaian.tampil()} "
            f"(target {self.target.tampil() if self.target else '-'}, realisasi "
            f"{self.realisasi.tampil() if self.realisasi else '-'})"
        )


_ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def punya_rencana_aksi(h: HasilPengukuran, kode: str, triwulan: int) -> bool:
    r = h.berkas.realisasi.indikator.get(kode)
    return r is not None and any(r.target_triwulan.get(t) is not None for t in range(1, triwulan + 1))


def _dilaporkan(h: HasilPengukuran, hi: HasilIndikator, triwulan: int) -> bool:
    """Whether the quarter itself has a value: typed for it (or, at TW IV, for the year), or computed from its
    source. A cumulative figure carried over from earlier quarters is not a report of this one."""
    if hi.indikator.sumber_realisasi is not None:
        return hi.realisasi_triwulan.get(triwulan) is not None
    r = h.berkas.realisasi.indikator.get(hi.indikator.id)
    if r is None:
        return False
    return r.triwulan.get(triwulan) is not None or (triwulan == 4 and r.tahunan is not None)


def peringatan_dini(h: HasilPengukuran, triwulan: int) -> list[Peringatan]:
    """The IKU/sasaran and tujuan indicators off track (or not reported) at `triwulan`, in the report's order."""
    if triwulan not in _ROMAWI:
        raise ValueError(f"triwulan {triwulan} bukan 1–4")
    hasil = []
    for hi in h.indikator_tujuan + h.semua_indikator_sasaran():
        kode = hi.indikator.id
        if triwulan == 4:
            target, realisasi, cap = hi.target, hi.realisasi, hi.capaian
        elif punya_rencana_aksi(h, kode, triwulan):
            target = hi.target_triwulan.get(triwulan)
            realisasi = hi.realisasi_triwulan.get(triwulan)
            cap = hi.capaian_triwulan.get(triwulan)
        else:
            continue
        if realisasi is None or not _dilaporkan(h, hi, triwulan):
            hasil.append(Peringatan(hi, triwulan, BELUM_DIISI, target, None, cap))
        elif cap is not None and tercapai(cap, h.pengaturan) is False:
            hasil.append(Peringatan(hi, triwulan, DI_BAWAH, target, realisasi, cap))
    return hasil
