"""Formula-driven indicators: a realisation computed from records instead of typed in.

An indicator may declare where its realisation comes from (`SumberRealisasi`):

- ``ikm``: the IKM of a survey in the berkas (optionally only some service types);
- ``rasio_aduan``: complaints resolved ÷ complaints received × 100, with filters;
- ``rasio_kegiatan``: activities carried out ÷ activities planned × 100, with filters (by default the
  activities registered for this indicator);
- ``indikator_program``: program indicators met ÷ all program indicators × 100 (the IKU
  "persentase indikator program yang tercapai"), from the year's program indicators (annual only).

The values are computed for the year and "s.d. triwulan n", each with the sentence that explains it
("5 dari 5 aduan terselesaikan = 100,00%"). A typed value may stand beside a source only with a reason
(`RealisasiIndikator.alasan_manual`): then both are kept, the typed one is measured, and `RincianRealisasi`
shows the difference so the reviu can ask about it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from .angka import bulatkan, format_angka
from .ikm import BOBOT_TEPAT, HasilIkm, RekapJawaban, Respon, Survei, Tally, hitung_ikm
from .model import LABEL_JENIS_SUMBER, JenisSumber, NilaiTerkunci, SumberRealisasi
from .nilai import Angka, Nilai
from .register import HasilRasio, Saring, rasio_aduan, rasio_kegiatan
from .sumber_periode import Periode, parse_periode, periode_tahun, sampai_triwulan, triwulan_dari
from .tanggal import format_tanggal

if TYPE_CHECKING:
    from .model import Berkas, Indikator
    from .pengaturan import Pengaturan


@dataclass(frozen=True, slots=True)
class NilaiTerhitung:
    nilai: Decimal | None  # the realisation (an IKM is rounded half-up to 2 decimals, as published)
    teks: str  # the sentence a page shows
    periode: Periode
    rasio: HasilRasio | None = None
    ikm: HasilIkm | None = None
    terkunci: bool = False  # frozen with its locked quarter (`NilaiTerkunci`), not recomputed


@dataclass(frozen=True, slots=True)
class RealisasiTerhitung:
    sumber: SumberRealisasi
    tahunan: NilaiTerhitung
    triwulan: dict[int, NilaiTerhitung]  # s.d. triwulan n, for the quarters that have records

    def nilai_tahunan(self) -> Nilai | None:
        return None if self.tahunan.nilai is None else Angka(self.tahunan.nilai)

    def nilai_triwulan(self) -> dict[int, Nilai | None]:
        return {tw: None if n.nilai is None else Angka(n.nilai) for tw, n in self.triwulan.items()}


class Dipakai(StrEnum):
    TERHITUNG = "terhitung"  # computed from records
    MANUAL = "manual"  # typed, with a reason, although a source exists


@dataclass(frozen=True, slots=True)
class RincianRealisasi:
    """Both values of an indicator with a source, and which one is measured."""

    indikator_id: str
    terhitung: RealisasiTerhitung
    manual: Nilai | None  # the typed annual value, if any
    manual_triwulan: dict[int, Nilai | None]
    alasan_manual: str
    dipakai: Dipakai

    @property
    def selisih(self) -> Decimal | None:
        """Typed minus computed (annual); None when either is missing or not a number."""
        t = self.terhitung.tahunan.nilai
        if t is None or not isinstance(self.manual, Angka):
            return None
        return self.manual.nilai - t

    def teks(self) -> str:
        dihitung = f"Dihitung dari {self.terhitung.sumber.uraian()}: {self.terhitung.tahunan.teks}."
        if self.dipakai is Dipakai.TERHITUNG:
            return dihitung + " Nilai ini yang dipakai dalam pengukuran."
        manual = self.manual.tampil() if self.manual is not None else "(per triwulan)"
        teks = f"{dihitung} Dipakai nilai yang diketik: {manual} (alasan: {self.alasan_manual.rstrip('.')})."
        if self.selisih:
            teks += f" Selisih dengan nilai terhitung: {format_angka(self.selisih, 2)}."
        return teks


# The data types (JenisSumber, SumberRealisasi, NilaiTerkunci) live in `model`: primary data sit below the
# modules that compute on them (no import cycle model → sumber → … → model).
__all__ = ["LABEL_JENIS_SUMBER", "JenisSumber", "NilaiTerkunci", "SumberRealisasi"]

# --- computing ----------------------------------------------------------------------------------------------


def _survei_terpilih(berkas: Berkas, s: SumberRealisasi) -> list[Survei]:
    return [x for x in berkas.survei if not s.survei or x.id == s.survei]


def _layanan_cocok(x: Respon | RekapJawaban, s: SumberRealisasi) -> bool:
    if not s.jenis_layanan:
        return True
    return any(x.jenis_layanan.strip().casefold() == j.strip().casefold() for j in s.jenis_layanan)


def _periode_data(x: Respon | RekapJawaban, survei: Survei) -> Periode | None:
    if isinstance(x, Respon):
        return None if x.tanggal is None else Periode(x.tanggal, x.tanggal, "")
    label = x.periode or survei.periode
    return parse_periode(label) if label else None


def _ikm(berkas: Berkas, s: SumberRealisasi, bobot: str, paksa: frozenset[int]) -> RealisasiTerhitung:
    tahun = berkas.tahun
    tahunan = Tally()
    per_tw = {tw: Tally() for tw in (1, 2, 3, 4)}
    triwulan_data: set[int] = set()
    jendela = {tw: sampai_triwulan(tahun, tw) for tw in (1, 2, 3, 4)}
    setahun = periode_tahun(tahun)
    for sv in _survei_terpilih(berkas, s):
        for x in [*sv.responden, *sv.rekap]:
            if not _layanan_cocok(x, s):
                continue
            p = _periode_data(x, sv)
            if p is None:
                tahunan.tambah_data(x)  # undated: belongs to the survey's year, not to a quarter
                continue
            if not p.di_dalam(setahun):
                continue
            tahunan.tambah_data(x)
            triwulan_data.add(triwulan_dari(p.akhir))
            for tw, j in jendela.items():
                if p.di_dalam(j):
                    per_tw[tw].tambah_data(x)
    nama = s.survei or "seluruh survei"

    def nilai(t: Tally, periode: Periode) -> NilaiTerhitung:
        h = hitung_ikm(t, bobot=bobot)
        if h is None:
            return NilaiTerhitung(None, f"belum ada responden survei {nama} pada periode ini", periode)
        teks = (
            f"IKM {format_angka(h.ikm, 2)} (mutu {h.mutu.huruf}, {h.mutu.kinerja}) dari "
            f"{format_angka(h.jumlah_responden, 0)} responden survei {nama}"
        )
        return NilaiTerhitung(bulatkan(h.ikm, 2), teks, periode, ikm=h)

    tw_isi = sorted(set(_triwulan_berisi(triwulan_data)) | paksa)
    return RealisasiTerhitung(
        sumber=s,
        tahunan=nilai(tahunan, setahun),
        triwulan={tw: nilai(per_tw[tw], jendela[tw]) for tw in tw_isi},
    )


def _triwulan_berisi(triwulan: set[int]) -> list[int]:
    """From the first to the last quarter with records (a later quarter with no record yet is not shown)."""
    if not triwulan:
        return []
    return list(range(min(triwulan), max(triwulan) + 1))


def _rasio(berkas: Berkas, ind: Indikator, s: SumberRealisasi, paksa: frozenset[int]) -> RealisasiTerhitung:
    tahun = berkas.tahun
    setahun = periode_tahun(tahun)
    if s.jenis is JenisSumber.RASIO_ADUAN:
        catatan = berkas.register.aduan

        def hitung(periode: Periode) -> HasilRasio:
            return rasio_aduan(
                catatan, periode=periode, penyebut=s.penyebut, pembilang=s.pembilang, jika_kosong=s.jika_kosong
            )

        tanggal = [d for a in catatan for d in (a.tanggal_diterima, a.tanggal_selesai) if d is not None]
    else:
        penyebut = s.penyebut
        if not penyebut.indikator:
            penyebut = Saring(
                kategori=penyebut.kategori,
                status=penyebut.status,
                kanal=penyebut.kanal,
                indikator=(ind.id,),
                direncanakan=penyebut.direncanakan,
            )
        catatan_k = berkas.register.kegiatan

        def hitung(periode: Periode) -> HasilRasio:
            return rasio_kegiatan(
                catatan_k, periode=periode, penyebut=penyebut, pembilang=s.pembilang, jika_kosong=s.jika_kosong
            )

        tanggal = [d for k in catatan_k for d in (k.tanggal_acuan(), k.tanggal_pelaksanaan) if d is not None]

    def nilai(h: HasilRasio) -> NilaiTerhitung:
        return NilaiTerhitung(h.nilai, h.teks(), h.periode, rasio=h)

    tw_isi = sorted(set(_triwulan_berisi({triwulan_dari(d) for d in tanggal if setahun.memuat(d)})) | paksa)
    return RealisasiTerhitung(
        sumber=s,
        tahunan=nilai(hitung(setahun)),
        triwulan={tw: nilai(hitung(sampai_triwulan(tahun, tw))) for tw in tw_isi},
    )


def _indikator_program(berkas: Berkas, s: SumberRealisasi, p: Pengaturan) -> RealisasiTerhitung:
    # Imported here: the program-indicator module builds on the result types, which import the model.
    from .indikator_kinerja import hasil_indikator_program, indikator_tercapai

    h = indikator_tercapai(hasil_indikator_program(berkas, p))
    # Program indicators are measured for the year: there are no quarterly values.
    return RealisasiTerhitung(
        sumber=s, tahunan=NilaiTerhitung(h.persen, h.teks(), periode_tahun(berkas.tahun)), triwulan={}
    )


def realisasi_terhitung(
    berkas: Berkas,
    ind: Indikator,
    pengaturan: Pengaturan | None = None,
    *,
    triwulan: frozenset[int] = frozenset(),
) -> RealisasiTerhitung | None:
    """The computed realisation of an indicator with a source; None for an indicator without one.

    Quarterly values are given from the first to the last quarter with records, plus those in `triwulan`
    (e.g. a quarter being locked, whose value is frozen even when it has no record).
    """
    s = ind.sumber_realisasi
    if s is None:
        return None
    if s.jenis is JenisSumber.IKM:
        p = pengaturan or berkas.pengaturan
        hasil = _ikm(berkas, s, getattr(p, "bobot_ikm", BOBOT_TEPAT), triwulan)
    elif s.jenis is JenisSumber.INDIKATOR_PROGRAM:
        hasil = _indikator_program(berkas, s, pengaturan or berkas.pengaturan)
    else:
        hasil = _rasio(berkas, ind, s, triwulan)
    rec = berkas.realisasi.indikator.get(ind.id)
    if rec is None or not rec.terkunci:
        return hasil
    return _pakai_terkunci(hasil, rec.terkunci, berkas.tahun)


def _pakai_terkunci(h: RealisasiTerhitung, terkunci: dict[int, NilaiTerkunci], tahun: int) -> RealisasiTerhitung:
    """Locked quarters keep the value they had when locked; triwulan IV locked also fixes the annual value."""
    tw = dict(h.triwulan)
    for n, beku in terkunci.items():
        teks = f"{beku.teks} (terkunci"
        teks += f" {format_tanggal(beku.dikunci_pada)})" if beku.dikunci_pada else ")"
        tw[n] = NilaiTerhitung(beku.nilai, teks, sampai_triwulan(tahun, n), terkunci=True)
    tahunan = h.tahunan
    if 4 in terkunci:
        tahunan = replace(tw[4], periode=periode_tahun(tahun))
    return RealisasiTerhitung(sumber=h.sumber, tahunan=tahunan, triwulan=dict(sorted(tw.items())))


def rincian_realisasi(berkas: Berkas, ind: Indikator, pengaturan: Pengaturan | None = None) -> RincianRealisasi | None:
    terhitung = realisasi_terhitung(berkas, ind, pengaturan)
    if terhitung is None:
        return None
    rec = berkas.realisasi.indikator.get(ind.id)
    manual = rec.tahunan if rec is not None else None
    manual_tw = dict(rec.triwulan) if rec is not None else {}
    alasan = rec.alasan_manual.strip() if rec is not None else ""
    ada_manual = manual is not None or any(v is not None for v in manual_tw.values())
    # A typed value without a reason never overrides the records (the loader also rejects it).
    dipakai = Dipakai.MANUAL if ada_manual and alasan else Dipakai.TERHITUNG
    return RincianRealisasi(
        indikator_id=ind.id,
        terhitung=terhitung,
        manual=manual,
        manual_triwulan=manual_tw,
        alasan_manual=alasan,
        dipakai=dipakai,
    )


def rincian_semua(berkas: Berkas, pengaturan: Pengaturan | None = None) -> dict[str, RincianRealisasi]:
    """Every indicator with a source (tujuan and sasaran), by id."""
    hasil = {}
    for ind in berkas.renstra.semua_indikator():
        r = rincian_realisasi(berkas, ind, pengaturan)
        if r is not None:
            hasil[ind.id] = r
    return hasil


def realisasi_terpakai(
    berkas: Berkas, ind: Indikator, pengaturan: Pengaturan | None = None
) -> tuple[Nilai | None, dict[int, Nilai | None]] | None:
    """The hook `hitung` calls: (annual, s.d.-quarter values) when the computed values are the ones
    measured; None when the indicator has no source or a typed value (with its reason) is used."""
    r = rincian_realisasi(berkas, ind, pengaturan)
    if r is None or r.dipakai is not Dipakai.TERHITUNG:
        return None
    return r.terhitung.nilai_tahunan(), r.terhitung.nilai_triwulan()


__all__ = [
    "Dipakai",
    "JenisSumber",
    "NilaiTerhitung",
    "NilaiTerkunci",
    "RealisasiTerhitung",
    "RincianRealisasi",
    "SumberRealisasi",
    "realisasi_terhitung",
    "realisasi_terpakai",
    "rincian_realisasi",
    "rincian_semua",
]
