"""Reads for the survey. Answers are counted in the database (one grouped query with a count per unsur and
answer value), turned into `sakip.core.ikm.RekapJawaban` tallies, and computed by sakip.core — so a page
over 100.000 responses moves a few hundred numbers, not 100.000 rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q
from django.db.models.functions import ExtractMonth, ExtractYear

from sakip.core.ikm import PROFIL, UNSUR, AnalisisSurvei, IkmWilayah, RekapJawaban, Survei, analisis_survei, ikm_wilayah
from sakip.core.sumber_periode import Periode, periode_tahun
from sakip.web.organisasi.akses import Aktor, pastikan_baca_pd, pastikan_pemda, pd_terlihat
from sakip.web.organisasi.models import PerangkatDaerah

from .models import ImporSurvei, LayananSurvei, PengaturanSurvei, PopulasiSurvei, Respon

_HITUNG = {f"{u}_{v}": Count("id", filter=Q(**{f"{u.lower()}": v})) for u in UNSUR for v in (1, 2, 3, 4)}


def rekap_db(qs, *, per_instansi: bool = False) -> list[RekapJawaban]:
    """Tallies per service type and month (and agency) of a Respon queryset."""
    kelompok = ["layanan_nama", "th", "bl"] + (["perangkat_daerah__nama"] if per_instansi else [])
    baris = (
        qs.annotate(th=ExtractYear("tanggal"), bl=ExtractMonth("tanggal"))
        .values(*kelompok)
        .annotate(n=Count("id"), **_HITUNG)
        .order_by(*kelompok)
    )
    return [
        RekapJawaban(
            jumlah_responden=b["n"],
            sebaran={u: (b[f"{u}_1"], b[f"{u}_2"], b[f"{u}_3"], b[f"{u}_4"]) for u in UNSUR},
            periode=f"{b['th']}-{b['bl']:02d}",
            jenis_layanan=b["layanan_nama"],
            instansi=b.get("perangkat_daerah__nama", ""),
        )
        for b in baris
    ]


def _respon(pd: PerangkatDaerah, periode: Periode):
    return Respon.objects.filter(perangkat_daerah=pd, tanggal__gte=periode.awal, tanggal__lte=periode.akhir)


def populasi(pd: PerangkatDaerah, tahun: int) -> int | None:
    p = PopulasiSurvei.objects.filter(perangkat_daerah=pd, tahun=tahun).first()
    return p.populasi if p else None


def survei_pd(*, pd: PerangkatDaerah, tahun: int, periode: Periode | None = None, maks_saran: int = 2000) -> Survei:
    """The agency's survey of a year (or a part of it) as a core `Survei` (no access check: internal use by
    selectors that checked it, and by the berkas conversion)."""
    jendela = periode or periode_tahun(tahun)
    qs = _respon(pd, jendela)
    profil: dict[str, dict[str, int]] = {}
    for aspek in PROFIL:
        for b in qs.values(aspek).annotate(n=Count("id")).order_by(aspek):
            profil.setdefault(aspek, {})[b[aspek]] = b["n"]
    saran = list(qs.exclude(saran="").order_by("tanggal", "id").values_list("saran", flat=True)[:maks_saran])
    return Survei(
        id=f"SKM-WEB-{tahun}",
        nama=f"Survei Kepuasan Masyarakat {pd.nama} {jendela.tampil()}",
        periode=jendela.label if periode is None else "",
        populasi=populasi(pd, tahun) if periode is None or periode.label == str(tahun) else None,
        metode="formulir web/QR, kios layanan dan formulir kertas yang diimpor",
        jenis_layanan=list(
            LayananSurvei.objects.filter(perangkat_daerah=pd, aktif=True).values_list("nama", flat=True)
        ),
        rekap=rekap_db(qs),
        profil=profil,
        saran=saran,
    )


@dataclass(frozen=True)
class HasilHalaman:
    analisis: AnalisisSurvei
    periode: Periode
    per_sumber: dict[str, int]
    saran_terbaru: list[dict]
    bobot: str


def hasil_survei(
    *, aktor: Aktor, pd: PerangkatDaerah, tahun: int, periode: Periode | None = None, bobot: str
) -> HasilHalaman:
    pastikan_baca_pd(aktor, pd)
    jendela = periode or periode_tahun(tahun)
    s = survei_pd(pd=pd, tahun=tahun, periode=periode)
    qs = _respon(pd, jendela)
    per_sumber = dict(qs.values_list("sumber").annotate(n=Count("id")).order_by("sumber"))
    saran = list(qs.exclude(saran="").order_by("-tanggal", "-id").values("tanggal", "layanan_nama", "saran")[:50])
    return HasilHalaman(analisis_survei(s, bobot=bobot), jendela, per_sumber, saran, bobot)


def impor_daftar(*, aktor: Aktor, pd: PerangkatDaerah) -> list[ImporSurvei]:
    pastikan_baca_pd(aktor, pd)
    return list(ImporSurvei.objects.filter(perangkat_daerah=pd)[:50])


def layanan_daftar(*, pd: PerangkatDaerah, hanya_aktif: bool = False) -> list[LayananSurvei]:
    qs = LayananSurvei.objects.filter(perangkat_daerah=pd)
    return list(qs.filter(aktif=True) if hanya_aktif else qs)


def pengaturan(pd: PerangkatDaerah) -> PengaturanSurvei | None:
    return PengaturanSurvei.objects.filter(perangkat_daerah=pd).first()


@dataclass(frozen=True)
class HasilKabupaten:
    wilayah: IkmWilayah
    tanpa_responden: list[str]


def kabupaten(*, aktor: Aktor, tahun: int, bobot: str) -> HasilKabupaten:
    """The district's IKM: every agency's, pooled and as the mean of agencies (admin and Inspektorat)."""
    pastikan_pemda(aktor)
    p = periode_tahun(tahun)
    qs = Respon.objects.filter(tanggal__gte=p.awal, tanggal__lte=p.akhir)
    w = ikm_wilayah(rekap_db(qs, per_instansi=True), bobot=bobot)
    semua = pd_terlihat(aktor).filter(aktif=True).values_list("nama", flat=True)
    return HasilKabupaten(w, [n for n in semua if n not in w.per_instansi])


def tahun_ada(pd: PerangkatDaerah | None = None) -> list[int]:
    qs = Respon.objects.all() if pd is None else Respon.objects.filter(perangkat_daerah=pd)
    return sorted({d.year for d in qs.dates("tanggal", "year")}, reverse=True)


def hari_ini() -> date:
    from django.utils import timezone

    return timezone.localdate()
