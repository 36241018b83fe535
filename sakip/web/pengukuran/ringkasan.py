"""Headline figures per agency-year kept for recaps across many pemda (models.RingkasanCapaian).

A province or the ministry may look at tens of thousands of agencies; measuring each while the page waits cannot
scale. So every agency-year has a row with what the engine last computed (mean capaian, predikat, pagu,
realisasi) and the versions it computed them from. A row is stale when its agency-year, agency or pemda has been
written since (compared in SQL, so finding the stale ones out of 25.000 is one query) or when data another app
adds to the measurement changed (`usangkan`). The workers recompute stale rows in the background (`antrekan_usang`
runs in every worker's upkeep); a recap with only a few stale rows computes them on the spot, so a small
installation never shows an old figure and needs no worker for this.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from sakip.berkas.baca import BerkasTidakValid
from sakip.core.angka import persen
from sakip.core.rekap_wilayah import RekapPemda, RingkasanPd, rekap_ringkasan
from sakip.web.perencanaan.models import TahunKinerja

from .models import RingkasanCapaian

# A queued row not recomputed after this long (its worker died) is queued again.
ANTRE_ULANG = timedelta(minutes=2)
# Agency-years per background task: large enough that a task's overhead is small, small enough to spread.
PER_TUGAS = 50


def _usang_q() -> Q:
    r = "ringkasan__"
    return (
        Q(ringkasan__isnull=True)
        | Q(**{r + "tanda__isnull": True})
        | ~Q(**{r + "tanda": F("tanda")})
        | ~Q(**{r + "versi_pd": F("perangkat_daerah__versi")})
        | ~Q(**{r + "versi_pemda": F("perangkat_daerah__pemda__versi")})
        | Q(**{r + "usang": True})
    )


def tahun_usang(qs=None):
    """The agency-years (of active agencies) whose row is missing or stale."""
    qs = TahunKinerja.objects.all() if qs is None else qs
    return qs.filter(perangkat_daerah__aktif=True).filter(_usang_q())


def usangkan(pd_id: int, tahun: int | None = None) -> None:
    """Data that another app adds to the measurement (survey responses, registers) changed: recompute."""
    qs = RingkasanCapaian.objects.filter(perangkat_daerah_id=pd_id)
    if tahun is not None:
        qs = qs.filter(tahun=tahun)
    qs.filter(usang=False).update(usang=True)


def perbarui(pk_daftar: Iterable[int]) -> int:
    """Recompute the rows of these agency-years with the engine (`hasil_dari_db`). Returns how many were
    written. Idempotent: recomputing a row from the same data writes the same figures."""
    from sakip.web.pertukaran.ke_berkas import hasil_dari_db

    n = 0
    sekarang = timezone.now()
    for tk in TahunKinerja.objects.filter(pk__in=list(pk_daftar)).select_related("perangkat_daerah__pemda"):
        # The versions are read before measuring: a write in between leaves the row stale, never wrongly fresh.
        nilai = {
            "pemda_id": tk.perangkat_daerah.pemda_id,
            "perangkat_daerah_id": tk.perangkat_daerah_id,
            "tahun": tk.tahun,
            "tanda": tk.tanda,
            "versi_pd": tk.perangkat_daerah.versi,
            "versi_pemda": tk.perangkat_daerah.pemda.versi,
            "dihitung_pada": sekarang,
            "diantre_pada": None,
        }
        # A mark set by `usangkan` while this row is measured must survive, so it is cleared before measuring.
        RingkasanCapaian.objects.filter(pk=tk.pk, usang=True).update(usang=False)
        try:
            h = hasil_dari_db(tk)
        except BerkasTidakValid as exc:
            kosong = dict.fromkeys(("rata_rata", "rata_rata_mentah", "batas_atas", "predikat"), "")
            kosong |= {"predikat_interpretasi": "", "predikat_warna": ""}
            nilai.update(kosong, pagu=0, realisasi=0, jumlah_indikator=0, masalah=len(exc.masalah))
        else:
            batas = h.pengaturan.batas_atas
            nilai.update(
                rata_rata=_teks(h.rata_rata),
                rata_rata_mentah=_teks(h.rata_rata_mentah),
                batas_atas=_teks(batas),
                predikat=h.predikat.kode if h.predikat else "",
                predikat_interpretasi=h.predikat.interpretasi[:120] if h.predikat else "",
                predikat_warna=h.predikat.warna[:20] if h.predikat else "",
                pagu=h.anggaran.pagu,
                realisasi=h.anggaran.realisasi,
                jumlah_indikator=len(h.semua_indikator_sasaran()),
                masalah=0,
            )
        RingkasanCapaian.objects.update_or_create(tahun_kinerja_id=tk.pk, defaults=nilai)
        n += 1
    return n


def _teks(x: Decimal | None) -> str:
    return "" if x is None else str(x)


def _desimal(x: str) -> Decimal | None:
    return Decimal(x) if x else None


@dataclass(frozen=True)
class Predikat:
    kode: str
    interpretasi: str
    warna: str


@dataclass(frozen=True)
class Anggaran:
    pagu: Decimal
    realisasi: Decimal

    @property
    def serapan(self) -> Decimal | None:
        return persen(self.realisasi, self.pagu)


@dataclass(frozen=True)
class HasilTersimpan:
    """A kept row in the shape the overview reads from a measurement (rata_rata, predikat, anggaran …)."""

    rata_rata: Decimal | None
    rata_rata_mentah: Decimal | None
    batas_atas: Decimal | None
    predikat: Predikat | None
    anggaran: Anggaran
    jumlah_indikator: int

    @classmethod
    def dari(cls, r: RingkasanCapaian) -> HasilTersimpan:
        p = Predikat(r.predikat, r.predikat_interpretasi, r.predikat_warna) if r.predikat else None
        return cls(
            _desimal(r.rata_rata),
            _desimal(r.rata_rata_mentah),
            _desimal(r.batas_atas),
            p,
            Anggaran(r.pagu, r.realisasi),
            r.jumlah_indikator,
        )


def hasil_tersimpan(tk_qs) -> dict[int, tuple[HasilTersimpan | None, int]]:
    """agency-year pk → (its kept figures, or None when its data cannot be measured yet; the number of problems),
    every stale one recomputed first: for one pemda's overview (tens of agencies), always current."""
    perbarui(tahun_usang(tk_qs).values_list("pk", flat=True))
    return {
        r.pk: (None, r.masalah) if r.masalah else (HasilTersimpan.dari(r), 0)
        for r in RingkasanCapaian.objects.filter(tahun_kinerja__in=tk_qs)
    }


