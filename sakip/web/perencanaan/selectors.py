"""Reads for plans; every function checks the actor's right to read the agency."""

from __future__ import annotations

from sakip.web.inti.galat import TidakDitemukan
from sakip.web.organisasi.akses import Aktor, pastikan_baca_pd
from sakip.web.organisasi.models import PerangkatDaerah

from .models import Indikator, PerjanjianKinerja, SubKegiatan, TahunKinerja


def tahun_kinerja_ambil(*, aktor: Aktor, pd: PerangkatDaerah, tahun: int) -> TahunKinerja:
    pastikan_baca_pd(aktor, pd)
    try:
        return TahunKinerja.objects.select_related("perangkat_daerah__pemda", "renstra").get(
            perangkat_daerah=pd, tahun=tahun
        )
    except TahunKinerja.DoesNotExist:
        raise TidakDitemukan(f"Belum ada data {pd.nama} tahun {tahun}.") from None


def tahun_kinerja_daftar(*, aktor: Aktor, pd: PerangkatDaerah) -> list[TahunKinerja]:
    pastikan_baca_pd(aktor, pd)
    return list(TahunKinerja.objects.filter(perangkat_daerah=pd).order_by("-tahun"))


def indikator_ambil(*, aktor: Aktor, tk: TahunKinerja, kode: str) -> Indikator:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    try:
        return Indikator.objects.select_related("tujuan", "sasaran").get(renstra=tk.renstra, kode=kode)
    except Indikator.DoesNotExist:
        raise TidakDitemukan("Indikator tidak ditemukan.") from None


def sub_kegiatan_ambil(*, aktor: Aktor, tk: TahunKinerja, kode: str) -> SubKegiatan:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    try:
        return SubKegiatan.objects.select_related("kegiatan__program").get(tahun_kinerja=tk, kode=kode)
    except SubKegiatan.DoesNotExist:
        raise TidakDitemukan("Sub kegiatan tidak ditemukan.") from None


def pk_daftar(*, aktor: Aktor, tk: TahunKinerja) -> list[PerjanjianKinerja]:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    return list(
        PerjanjianKinerja.objects.filter(tahun_kinerja=tk)
        .prefetch_related("target__indikator", "anggaran")
        .order_by("urutan", "id")
    )


def pk_ambil(*, aktor: Aktor, tk: TahunKinerja, id_: int) -> PerjanjianKinerja:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    try:
        return PerjanjianKinerja.objects.get(tahun_kinerja=tk, pk=id_)
    except PerjanjianKinerja.DoesNotExist:
        raise TidakDitemukan("Perjanjian kinerja tidak ditemukan.") from None
