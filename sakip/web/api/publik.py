"""Open data: what the public pages show, without a token — published agency-years only, measured on locked
quarters only (sakip.web.publik.selectors). Column names of the CSV/JSON tables are stable (docs/pertukaran.md)."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router
from ninja.pagination import paginate

from sakip.core.hasil_json import capaian as capaian_dict
from sakip.core.hasil_json import hasil_ke_dict, nilai
from sakip.web.pertukaran.ke_berkas import hasil_dari_db, triwulan_terkunci
from sakip.web.publik.selectors import terbit_ambil, terbit_daftar

from .baca import SLUG, TAHUN
from .dasar import Halaman
from .skema import Galat, TerbitKeluar

router = Router(tags=["data terbuka"])

KOLOM_CAPAIAN = [
    "pd",
    "perangkat_daerah",
    "tahun",
    "jenis",
    "induk",
    "indikator",
    "nama_indikator",
    "satuan",
    "polaritas",
    "target",
    "realisasi",
    "capaian",
    "status_capaian",
    "predikat",
    "tercapai",
    "triwulan_terkunci",
]
KOLOM_ANGGARAN = [
    "pd",
    "perangkat_daerah",
    "tahun",
    "tingkat",
    "kode",
    "nama",
    "pagu",
    "realisasi",
    "serapan",
    "triwulan_terkunci",
]


def _terbit(tahun: int | None):
    for tk in terbit_daftar():
        if tahun is None or tk.tahun == tahun:
            tw = triwulan_terkunci(tk)
            yield tk, hasil_dari_db(tk, triwulan=tw), tw


def _baris_capaian(tahun: int | None) -> list[dict[str, Any]]:
    hasil = []
    for tk, h, tw in _terbit(tahun):
        semua = [("tujuan", x) for x in h.indikator_tujuan] + [("sasaran", x) for x in h.semua_indikator_sasaran()]
        for jenis, hi in semua:
            c = capaian_dict(hi.capaian) or {}
            hasil.append(
                {
                    "pd": tk.perangkat_daerah.slug,
                    "perangkat_daerah": tk.perangkat_daerah.nama,
                    "tahun": tk.tahun,
                    "jenis": jenis,
                    "induk": hi.sasaran_id or "",
                    "indikator": hi.indikator.id,
                    "nama_indikator": hi.indikator.nama,
                    "satuan": hi.indikator.satuan or "",
                    "polaritas": hi.indikator.polaritas.value if hi.indikator.polaritas else "",
                    "target": nilai(hi.target),
                    "realisasi": nilai(hi.realisasi),
                    "capaian": c.get("nilai"),
                    "status_capaian": c.get("status"),
                    "predikat": hi.predikat.kode if hi.predikat else None,
                    "tercapai": hi.tercapai,
                    "triwulan_terkunci": " ".join(str(t) for t in sorted(tw)),
                }
            )
    return hasil


def _baris_anggaran(tahun: int | None) -> list[dict[str, Any]]:
    hasil = []

    def turun(tk, tw, n) -> None:
        for a in n.anak:
            hasil.append(
                {
                    "pd": tk.perangkat_daerah.slug,
                    "perangkat_daerah": tk.perangkat_daerah.nama,
                    "tahun": tk.tahun,
                    "tingkat": getattr(a.tingkat, "value", a.tingkat),
                    "kode": a.kode,
                    "nama": a.nama,
                    "pagu": None if a.pagu is None else format(a.pagu, "f"),
                    "realisasi": None if a.realisasi is None else format(a.realisasi, "f"),
                    "serapan": None if a.serapan is None else format(a.serapan, "f"),
                    "triwulan_terkunci": " ".join(str(t) for t in sorted(tw)),
                }
            )
            turun(tk, tw, a)

    for tk, h, tw in _terbit(tahun):
        turun(tk, tw, h.anggaran)
    return hasil


def _csv(baris: list[dict[str, Any]], kolom: list[str], nama: str) -> HttpResponse:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=kolom, lineterminator="\r\n")
    w.writeheader()
    for b in baris:
        w.writerow(
            {k: ("" if b[k] is None else ("ya" if b[k] is True else "tidak" if b[k] is False else b[k])) for k in kolom}
        )
    r = HttpResponse("\ufeff" + buf.getvalue(), content_type="text/csv; charset=utf-8")
    r["Content-Disposition"] = f'attachment; filename="{nama}"'
    return r


TAHUN_OPSIONAL = Query(None, ge=2000, le=2100, description="hanya tahun ini")


@router.get("/publik/terbit", response=list[TerbitKeluar], auth=None, summary="Perangkat daerah-tahun yang diterbitkan")
@paginate(Halaman)
def terbit(request: HttpRequest):
    return [
        {
            "pd": tk.perangkat_daerah.slug,
            "nama": tk.perangkat_daerah.nama,
            "tahun": tk.tahun,
            "triwulan_terkunci": sorted(triwulan_terkunci(tk)),
        }
        for tk in terbit_daftar()
    ]


@router.get(
    "/publik/pd/{pd}/tahun/{tahun}/capaian",
    response={200: dict, 404: Galat},
    auth=None,
    summary="Hasil pengukuran terbit",
)
def terbit_capaian(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    """Seperti halaman publik: hanya triwulan yang dikunci."""
    _, h, tw = terbit_ambil(pd_slug=pd, tahun=tahun)
    data = hasil_ke_dict(h)
    data["triwulan_terkunci"] = sorted(tw)
    return data


@router.get("/publik/capaian.json", response=list[dict], auth=None, summary="Capaian indikator seluruh pemda (JSON)")
def capaian_json(request: HttpRequest, tahun: int | None = TAHUN_OPSIONAL):
    return _baris_capaian(tahun)


@router.get("/publik/capaian.csv", auth=None, summary="Capaian indikator seluruh pemda (CSV)")
def capaian_csv(request: HttpRequest, tahun: int | None = TAHUN_OPSIONAL):
    return _csv(_baris_capaian(tahun), KOLOM_CAPAIAN, f"capaian-{tahun or 'semua'}.csv")


@router.get(
    "/publik/anggaran.json", response=list[dict], auth=None, summary="Pagu dan realisasi anggaran terbit (JSON)"
)
def anggaran_json(request: HttpRequest, tahun: int | None = TAHUN_OPSIONAL):
    return _baris_anggaran(tahun)


@router.get("/publik/anggaran.csv", auth=None, summary="Pagu dan realisasi anggaran terbit (CSV)")
def anggaran_csv(request: HttpRequest, tahun: int | None = TAHUN_OPSIONAL):
    return _csv(_baris_anggaran(tahun), KOLOM_ANGGARAN, f"anggaran-{tahun or 'semua'}.csv")
