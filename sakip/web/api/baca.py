"""Read operations for signed-in users. Each one goes through the pages' selectors and checks
(sakip.web.organisasi.akses): an agency's operator or kepala reads only that agency, admin and Inspektorat all."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Path, Router
from ninja.pagination import paginate

from sakip.core.hasil_json import hasil_ke_dict
from sakip.web.inti.nilai import gabung_nilai
from sakip.web.organisasi.akses import pastikan_masuk, pd_terlihat
from sakip.web.pengukuran.models import NilaiTriwulan, RealisasiIndikator
from sakip.web.pengukuran.selectors import periode_daftar
from sakip.web.perencanaan.models import Indikator, SubKegiatan
from sakip.web.perencanaan.selectors import pk_daftar, tahun_kinerja_daftar
from sakip.web.pertukaran.ke_berkas import hasil_dari_db

from .dasar import Halaman, aktor, pd_ambil, tk_ambil
from .skema import (
    AnggaranKeluar,
    Galat,
    PerangkatDaerahKeluar,
    PeriodeKeluar,
    RealisasiKeluar,
    RencanaKeluar,
    TahunKeluar,
)

router = Router(tags=["baca"])

SLUG = Path(
    ..., max_length=80, pattern=r"^[-a-zA-Z0-9_]+$", description="slug perangkat daerah", examples=["kecamatan-kencong"]
)
TAHUN = Path(..., ge=2000, le=2100, examples=[2023])
GALAT = {401: Galat, 403: Galat, 404: Galat}


def _teks(angka, teks) -> str | None:
    v = gabung_nilai(angka, teks)
    return None if v is None else (v if isinstance(v, str) else format(v, "f"))


def _uang(d) -> str | None:
    return None if d is None else format(d, "f")


@router.get("/pd", response={200: list[PerangkatDaerahKeluar], **GALAT}, summary="Perangkat daerah yang boleh dibaca")
@paginate(Halaman)
def pd_daftar(request: HttpRequest):
    a = aktor(request)
    pastikan_masuk(a)
    return pd_terlihat(a).order_by("nama", "id")


@router.get("/pd/{pd}/tahun", response={200: list[TahunKeluar], **GALAT}, summary="Tahun kinerja perangkat daerah")
@paginate(Halaman)
def tahun_daftar(request: HttpRequest, pd: str = SLUG):
    return tahun_kinerja_daftar(aktor=aktor(request), pd=pd_ambil(pd))


@router.get(
    "/pd/{pd}/tahun/{tahun}/rencana", response={200: RencanaKeluar, **GALAT}, summary="Sasaran, indikator, target"
)
def rencana(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    tk = tk_ambil(request, pd, tahun)
    r = tk.renstra
    iku = set(tk.iku.values_list("indikator_id", flat=True))
    rkt = {t.indikator_id: _teks(t.nilai_angka, t.nilai_teks) for t in tk.target_rkt.all()}
    pk: dict[int, list[dict]] = {}
    for versi in pk_daftar(aktor=aktor(request), tk=tk):
        for t in versi.target.all():
            pk.setdefault(t.indikator_id, []).append(
                {
                    "pk_id": versi.pk,
                    "jenis": versi.jenis,
                    "status": versi.status,
                    "target": _teks(t.nilai_angka, t.nilai_teks),
                }
            )
    indikator = []
    for i in (
        Indikator.objects.filter(renstra=r)
        .select_related("tujuan", "sasaran")
        .prefetch_related("target")
        .order_by("sasaran__urutan", "urutan", "id")
    ):
        indikator.append(
            {
                "kode": i.kode,
                "nama": i.nama,
                "induk": (i.sasaran or i.tujuan).kode,
                "jenis": "sasaran" if i.sasaran_id else "tujuan",
                "satuan": i.satuan,
                "polaritas": i.polaritas,
                "iku": i.pk in iku,
                "target_renstra": [
                    {"tahun": t.tahun, "target": _teks(t.nilai_angka, t.nilai_teks)} for t in i.target.all()
                ],
                "target_rkt": rkt.get(i.pk),
                "target_pk": pk.get(i.pk, []),
            }
        )
    return {
        "pd": tk.perangkat_daerah.slug,
        "tahun": tk.tahun,
        "renstra": f"{r.periode_awal}–{r.periode_akhir}",
        "sasaran": [
            {"kode": s.kode, "uraian": s.uraian, "tujuan": s.tujuan.kode}
            for s in r.sasaran.select_related("tujuan").order_by("urutan", "id")
        ],
        "indikator": indikator,
    }


@router.get(
    "/pd/{pd}/tahun/{tahun}/periode", response={200: list[PeriodeKeluar], **GALAT}, summary="Status dan versi triwulan"
)
def periode(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    tk = tk_ambil(request, pd, tahun)
    return [
        {"triwulan": p.triwulan, "status": p.status, "versi": p.versi}
        for p in periode_daftar(aktor=aktor(request), tk=tk)
    ]


@router.get(
    "/pd/{pd}/tahun/{tahun}/realisasi", response={200: list[RealisasiKeluar], **GALAT}, summary="Realisasi indikator"
)
@paginate(Halaman)
def realisasi(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    tk = tk_ambil(request, pd, tahun)
    rec = {
        r.indikator_id: r
        for r in RealisasiIndikator.objects.filter(tahun_kinerja=tk).prefetch_related("nilai_triwulan")
    }
    hasil = []
    for ind in Indikator.objects.filter(renstra=tk.renstra).order_by("sasaran__urutan", "urutan", "id"):
        r = rec.get(ind.pk)
        tw = {str(t): None for t in (1, 2, 3, 4)}
        target = dict(tw)
        if r is not None:
            for n in r.nilai_triwulan.all():
                (tw if n.jenis == NilaiTriwulan.REALISASI else target)[str(n.triwulan)] = _teks(
                    n.nilai_angka, n.nilai_teks
                )
        hasil.append(
            {
                "kode": ind.kode,
                "nama": ind.nama,
                "satuan": ind.satuan,
                "triwulan": tw,
                "target_triwulan": target,
                "tahunan": _teks(r.tahunan_angka, r.tahunan_teks) if r else None,
                "penyebab": r.penyebab if r else "",
                "kendala": r.kendala if r else "",
                "solusi": r.solusi if r else "",
            }
        )
    return hasil


@router.get(
    "/pd/{pd}/tahun/{tahun}/capaian", response={200: dict, **GALAT}, summary="Hasil pengukuran (mesin sakip.core)"
)
def capaian(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    """Capaian, predikat, anggaran dan tabel sebagaimana dihitung sakip.core (JSON yang sama dengan `sakip hitung
    --json`); angka sebagai teks desimal."""
    return hasil_ke_dict(hasil_dari_db(tk_ambil(request, pd, tahun)))


@router.get(
    "/pd/{pd}/tahun/{tahun}/anggaran",
    response={200: list[AnggaranKeluar], **GALAT},
    summary="Pagu dan realisasi anggaran",
)
@paginate(Halaman)
def anggaran(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    tk = tk_ambil(request, pd, tahun)
    hasil = []
    for s in (
        SubKegiatan.objects.filter(tahun_kinerja=tk)
        .select_related("kegiatan__program", "realisasi")
        .prefetch_related("realisasi__triwulan")
        .order_by("kegiatan__program__urutan", "kegiatan__urutan", "urutan", "id")
    ):
        rs = getattr(s, "realisasi", None)
        tw = {str(t): None for t in (1, 2, 3, 4)}
        if rs is not None:
            for t in rs.triwulan.all():
                tw[str(t.triwulan)] = _uang(t.jumlah)
        hasil.append(
            {
                "kode": s.kode,
                "nama": s.nama,
                "program": s.kegiatan.program.kode,
                "kegiatan": s.kegiatan.kode,
                "pagu": _uang(s.pagu),
                "pagu_murni": _uang(s.pagu_murni),
                "belanja_modal": _uang(s.belanja_modal),
                "realisasi_triwulan": tw,
                "realisasi_tahunan": _uang(rs.anggaran) if rs is not None else None,
            }
        )
    return hasil
