"""Reads for the registers, and `lengkapi_berkas`: the agency-year's records added to its core Berkas so that
`sakip.core.hitung` computes the formula-driven realisasi.

Integration: the berkas conversion (sakip.web.pertukaran.ke_berkas) calls ``lengkapi_berkas`` through
`pelengkap.berkas_pelengkap` (declared on the AppConfig) for every measurement, with ``versi_catatan(pd_id, tahun)``
in its cache key.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Max

from sakip.berkas.survei_register import saring_dari_dict
from sakip.core.hasil import HasilPengukuran
from sakip.core.model import Berkas, RealisasiIndikator
from sakip.core.register import Aduan as AduanCore
from sakip.core.register import KegiatanRegister as KegiatanCore
from sakip.core.register import Register, Saring, StatusAduan, StatusKegiatan
from sakip.core.sumber import (
    JenisSumber,
    RincianRealisasi,
    realisasi_terhitung,
    rincian_semua,
)
from sakip.core.sumber import (
    NilaiTerkunci as NilaiTerkunciCore,
)
from sakip.core.sumber import (
    SumberRealisasi as SumberCore,
)
from sakip.web.organisasi.akses import Aktor, pastikan_baca_pd
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.survei.models import Respon
from sakip.web.survei.selectors import survei_pd

from .kunci import triwulan_terkunci
from .models import Aduan, AlasanManual, KegiatanRegister, NilaiTerkunci, SumberRealisasi


def aduan_ke_core(a: Aduan) -> AduanCore:
    return AduanCore(
        id=a.nomor,
        tanggal_diterima=a.tanggal_diterima,
        kanal=a.kanal,
        kategori=a.kategori,
        ringkasan=a.ringkasan,
        lokasi=a.lokasi,
        penanganan=a.penanganan,
        unit=a.unit,
        status=StatusAduan(a.status),
        tanggal_selesai=a.tanggal_selesai,
        bukti=list(a.bukti or []),
        keterangan=a.keterangan,
    )


def kegiatan_ke_core(k: KegiatanRegister) -> KegiatanCore:
    return KegiatanCore(
        id=k.nomor,
        uraian=k.uraian,
        tahun=k.tahun,
        indikator=k.indikator,
        kategori=k.kategori,
        direncanakan=k.direncanakan,
        triwulan_rencana=k.triwulan_rencana,
        status=StatusKegiatan(k.status),
        tanggal_pelaksanaan=k.tanggal_pelaksanaan,
        volume=k.volume,
        lokasi=k.lokasi,
        pelaksana=k.pelaksana,
        bukti=list(k.bukti or []),
        keterangan=k.keterangan,
    )


def sumber_ke_core(s: SumberRealisasi) -> SumberCore:
    return SumberCore(
        jenis=JenisSumber(s.jenis),
        survei=s.survei,
        jenis_layanan=tuple(s.jenis_layanan or ()),
        penyebut=saring_dari_dict(s.penyebut or {}) or Saring(),
        pembilang=saring_dari_dict(s.pembilang),
        jika_kosong=s.jika_kosong,
        keterangan=s.keterangan,
    )


def register_pd(*, pd: PerangkatDaerah, tahun: int) -> Register:
    """Complaints received in the year and the year's activities, as core records."""
    return Register(
        aduan=[aduan_ke_core(a) for a in Aduan.objects.filter(perangkat_daerah=pd, tanggal_diterima__year=tahun)],
        kegiatan=[kegiatan_ke_core(k) for k in KegiatanRegister.objects.filter(perangkat_daerah=pd, tahun=tahun)],
    )


def versi_catatan(pd_id: int, tahun: int) -> tuple:
    """Changes whenever a record that feeds a computed realisasi changes (for cache keys)."""

    def ringkas(qs, kolom: str) -> tuple:
        r = qs.aggregate(n=Count("id"), m=Max(kolom))
        return (r["n"], str(r["m"]))

    return (
        ringkas(Respon.objects.filter(perangkat_daerah_id=pd_id, tanggal__year=tahun), "id"),
        ringkas(Aduan.objects.filter(perangkat_daerah_id=pd_id), "diubah_pada"),
        ringkas(KegiatanRegister.objects.filter(perangkat_daerah_id=pd_id, tahun=tahun), "diubah_pada"),
        ringkas(SumberRealisasi.objects.filter(perangkat_daerah_id=pd_id), "versi"),
        ringkas(AlasanManual.objects.filter(perangkat_daerah_id=pd_id, tahun=tahun), "id"),
        ringkas(NilaiTerkunci.objects.filter(perangkat_daerah_id=pd_id, tahun=tahun), "id"),
        tuple(sorted(triwulan_terkunci(pd_id, tahun))),
    )


