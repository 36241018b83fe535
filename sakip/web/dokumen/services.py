"""Requests for documents. A request never renders: it queues a job (or hands back an equal one already made or
under way) for the worker (tugas.py, pekerja.py). Access is decided here, with the data the requester may see:

- operator and kepala (their own agency), admin and reviewer (every agency): the current data, drafts included;
- the public: only agency-years published for the public, measured on locked quarters only (like the public page);
- admin: every agency of the district at once, as a ZIP.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from sakip.berkas.baca import BerkasTidakValid
from sakip.web.inti.galat import AlurDitolak, TidakDitemukan
from sakip.web.organisasi.akses import PUBLIK, Aktor, pastikan_admin, pastikan_baca_pd
from sakip.web.organisasi.models import Pemda
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.ke_berkas import SEMUA, hasil_dari_db, sidik_data, triwulan_terkunci

from .katalog import FORMAT_DOKUMEN, cari_pilihan, versi_laporan
from .models import Pekerjaan
from .tugas import antrekan


class AntrianPenuh(AlurDitolak):
    """Too many public documents waiting: try again shortly."""


def _antri(**kolom) -> Pekerjaan:
    """Store a job and its task together (a task without its job, or a job no task carries, is never left)."""
    with transaction.atomic():
        p = Pekerjaan.objects.create(tahap="Menunggu giliran", **kolom)
        antrekan(p.pk)
    p.refresh_from_db(fields=["tugas"])
    return p


def retensi() -> timedelta:
    return timedelta(hours=settings.SAKIP_DOKUMEN_SIMPAN_JAM)


def _sidik(*bagian: object) -> str:
    return hashlib.sha256(repr((versi_laporan(), *bagian)).encode()).hexdigest()


def sidik_dokumen(tk: TahunKinerja, triwulan: frozenset[int], dokumen: str, format: str, pk: str, publik: bool) -> str:
    """What one document is made from: the agency-year's data (quarter selection included), the choice, the code."""
    return _sidik(Pekerjaan.DOKUMEN, sidik_data(tk, triwulan=triwulan), dokumen, format, pk, publik)


def _pakai_ulang(sidik: str) -> Pekerjaan | None:
    """A job for exactly the same output that is waiting, running, or finished with its file still kept."""
    from .pekerja import berkas_ada

    batas = timezone.now() - retensi()
    for p in Pekerjaan.objects.filter(sidik=sidik).exclude(status=Pekerjaan.GAGAL).order_by("-dibuat_pada")[:5]:
        if p.status != Pekerjaan.SELESAI:
            return p
        if p.selesai_pada and p.selesai_pada > batas and berkas_ada(p):
            return p
    return None


def dokumen_minta(
    *, aktor: Aktor, tk: TahunKinerja, dokumen: str, format: str, pk: str = "", publik: bool = False
) -> Pekerjaan:
    """Queue one document of an agency-year (or return an equal job). `publik`: the public download (published
    agency-years, locked quarters only)."""
    if publik:
        if not tk.diterbitkan:
            raise TidakDitemukan("Data kinerja ini belum diterbitkan.")
        triwulan = triwulan_terkunci(tk)
    else:
        pastikan_baca_pd(aktor, tk.perangkat_daerah)
        triwulan = SEMUA
    try:
        h = hasil_dari_db(tk, triwulan=triwulan)
    except BerkasTidakValid as exc:
        raise AlurDitolak(
            "Data tahun kinerja ini belum lengkap untuk disusun menjadi dokumen: "
            + "; ".join(str(m) for m in exc.masalah[:3])
        ) from None
    pilihan = cari_pilihan(h.berkas, dokumen, pk)
    if pilihan is None or format not in pilihan.format:
        raise AlurDitolak("Dokumen atau format ini tidak tersedia untuk tahun kinerja ini.")
    sidik = sidik_dokumen(tk, triwulan, dokumen, format, pk, publik)
    ada = _pakai_ulang(sidik)
    if ada is not None:
        return ada
    if publik and Pekerjaan.objects.filter(publik=True, status=Pekerjaan.ANTRI).count() >= (
        settings.SAKIP_DOKUMEN_ANTRIAN_PUBLIK
    ):
        raise AntrianPenuh("Antrian pembuatan dokumen sedang penuh. Silakan coba beberapa saat lagi.")
    return _antri(
        jenis=Pekerjaan.DOKUMEN,
        dokumen=dokumen,
        format=format,
        pilihan_pk=pk,
        tahun_kinerja=tk,
        tahun=tk.tahun,
        publik=publik,
        triwulan=sorted(triwulan),
        sidik=sidik,
        pemohon=aktor.pengguna if aktor.peran != PUBLIK else None,
    )


