"""Documents' status of an agency-year, for a reader of that agency: which documents the data can make, the latest
request of each (queued, running, done with its download, failed with its message), whether the kepala has declared
the LKjIP or a PK final and whether the data changed since, and the last automatic reviu. The same selectors as the
documents and reviu pages; nothing here starts a job."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest
from ninja import Path as NinjaPath

from sakip.web.dokumen.models import Pekerjaan
from sakip.web.dokumen.pekerja import berkas_ada, buka_hasil
from sakip.web.dokumen.selectors import dokumen_tersedia, pekerjaan_pd
from sakip.web.inti.galat import AlurDitolak, TidakDitemukan
from sakip.web.pertukaran.ke_berkas import sidik_data
from sakip.web.reviu.selectors import halaman_reviu, penetapan_lkjip, penetapan_pk, pk_ditandatangani

from . import baca
from .baca import GALAT, SLUG, TAHUN
from .dasar import aktor, tk_ambil
from .skema import Galat, StatusDokumenKeluar

KODE = NinjaPath(..., max_length=36, pattern=r"^[0-9a-fA-F-]{32,36}$", description="kode permintaan dokumen")


def _waktu(t) -> str | None:
    return None if t is None else t.isoformat()


def _pekerjaan(p: Pekerjaan, pd: str, tahun: int) -> dict:
    siap = p.status == Pekerjaan.SELESAI and berkas_ada(p)
    return {
        "kode": str(p.kode),
        "format": p.format,
        "status": p.status,
        "status_label": p.get_status_display(),
        "kemajuan": p.kemajuan,
        "total": p.total,
        "tahap": p.tahap,
        "galat": p.galat,
        "dibuat_pada": p.dibuat_pada.isoformat(),
        "selesai_pada": _waktu(p.selesai_pada),
        "nama_berkas": p.nama_berkas,
        "ukuran": p.ukuran,
        "unduh": f"/api/v1/pd/{pd}/tahun/{tahun}/dokumen/{p.kode}/unduh" if siap else None,
    }


def _penetapan(p, sidik: str) -> dict | None:
    if p is None:
        return None
    return {
        "nama_penetap": p.nama_penetap,
        "ditetapkan_pada": p.ditetapkan_pada.isoformat(),
        "data_berubah": p.sidik_data != sidik,
    }


@baca.router.get(
    "/pd/{pd}/tahun/{tahun}/dokumen",
    response={200: StatusDokumenKeluar, **GALAT},
    summary="Status dokumen: permintaan terakhir, penetapan final, reviu",
)
def dokumen_status(request: HttpRequest, pd: str = SLUG, tahun: int = TAHUN):
    tk = tk_ambil(request, pd, tahun)
    daftar = dokumen_tersedia(tk=tk)
    sidik = sidik_data(tk)
    # Latest request per (document, PK kind, format); older ones are history, not status.
    terakhir: dict[tuple[str, str, str], Pekerjaan] = {}
    for p in Pekerjaan.objects.filter(tahun_kinerja=tk, publik=False, jenis=Pekerjaan.DOKUMEN):  # newest first
        terakhir.setdefault((p.dokumen, p.pilihan_pk, p.format), p)
    lkjip = penetapan_lkjip(tk=tk)
    final_pk = penetapan_pk(tk=tk)
    ttd = pk_ditandatangani(tk)
    dokumen = []
    for x in daftar.pilihan:
        if x.dokumen == "lkjip":
            tetap = _penetapan(lkjip.penetapan if lkjip else None, sidik)
        elif x.dokumen == "pk":
            versi = [v for v in ttd if v.jenis == x.pk]
            tetap = _penetapan(final_pk.get(versi[-1].pk) if versi else None, sidik)
        else:
            tetap = None
        dokumen.append(
            {
                "dokumen": x.dokumen,
                "pk": x.pk,
                "judul": x.judul,
                "format": list(x.format),
                "penetapan": tetap,
                "pekerjaan": [
                    _pekerjaan(terakhir[x.dokumen, x.pk, f], pd, tahun)
                    for f in x.format
                    if (x.dokumen, x.pk, f) in terakhir
                ],
            }
        )
    h = halaman_reviu(aktor=aktor(request), tk=tk)
    reviu = None
    if h.jalan is not None:
        j = h.jalan
        reviu = {
            "dijalankan_pada": j.dijalankan_pada.isoformat(),
            "nama_pereviu": j.nama_pereviu,
            "jumlah_galat": j.jumlah_galat,
            "jumlah_peringatan": j.jumlah_peringatan,
            "jumlah_catatan": j.jumlah_catatan,
            "galat_terbuka": len(h.galat_terbuka),
            "data_berubah": h.data_berubah,
        }
    return {"dapat_dibuat": not daftar.masalah, "masalah": daftar.masalah, "dokumen": dokumen, "reviu": reviu}


@baca.router.get(
    "/pd/{pd}/tahun/{tahun}/dokumen/{kode}/unduh",
    response={200: None, 409: Galat, **GALAT},
    summary="Unduh dokumen yang sudah selesai dibuat",
)
def dokumen_unduh(request: HttpRequest, kode: str = KODE, pd: str = SLUG, tahun: int = TAHUN):
    """Berkas DOCX/PDF/XLSX dari permintaan yang selesai (kode dari …/dokumen). 409 bila belum selesai atau gagal;
    404 bila sudah dihapus setelah masa simpannya."""
    tk = tk_ambil(request, pd, tahun)
    p = pekerjaan_pd(aktor=aktor(request), tk=tk, kode=kode)
    if p.status != Pekerjaan.SELESAI:
        raise AlurDitolak(f"Dokumen ini belum dapat diunduh: {p.get_status_display().lower()}. {p.galat}".strip())
    if not berkas_ada(p):
        raise TidakDitemukan("Berkas dokumen ini sudah dihapus setelah masa simpannya. Silakan minta ulang.")
    return FileResponse(buka_hasil(p), as_attachment=True, filename=p.nama_berkas, content_type=p.jenis_isi)
