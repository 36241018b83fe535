"""Write operations: quarterly realisation of indicators and of the budget, in all-or-nothing batches.

Each batch is checked item by item first (code known, number readable, the unit's rule, a version for every quarter
touched), every problem reported with its item number and field. Then the quarters are saved through the same
service the quarter form uses (`realisasi_simpan`: permission, workflow lock, optimistic version, audit record) in
one transaction: one refusal and nothing of the batch is kept.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.http import HttpRequest
from ninja import Status

from sakip.core.angka import AngkaTidakValid, parse_angka, periksa_besaran
from sakip.core.batas import MAKS_DESIMAL_UANG, ringkas
from sakip.core.nilai import NilaiTidakValid, parse_nilai
from sakip.core.satuan import periksa_nilai
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.inti.nilai import periksa_presisi, periksa_presisi_nilai
from sakip.web.organisasi.akses import pastikan_ubah_pd
from sakip.web.pengukuran.models import PeriodeRealisasi, RealisasiIndikator
from sakip.web.pengukuran.services import ROMAWI, IsianRealisasi, realisasi_simpan
from sakip.web.perencanaan.models import Indikator, SubKegiatan

from . import baca
from .baca import SLUG, TAHUN
from .dasar import aktor, tk_ambil
from .skema import BatchAnggaran, BatchRealisasi, Galat, GalatBatch, HasilTulis, Masalah

# The same router as the reads: a GET and a POST on one path must share one Django URL pattern.
router = baca.router
JAWAB = {200: HasilTulis, 400: GalatBatch, 401: Galat, 403: Galat, 404: Galat, 409: GalatBatch}


class BatchBatal(Exception):
    """Roll the whole batch back."""


def alasan_api(request: HttpRequest, alasan: str, bawaan: str) -> str:
    """The reason kept in the history, naming the token that made the change."""
    token = getattr(request.auth, "token_api_id", None)
    return f"{alasan.strip() or bawaan} (lewat API, token #{token})"


def _versi(data, dipakai: dict[int, list[int]], masalah: list[Masalah]) -> None:
    for tw, nomor in sorted(dipakai.items()):
        if tw not in data.versi:
            masalah.append(
                Masalah(
                    butir=nomor[0],
                    medan=f"versi.{tw}",
                    pesan=f"versi periode triwulan {ROMAWI[tw]} wajib dikirim (baca dari …/periode) agar perubahan "
                    "orang lain tidak tertimpa",
                )
            )


def _simpan(request, tk, isian: dict[int, IsianRealisasi], dipakai: dict[int, list[int]], data, bawaan: str):
    a = aktor(request)
    masalah: list[Masalah] = []
    n = 0
    try:
        with transaction.atomic():
            for tw in sorted(isian):
                try:
                    with transaction.atomic():
                        n += realisasi_simpan(
                            aktor=a,
                            tk=tk,
                            triwulan=tw,
                            versi=data.versi[tw],
                            isian=isian[tw],
                            alasan=alasan_api(request, data.alasan, f"{bawaan} triwulan {ROMAWI[tw]}"),
                        )
                except (AlurDitolak, KonflikVersi) as exc:
                    nomor = ", ".join(str(x) for x in dipakai[tw][:10])
                    masalah.append(Masalah(butir=dipakai[tw][0], medan="triwulan", pesan=f"butir {nomor}: {exc}"))
            if masalah:
                raise BatchBatal
    except BatchBatal:
        return Status(409, {"detail": "Tidak ada yang disimpan: batch ditolak.", "masalah": masalah})
    baru = dict(
        PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan__in=list(isian)).values_list("triwulan", "versi")
    )
    return Status(200, {"diubah": int(n), "versi": baru})


def tolak_batch(masalah: list[Masalah]):
    return Status(
        400, {"detail": f"Tidak ada yang disimpan: {len(masalah)} masalah dalam batch.", "masalah": masalah[:200]}
    )


@router.post(
    "/pd/{pd}/tahun/{tahun}/realisasi", response=JAWAB, tags=["tulis"], summary="Tulis realisasi indikator per triwulan"
)
def realisasi_tulis(request: HttpRequest, data: BatchRealisasi, pd: str = SLUG, tahun: int = TAHUN):
    """Satu batch: semua butir disimpan, atau tidak satu pun. `nilai` yang tidak dikirim tidak diubah; `null`
    mengosongkannya. Penyebab/kendala/solusi (analisis tahunan indikator) yang tidak dikirim tetap."""
    tk = tk_ambil(request, pd, tahun)
    pastikan_ubah_pd(aktor(request), tk.perangkat_daerah)
    indikator = {i.kode: i for i in Indikator.objects.filter(renstra=tk.renstra)}
    rec = {r.indikator_id: r for r in RealisasiIndikator.objects.filter(tahun_kinerja=tk)}
    alasan_lazim = data.alasan_tidak_lazim.strip()
    masalah: list[Masalah] = []
    isian: dict[int, IsianRealisasi] = {}
    dipakai: dict[int, list[int]] = {}
    sudah: dict[tuple[str, int], int] = {}
    for no, b in enumerate(data.butir, 1):
        ind = indikator.get(b.indikator)
        if ind is None:
            masalah.append(
                Masalah(
                    butir=no,
                    medan="indikator",
                    pesan=f"indikator '{ringkas(b.indikator)}' tidak ada pada tahun {tahun}",
                )
            )
            continue
        if (ind.kode, b.triwulan) in sudah:
            masalah.append(
                Masalah(
                    butir=no,
                    medan="indikator",
                    pesan=f"{ind.kode} triwulan {ROMAWI[b.triwulan]} sudah ada pada butir {sudah[ind.kode, b.triwulan]}",
                )
            )
            continue
        sudah[ind.kode, b.triwulan] = no
        isi = isian.setdefault(b.triwulan, IsianRealisasi(alasan_tidak_lazim=alasan_lazim))
        if "nilai" in b.model_fields_set:
            teks = (b.nilai or "").strip()
            try:
                nilai = parse_nilai(teks) if teks and teks != "-" else None
                periksa_presisi_nilai(nilai, teks)
            except (NilaiTidakValid, AngkaTidakValid) as exc:
                masalah.append(Masalah(butir=no, medan="nilai", pesan=f"'{ringkas(teks)}': {exc}"))
                continue
            temuan = periksa_nilai(nilai, ind.satuan)
            if temuan is not None and (temuan.ditolak or not alasan_lazim):
                tambah = "" if temuan.ditolak else "; bila benar, tulis alasannya di alasan_tidak_lazim"
                masalah.append(Masalah(butir=no, medan="nilai", pesan=f"{ind.kode}: {temuan.pesan}{tambah}"))
                continue
            isi.nilai[ind.pk] = nilai
        analisis = (b.penyebab, b.kendala, b.solusi)
        if any(x is not None for x in analisis):
            lama = rec.get(ind.pk)
            sekarang = (lama.penyebab, lama.kendala, lama.solusi) if lama else ("", "", "")
            isi.analisis[ind.pk] = tuple(
                x.strip() if x is not None else s for x, s in zip(analisis, sekarang, strict=True)
            )
        dipakai.setdefault(b.triwulan, []).append(no)
    _versi(data, dipakai, masalah)
    if masalah:
        return tolak_batch(masalah)
    return _simpan(request, tk, isian, dipakai, data, "pengisian realisasi")


@router.post(
    "/pd/{pd}/tahun/{tahun}/anggaran/realisasi",
    response=JAWAB,
    tags=["tulis"],
    summary="Tulis realisasi anggaran per triwulan",
)
def anggaran_tulis(request: HttpRequest, data: BatchAnggaran, pd: str = SLUG, tahun: int = TAHUN):
    """Belanja sub kegiatan pada triwulan itu (bukan kumulatif), dalam rupiah; semua atau tidak sama sekali."""
    tk = tk_ambil(request, pd, tahun)
    pastikan_ubah_pd(aktor(request), tk.perangkat_daerah)
    sub = {s.kode: s for s in SubKegiatan.objects.filter(tahun_kinerja=tk)}
    masalah: list[Masalah] = []
    isian: dict[int, IsianRealisasi] = {}
    dipakai: dict[int, list[int]] = {}
    sudah: dict[tuple[str, int], int] = {}
    for no, b in enumerate(data.butir, 1):
        s = sub.get(b.sub_kegiatan)
        if s is None:
            masalah.append(
                Masalah(
                    butir=no,
                    medan="sub_kegiatan",
                    pesan=f"sub kegiatan '{ringkas(b.sub_kegiatan)}' tidak ada di RKT tahun {tahun}",
                )
            )
            continue
        if (s.kode, b.triwulan) in sudah:
            masalah.append(
                Masalah(
                    butir=no,
                    medan="sub_kegiatan",
                    pesan=f"{s.kode} triwulan {ROMAWI[b.triwulan]} sudah ada pada butir {sudah[s.kode, b.triwulan]}",
                )
            )
            continue
        sudah[s.kode, b.triwulan] = no
        teks = (b.jumlah or "").strip()
        try:
            jumlah: Decimal | None = (
                periksa_besaran(parse_angka(teks), teks, desimal=MAKS_DESIMAL_UANG) if teks and teks != "-" else None
            )
            periksa_presisi(jumlah, teks)
        except AngkaTidakValid as exc:
            masalah.append(Masalah(butir=no, medan="jumlah", pesan=f"'{ringkas(teks)}': {exc}"))
            continue
        if jumlah is not None and jumlah < 0:
            masalah.append(Masalah(butir=no, medan="jumlah", pesan=f"realisasi anggaran {s.kode} tidak boleh negatif"))
            continue
        isian.setdefault(b.triwulan, IsianRealisasi()).anggaran[s.pk] = jumlah
        dipakai.setdefault(b.triwulan, []).append(no)
    _versi(data, dipakai, masalah)
    if masalah:
        return tolak_batch(masalah)
    return _simpan(request, tk, isian, dipakai, data, "pengisian realisasi anggaran")
