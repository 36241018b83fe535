"""SIPD exports in the web app: upload, preview every change and every row not taken, then apply in one
transaction (or cancel). The reading and the rules are `sakip.berkas.sipd` (the same as `sakip sipd`); the header
mapping is the setting ``SAKIP_SIPD_PEMETAAN`` (docs/pertukaran.md).

Applying: changes to existing sub kegiatan (pagu, pagu murni, belanja modal, realisation per quarter or per year)
are written row by row with the workbook's writer, each recorded in the history (sumber "impor"). An export that
adds programs, kegiatan or sub kegiatan, or renames them, is applied as a re-import of the whole year
(`berkas_impor`, which records the difference), which needs every quarter of the year open. Quarters the workflow
has closed are refused, with the reason. Afterwards the year is read back and must equal the previewed result.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from sakip.berkas.excel import ExcelTidakValid, MasalahSel
from sakip.berkas.sipd import REALISASI, STRUKTUR, HasilSipd, Pemetaan, impor_sipd
from sakip.berkas.tulis import tulis_berkas
from sakip.web.inti.galat import AlurDitolak, TidakDitemukan
from sakip.web.organisasi.akses import Aktor, TidakBerwenang, pastikan_ubah_pd
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.perencanaan.services import tahun_kinerja_sentuh
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat

from .excel import _Tulis, kunci_excel
from .ke_berkas import berkas_dari_db
from .models import UnggahanSipd

MAKS_UKURAN = 10 * 1024 * 1024
SIMPAN_PRATINJAU = timedelta(days=2)
# What the row-by-row writer takes; anything else (new rows, names) goes through the whole-year import.
_MEDAN_BARIS = ("pagu", "pagu_murni", "belanja_modal", "anggaran", "anggaran_tw")


def pemetaan_setelan() -> Pemetaan:
    try:
        return Pemetaan.dari_dict(getattr(settings, "SAKIP_SIPD_PEMETAAN", None) or {})
    except ValueError as exc:
        raise AlurDitolak(f"Setelan SAKIP_SIPD_PEMETAAN tidak sah: {exc}. Hubungi admin server.") from None


def _kunci(tk: TahunKinerja, hasil: HasilSipd) -> list[MasalahSel]:
    """Changes the workflow has closed (the same locks as the workbook)."""
    k = kunci_excel(tk)
    masalah = []
    for p in hasil.perubahan:
        medan, _, ke = p.medan.partition(":")
        alasan = None
        if medan == "anggaran_tw":
            alasan = k.triwulan.get(int(ke))
        elif medan == "anggaran":
            alasan = k.triwulan.get(4)
        elif k.rencana:
            alasan = k.rencana
        if alasan:
            masalah.append(MasalahSel("SIPD", p.baris, "", p.kode, f"{p.label}: {alasan}"))
    return masalah


def _baca(tk: TahunKinerja, data: bytes, nama_berkas: str, jenis: str, triwulan: int | None) -> HasilSipd:
    if jenis not in (STRUKTUR, REALISASI):
        raise AlurDitolak("Pilih jenis ekspor: struktur anggaran atau realisasi anggaran.")
    if triwulan is not None and (jenis != REALISASI or triwulan not in (1, 2, 3, 4)):
        raise AlurDitolak("Triwulan hanya untuk realisasi, 1–4.")
    hasil = impor_sipd(
        data, berkas_dari_db(tk), jenis=jenis, triwulan=triwulan, pemetaan=pemetaan_setelan(), nama_berkas=nama_berkas
    )
    masalah = _kunci(tk, hasil)
    if masalah:
        raise ExcelTidakValid(masalah, nama_berkas)
    return hasil


def sipd_pratinjau(
    *, aktor: Aktor, tk: TahunKinerja, data: bytes, nama_berkas: str, jenis: str, triwulan: int | None
) -> UnggahanSipd:
    """Read an export against the current data. Raises `ExcelTidakValid` (nothing kept) or returns the preview."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    if len(data) > MAKS_UKURAN:
        raise AlurDitolak(f"Berkas terlalu besar (maksimal {MAKS_UKURAN // (1024 * 1024)} MB).")
    hasil = _baca(tk, data, nama_berkas, jenis, triwulan)
    UnggahanSipd.objects.filter(status=UnggahanSipd.PRATINJAU, dibuat__lt=timezone.now() - SIMPAN_PRATINJAU).update(
        status=UnggahanSipd.DIBATALKAN, isi=b""
    )
    return UnggahanSipd.objects.create(
        tahun_kinerja=tk,
        pengguna=aktor.pengguna,
        nama_pengguna=aktor.nama,
        nama_berkas=nama_berkas[:200],
        jenis=jenis,
        triwulan=triwulan,
        isi=data,
        versi_data=tk.versi,
        perubahan=[
            {"baris": p.baris, "kode": p.kode, "label": p.label, "lama": p.lama, "baru": p.baru}
            for p in hasil.perubahan
        ],
        catatan=[str(c) for c in hasil.catatan],
        kolom=hasil.kolom,
        jumlah_perubahan=len(hasil.perubahan),
    )


