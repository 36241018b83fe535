"""Writes for the survey. Role checks happen here; every change an official makes is recorded in the history."""

from __future__ import annotations

import secrets
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from sakip.berkas.jenis_isi import JenisTidakSesuai, periksa_jenis
from sakip.berkas.survei_impor import ImporTidakValid, MasalahImpor, impor_respon
from sakip.core.ikm import UNSUR
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import Aktor, pastikan_ubah_pd
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.pengukuran.ringkasan import usangkan
from sakip.web.register.kunci import pastikan_tidak_terkunci
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat

from .batas import KirimanDitolak, Token, periksa_batas
from .models import ImporSurvei, LayananSurvei, PengaturanSurvei, PopulasiSurvei, Respon

_HURUF = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (l/1, o/0, i) in a link people type


def _kode(n: int = 6) -> str:
    return "".join(secrets.choice(_HURUF) for _ in range(n))


def pengaturan_ambil_atau_buat(*, pd: PerangkatDaerah) -> PengaturanSurvei:
    p = PengaturanSurvei.objects.filter(perangkat_daerah=pd).first()
    if p is not None:
        return p
    for _ in range(10):
        try:
            with transaction.atomic():
                return PengaturanSurvei.objects.create(
                    perangkat_daerah=pd, kode_pendek=_kode(), token_kios=secrets.token_urlsafe(24)
                )
        except IntegrityError:
            p = PengaturanSurvei.objects.filter(perangkat_daerah=pd).first()
            if p is not None:
                return p
    raise RuntimeError("kode pendek survei tidak dapat dibuat")  # pragma: no cover


def respon_kirim(
    *,
    pd: PerangkatDaerah,
    layanan: LayananSurvei | None,
    jawaban: dict[str, int],
    profil: dict[str, str],
    saran: str,
    token: Token,
    alamat: str,
) -> bool:
    """Store one public response. False when this form was already sent (a duplicate: nothing stored).

    Raises `KirimanDitolak` when the form is closed or the sender is over the flood limits.
    """
    pengaturan = pengaturan_ambil_atau_buat(pd=pd)
    if not pengaturan.terbuka:
        raise KirimanDitolak("Survei unit layanan ini sedang ditutup. Terima kasih atas perhatian Anda.", 403)
    periksa_batas(pd_id=pd.pk, alamat=alamat, kios=token.kios)
    try:
        with transaction.atomic():
            Respon.objects.create(
                perangkat_daerah=pd,
                layanan=layanan,
                layanan_nama=layanan.nama if layanan else "",
                tanggal=timezone.localdate(),
                **{u.lower(): jawaban[u] for u in UNSUR},
                **{k: v for k, v in profil.items() if v},
                saran=saran.strip()[:1000],
                sumber=Respon.KIOS if token.kios else Respon.WEB,
                token=token.nonce,
            )
            usangkan(pd.pk)  # the IKM indicator's realisasi is computed from the responses
    except IntegrityError:
        return False  # the same form sent twice at the same moment
    return True


def _catat(
    aktor: Aktor,
    pd: PerangkatDaerah,
    objek: str,
    medan: str,
    lama,
    baru,
    sumber=Perubahan.FORMULIR,
    tahun=None,
    alasan="diubah di halaman pengaturan survei",
):
    # The survey's settings forms ask for no reason: the history names the form, so "why" is never blank.
    perubahan_catat(
        aktor=aktor,
        pd_id=pd.pk,
        tahun=tahun,
        objek=objek,
        medan=medan,
        lama=lama,
        baru=baru,
        sumber=sumber,
        alasan=alasan,
    )


