"""Reference checks of an agency berkas's cascading: positions, owners and RPJMD links (called by `baca`).

What is checked here makes a berkas invalid (a wrong reference): an owner that is not a position of the
agency, a superior that does not exist, a cycle in the chain of superiors, a link naming an agency indicator
that is not its sasaran's. Gaps (an indicator with no owner yet) are not errors: `sakip.core.cascading`
lists them.
"""

from __future__ import annotations

from typing import Any

from sakip.core.cascading import siklus_jabatan
from sakip.core.model import Berkas, TautanRpjmd


def periksa_rujukan(p: Any, b: Berkas) -> None:
    ins = b.instansi
    dilihat: dict[str, int] = {}
    for i, j in enumerate(ins.jabatan):
        if j.id in dilihat:
            p.salah(
                f"instansi.jabatan[{i}].id", f"id jabatan '{j.id}' sudah dipakai di instansi.jabatan[{dilihat[j.id]}]"
            )
        dilihat.setdefault(j.id, i)
    for i, j in enumerate(ins.jabatan):
        if j.atasan and j.atasan not in dilihat:
            p.salah(f"instansi.jabatan[{i}].atasan", f"atasan '{j.atasan}' bukan jabatan di instansi.jabatan")
        if j.atasan == j.id:
            p.salah(f"instansi.jabatan[{i}].atasan", f"jabatan '{j.id}' tidak boleh menjadi atasannya sendiri")
    siklus = siklus_jabatan(ins)
    if siklus and len(siklus) > 2:
        p.salah("instansi.jabatan", "rantai atasan berputar: " + " → ".join(siklus))

    def pemilik(id_: str, jalur: str) -> None:
        if id_ and id_ not in dilihat:
            kenal = ", ".join(dilihat) or "belum ada jabatan"
            p.salah(
                f"{jalur}.pemilik",
                f"pemilik '{id_}' bukan jabatan di {ins.nama} (jabatan yang ada: {kenal})",
            )

    for i, t in enumerate(b.renstra.tujuan):
        for j, ind in enumerate(t.indikator):
            pemilik(ind.pemilik, f"renstra.tujuan[{i}].indikator[{j}]")
        _tautan(p, t.rpjmd, [x.id for x in t.indikator], f"renstra.tujuan[{i}].rpjmd")
    for i, s in enumerate(b.renstra.sasaran):
        for j, ind in enumerate(s.indikator):
            pemilik(ind.pemilik, f"renstra.sasaran[{i}].indikator[{j}]")
        _tautan(p, s.rpjmd, [x.id for x in s.indikator], f"renstra.sasaran[{i}].rpjmd")
    for i, prog in enumerate(b.rkt.program):
        jp = f"rkt.program[{i}]"
        for n, ind in enumerate(prog.indikator):
            pemilik(ind.pemilik, f"{jp}.indikator[{n}]")
        for j, k in enumerate(prog.kegiatan):
            jk = f"{jp}.kegiatan[{j}]"
            for n, ind in enumerate(k.indikator):
                pemilik(ind.pemilik, f"{jk}.indikator[{n}]")
            for m, sk in enumerate(k.sub_kegiatan):
                for n, ind in enumerate(sk.indikator):
                    pemilik(ind.pemilik, f"{jk}.sub_kegiatan[{m}].indikator[{n}]")


def _tautan(p: Any, daftar: list[TautanRpjmd], indikator: list[str], jalur: str) -> None:
    dipakai: set[tuple[str, str]] = set()
    for i, t in enumerate(daftar):
        j = f"{jalur}[{i}]"
        if (t.sasaran, t.indikator) in dipakai:
            p.salah(j, f"tautan ke sasaran RPJMD '{t.sasaran}' tertulis dua kali")
        dipakai.add((t.sasaran, t.indikator))
        if t.indikator_opd and t.indikator_opd not in indikator:
            p.salah(
                f"{j}.indikator_opd",
                f"indikator '{t.indikator_opd}' bukan indikator sasaran/tujuan ini (yang ada: {', '.join(indikator) or '-'})",
            )
        if t.indikator and not t.indikator_opd and len(indikator) != 1:
            p.salah(
                f"{j}.indikator_opd",
                f"sebutkan indikator_opd: sasaran/tujuan ini mempunyai {len(indikator)} indikator, "
                f"mana yang mengisi indikator RPJMD '{t.indikator}'",
            )