def sipd_ambil(*, aktor: Aktor, tk: TahunKinerja, id_: int) -> UnggahanSipd:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    u = UnggahanSipd.objects.filter(pk=id_, tahun_kinerja=tk).first()
    if u is None:
        raise TidakDitemukan("Unggahan SIPD tidak ditemukan.")
    return u


def sipd_milik(aktor: Aktor, u: UnggahanSipd) -> bool:
    return u.pengguna_id is not None and u.pengguna_id == getattr(aktor.pengguna, "pk", None)


def sipd_batal(*, aktor: Aktor, unggahan: UnggahanSipd) -> None:
    pastikan_ubah_pd(aktor, unggahan.tahun_kinerja.perangkat_daerah)
    if not sipd_milik(aktor, unggahan):
        raise TidakBerwenang("Pratinjau ini milik pengguna lain.")
    if unggahan.status == UnggahanSipd.PRATINJAU:
        unggahan.status, unggahan.isi = UnggahanSipd.DIBATALKAN, b""
        unggahan.save(update_fields=["status", "isi"])


def sipd_terapkan(*, aktor: Aktor, unggahan: UnggahanSipd, alasan: str = "") -> int:
    """Apply a previewed export: all of it or nothing. Returns the number of values changed."""
    from .services import berkas_impor

    tk = unggahan.tahun_kinerja
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    if not sipd_milik(aktor, unggahan):
        raise TidakBerwenang("Pratinjau ini milik pengguna lain; unggah ekspor Anda sendiri.")
    if unggahan.status != UnggahanSipd.PRATINJAU:
        raise AlurDitolak(f"Unggahan ini sudah {unggahan.get_status_display()}; unggah ekspor lagi bila perlu.")
    catatan = f"impor SIPD {unggahan.jenis} '{unggahan.nama_berkas}' (#{unggahan.pk})" + (
        f": {alasan.strip()}" if alasan.strip() else ""
    )
    with transaction.atomic():
        tk = TahunKinerja.objects.select_for_update().select_related("perangkat_daerah", "renstra").get(pk=tk.pk)
        if tk.versi != unggahan.versi_data:
            raise AlurDitolak(
                "Data perangkat daerah-tahun ini telah berubah sejak pratinjau dibuat; unggah ekspor lagi untuk "
                "melihat perubahan terhadap data terbaru."
            )
        hasil = _baca(tk, bytes(unggahan.isi), unggahan.nama_berkas, unggahan.jenis, unggahan.triwulan)
        baris = all(p.kunci.startswith("sub:") and p.medan.partition(":")[0] in _MEDAN_BARIS for p in hasil.perubahan)
        if not baris:
            berkas_impor(
                aktor=aktor,
                teks=tulis_berkas(hasil.berkas),
                pd=tk.perangkat_daerah,
                alasan=catatan,
                nama_berkas=unggahan.nama_berkas,
            )
        else:
            tulis = _Tulis(tk)
            for p in hasil.perubahan:
                medan, _, ke = p.medan.partition(":")
                tulis._sub(p.kunci.partition(":")[2], medan, ke, p.nilai)
                perubahan_catat(
                    aktor=aktor,
                    pd_id=tk.perangkat_daerah_id,
                    tahun=tk.tahun,
                    objek=f"sub_kegiatan:{p.kode}",
                    medan=p.label.partition(" · ")[2] or p.label,
                    lama="" if p.lama in ("-", "(kosong)") else p.lama,
                    baru="" if p.baru in ("-", "(kosong)") else p.baru,
                    alasan=catatan,
                    label=p.label,
                    sumber=Perubahan.IMPOR,
                )
            for tw in tulis.triwulan:
                PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan=tw).update(
                    versi=F("versi") + 1, diisi_pada=timezone.now()
                )
            tahun_kinerja_sentuh(tk=tk)
        tk.refresh_from_db()
        if hasil.perubahan and berkas_dari_db(tk) != hasil.berkas:
            raise AlurDitolak(
                "Data yang tersimpan tidak sama dengan hasil impor SIPD; tidak ada yang disimpan (laporkan ke pengembang)."
            )
        unggahan.status = UnggahanSipd.DITERAPKAN
        unggahan.isi = b""
        unggahan.diterapkan_pada = timezone.now()
        unggahan.save(update_fields=["status", "isi", "diterapkan_pada"])
    return len(hasil.perubahan)
