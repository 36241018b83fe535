"""Reads for the document pages: what an agency-year offers, a job as its requester may see it."""

from __future__ import annotations

from dataclasses import dataclass

from sakip.berkas.baca import BerkasTidakValid
from sakip.web.inti.galat import TidakDitemukan
from sakip.web.organisasi.akses import Aktor, pastikan_admin, pastikan_baca_pd, pemda_terlihat
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.ke_berkas import SEMUA, hasil_dari_db, triwulan_terkunci

from .katalog import PilihanDokumen, pilihan_dokumen
from .models import Pekerjaan


@dataclass(frozen=True)
class DaftarDokumen:
    pilihan: list[PilihanDokumen]
    masalah: list[str]  # why the data cannot make documents yet (empty when they can)
    triwulan: frozenset[int]


def dokumen_tersedia(*, tk: TahunKinerja, publik: bool = False) -> DaftarDokumen:
    triwulan = triwulan_terkunci(tk) if publik else SEMUA
    try:
        h = hasil_dari_db(tk, triwulan=triwulan)
    except BerkasTidakValid as exc:
        return DaftarDokumen([], [str(m) for m in exc.masalah], triwulan)
    return DaftarDokumen(pilihan_dokumen(h.berkas), [], triwulan)


def _terlihat(aktor: Aktor, qs):
    """An LHE made from a draft evaluation belongs to the Inspektorat and the admin until the evaluation is final."""
    from django.db.models import Q

    if aktor.reviewer or aktor.admin:
        return qs
    return qs.exclude(Q(dokumen="lhe") & ~Q(pilihan_pk="final"))


def pekerjaan_pd(*, aktor: Aktor, tk: TahunKinerja, kode: str) -> Pekerjaan:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    p = _terlihat(aktor, Pekerjaan.objects.filter(kode=_uuid(kode), tahun_kinerja=tk, publik=False)).first()
    if p is None:
        raise TidakDitemukan("Permintaan dokumen ini tidak ada (mungkin sudah dihapus setelah masa simpannya).")
    return p


def pekerjaan_publik(*, tk: TahunKinerja, kode: str) -> Pekerjaan:
    if not tk.diterbitkan:
        raise TidakDitemukan("Data kinerja ini belum diterbitkan.")
    p = Pekerjaan.objects.filter(kode=_uuid(kode), tahun_kinerja=tk, publik=True).first()
    if p is None:
        raise TidakDitemukan("Permintaan dokumen ini tidak ada (mungkin sudah dihapus setelah masa simpannya).")
    return p


def pekerjaan_kumpulan(*, aktor: Aktor, kode: str) -> Pekerjaan:
    pastikan_admin(aktor)
    p = (
        Pekerjaan.objects.filter(kode=_uuid(kode), jenis__in=Pekerjaan.JENIS_PEMDA, pemda__in=pemda_terlihat(aktor))
        .select_related("pemda")
        .first()
    )
    if p is None:
        raise TidakDitemukan("Permintaan dokumen ini tidak ada (mungkin sudah dihapus setelah masa simpannya).")
    return p


def pekerjaan_terakhir_pd(*, aktor: Aktor, tk: TahunKinerja, batas: int = 10) -> list[Pekerjaan]:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    return list(_terlihat(aktor, Pekerjaan.objects.filter(tahun_kinerja=tk, publik=False))[:batas])


def pekerjaan_terakhir_kumpulan(*, aktor: Aktor, batas: int = 10) -> list[Pekerjaan]:
    pastikan_admin(aktor)
    return list(
        Pekerjaan.objects.filter(jenis__in=Pekerjaan.JENIS_PEMDA, pemda__in=pemda_terlihat(aktor)).select_related(
            "pemda"
        )[:batas]
    )


def _uuid(kode: str):
    import uuid

    try:
        return uuid.UUID(str(kode))
    except ValueError:
        raise TidakDitemukan("Permintaan dokumen ini tidak ada.") from None
