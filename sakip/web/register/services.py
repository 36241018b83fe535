"""Writes for the registers and the computed-realisasi sources. Role checks here; every change is recorded in
the history; records dated in a locked quarter cannot change."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction

from sakip.berkas.jenis_isi import JenisTidakSesuai, periksa_jenis
from sakip.berkas.survei_impor import ImporTidakValid, MasalahImpor, impor_aduan, impor_kegiatan
from sakip.core.register import StatusAduan, StatusKegiatan, periksa_aduan, periksa_kegiatan
from sakip.core.sumber import JenisSumber
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import Aktor, pastikan_ubah_pd
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.perencanaan.models import Indikator
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat, perubahan_catat_banyak

from .kunci import pastikan_tidak_terkunci
from .models import Aduan, AlasanManual, KegiatanRegister, SumberRealisasi
from .selectors import aduan_ke_core, kegiatan_ke_core

KOLOM_ADUAN = (
    "nomor",
    "tanggal_diterima",
    "kanal",
    "kategori",
    "ringkasan",
    "lokasi",
    "penanganan",
    "unit",
    "status",
    "tanggal_selesai",
    "bukti",
    "keterangan",
)
KOLOM_KEGIATAN = (
    "nomor",
    "uraian",
    "indikator",
    "kategori",
    "direncanakan",
    "triwulan_rencana",
    "status",
    "tanggal_pelaksanaan",
    "volume",
    "lokasi",
    "pelaksana",
    "bukti",
    "keterangan",
)


def _catat_semua(
    aktor: Aktor,
    pd: PerangkatDaerah,
    tahun: int | None,
    objek: str,
    lama: dict,
    baru: dict,
    alasan: str,
    sumber=Perubahan.FORMULIR,
) -> None:
    for k in baru:
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk,
            tahun=tahun,
            objek=objek,
            medan=k,
            lama=lama.get(k),
            baru=baru[k],
            alasan=alasan,
            sumber=sumber,
        )


def _galat(masalah: list[tuple[str, str]]) -> None:
    if masalah:
        raise AlurDitolak("; ".join(pesan for _, pesan in masalah).capitalize() + ".")


def aduan_simpan(
    *,
    aktor: Aktor,
    pd: PerangkatDaerah,
    data: dict[str, Any],
    id_: int | None = None,
    versi: int | None = None,
    alasan: str = "",
) -> Aduan:
    pastikan_ubah_pd(aktor, pd)
    data = {k: data.get(k) for k in KOLOM_ADUAN}
    data["status"] = data["status"] or StatusAduan.DITERIMA.value
    data["bukti"] = list(data["bukti"] or [])
    for k in ("kanal", "kategori", "ringkasan", "lokasi", "penanganan", "unit", "keterangan", "nomor"):
        data[k] = (data[k] or "").strip()
    if not data["nomor"]:
        raise AlurDitolak("Nomor register wajib diisi.")
    with transaction.atomic():
        lama: Aduan | None = None
        if id_ is not None:
            lama = Aduan.objects.select_for_update().filter(perangkat_daerah=pd, pk=id_).first()
            if lama is None:
                raise AlurDitolak("Aduan tidak ditemukan.")
            if versi is not None and versi != lama.versi:
                raise KonflikVersi(f"aduan {lama.nomor}")
        calon = Aduan(perangkat_daerah=pd, **data)
        _galat(periksa_aduan(aduan_ke_core(calon)))
        if Aduan.objects.filter(perangkat_daerah=pd, nomor=data["nomor"]).exclude(pk=id_).exists():
            raise AlurDitolak(f"Nomor register '{data['nomor']}' sudah dipakai.")
        tanggal = {data["tanggal_diterima"], data["tanggal_selesai"]}
        if lama is not None:
            tanggal |= {lama.tanggal_diterima, lama.tanggal_selesai}
        pastikan_tidak_terkunci(pd.pk, tanggal, "aduan")
        sebelum = {k: getattr(lama, k) for k in KOLOM_ADUAN} if lama else {}
        if lama is None:
            obj = Aduan.objects.create(perangkat_daerah=pd, **data)
        else:
            for k, v in data.items():
                setattr(lama, k, v)
            lama.versi += 1
            lama.save()
            obj = lama
        _catat_semua(aktor, pd, obj.tanggal_diterima.year, f"aduan:{obj.nomor}", sebelum, data, alasan)
        return obj


def aduan_hapus(*, aktor: Aktor, pd: PerangkatDaerah, id_: int, alasan: str) -> None:
    pastikan_ubah_pd(aktor, pd)
    if not alasan.strip():
        raise AlurDitolak("Alasan penghapusan wajib diisi.")
    with transaction.atomic():
        a = Aduan.objects.select_for_update().filter(perangkat_daerah=pd, pk=id_).first()
        if a is None:
            raise AlurDitolak("Aduan tidak ditemukan.")
        pastikan_tidak_terkunci(pd.pk, {a.tanggal_diterima, a.tanggal_selesai}, "aduan")
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk,
            tahun=a.tanggal_diterima.year,
            objek=f"aduan:{a.nomor}",
            medan="dihapus",
            lama=a.ringkasan,
            baru="(dihapus)",
            alasan=alasan,
        )
        a.delete()


def _pastikan_indikator(pd: PerangkatDaerah, tahun: int, kode: str) -> None:
    if (
        kode
        and not Indikator.objects.filter(
            renstra__perangkat_daerah=pd, renstra__periode_awal__lte=tahun, renstra__periode_akhir__gte=tahun, kode=kode
        ).exists()
    ):
        raise AlurDitolak(f"Indikator '{kode}' tidak ada di Renstra perangkat daerah ini untuk tahun {tahun}.")


def kegiatan_simpan(
    *,
    aktor: Aktor,
    pd: PerangkatDaerah,
    tahun: int,
    data: dict[str, Any],
    id_: int | None = None,
    versi: int | None = None,
    alasan: str = "",
) -> KegiatanRegister:
    pastikan_ubah_pd(aktor, pd)
    data = {k: data.get(k) for k in KOLOM_KEGIATAN}
    data["status"] = data["status"] or StatusKegiatan.DIRENCANAKAN.value
    data["bukti"] = list(data["bukti"] or [])
    data["direncanakan"] = bool(data["direncanakan"])
    for k in ("nomor", "uraian", "indikator", "kategori", "volume", "lokasi", "pelaksana", "keterangan"):
        data[k] = (data[k] or "").strip()
    if not data["nomor"] or not data["uraian"]:
        raise AlurDitolak("Nomor dan uraian kegiatan wajib diisi.")
    _pastikan_indikator(pd, tahun, data["indikator"])
    with transaction.atomic():
        lama: KegiatanRegister | None = None
        if id_ is not None:
            lama = KegiatanRegister.objects.select_for_update().filter(perangkat_daerah=pd, tahun=tahun, pk=id_).first()
            if lama is None:
                raise AlurDitolak("Kegiatan tidak ditemukan.")
            if versi is not None and versi != lama.versi:
                raise KonflikVersi(f"kegiatan {lama.nomor}")
        calon = KegiatanRegister(perangkat_daerah=pd, tahun=tahun, **data)
        _galat(periksa_kegiatan(kegiatan_ke_core(calon)))
        if (
            KegiatanRegister.objects.filter(perangkat_daerah=pd, tahun=tahun, nomor=data["nomor"])
            .exclude(pk=id_)
            .exists()
        ):
            raise AlurDitolak(f"Nomor kegiatan '{data['nomor']}' sudah dipakai tahun {tahun}.")
        tanggal = {kegiatan_ke_core(calon).tanggal_acuan(), data["tanggal_pelaksanaan"]}
        if lama is not None:
            tanggal |= {kegiatan_ke_core(lama).tanggal_acuan(), lama.tanggal_pelaksanaan}
        pastikan_tidak_terkunci(pd.pk, tanggal, "kegiatan")
        sebelum = {k: getattr(lama, k) for k in KOLOM_KEGIATAN} if lama else {}
        if lama is None:
            obj = KegiatanRegister.objects.create(perangkat_daerah=pd, tahun=tahun, **data)
        else:
            for k, v in data.items():
                setattr(lama, k, v)
            lama.versi += 1
            lama.save()
            obj = lama
        _catat_semua(aktor, pd, tahun, f"kegiatan_register:{obj.nomor}", sebelum, data, alasan)
        return obj


def kegiatan_hapus(*, aktor: Aktor, pd: PerangkatDaerah, tahun: int, id_: int, alasan: str) -> None:
    pastikan_ubah_pd(aktor, pd)
    if not alasan.strip():
        raise AlurDitolak("Alasan penghapusan wajib diisi.")
    with transaction.atomic():
        k = KegiatanRegister.objects.select_for_update().filter(perangkat_daerah=pd, tahun=tahun, pk=id_).first()
        if k is None:
            raise AlurDitolak("Kegiatan tidak ditemukan.")
        pastikan_tidak_terkunci(pd.pk, {kegiatan_ke_core(k).tanggal_acuan(), k.tanggal_pelaksanaan}, "kegiatan")
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk,
            tahun=tahun,
            objek=f"kegiatan_register:{k.nomor}",
            medan="dihapus",
            lama=k.uraian,
            baru="(dihapus)",
            alasan=alasan,
        )
        k.delete()


def register_impor(*, aktor: Aktor, pd: PerangkatDaerah, tahun: int, jenis: str, isi: bytes, nama_berkas: str) -> int:
    """Complaints or activities from a spreadsheet: all rows or none (row and column of every problem)."""
    pastikan_ubah_pd(aktor, pd)
    try:
        periksa_jenis(isi, nama=nama_berkas, boleh=("xlsx", "teks"), diterima="workbook .xlsx atau teks .csv")
    except JenisTidakSesuai as exc:
        raise ImporTidakValid([MasalahImpor(None, None, str(exc))], nama_berkas) from None
    if jenis == "aduan":
        hasil = impor_aduan(isi, nama=nama_berkas)
        ada = set(Aduan.objects.filter(perangkat_daerah=pd).values_list("nomor", flat=True))
    elif jenis == "kegiatan":
        hasil = impor_kegiatan(isi, nama=nama_berkas, tahun=tahun)
        ada = set(KegiatanRegister.objects.filter(perangkat_daerah=pd, tahun=tahun).values_list("nomor", flat=True))
    else:
        raise AlurDitolak("Jenis register: aduan atau kegiatan.")
    ganda = [r.id for r in hasil.data if r.id in ada]
    if ganda:
        raise ImporTidakValid(
            [MasalahImpor(None, "id", f"nomor '{n}' sudah ada di register; ubah lewat formulir") for n in ganda],
            nama_berkas,
        )
    if jenis == "kegiatan":
        for r in hasil.data:
            _pastikan_indikator(pd, r.tahun, r.indikator)
        tanggal = {r.tanggal_acuan() for r in hasil.data} | {r.tanggal_pelaksanaan for r in hasil.data}
    else:
        tanggal = {r.tanggal_diterima for r in hasil.data} | {r.tanggal_selesai for r in hasil.data}
    pastikan_tidak_terkunci(pd.pk, tanggal, jenis)
    if jenis == "aduan":
        kolom, awalan = KOLOM_ADUAN, "aduan"
        baris = [
            Aduan(
                perangkat_daerah=pd,
                nomor=r.id,
                tanggal_diterima=r.tanggal_diterima,
                kanal=r.kanal,
                kategori=r.kategori,
                ringkasan=r.ringkasan,
                lokasi=r.lokasi,
                penanganan=r.penanganan,
                unit=r.unit,
                status=r.status.value,
                tanggal_selesai=r.tanggal_selesai,
                bukti=r.bukti,
                keterangan=r.keterangan,
            )
            for r in hasil.data
        ]
    else:
        kolom, awalan = KOLOM_KEGIATAN, "kegiatan_register"
        baris = [
            KegiatanRegister(
                perangkat_daerah=pd,
                tahun=r.tahun,
                nomor=r.id,
                uraian=r.uraian,
                indikator=r.indikator,
                kategori=r.kategori,
                direncanakan=r.direncanakan,
                triwulan_rencana=r.triwulan_rencana,
                status=r.status.value,
                tanggal_pelaksanaan=r.tanggal_pelaksanaan,
                volume=r.volume,
                lokasi=r.lokasi,
                pelaksana=r.pelaksana,
                bukti=r.bukti,
                keterangan=r.keterangan,
            )
            for r in hasil.data
        ]
    alasan = f"impor register {jenis} '{nama_berkas}'"
    with transaction.atomic():
        if baris:
            type(baris[0]).objects.bulk_create(baris)
        # Each imported row gets the history a row typed in the form gets, so its own page shows where it came from.
        perubahan_catat_banyak(
            aktor=aktor,
            baris=[
                (
                    pd.pk,
                    getattr(x, "tahun", None) or x.tanggal_diterima.year,
                    f"{awalan}:{x.nomor}",
                    k,
                    None,
                    getattr(x, k),
                )
                for x in baris
                for k in kolom
            ],
            alasan=alasan,
            sumber=Perubahan.IMPOR,
        )
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk,
            tahun=tahun,
            objek=f"register_{jenis}:impor",
            medan="baris diimpor",
            lama="",
            baru=f"{len(hasil.data)} baris dari {nama_berkas}",
            sumber=Perubahan.IMPOR,
            alasan=alasan,
        )
    return len(hasil.data)


def sumber_simpan(
    *,
    aktor: Aktor,
    pd: PerangkatDaerah,
    tahun: int,
    kode: str,
    jenis: str,
    survei: str = "",
    jenis_layanan: list[str] | None = None,
    penyebut: dict | None = None,
    pembilang: dict | None = None,
    jika_kosong: Decimal | None = None,
    keterangan: str = "",
    alasan_manual: str = "",
    alasan: str = "",
) -> SumberRealisasi | None:
    """Declare (or, with an empty `jenis`, remove) where an indicator's realisasi is computed from, and the
    reason for a typed value beside it this year."""
    pastikan_ubah_pd(aktor, pd)
    _pastikan_indikator(pd, tahun, kode)
    if jenis and jenis not in {j.value for j in JenisSumber}:
        raise AlurDitolak(f"Jenis sumber '{jenis}' tidak dikenal.")
    with transaction.atomic():
        lama = SumberRealisasi.objects.select_for_update().filter(perangkat_daerah=pd, indikator=kode).first()
        sebelum = {
            "jenis": lama.jenis if lama else "",
            "survei": lama.survei if lama else "",
            "jenis_layanan": lama.jenis_layanan if lama else [],
            "penyebut": str(lama.penyebut) if lama else "",
            "pembilang": str(lama.pembilang) if lama else "",
            "jika_kosong": lama.jika_kosong if lama else None,
        }
        obj = None
        if not jenis:
            if lama:
                lama.delete()
        else:
            nilai = {
                "jenis": jenis,
                "survei": survei.strip(),
                "jenis_layanan": jenis_layanan or [],
                "penyebut": penyebut or {},
                "pembilang": pembilang,
                "jika_kosong": jika_kosong,
                "keterangan": keterangan,
            }
            if lama is None:
                obj = SumberRealisasi.objects.create(perangkat_daerah=pd, indikator=kode, **nilai)
            else:
                for k, v in nilai.items():
                    setattr(lama, k, v)
                lama.versi += 1
                lama.save()
                obj = lama
        sesudah = {
            "jenis": jenis,
            "survei": survei.strip() if jenis else "",
            "jenis_layanan": (jenis_layanan or []) if jenis else [],
            "penyebut": str(penyebut or {}) if jenis else "",
            "pembilang": str(pembilang) if jenis else "",
            "jika_kosong": jika_kosong if jenis else None,
        }
        _catat_semua(aktor, pd, tahun, f"indikator:{kode}", sebelum, sesudah, alasan, sumber=Perubahan.FORMULIR)
        lama_alasan = AlasanManual.objects.filter(perangkat_daerah=pd, tahun=tahun, indikator=kode).first()
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk,
            tahun=tahun,
            objek=f"indikator:{kode}",
            medan="alasan nilai diketik",
            lama=lama_alasan.alasan if lama_alasan else "",
            baru=alasan_manual.strip(),
            alasan=alasan,
        )
        if alasan_manual.strip():
            AlasanManual.objects.update_or_create(
                perangkat_daerah=pd, tahun=tahun, indikator=kode, defaults={"alasan": alasan_manual.strip()}
            )
        elif lama_alasan:
            lama_alasan.delete()
        return obj