def layanan_simpan(
    *, aktor: Aktor, pd: PerangkatDaerah, nama: str, aktif: bool = True, id_: int | None = None
) -> LayananSurvei:
    pastikan_ubah_pd(aktor, pd)
    nama = " ".join(nama.split())
    if not nama:
        raise AlurDitolak("Nama jenis layanan wajib diisi.")
    with transaction.atomic():
        if id_ is None:
            if LayananSurvei.objects.filter(perangkat_daerah=pd, nama__iexact=nama).exists():
                raise AlurDitolak(f"Jenis layanan '{nama}' sudah ada.")
            urutan = LayananSurvei.objects.filter(perangkat_daerah=pd).count()
            lay = LayananSurvei.objects.create(perangkat_daerah=pd, nama=nama, aktif=aktif, urutan=urutan)
            _catat(aktor, pd, f"layanan_survei:{lay.pk}", "nama", "", nama)
            return lay
        lay = LayananSurvei.objects.select_for_update().get(perangkat_daerah=pd, pk=id_)
        if LayananSurvei.objects.filter(perangkat_daerah=pd, nama__iexact=nama).exclude(pk=id_).exists():
            raise AlurDitolak(f"Jenis layanan '{nama}' sudah ada.")
        _catat(aktor, pd, f"layanan_survei:{lay.pk}", "nama", lay.nama, nama)
        _catat(aktor, pd, f"layanan_survei:{lay.pk}", "aktif", lay.aktif, aktif)
        lay.nama, lay.aktif = nama, aktif
        lay.save()
        return lay


def pengaturan_simpan(*, aktor: Aktor, pd: PerangkatDaerah, terbuka: bool, tampil_profil: bool) -> PengaturanSurvei:
    pastikan_ubah_pd(aktor, pd)
    with transaction.atomic():
        p = pengaturan_ambil_atau_buat(pd=pd)
        p = PengaturanSurvei.objects.select_for_update().get(pk=p.pk)
        _catat(aktor, pd, "survei:pengaturan", "terbuka", p.terbuka, terbuka)
        _catat(aktor, pd, "survei:pengaturan", "tampil_profil", p.tampil_profil, tampil_profil)
        p.terbuka, p.tampil_profil = terbuka, tampil_profil
        p.versi += 1
        p.save()
        return p


def token_kios_baru(*, aktor: Aktor, pd: PerangkatDaerah) -> PengaturanSurvei:
    """A new kiosk link: the old one stops working (e.g. a tablet was lost)."""
    pastikan_ubah_pd(aktor, pd)
    with transaction.atomic():
        p = pengaturan_ambil_atau_buat(pd=pd)
        p.token_kios = secrets.token_urlsafe(24)
        p.versi += 1
        p.save()
        _catat(aktor, pd, "survei:pengaturan", "tautan kios", "lama", "diganti")
        return p


def populasi_simpan(*, aktor: Aktor, pd: PerangkatDaerah, tahun: int, populasi: int | None) -> None:
    pastikan_ubah_pd(aktor, pd)
    if populasi is not None and populasi < 1:
        raise AlurDitolak("Populasi harus bilangan bulat 1 atau lebih.")
    with transaction.atomic():
        lama = PopulasiSurvei.objects.filter(perangkat_daerah=pd, tahun=tahun).first()
        _catat(aktor, pd, "survei:populasi", str(tahun), lama.populasi if lama else "", populasi or "", tahun=tahun)
        if populasi is None:
            PopulasiSurvei.objects.filter(perangkat_daerah=pd, tahun=tahun).delete()
        else:
            PopulasiSurvei.objects.update_or_create(perangkat_daerah=pd, tahun=tahun, defaults={"populasi": populasi})


