"""The evaluation's part of every measurement: the indicator "Nilai SAKIP OPD" takes its realisation from the
agency-year's final evaluation (like the survey feeds the IKM indicator).

Which indicator: one whose name reads "Nilai SAKIP", "Nilai AKIP" or "Nilai (Evaluasi) Akuntabilitas Kinerja"
(the seed's tujuan indicator is "Nilai SAKIP OPD"). Its realisation becomes the graded value "BB (76)" — predikat
with the Nilai rounded half-up to 2 decimals — compared with a graded target "B (65)" by the engine as any graded
value. A value typed by the agency is kept (the operator's choice stands, as for other computed sources), an
evaluation that is not final gives nothing, and a restricted measurement without TW IV gets nothing (the Nilai is
annual).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sakip.core.angka import bulatkan
from sakip.core.model import Berkas, RealisasiIndikator
from sakip.core.nilai import Mutu
from sakip.web.organisasi.models import PerangkatDaerah

SEMUA = frozenset({1, 2, 3, 4})
POLA_NILAI_SAKIP = re.compile(r"\bnilai\s+(evaluasi\s+)?(sakip|akip|akuntabilitas\s+kinerja)\b", re.IGNORECASE)


def indikator_nilai_sakip(nama: str) -> bool:
    return POLA_NILAI_SAKIP.search(nama) is not None


def versi_evaluasi(pd_id: int, tahun: int):
    from .models import Evaluasi

    return tuple(
        Evaluasi.objects.filter(tahun_kinerja__perangkat_daerah_id=pd_id, tahun_kinerja__tahun=tahun).values_list(
            "status", "versi"
        )
    )


def berkas_pelengkap(berkas: Berkas, *, pd: PerangkatDaerah, tahun: int, triwulan: frozenset[int] = SEMUA) -> Berkas:
    from .models import Evaluasi
    from .selectors import hasil_evaluasi

    if 4 not in triwulan:
        return berkas
    sasaran = [i for i in berkas.renstra.semua_indikator() if indikator_nilai_sakip(i.nama)]
    if not sasaran:
        return berkas
    ev = Evaluasi.objects.filter(
        tahun_kinerja__perangkat_daerah=pd, tahun_kinerja__tahun=tahun, status=Evaluasi.FINAL
    ).first()
    if ev is None:
        return berkas
    h = hasil_evaluasi(ev)
    if h.nilai is None or h.predikat is None:
        return berkas
    nilai = Mutu(h.predikat.kode, bulatkan(h.nilai, 2))
    realisasi = dict(berkas.realisasi.indikator)
    for ind in sasaran:
        r = realisasi.get(ind.id)
        if r is not None and (r.tahunan is not None or any(v is not None for v in r.triwulan.values())):
            continue  # typed by the agency: kept
        sumber = f"Evaluasi AKIP {tahun} (final {ev.difinalkan_pada:%d-%m-%Y}, {h.lke.nama})"
        realisasi[ind.id] = replace(r or RealisasiIndikator(), tahunan=nilai, sumber=sumber)
    return replace(berkas, realisasi=replace(berkas.realisasi, indikator=realisasi))