def antrekan_usang(*, tahun: int | None = None, semua: bool = False, batas: int | None = None) -> int:
    """Queue the stale rows (or, with `semua`, every agency-year) for the workers, PER_TUGAS per task, skipping
    rows queued less than ANTRE_ULANG ago. Returns how many agency-years were queued."""
    from .tugas import antrekan

    qs = TahunKinerja.objects.filter(perangkat_daerah__aktif=True) if semua else tahun_usang()
    if tahun is not None:
        qs = qs.filter(tahun=tahun)
    sekarang = timezone.now()
    if not semua:
        qs = qs.filter(
            Q(ringkasan__isnull=True)
            | Q(ringkasan__diantre_pada__isnull=True)
            | Q(ringkasan__diantre_pada__lt=sekarang - ANTRE_ULANG)
        )
    pk_daftar = list(qs.order_by("pk").values_list("pk", flat=True)[:batas])
    if not pk_daftar:
        return 0
    _tandai_diantre(pk_daftar, sekarang)
    for i in range(0, len(pk_daftar), PER_TUGAS):
        antrekan(pk_daftar[i : i + PER_TUGAS])
    return len(pk_daftar)


def _tandai_diantre(pk_daftar: list[int], waktu: datetime) -> None:
    ada = set(RingkasanCapaian.objects.filter(pk__in=pk_daftar).values_list("pk", flat=True))
    baru = [
        RingkasanCapaian(tahun_kinerja_id=pk, perangkat_daerah_id=pd, pemda_id=pemda, tahun=t, diantre_pada=waktu)
        for pk, pd, pemda, t in TahunKinerja.objects.filter(pk__in=[p for p in pk_daftar if p not in ada]).values_list(
            "pk", "perangkat_daerah_id", "perangkat_daerah__pemda_id", "tahun"
        )
    ]
    with transaction.atomic():
        RingkasanCapaian.objects.bulk_create(baru, batch_size=1000, ignore_conflicts=True)
        for i in range(0, len(pk_daftar), 1000):
            RingkasanCapaian.objects.filter(pk__in=pk_daftar[i : i + 1000]).update(diantre_pada=waktu)


@dataclass
class RekapNasional:
    pemda: list[RekapPemda]
    jumlah_usang: int  # agency-years whose figures are being recomputed by the workers (shown as they were)
    dihitung_pada: datetime | None  # the oldest computation the recap rests on


def rekap_nasional(*, pd_qs, tahun: int) -> RekapNasional:
    """The recap per pemda of the agencies in `pd_qs` (already limited to what the reader may see) for a year,
    from the kept rows. Up to SAKIP_RINGKASAN_SINKRON stale rows are recomputed now; more are queued."""
    tk_qs = TahunKinerja.objects.filter(tahun=tahun, perangkat_daerah__in=pd_qs.filter(aktif=True))
    usang = list(tahun_usang(tk_qs).values_list("pk", flat=True)[: settings.SAKIP_RINGKASAN_SINKRON + 1])
    jumlah_usang = 0
    if len(usang) <= settings.SAKIP_RINGKASAN_SINKRON:
        perbarui(usang)
    else:
        antrekan_usang(tahun=tahun)
        jumlah_usang = tahun_usang(tk_qs).count()
    kolom = ("pemda__nama", "rata_rata", "predikat", "pagu", "realisasi", "masalah", "dihitung_pada")
    nilai = RingkasanCapaian.objects.filter(tahun_kinerja__in=tk_qs).values_list(*kolom)
    baris: list[tuple[str, RingkasanPd | None]] = []
    tertua = None
    for pemda, rata, predikat, pagu, realisasi, masalah, dihitung in nilai.iterator(chunk_size=5000):
        if dihitung is None or masalah:
            baris.append((pemda, None))
            continue
        tertua = dihitung if tertua is None or dihitung < tertua else tertua
        baris.append((pemda, RingkasanPd(Decimal(rata) if rata else None, predikat or None, pagu, realisasi)))
    # Agencies with no performance year at all still count in their pemda.
    tanpa = pd_qs.filter(aktif=True).exclude(tahun_kinerja__tahun=tahun).values_list("pemda__nama", flat=True)
    baris.extend((p, None) for p in tanpa)
    return RekapNasional(rekap_ringkasan(baris), jumlah_usang, tertua)
