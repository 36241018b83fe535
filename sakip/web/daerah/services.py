"""Writing the district file (RPJMD and Bappeda's realisasi) of a pemda-year: the admin of that pemda uploads it;
it is checked by the same loader as the CLI's (`sakip.berkas.daerah`), all or nothing, and every changed value is
recorded in the history."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import F

from sakip.berkas.baca import BerkasTidakValid, Masalah
from sakip.berkas.daerah import baca_teks_daerah, daerah_ke_dict, tulis_daerah
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import Aktor, pastikan_admin, pastikan_ubah_pd
from sakip.web.organisasi.models import Pemda
from sakip.web.perencanaan.models import Sasaran, TahunKinerja, Tujuan
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat, perubahan_catat_banyak, ratakan

from .models import BerkasDaerahTahun, TautanRpjmd

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


# --- an agency's links to the RPJMD ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IsianTautan:
    """One row of the links form, as typed."""

    sasaran: str
    indikator: str = ""
    indikator_opd: str = ""
    kontribusi: str = ""


def _teks_tautan(daftar) -> str:
    bagian = []
    for t in daftar:
        x = t.sasaran_rpjmd + (f"/{t.indikator_rpjmd}" if t.indikator_rpjmd else "")
        lain = [
            v
            for v in (t.indikator_opd, f"{format(t.kontribusi.normalize(), 'f')}%" if t.kontribusi is not None else "")
            if v
        ]
        bagian.append(x + (f" ({', '.join(lain)})" if lain else ""))
    return "; ".join(bagian)


def tautan_rpjmd_ubah(
    *, aktor: Aktor, tk: TahunKinerja, induk: Tujuan | Sasaran, isian: list[IsianTautan], alasan: str
) -> list[TautanRpjmd]:
    """Replace the RPJMD links of one Renstra tujuan or sasaran (the agency's operator or the admin). Checked against
    the district file of the year when Bappeda has uploaded one (codes must exist there); the agency indicator must be
    one of this tujuan/sasaran's; a contribution is a percentage above 0 up to 100. All rows or none, with the row
    number of each problem; the change is in the history."""
    from sakip.berkas.daerah import baca_teks_daerah
    from sakip.core.angka import AngkaTidakValid, parse_angka
    from sakip.web.perencanaan.models import Indikator
    from sakip.web.perencanaan.services import pastikan_tahun_terbuka, tahun_kinerja_sentuh

    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    if not alasan.strip():
        raise AlurDitolak("Alasan perubahan wajib diisi.")
    jenis = "sasaran" if isinstance(induk, Sasaran) else "tujuan"
    rekaman = BerkasDaerahTahun.objects.filter(pemda=tk.perangkat_daerah.pemda, tahun=tk.tahun).first()
    rpjmd = baca_teks_daerah(rekaman.isi, sumber="basis data").rpjmd if rekaman else None
    milik = set(Indikator.objects.filter(**{jenis: induk}).values_list("kode", flat=True))
    masalah, baru, sudah = [], [], set()
    for n, x in enumerate(isian, 1):
        s, i, o, k = (v.strip() for v in (x.sasaran, x.indikator, x.indikator_opd, x.kontribusi))
        if not (s or i or o or k):
            continue
        if not s:
            masalah.append(f"baris {n}: sasaran RPJMD wajib diisi")
            continue
        if rpjmd is not None:
            sr = rpjmd.cari_sasaran(s)
            if sr is None:
                masalah.append(f"baris {n}: sasaran RPJMD '{s}' tidak ada di RPJMD {rekaman.pemda.nama}")
                continue
            if i and i not in {x.id for x in sr.indikator}:
                masalah.append(f"baris {n}: indikator '{i}' bukan indikator sasaran RPJMD '{s}'")
                continue
        if o and o not in milik:
            masalah.append(f"baris {n}: indikator '{o}' bukan indikator {jenis} {induk.kode}")
            continue
        kontribusi = None
        if k:
            try:
                kontribusi = parse_angka(k.rstrip("%").strip())
            except AngkaTidakValid as exc:
                masalah.append(f"baris {n}: kontribusi '{k}': {exc}")
                continue
            if not Decimal(0) < kontribusi <= Decimal(100):
                masalah.append(f"baris {n}: kontribusi harus lebih dari 0 dan paling besar 100%")
                continue
        if (s, i, o) in sudah:
            masalah.append(f"baris {n}: tautan ke {s}{'/' + i if i else ''} sudah ada di baris lain")
            continue
        sudah.add((s, i, o))
        baru.append(
            TautanRpjmd(
                sasaran_rpjmd=s,
                indikator_rpjmd=i,
                indikator_opd=o,
                kontribusi=kontribusi,
                urutan=len(baru),
                **{jenis: induk},
            )
        )
    if masalah:
        raise AlurDitolak("Tidak ada yang disimpan: " + "; ".join(masalah) + ".")
    with transaction.atomic():
        lama = list(TautanRpjmd.objects.select_for_update().filter(**{jenis: induk}).order_by("urutan", "id"))
        if _teks_tautan(lama) == _teks_tautan(baru):
            return lama
        TautanRpjmd.objects.filter(**{jenis: induk}).delete()
        TautanRpjmd.objects.bulk_create(baru)
        perubahan_catat(
            aktor=aktor,
            pd_id=tk.perangkat_daerah_id,
            tahun=None,  # the Renstra's, not one year's
            objek=f"{jenis}:{induk.kode}",
            medan="tautan_rpjmd",
            lama=_teks_tautan(lama),
            baru=_teks_tautan(baru),
            alasan=alasan,
            label=induk.uraian,
        )
        tahun_kinerja_sentuh(tk=tk, renstra=True)
    return baru
