"""Writing the district file (RPJMD and Bappeda's realisasi) of a pemda-year: the admin of that pemda uploads it;
it is checked by the same loader as the CLI's (`sakip.berkas.daerah`), all or nothing, and every changed value is
recorded in the history."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from sakip.berkas.baca import BerkasTidakValid, Masalah
from sakip.berkas.daerah import baca_teks_daerah, daerah_ke_dict, tulis_daerah
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import Aktor, pastikan_admin
from sakip.web.organisasi.models import Pemda
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat_banyak, ratakan

from .models import BerkasDaerahTahun

MAKS_UKURAN = 2 * 1024 * 1024  # a district file is a few hundred kB at most; the loader bounds it again


def _pastikan_pemda(aktor: Aktor, pemda: Pemda) -> None:
    pastikan_admin(aktor)
    if aktor.pemda_id is not None and aktor.pemda_id != pemda.pk:
        raise AlurDitolak("Anda hanya dapat mengubah berkas daerah pemda Anda sendiri.")


def berkas_daerah_simpan(
    *, aktor: Aktor, pemda: Pemda, isi: bytes, nama_berkas: str, alasan: str, versi: int | None = None
) -> BerkasDaerahTahun:
    """Store the uploaded district file (YAML or JSON) for its year. Raises `BerkasTidakValid` with every problem,
    `AlurDitolak` when it names another pemda, `KonflikVersi` when someone saved the year's file since `versi`."""
    _pastikan_pemda(aktor, pemda)
    if len(isi) > MAKS_UKURAN:
        raise AlurDitolak(f"Berkas terlalu besar (maksimal {MAKS_UKURAN // (1024 * 1024)} MB).")
    try:
        teks = isi.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BerkasTidakValid([Masalah("", "berkas bukan teks UTF-8 (YAML atau JSON)")], nama_berkas) from None
    jenis = "json" if nama_berkas.lower().endswith(".json") else "yaml"
    b = baca_teks_daerah(teks, sumber=nama_berkas, jenis=jenis)
    if b.pemda.strip().casefold() != pemda.nama.strip().casefold():
        raise AlurDitolak(f"Berkas ini milik '{b.pemda}', bukan {pemda.nama}.")
    kanonik = tulis_daerah(b)
    with transaction.atomic():
        lama = BerkasDaerahTahun.objects.select_for_update().filter(pemda=pemda, tahun=b.tahun).first()
        if lama is not None and versi is not None and versi != lama.versi:
            raise KonflikVersi(f"berkas daerah {pemda.nama} {b.tahun}")
        sebelum = daerah_ke_dict(baca_teks_daerah(lama.isi, sumber="basis data")) if lama else None
        # Every value of the file under one object per pemda (the path names the sasaran, indicator and year), so the
        # district page lists its own history whatever the keys inside the file are.
        objek = f"daerah:{pemda.pk}"
        lama_nilai = {j: v for j, (_, v) in ratakan(sebelum or {}).items()}
        baru_nilai = {j: v for j, (_, v) in ratakan(daerah_ke_dict(b)).items()}
        n = perubahan_catat_banyak(
            aktor=aktor,
            baris=[
                (None, b.tahun, objek, jalur, lama_nilai.get(jalur, ""), baru_nilai.get(jalur, ""))
                for jalur in sorted(set(lama_nilai) | set(baru_nilai))
            ],
            alasan=alasan.strip() or f"unggah berkas daerah '{nama_berkas}'",
            sumber=Perubahan.IMPOR,
        )
        if lama is None:
            return BerkasDaerahTahun.objects.create(pemda=pemda, tahun=b.tahun, isi=kanonik)
        if n:
            BerkasDaerahTahun.objects.filter(pk=lama.pk).update(isi=kanonik, versi=F("versi") + 1)
            lama.refresh_from_db()
        return lama
