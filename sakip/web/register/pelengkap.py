"""The register app's part of every measurement (sakip.web.pertukaran.ke_berkas calls it, declared on the
AppConfig): the agency-year's survey responses, register records, sources, reasons and frozen values are added
to its berkas, so the dashboard, the public page, the documents and the reviu measure the same data.

A restricted selection (the public page measures locked quarters only; the dashboard's absorption "s.d. TW n")
must not learn anything from the other quarters. A computed realisation is therefore given as the values of the
selected quarters only — frozen when their quarter is locked — and the records of other quarters are left out:
a complaint received in an open quarter changes no public figure until that quarter is locked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sakip.core.ikm import Respon as ResponCore
from sakip.core.model import Berkas, RealisasiIndikator
from sakip.core.nilai import Angka
from sakip.core.register import Register
from sakip.core.sumber import realisasi_terhitung
from sakip.core.sumber_periode import parse_periode, periode_triwulan, triwulan_dari
from sakip.web.organisasi.models import PerangkatDaerah

from .selectors import lengkapi_berkas, versi_catatan

SEMUA = frozenset({1, 2, 3, 4})

__all__ = ["berkas_pelengkap", "versi_catatan"]


def berkas_pelengkap(berkas: Berkas, *, pd: PerangkatDaerah, tahun: int, triwulan: frozenset[int] = SEMUA) -> Berkas:
    """`lengkapi_berkas`, and for a restricted selection only what the selected quarters hold."""
    b = lengkapi_berkas(berkas, pd=pd, tahun=tahun)
    if triwulan == SEMUA:
        return b
    return batasi_catatan(b, triwulan, diketik=_diketik_setahun(pd, tahun))


def _diketik_setahun(pd: PerangkatDaerah, tahun: int) -> set[str]:
    """Indicators with a typed value anywhere in the year (the restricted berkas no longer shows the other
    quarters' values, but whether typed values stand is a choice for the whole year)."""
    from sakip.web.perencanaan.models import TahunKinerja
    from sakip.web.pertukaran.ke_berkas import berkas_dari_db

    tk = TahunKinerja.objects.filter(perangkat_daerah=pd, tahun=tahun).first()
    if tk is None:
        return set()
    penuh = berkas_dari_db(tk)
    return {
        k
        for k, r in penuh.realisasi.indikator.items()
        if r.tahunan is not None or any(v is not None for v in r.triwulan.values())
    }


def batasi_catatan(b: Berkas, triwulan: frozenset[int], *, diketik: set[str]) -> Berkas:
    """The completed berkas as the selected quarters know it (`b` is a fresh copy, changed in place)."""
    tahun = b.tahun
    for ind in b.renstra.semua_indikator():
        if ind.sumber_realisasi is None:
            continue
        rec = b.realisasi.indikator.get(ind.id)
        alasan = rec.alasan_manual.strip() if rec is not None else ""
        if not (alasan and ind.id in diketik):
            # The computed values are measured: the selected quarters' "s.d." values (frozen when locked) stand
            # in for the records, like typed values of those quarters.
            r = realisasi_terhitung(b, ind)
            rec = b.realisasi.indikator.setdefault(ind.id, RealisasiIndikator())
            rec.triwulan = {
                tw: None if n.nilai is None else Angka(n.nilai) for tw, n in r.triwulan.items() if tw in triwulan
            }
            rec.tahunan = Angka(r.tahunan.nilai) if 4 in triwulan and r.tahunan.nilai is not None else None
            rec.alasan_manual = ""
        ind.sumber_realisasi = None
    batas = periode_triwulan(tahun, max(triwulan)).akhir if triwulan else date(tahun, 1, 1)

    def di_pilihan(t: date | None) -> bool:
        return t is not None and t.year == tahun and triwulan_dari(t) in triwulan

    aduan = []
    for a in b.register.aduan:
        if not di_pilihan(a.tanggal_diterima):
            continue
        status = a.status_pada(batas)
        if status is not a.status:
            a = replace(a, status=status, tanggal_selesai=None)
        aduan.append(a)
    kegiatan = []
    for k in b.register.kegiatan:
        if not di_pilihan(k.tanggal_acuan()):
            continue
        status = k.status_pada(batas)
        if status is not k.status:
            k = replace(k, status=status, tanggal_pelaksanaan=None)
        kegiatan.append(k)
    b.register = Register(aduan=aduan, kegiatan=kegiatan)

    survei = []
    for s in b.survei:
        responden = [x for x in s.responden if _respon_dipilih(x, tahun, triwulan)]
        rekap = [x for x in s.rekap if _periode_dipilih(x.periode or s.periode, tahun, triwulan)]
        if responden or rekap:
            survei.append(replace(s, responden=responden, rekap=rekap, saran=s.saran if 4 in triwulan else []))
    b.survei = survei
    return b


def _respon_dipilih(x: ResponCore, tahun: int, triwulan: frozenset[int]) -> bool:
    if x.tanggal is None:
        return triwulan == SEMUA
    return x.tanggal.year == tahun and triwulan_dari(x.tanggal) in triwulan


def _periode_dipilih(label: str, tahun: int, triwulan: frozenset[int]) -> bool:
    """A tally counts when every quarter it covers is selected."""
    if not label:
        return False
    try:
        p = parse_periode(label)
    except ValueError:
        return False
    if p.awal.year != tahun or p.akhir.year != tahun:
        return False
    return set(range(triwulan_dari(p.awal), triwulan_dari(p.akhir) + 1)) <= triwulan