def kumpulan_minta(*, aktor: Aktor, pemda: Pemda, tahun: int, dokumen: str, format: str) -> Pekerjaan:
    """Queue one document of every active agency of the district for a year, as one ZIP (admin only)."""
    pastikan_admin(aktor)
    if format not in FORMAT_DOKUMEN.get(dokumen, ()):
        raise AlurDitolak("Dokumen atau format ini tidak tersedia.")
    if not TahunKinerja.objects.filter(
        perangkat_daerah__pemda=pemda, perangkat_daerah__aktif=True, tahun=tahun
    ).exists():
        raise AlurDitolak(f"Belum ada data perangkat daerah {pemda.nama} untuk tahun {tahun}.")
    # Data of many agencies move all the time: only a batch still waiting or running is shared.
    sidik = _sidik(Pekerjaan.KUMPULAN, pemda.pk, tahun, dokumen, format)
    ada = Pekerjaan.objects.filter(sidik=sidik, status__in=(Pekerjaan.ANTRI, Pekerjaan.BERJALAN)).first()
    if ada is not None:
        return ada
    return _antri(
        jenis=Pekerjaan.KUMPULAN,
        dokumen=dokumen,
        format=format,
        pemda=pemda,
        tahun=tahun,
        triwulan=sorted(SEMUA),
        sidik=sidik,
        pemohon=aktor.pengguna,
    )


# `pilihan_pk` of an LHE job: whether it was made from a draft evaluation (only the Inspektorat and the admin may
# fetch those) or from the final one (the agency too).
LHE_DRAF = "draf"
LHE_FINAL = "final"


def lhe_minta(*, aktor: Aktor, tk: TahunKinerja, format: str) -> Pekerjaan:
    """Queue the Laporan Hasil Evaluasi of an agency-year (`lhe_boleh` decides who may; an equal one is reused)."""
    from sakip.web.evaluasi.selectors import lhe_boleh, sidik_lhe

    ev = lhe_boleh(aktor=aktor, tk=tk)
    if format not in ("docx", "pdf"):
        raise AlurDitolak("Laporan Hasil Evaluasi tersedia sebagai Word (DOCX) atau PDF.")
    tahap = LHE_FINAL if ev.terkunci else LHE_DRAF
    sidik = _sidik("lhe", tk.pk, sidik_lhe(tk), format, versi_laporan())
    ada = _pakai_ulang(sidik)
    if ada is not None:
        return ada
    return _antri(
        jenis=Pekerjaan.DOKUMEN,
        dokumen="lhe",
        format=format,
        pilihan_pk=tahap,
        tahun_kinerja=tk,
        tahun=tk.tahun,
        triwulan=sorted(SEMUA),
        sidik=sidik,
        pemohon=aktor.pengguna,
    )


def lkjip_pemda_minta(*, aktor: Aktor, pemda: Pemda, tahun: int, format: str) -> Pekerjaan:
    """Queue the Pemda LKjIP of a year (admin of that pemda): made from the district file and every agency's data
    at the time it runs. A request still waiting or running is shared."""
    from sakip.web.daerah.models import BerkasDaerahTahun

    pastikan_admin(aktor)
    if aktor.pemda_id is not None and aktor.pemda_id != pemda.pk:
        raise AlurDitolak("Anda hanya dapat meminta dokumen pemda Anda sendiri.")
    if format not in ("docx", "pdf"):
        raise AlurDitolak("LKjIP Pemda tersedia sebagai Word (DOCX) atau PDF.")
    if not BerkasDaerahTahun.objects.filter(pemda=pemda, tahun=tahun).exists():
        raise AlurDitolak(f"Berkas daerah (RPJMD) {pemda.nama} tahun {tahun} belum diunggah.")
    sidik = _sidik(Pekerjaan.DAERAH, pemda.pk, tahun, "lkjip", format)
    ada = Pekerjaan.objects.filter(sidik=sidik, status__in=(Pekerjaan.ANTRI, Pekerjaan.BERJALAN)).first()
    if ada is not None:
        return ada
    return _antri(
        jenis=Pekerjaan.DAERAH,
        dokumen="lkjip",
        format=format,
        pemda=pemda,
        tahun=tahun,
        triwulan=sorted(SEMUA),
        sidik=sidik,
        pemohon=aktor.pengguna,
    )


def judul(p: Pekerjaan) -> str:
    return p.judul
