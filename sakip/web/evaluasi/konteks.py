"""The facts evidence rules need, read from the database: the berkas and its measurement (the one ORM → core
conversion, `ke_berkas`), quarterly workflow, the reviu and publication of the LKjIP, last year's recommendations."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from django.urls import reverse

from sakip.core.lke.bukti import KonteksBukti, LaporanKinerja, PengisianTriwulan, RekomendasiLalu, Rujukan
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.ke_berkas import hasil_dari_db


def _akhir_triwulan(tahun: int, triwulan: int) -> date:
    bulan = triwulan * 3
    return date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])


def konteks_bukti(tk: TahunKinerja, *, hari_ini: date | None = None) -> KonteksBukti:
    hasil = hasil_dari_db(tk)
    hari_ini = hari_ini or date.today()
    batas_hari = tk.perangkat_daerah.pemda.batas_hari_pelaporan
    periode = {p.triwulan: p for p in PeriodeRealisasi.objects.filter(tahun_kinerja=tk)}
    pengisian = []
    for t in (1, 2, 3, 4):
        akhir = _akhir_triwulan(tk.tahun, t)
        if akhir >= hari_ini:
            continue  # a quarter still running is not late yet
        p = periode.get(t)
        batas = akhir + timedelta(days=batas_hari)
        diisi = p is not None and (p.diisi_pada is not None or p.status != PeriodeRealisasi.DRAFT)
        tepat = None if p is None or p.diajukan_pada is None else p.diajukan_pada.date() <= batas
        diverifikasi = p is not None and p.status in (PeriodeRealisasi.DIVERIFIKASI, PeriodeRealisasi.DIKUNCI)
        pengisian.append(PengisianTriwulan(t, diisi, tepat, diverifikasi))
    return KonteksBukti(
        berkas=hasil.berkas,
        hasil=hasil,
        pengisian=tuple(pengisian),
        laporan=_laporan(tk, hasil.berkas),
        rekomendasi_lalu=_rekomendasi_lalu(tk),
        iku_sebelumnya=_iku_sebelumnya(tk),
        dari_aplikasi=True,
    )


def _iku_sebelumnya(tk: TahunKinerja) -> dict[int, tuple[str, ...]]:
    """The IKU (indicator names) of the agency's earlier years in the same Renstra period: what "IKU not changed
    within the period" compares with. Years with no IKU recorded are left out (unknown, not "changed")."""
    from sakip.web.perencanaan.models import IkuIndikator

    awal = tk.renstra.periode_awal
    hasil: dict[int, list[str]] = {}
    for tahun, nama in (
        IkuIndikator.objects.filter(
            tahun_kinerja__perangkat_daerah_id=tk.perangkat_daerah_id,
            tahun_kinerja__tahun__gte=awal,
            tahun_kinerja__tahun__lt=tk.tahun,
        )
        .order_by("tahun_kinerja__tahun", "urutan", "id")
        .values_list("tahun_kinerja__tahun", "indikator__nama")
    ):
        hasil.setdefault(tahun, []).append(nama)
    return {t: tuple(n) for t, n in hasil.items()}


def _laporan(tk: TahunKinerja, berkas) -> LaporanKinerja:
    from sakip.core.reviu import Tingkat
    from sakip.web.dokumen.models import Pekerjaan
    from sakip.web.reviu import selectors as reviu

    r = reviu.ringkasan(tk)
    dibuat = (
        r.penetapan_lkjip is not None
        or Pekerjaan.objects.filter(tahun_kinerja=tk, dokumen="lkjip", status=Pekerjaan.SELESAI).exists()
    )
    galat_total = sum(1 for x in reviu.temuan_terakhir(tk) if x.temuan.tingkat is Tingkat.GALAT) if r.jalan else 0
    return LaporanKinerja(
        dibuat_sistem=dibuat,
        tanggal=berkas.laporan.tanggal,
        direviu=r.jalan is not None,
        galat_total=galat_total,
        galat_terbuka=r.galat_terbuka,
        diterbitkan_pada=tk.diterbitkan_pada.date() if tk.diterbitkan and tk.diterbitkan_pada else None,
    )


def _rekomendasi_lalu(tk: TahunKinerja) -> tuple[RekomendasiLalu, ...] | None:
    from .models import Evaluasi, Jawaban

    lalu = Evaluasi.objects.filter(
        tahun_kinerja__perangkat_daerah_id=tk.perangkat_daerah_id,
        tahun_kinerja__tahun=tk.tahun - 1,
        status=Evaluasi.FINAL,
    ).first()
    if lalu is None:
        return None
    return tuple(
        RekomendasiLalu(j.rekomendasi, bool(j.tanggapan.strip()), j.tanggapan)
        for j in Jawaban.objects.filter(evaluasi=lalu).exclude(rekomendasi="")
    )


URL_RUJUKAN = {
    "renstra": "perencanaan:rencana",
    "iku": "perencanaan:rencana",
    "rkt": "perencanaan:rencana",
    "pk": "perencanaan:pk",
    "realisasi": "pengukuran:daftar",
    "anggaran": "anggaran:ringkasan",
    "laporan": "dokumen:daftar",
    "reviu": "reviu:ringkasan",
    "survei": "survei:hasil",
    "register": "register:ringkasan",
}


def tautan(r: Rujukan, tk: TahunKinerja) -> str:
    """The page of a record an evidence reason points at."""
    kw = {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun}
    if r.jenis == "indikator" and r.kunci:
        return reverse("dasbor:indikator", kwargs={**kw, "kode": r.kunci})
    if r.jenis == "evaluasi":
        return reverse("evaluasi:lembar", kwargs={**kw, "tahun": tk.tahun - 1})
    return reverse(URL_RUJUKAN.get(r.jenis, "dasbor:dasbor"), kwargs=kw)
