"""Reads for dashboards. Figures come from `hasil_dari_db` (sakip.core.hitung); this module only selects,
orders and labels them."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db.models import Max
from django.utils import timezone

from sakip.core.hasil import HasilPengukuran
from sakip.core.peringatan import Peringatan, peringatan_dini
from sakip.core.sumber import RincianRealisasi, rincian_semua
from sakip.core.tabel import (
    tabel_anggaran,
    tabel_efisiensi,
    tabel_indikator_program,
    tabel_indikator_tujuan,
    tabel_pengukuran,
)
from sakip.web.inti.grafik import PALET, Batang, grafik_batang, grafik_garis_triwulan
from sakip.web.organisasi.akses import Aktor, pastikan_baca_pd, pastikan_pemda, pd_terlihat
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.pengukuran.ringkasan import HasilTersimpan, hasil_tersimpan
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.ke_berkas import hasil_dari_db, hasil_dari_db_banyak
from sakip.web.riwayat.models import Perubahan

LABEL_STATUS = {
    "belum": "Belum dimulai",
    "draft": "Draf",
    "diajukan": "Diajukan",
    "diverifikasi": "Diverifikasi",
    "dikembalikan": "Dikembalikan",
    "dikunci": "Dikunci",
    "terlambat": "Terlambat",
}
URUTAN_STATUS = {
    "terlambat": 0,
    "dikembalikan": 1,
    "belum": 2,
    "draft": 3,
    "diajukan": 4,
    "diverifikasi": 5,
    "dikunci": 6,
}


def batas_waktu(tahun: int, triwulan: int, hari: int) -> date:
    """When a quarter's realisation is due: the quarter's last day plus the district's grace days."""
    bulan = 3 * triwulan
    akhir = date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])
    return akhir + timedelta(days=hari)


@dataclass
class StatusPeriode:
    triwulan: int
    status: str  # key of LABEL_STATUS
    batas: date
    periode: PeriodeRealisasi | None = None

    @property
    def label(self) -> str:
        return LABEL_STATUS[self.status]


def status_periode(tk: TahunKinerja | None, tahun: int, hari: int, hari_ini: date | None = None) -> list[StatusPeriode]:
    hari_ini = hari_ini or timezone.localdate()
    per = {p.triwulan: p for p in tk.periode.all()} if tk is not None else {}
    hasil = []
    for tw in (1, 2, 3, 4):
        p = per.get(tw)
        batas = batas_waktu(tahun, tw, hari)
        if p is None or (p.status == PeriodeRealisasi.DRAFT and p.diisi_pada is None):
            s = "belum"
        else:
            s = p.status
        if s in ("belum", "draft", "dikembalikan") and hari_ini > batas:
            s = "terlambat"
        hasil.append(StatusPeriode(tw, s, batas, p))
    return hasil


@dataclass
class DasborPd:
    tk: TahunKinerja
    hasil: HasilPengukuran
    periode: list[StatusPeriode]
    tabel: list
    grafik_capaian: str
    grafik_triwulan: str
    grafik_serapan: str
    serapan_triwulan: list[tuple[int, Decimal | None, Decimal, Decimal]]  # (tw, serapan s.d. tw, realisasi, pagu)
    grafik_serapan_triwulan: str
    tahun_lain: list[int] = field(default_factory=list)
    # Indicators whose realisasi has a source (survey, register): computed and typed values, which is measured.
    rincian: dict[str, RincianRealisasi] = field(default_factory=dict)
    peringatan: list[Peringatan] = field(default_factory=list)  # rencana aksi off track, quarters ended so far


def triwulan_berjalan(tahun: int, hari_ini: date | None = None) -> int:
    """The last quarter of `tahun` that has ended (0 before the end of TW I; 4 for a past year)."""
    hari_ini = hari_ini or date.today()
    if hari_ini.year != tahun:
        return 4 if hari_ini.year > tahun else 0
    return (hari_ini.month - 1) // 3


def peringatan_sampai(h: HasilPengukuran, tahun: int, hari_ini: date | None = None) -> list[Peringatan]:
    """Early warnings of every quarter that has ended or has a realisation, newest quarter first."""
    kini = max(triwulan_berjalan(tahun, hari_ini), h.triwulan_terakhir or 0)
    return [p for tw in range(kini, 0, -1) for p in peringatan_dini(h, tw)]


