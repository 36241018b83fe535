"""Indeks Kepuasan Masyarakat as computed by sakip.core.ikm (PermenPANRB 14/2017), for signed-in readers of the
agency and, for published years (locked quarters only), for the public. Respondents' own words (saran) and profiles
are not part of the API."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from sakip.core.ikm import BOBOT_TEPAT, AnalisisSurvei, HasilIkm, analisis_survei
from sakip.web.pertukaran.ke_berkas import hasil_dari_db
from sakip.web.publik.selectors import ikm_terbit

from . import baca, publik
from .baca import GALAT, SLUG, TAHUN
from .dasar import tk_ambil
from .skema import Galat


def _d(x) -> str | None:
    return None if x is None else format(x, "f")


def _hasil(h: HasilIkm | None) -> dict[str, Any] | None:
    if h is None:
        return None
    return {
        "jumlah_responden": h.jumlah_responden,
        "ikm": _d(h.ikm),
        "ikm_bulat": _d(h.ikm_bulat),
        "nilai_interval": _d(h.nilai_interval),
        "mutu": h.mutu.huruf,
        "kinerja": h.mutu.kinerja,
        "bobot": h.bobot,
        "unsur": [
            {
                "kode": u.unsur.kode,
                "nama": u.unsur.nama,
                "jumlah_jawaban": u.jumlah_jawaban,
                "nrr": _d(u.nrr),
                "nilai_konversi": _d(u.nilai_konversi),
                "mutu": u.mutu.huruf,
            }
            for u in h.unsur
        ],
    }


def _survei(daftar: list[AnalisisSurvei]) -> list[dict[str, Any]]:
    return [
        {
            "id": a.survei.id,
            "nama": a.survei.nama,
            "periode": a.survei.periode,
            "keseluruhan": _hasil(a.keseluruhan),
            "per_jenis_layanan": {k: _hasil(v) for k, v in a.per_jenis_layanan.items()},
            "per_periode": {k: _hasil(v) for k, v in a.per_periode.items()},
        }
        for a in daftar
    ]


@baca.router.get(
    "/pd/{pd}/tahun/{tahun}/ikm", response={200: list[dict], **GALAT}, summary="Indeks Kepuasan Masyarakat"
)
def ikm(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    h = hasil_dari_db(tk_ambil(request, pd, tahun))
    bobot = getattr(h.pengaturan, "bobot_ikm", BOBOT_TEPAT)
    return _survei([analisis_survei(s, bobot=bobot) for s in h.berkas.survei])


@publik.router.get(
    "/publik/pd/{pd}/tahun/{tahun}/ikm", response={200: list[dict], 404: Galat}, auth=None, summary="IKM terbit"
)
def terbit_ikm(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    """Seperti halaman IKM publik: hanya triwulan yang dikunci."""
    _, daftar, _ = ikm_terbit(pd_slug=pd, tahun=tahun)
    return _survei(daftar)
