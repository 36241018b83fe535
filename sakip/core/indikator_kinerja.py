"""Program, kegiatan and output indicators measured for the year, and the share of program indicators met.

"Persentase indikator program yang tercapai" (the seed's IKU for sasaran 1) is defined by its formula as
program indicators met ÷ program indicators × 100. An indicator that cannot be judged (no target, no
realisation) is in the denominator and not in the numerator: it was not shown to be met.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .anggaran import NodeAnggaran, pohon_anggaran
from .angka import format_persen, persen
from .capaian import hitung_capaian, tercapai
from .hasil import HasilIndikatorKinerja
from .model import Berkas, IndikatorKinerja
from .nilai import Angka, Nilai
from .pengaturan import Pengaturan


def _serapan_sebagai_nilai(node: NodeAnggaran | None) -> Nilai | None:
    if node is None or node.realisasi_belum_diisi:
        return None
    s = node.serapan
    return None if s is None else Angka(s)


def hitung_indikator_kinerja(
    kode: str,
    nama: str,
    daftar: list[IndikatorKinerja],
    realisasi: list[Nilai | None],
    node: NodeAnggaran | None,
    p: Pengaturan,
    target_lain: list[Nilai | None] | None = None,
) -> list[HasilIndikatorKinerja]:
    """The indicators of one program, kegiatan or sub kegiatan. `target_lain`: targets printed in a realisation
    table where they differ from the plan's (the plan's is kept as `target_rkt`)."""
    hasil = []
    for i, ik in enumerate(daftar):
        dari = ""
        if ik.hitung_dari == "serapan_anggaran":
            nilai = _serapan_sebagai_nilai(node)
            dari = "serapan anggaran: Σ realisasi ÷ Σ pagu × 100"
        else:
            nilai = realisasi[i] if i < len(realisasi) else None
        target = ik.target
        target_rkt = None
        if target_lain is not None and i < len(target_lain) and target_lain[i] is not None:
            target_rkt, target = ik.target, target_lain[i]
        cap = hitung_capaian(target, nilai, ik.polaritas, p)
        hasil.append(
            HasilIndikatorKinerja(
                kode=kode,
                nama_induk=nama,
                indikator=ik,
                urutan=i,
                target=target,
                realisasi=nilai,
                capaian=cap,
                tercapai=tercapai(cap, p),
                target_rkt=target_rkt,
                dihitung_dari=dari,
            )
        )
    return hasil


def hasil_indikator_program(
    berkas: Berkas, p: Pengaturan, pohon: NodeAnggaran | None = None
) -> list[HasilIndikatorKinerja]:
    """Every program indicator of the year (budget-based ones computed from the budget tree)."""
    pohon = pohon if pohon is not None else pohon_anggaran(berkas)
    per_program = {n.kode: n for n in pohon.anak}
    hasil: list[HasilIndikatorKinerja] = []
    for prog in berkas.rkt.program:
        hasil += hitung_indikator_kinerja(
            prog.kode, prog.nama, prog.indikator, berkas.realisasi.program.get(prog.kode, []),
            per_program.get(prog.kode), p,
        )  # fmt: skip
    return hasil


@dataclass(frozen=True, slots=True)
class IndikatorTercapai:
    """How many program indicators met their target, of those that can be judged."""

    tercapai: list[HasilIndikatorKinerja] = field(default_factory=list)
    tidak_tercapai: list[HasilIndikatorKinerja] = field(default_factory=list)
    tidak_dinilai: list[HasilIndikatorKinerja] = field(default_factory=list)  # no target or no realisasi

    @property
    def dinilai(self) -> int:
        return len(self.tercapai) + len(self.tidak_tercapai)

    @property
    def seluruh(self) -> int:
        return self.dinilai + len(self.tidak_dinilai)

    @property
    def persen(self) -> Decimal | None:
        if not self.dinilai:
            return None  # nothing can be judged yet (start of the year): no figure rather than 0
        return persen(Decimal(len(self.tercapai)), Decimal(self.seluruh))

    def teks(self) -> str:
        """ "2 dari 4 indikator program tercapai = 50,00% (…)" """
        if not self.dinilai:
            return "belum ada indikator program yang dapat dinilai (target atau realisasinya belum diisi)"
        teks = f"{len(self.tercapai)} dari {self.seluruh} indikator program tercapai = {format_persen(self.persen)}"
        rinci = []
        if self.tidak_tercapai:
            rinci.append("tidak tercapai: " + "; ".join(_sebut(x) for x in self.tidak_tercapai))
        if self.tidak_dinilai:
            rinci.append("tidak dapat dinilai: " + "; ".join(_sebut(x) for x in self.tidak_dinilai))
        return teks + (f" ({'; '.join(rinci)})" if rinci else "")


def _sebut(x: HasilIndikatorKinerja) -> str:
    keadaan = f"capaian {x.capaian.tampil()}" if x.capaian.dihitung else x.capaian.alasan
    return f"{x.indikator.nama} (Program {x.nama_induk}, {keadaan})"


def indikator_tercapai(daftar: list[HasilIndikatorKinerja]) -> IndikatorTercapai:
    return IndikatorTercapai(
        tercapai=[x for x in daftar if x.tercapai is True],
        tidak_tercapai=[x for x in daftar if x.tercapai is False],
        tidak_dinilai=[x for x in daftar if x.tercapai is None],
    )
