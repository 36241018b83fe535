"""Registers through the API: complaints (aduan) received in a year and the year's activities (kegiatan register).

Reads list every row with its `versi`. A write is a batch, all or nothing: a `nomor` already in the register is
updated (fields not sent keep their value; `versi` as read is required, so nobody else's change is overwritten), a
new `nomor` is created. Each row goes through the same service as the register form (`aduan_simpan`,
`kegiatan_simpan`: permission, the register's rules, locked quarters, audit record of every field)."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest
from ninja import Status

from sakip.core.batas import ringkas
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import pastikan_ubah_pd
from sakip.web.register.models import Aduan, KegiatanRegister
from sakip.web.register.services import KOLOM_ADUAN, KOLOM_KEGIATAN, aduan_simpan, kegiatan_simpan

from . import baca
from .baca import GALAT, SLUG, TAHUN
from .dasar import aktor, tk_ambil
from .skema import (
    AduanKeluar,
    BatchAduan,
    BatchKegiatan,
    GalatBatch,
    HasilRegister,
    KegiatanKeluar,
    Masalah,
)
from .tulis import BatchBatal, alasan_api, tolak_batch

router = baca.router
JAWAB = {200: HasilRegister, 400: GalatBatch, 401: GALAT[401], 403: GALAT[403], 404: GALAT[404], 409: GalatBatch}


def _baris(x, kolom: tuple[str, ...]) -> dict:
    return {"versi": x.versi, **{k: getattr(x, k) for k in kolom}}


@router.get(
    "/pd/{pd}/tahun/{tahun}/register/aduan",
    response={200: list[AduanKeluar], **GALAT},
    tags=["register"],
    summary="Register aduan yang diterima pada tahun itu",
)
def aduan_daftar(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    tk = tk_ambil(request, pd, tahun)
    qs = Aduan.objects.filter(perangkat_daerah=tk.perangkat_daerah, tanggal_diterima__year=tahun)
    return [_baris(x, KOLOM_ADUAN) for x in qs.order_by("tanggal_diterima", "nomor")]


@router.get(
    "/pd/{pd}/tahun/{tahun}/register/kegiatan",
    response={200: list[KegiatanKeluar], **GALAT},
    tags=["register"],
    summary="Register kegiatan tahun itu",
)
def kegiatan_daftar(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    tk = tk_ambil(request, pd, tahun)
    qs = KegiatanRegister.objects.filter(perangkat_daerah=tk.perangkat_daerah, tahun=tahun)
    return [_baris(x, KOLOM_KEGIATAN) for x in qs.order_by("nomor")]


def _tulis(request: HttpRequest, tk, data, *, model, ada: dict, kolom: tuple[str, ...], simpan, periksa, jenis: str):
    a = aktor(request)
    pd = tk.perangkat_daerah
    pastikan_ubah_pd(a, pd)
    masalah: list[Masalah] = []
    sudah: dict[str, int] = {}
    for no, b in enumerate(data.butir, 1):
        nomor = b.nomor.strip()
        if nomor in sudah:
            masalah.append(
                Masalah(butir=no, medan="nomor", pesan=f"nomor '{ringkas(nomor)}' sudah ada pada butir {sudah[nomor]}")
            )
            continue
        sudah[nomor] = no
        lama = ada.get(nomor)
        if lama is not None and b.versi is None:
            masalah.append(
                Masalah(
                    butir=no,
                    medan="versi",
                    pesan=f"{jenis} '{ringkas(nomor)}' sudah ada: kirim versinya (baca dari daftar register) agar "
                    "perubahan orang lain tidak tertimpa",
                )
            )
            continue
        pesan = periksa(b, lama)
        if pesan:
            masalah.append(Masalah(butir=no, medan=pesan[0], pesan=pesan[1]))
    if masalah:
        return tolak_batch(masalah)
    alasan = alasan_api(request, data.alasan, f"register {jenis}")
    versi: dict[str, int] = {}
    dibuat = 0
    try:
        with transaction.atomic():
            for no, b in enumerate(data.butir, 1):
                nomor = b.nomor.strip()
                lama = ada.get(nomor)
                # Fields not sent keep their value, or on a new row take the model's default (planned: yes).
                isi = {
                    k: getattr(lama, k) if lama is not None else model._meta.get_field(k).get_default() for k in kolom
                }
                isi.update({k: getattr(b, k) for k in b.model_fields_set if k in kolom})
                isi["nomor"] = nomor
                try:
                    with transaction.atomic():
                        obj = simpan(a, pd, isi, None if lama is None else lama.pk, b.versi, alasan)
                except (AlurDitolak, KonflikVersi) as exc:
                    masalah.append(Masalah(butir=no, medan=None, pesan=f"{ringkas(nomor)}: {exc}"))
                    continue
                versi[obj.nomor] = obj.versi
                dibuat += lama is None
            if masalah:
                raise BatchBatal
    except BatchBatal:
        return Status(409, {"detail": "Tidak ada yang disimpan: batch ditolak.", "masalah": masalah[:200]})
    return Status(200, {"dibuat": dibuat, "diubah": len(versi) - dibuat, "versi": versi})


@router.post(
    "/pd/{pd}/tahun/{tahun}/register/aduan", response=JAWAB, tags=["register"], summary="Tulis register aduan (batch)"
)
def aduan_tulis(request: HttpRequest, data: BatchAduan, pd: str = SLUG, tahun: int = TAHUN):
    """Nomor yang sudah ada diubah (kirim `versi`), nomor baru dibuat; semua atau tidak satu pun."""
    tk = tk_ambil(request, pd, tahun)
    ada = {x.nomor: x for x in Aduan.objects.filter(perangkat_daerah=tk.perangkat_daerah)}

    def periksa(b, lama):
        tanggal = (
            b.tanggal_diterima if "tanggal_diterima" in b.model_fields_set else getattr(lama, "tanggal_diterima", None)
        )
        if tanggal is None:
            return ("tanggal_diterima", "aduan baru wajib mencatat tanggal diterima")
        if tanggal.year != tahun:
            return (
                "tanggal_diterima",
                f"aduan diterima tahun {tanggal.year}: kirim lewat register tahun {tanggal.year}",
            )
        if lama is None and not (b.ringkasan or "").strip():
            return ("ringkasan", "aduan baru wajib mencatat ringkasannya")
        return None

    return _tulis(
        request,
        tk,
        data,
        model=Aduan,
        ada=ada,
        kolom=KOLOM_ADUAN,
        simpan=lambda a, pd_, isi, id_, v, al: aduan_simpan(aktor=a, pd=pd_, data=isi, id_=id_, versi=v, alasan=al),
        periksa=periksa,
        jenis="aduan",
    )


@router.post(
    "/pd/{pd}/tahun/{tahun}/register/kegiatan",
    response=JAWAB,
    tags=["register"],
    summary="Tulis register kegiatan (batch)",
)
def kegiatan_tulis(request: HttpRequest, data: BatchKegiatan, pd: str = SLUG, tahun: int = TAHUN):
    """Nomor yang sudah ada pada tahun itu diubah (kirim `versi`), nomor baru dibuat; semua atau tidak satu pun."""
    tk = tk_ambil(request, pd, tahun)
    ada = {x.nomor: x for x in KegiatanRegister.objects.filter(perangkat_daerah=tk.perangkat_daerah, tahun=tahun)}

    def periksa(b, lama):
        if lama is None and not (b.uraian or "").strip():
            return ("uraian", "kegiatan baru wajib mencatat uraiannya")
        return None

    return _tulis(
        request,
        tk,
        data,
        model=KegiatanRegister,
        ada=ada,
        kolom=KOLOM_KEGIATAN,
        simpan=lambda a, pd_, isi, id_, v, al: kegiatan_simpan(
            aktor=a, pd=pd_, tahun=tahun, data=isi, id_=id_, versi=v, alasan=al
        ),
        periksa=periksa,
        jenis="kegiatan",
    )