def respon_impor(
    *,
    aktor: Aktor,
    pd: PerangkatDaerah,
    isi: bytes,
    nama_berkas: str,
    layanan_bawaan: str = "",
    tanggal_bawaan: date | None = None,
) -> tuple[ImporSurvei, list[str]]:
    """Paper forms from a spreadsheet: all rows or none. Raises `ImporTidakValid` (row and column of every
    problem) or `AlurDitolak` (rows dated in a locked quarter). Returns the batch and notes for the user."""
    pastikan_ubah_pd(aktor, pd)
    try:
        periksa_jenis(isi, nama=nama_berkas, boleh=("xlsx", "teks"), diterima="workbook .xlsx atau teks .csv")
    except JenisTidakSesuai as exc:
        raise ImporTidakValid([MasalahImpor(None, None, str(exc))], nama_berkas) from None
    hasil = impor_respon(isi, nama=nama_berkas, jenis_layanan=layanan_bawaan, instansi=pd.nama)
    tanggal_isi = tanggal_bawaan or timezone.localdate()
    catatan = list(hasil.peringatan)
    tanpa_tanggal = sum(1 for r in hasil.data if r.tanggal is None)
    if tanpa_tanggal:
        catatan.append(f"{tanpa_tanggal} baris tanpa tanggal dicatat bertanggal {tanggal_isi:%d-%m-%Y}.")
    pastikan_tidak_terkunci(pd.pk, {r.tanggal or tanggal_isi for r in hasil.data}, "jawaban survei")
    with transaction.atomic():
        layanan = {x.nama.casefold(): x for x in LayananSurvei.objects.filter(perangkat_daerah=pd)}
        baru = []
        for r in hasil.data:
            k = r.jenis_layanan.strip().casefold()
            if k and k not in layanan:
                layanan[k] = LayananSurvei.objects.create(
                    perangkat_daerah=pd, nama=" ".join(r.jenis_layanan.split()), urutan=len(layanan)
                )
                _catat(
                    aktor,
                    pd,
                    f"layanan_survei:{layanan[k].pk}",
                    "nama",
                    "",
                    layanan[k].nama,
                    sumber=Perubahan.IMPOR,
                    alasan=f"jenis layanan baru dari impor '{nama_berkas}'",
                )
                baru.append(layanan[k].nama)
        batch = ImporSurvei.objects.create(
            perangkat_daerah=pd,
            nama_berkas=nama_berkas[:200],
            jumlah=len(hasil.data),
            pengguna=aktor.pengguna,
            nama_pengguna=aktor.nama,
        )
        Respon.objects.bulk_create(
            [
                Respon(
                    perangkat_daerah=pd,
                    layanan=layanan.get(r.jenis_layanan.strip().casefold()),
                    layanan_nama=layanan[r.jenis_layanan.strip().casefold()].nama if r.jenis_layanan.strip() else "",
                    tanggal=r.tanggal or tanggal_isi,
                    **{u.lower(): r.jawaban[u] for u in UNSUR},
                    **r.profil,
                    saran=r.saran[:1000],
                    sumber=Respon.IMPOR,
                    impor=batch,
                )
                for r in hasil.data
            ],
            batch_size=1000,
        )
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk,
            tahun=None,
            objek=f"survei:impor:{batch.pk}",
            medan="jawaban diimpor",
            lama="",
            baru=f"{len(hasil.data)} jawaban dari {nama_berkas}",
            sumber=Perubahan.IMPOR,
            alasan=f"impor lembar survei kertas '{nama_berkas}'",
        )
    if baru:
        catatan.append("Jenis layanan baru dibuat: " + ", ".join(baru) + ".")
    return batch, catatan


def impor_batalkan(*, aktor: Aktor, pd: PerangkatDaerah, impor_id: int) -> int:
    pastikan_ubah_pd(aktor, pd)
    with transaction.atomic():
        batch = ImporSurvei.objects.select_for_update().filter(perangkat_daerah=pd, pk=impor_id).first()
        if batch is None:
            raise AlurDitolak("Impor tersebut tidak ditemukan.")
        tanggal = set(batch.respon.values_list("tanggal", flat=True).distinct())
        pastikan_tidak_terkunci(pd.pk, tanggal, "jawaban survei")
        n = batch.respon.count()
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk,
            tahun=None,
            objek=f"survei:impor:{batch.pk}",
            medan="jawaban diimpor",
            lama=f"{n} jawaban dari {batch.nama_berkas}",
            baru="dibatalkan",
            sumber=Perubahan.IMPOR,
            alasan=f"impor '{batch.nama_berkas}' dibatalkan",
        )
        batch.delete()
    return n