def dasbor_pd(*, aktor: Aktor, tk: TahunKinerja) -> DasborPd:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    h = hasil_dari_db(tk)
    skala = h.pengaturan.skala_predikat
    batang = []
    for hi in h.indikator_tujuan + h.semua_indikator_sasaran():
        nilai = hi.capaian.nilai if hi.capaian.dihitung else None
        batang.append(
            Batang(
                f"{hi.indikator.id} {hi.indikator.nama}",
                nilai,
                hi.predikat.warna if hi.predikat else "#9e9e9e",
                hi.capaian.tampil(),
            )
        )
    seri = []
    for n, hi in enumerate(h.semua_indikator_sasaran()):
        nilai = [
            (hi.capaian_triwulan[tw].nilai if tw in hi.capaian_triwulan and hi.capaian_triwulan[tw].dihitung else None)
            for tw in (1, 2, 3, 4)
        ]
        seri.append((hi.indikator.id, nilai, PALET[n % len(PALET)]))
    serapan = [Batang(f"{p.kode} {p.nama}", p.serapan, "#14507a") for p in h.anggaran.anak]
    per_tw = []
    sampai = hasil_dari_db_banyak(tk, [frozenset(range(1, tw + 1)) for tw in (1, 2, 3, 4)])
    for tw, ht in zip((1, 2, 3, 4), sampai, strict=True):
        per_tw.append((tw, ht.anggaran.serapan, ht.anggaran.realisasi, ht.anggaran.pagu))
    pemda = tk.perangkat_daerah.pemda
    return DasborPd(
        tk=tk,
        hasil=h,
        periode=status_periode(tk, tk.tahun, pemda.batas_hari_pelaporan),
        tabel=[tabel_indikator_tujuan(h), tabel_pengukuran(h), tabel_indikator_program(h), tabel_efisiensi(h)],
        grafik_capaian=grafik_batang(f"Capaian indikator {h.tahun} (warna = predikat, skala {skala.kode})", batang),
        grafik_triwulan=grafik_garis_triwulan("Capaian s.d. triwulan", seri),
        grafik_serapan=grafik_batang("Serapan anggaran per program", serapan, garis=None, maks=Decimal(100)),
        serapan_triwulan=per_tw,
        grafik_serapan_triwulan=grafik_garis_triwulan(
            "Serapan anggaran kumulatif s.d. triwulan",
            [("Serapan", [x[1] for x in per_tw], "#14507a")],
            maks=Decimal(100),
        ),
        tahun_lain=list(
            TahunKinerja.objects.filter(perangkat_daerah=tk.perangkat_daerah).values_list("tahun", flat=True)
        ),
        rincian=rincian_semua(h.berkas, h.pengaturan),
        peringatan=peringatan_sampai(h, tk.tahun),
    )


def tabel_anggaran_pd(*, aktor: Aktor, tk: TahunKinerja):
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    return tabel_anggaran(hasil_dari_db(tk))


@dataclass
class BarisIkhtisar:
    pd: PerangkatDaerah
    tk: TahunKinerja | None
    hasil: HasilTersimpan | None  # the kept figures (pengukuran.ringkasan), current when the overview is built
    periode: list[StatusPeriode]
    terakhir_diubah: datetime | None
    hari_sejak: int | None
    masalah: int  # problems that keep the data from being measured yet

    @property
    def status_terburuk(self) -> str:
        return min((p.status for p in self.periode), key=lambda s: URUTAN_STATUS[s])

    @property
    def perlu_ditagih(self) -> bool:
        terlambat = any(p.status == "terlambat" for p in self.periode)
        basi = self.hari_sejak is None or self.hari_sejak > 30
        belum_kunci = any(p.status != "dikunci" for p in self.periode)
        return terlambat or (basi and belum_kunci)


KOLOM_URUT = {"nama", "capaian", "serapan", "status", "basi"}


def ikhtisar_pemda(
    *, aktor: Aktor, tahun: int, urut: str = "nama", turun: bool = False, pemda_id: int | None = None
) -> list[BarisIkhtisar]:
    """Every agency × quarter of a year with its status, capaian, absorption and staleness (of one pemda
    with `pemda_id`)."""
    pastikan_pemda(aktor)
    pd_qs = pd_terlihat(aktor).filter(aktif=True)
    if pemda_id is not None:
        pd_qs = pd_qs.filter(pemda_id=pemda_id)
    tk_per_pd = {
        tk.perangkat_daerah_id: tk
        for tk in TahunKinerja.objects.filter(tahun=tahun, perangkat_daerah__in=pd_qs)
        .select_related("perangkat_daerah__pemda", "renstra")
        .prefetch_related("periode")
    }
    terakhir = dict(
        Perubahan.objects.filter(tahun=tahun, perangkat_daerah__in=pd_qs)
        .values("perangkat_daerah")
        .annotate(m=Max("waktu"))
        .values_list("perangkat_daerah", "m")
    )
    sekarang = timezone.now()
    baris = []
    # The kept figures (every stale one recomputed first): 50 agencies' measurements are not looked up one by one.
    tersimpan = hasil_tersimpan(TahunKinerja.objects.filter(pk__in=[tk.pk for tk in tk_per_pd.values()]))
    for pd in pd_qs.select_related("pemda"):
        tk = tk_per_pd.get(pd.pk)
        h, masalah = tersimpan.get(tk.pk, (None, 0)) if tk is not None else (None, 0)
        t = terakhir.get(pd.pk)
        baris.append(
            BarisIkhtisar(
                pd=pd,
                tk=tk,
                hasil=h,
                periode=status_periode(tk, tahun, pd.pemda.batas_hari_pelaporan),
                terakhir_diubah=t,
                hari_sejak=(sekarang - t).days if t else None,
                masalah=masalah,
            )
        )
    kunci = {
        "nama": lambda b: b.pd.nama.lower(),
        "capaian": lambda b: (
            b.hasil is None or b.hasil.rata_rata is None,
            b.hasil.rata_rata if b.hasil and b.hasil.rata_rata is not None else Decimal(0),
        ),
        "serapan": lambda b: (
            b.hasil is None or b.hasil.anggaran.serapan is None,
            b.hasil.anggaran.serapan if b.hasil and b.hasil.anggaran.serapan is not None else Decimal(0),
        ),
        "status": lambda b: URUTAN_STATUS[b.status_terburuk],
        "basi": lambda b: -(b.hari_sejak if b.hari_sejak is not None else 10**6),
    }[urut if urut in KOLOM_URUT else "nama"]
    baris.sort(key=kunci, reverse=turun)
    return baris


def tahun_tersedia() -> list[int]:
    return sorted(set(TahunKinerja.objects.values_list("tahun", flat=True)), reverse=True)