def _rakit(berkas: Berkas, pd: PerangkatDaerah, tahun: int) -> Berkas:
    """A copy of the berkas with the database records added (the cached original is never changed)."""
    b = copy.deepcopy(berkas)
    if Respon.objects.filter(perangkat_daerah=pd, tanggal__year=tahun).exists():
        b.survei = [*b.survei, survei_pd(pd=pd, tahun=tahun)]
    reg = register_pd(pd=pd, tahun=tahun)
    b.register = Register(aduan=[*b.register.aduan, *reg.aduan], kegiatan=[*b.register.kegiatan, *reg.kegiatan])
    sumber = {s.indikator: sumber_ke_core(s) for s in SumberRealisasi.objects.filter(perangkat_daerah=pd)}
    for ind in b.renstra.semua_indikator():
        if ind.id in sumber:
            ind.sumber_realisasi = sumber[ind.id]
    for a in AlasanManual.objects.filter(perangkat_daerah=pd, tahun=tahun):
        b.realisasi.indikator.setdefault(a.indikator, RealisasiIndikator()).alasan_manual = a.alasan
    return b


def _bekukan(b: Berkas, pd: PerangkatDaerah, tahun: int) -> dict[str, dict[int, NilaiTerkunciCore]]:
    """Freeze the computed value of every locked quarter not frozen yet; forget frozen values of quarters
    that were opened again. Returns the frozen values per indicator."""
    terkunci = triwulan_terkunci(pd.pk, tahun)
    NilaiTerkunci.objects.filter(perangkat_daerah=pd, tahun=tahun).exclude(triwulan__in=list(terkunci)).delete()
    ada = {(n.indikator, n.triwulan) for n in NilaiTerkunci.objects.filter(perangkat_daerah=pd, tahun=tahun)}
    for ind in b.renstra.semua_indikator():
        if ind.sumber_realisasi is None or not terkunci:
            continue
        r = None
        for tw, kapan in terkunci.items():
            if (ind.id, tw) in ada:
                continue
            if r is None:
                r = realisasi_terhitung(b, ind, triwulan=frozenset(terkunci))
            n = r.triwulan.get(tw) if r else None
            NilaiTerkunci.objects.get_or_create(
                perangkat_daerah=pd,
                tahun=tahun,
                indikator=ind.id,
                triwulan=tw,
                defaults={
                    "nilai": n.nilai if n else None,
                    "teks": n.teks if n else "belum ada catatan pada triwulan ini",
                    "dikunci_pada": kapan,
                },
            )
    hasil: dict[str, dict[int, NilaiTerkunciCore]] = {}
    for n in NilaiTerkunci.objects.filter(perangkat_daerah=pd, tahun=tahun):
        kapan = n.dikunci_pada.date() if n.dikunci_pada else None
        hasil.setdefault(n.indikator, {})[n.triwulan] = NilaiTerkunciCore(n.nilai, n.teks, kapan)
    return hasil


def lengkapi_berkas(berkas: Berkas, *, pd: PerangkatDaerah, tahun: int) -> Berkas:
    """The berkas with the agency-year's survey responses, registers, sources, reasons and frozen values."""
    b = _rakit(berkas, pd, tahun)
    for kode, per_tw in _bekukan(b, pd, tahun).items():
        if b.renstra.indikator(kode) is None:
            continue
        rec = b.realisasi.indikator.setdefault(kode, RealisasiIndikator())
        rec.terkunci = dict(sorted(per_tw.items()))
    return b


@dataclass(frozen=True)
class HasilLengkap:
    berkas: Berkas
    hasil: HasilPengukuran
    rincian: dict[str, RincianRealisasi]


def hasil_lengkap(*, aktor: Aktor, pd: PerangkatDaerah, tahun: int) -> HasilLengkap:
    """The agency-year's measurement as every page sees it (`hasil_dari_db` applies `lengkapi_berkas` through
    the AppConfig's `pelengkap_berkas`), with the computed-vs-typed detail of each indicator with a source."""
    from sakip.web.perencanaan.selectors import tahun_kinerja_ambil
    from sakip.web.pertukaran.ke_berkas import hasil_dari_db

    tk = tahun_kinerja_ambil(aktor=aktor, pd=pd, tahun=tahun)
    h = hasil_dari_db(tk)
    return HasilLengkap(h.berkas, h, rincian_semua(h.berkas))


def aduan_daftar(*, aktor: Aktor, pd: PerangkatDaerah, tahun: int) -> list[Aduan]:
    pastikan_baca_pd(aktor, pd)
    return list(Aduan.objects.filter(perangkat_daerah=pd, tanggal_diterima__year=tahun))


def kegiatan_daftar(*, aktor: Aktor, pd: PerangkatDaerah, tahun: int) -> list[KegiatanRegister]:
    pastikan_baca_pd(aktor, pd)
    return list(KegiatanRegister.objects.filter(perangkat_daerah=pd, tahun=tahun))


def sumber_ambil(*, aktor: Aktor, pd: PerangkatDaerah, kode: str) -> SumberRealisasi | None:
    pastikan_baca_pd(aktor, pd)
    return SumberRealisasi.objects.filter(perangkat_daerah=pd, indikator=kode).first()


def hari_ini() -> date:
    from django.utils import timezone

    return timezone.localdate()
