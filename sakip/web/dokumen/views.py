"""Document pages. A download button queues a job and shows its progress (htmx polls the status fragment every
second; without JavaScript the status page reloads itself); the finished file is served from the data folder."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.web.inti.galat import AlurDitolak, TidakDitemukan
from sakip.web.organisasi.akses import akses, pemda_terlihat
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil

from . import selectors, services
from .katalog import FORMAT_DOKUMEN, JUDUL_DOKUMEN, LABEL_FORMAT
from .models import Pekerjaan
from .pekerja import berkas_ada, buka_hasil


def _htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _status(request: HttpRequest, p: Pekerjaan, url_status: str, url_unduh: str, konteks: dict) -> HttpResponse:
    isi = {"p": p, "judul_p": services.judul(p), "url_status": url_status, "url_unduh": url_unduh, **konteks}
    if _htmx(request):
        return render(request, "dokumen/_status.html", isi)
    return render(request, "dokumen/status.html", isi)


def _unduh(p: Pekerjaan, url_status: str) -> HttpResponse:
    if p.status != Pekerjaan.SELESAI:
        return redirect(url_status)
    if not berkas_ada(p):
        raise TidakDitemukan("Berkas dokumen ini sudah dihapus setelah masa simpannya. Silakan minta ulang.")
    return FileResponse(buka_hasil(p), as_attachment=True, filename=p.nama_berkas, content_type=p.jenis_isi)


def _minta(request: HttpRequest, buat, url_status) -> HttpResponse | None:
    """Queue from a form post and go to the job's status page; None (with the message) when refused."""
    try:
        p = buat()
    except AlurDitolak as exc:
        messages.error(request, str(exc))
        return None
    return redirect(url_status(p))


# --- an agency-year ---------------------------------------------------------------------------------------------


def _url_pd(nama: str, pd: str, tahun: int, p: Pekerjaan) -> str:
    return reverse(f"dokumen:{nama}", kwargs={"pd": pd, "tahun": tahun, "kode": p.kode})


@akses("baca_pd")
def daftar(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    konteks = {
        "tk": tk,
        "pd": request.pd,
        "d": selectors.dokumen_tersedia(tk=tk),
        "terakhir": selectors.pekerjaan_terakhir_pd(aktor=request.aktor, tk=tk),
        "label_format": LABEL_FORMAT,
        "aksi": reverse("dokumen:buat", kwargs={"pd": pd, "tahun": tahun}),
        "penetapan": _penetapan(tk),
        "simpan_jam": settings.SAKIP_DOKUMEN_SIMPAN_JAM,
    }
    return render(request, "dokumen/daftar.html", konteks)


def _penetapan(tk: TahunKinerja):
    """Whether the LKjIP has been declared final (reviu app), shown beside the download."""
    from sakip.web.reviu.selectors import penetapan_lkjip

    return penetapan_lkjip(tk=tk)


@akses("baca_pd", metode=("POST",))
def buat(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    r = _minta(
        request,
        lambda: services.dokumen_minta(
            aktor=request.aktor,
            tk=tk,
            dokumen=request.POST.get("dokumen", ""),
            format=request.POST.get("format", ""),
            pk=request.POST.get("pk", ""),
        ),
        lambda p: _url_pd("status", pd, tahun, p),
    )
    return r or redirect("dokumen:daftar", pd=pd, tahun=tahun)


@akses("baca_pd")
def status(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    p = selectors.pekerjaan_pd(aktor=request.aktor, tk=tk, kode=kode)
    return _status(
        request,
        p,
        _url_pd("status", pd, tahun, p),
        _url_pd("unduh", pd, tahun, p),
        {"tk": tk, "pd": request.pd, "kembali": reverse("dokumen:daftar", kwargs={"pd": pd, "tahun": tahun})},
    )


@akses("baca_pd")
def unduh(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    p = selectors.pekerjaan_pd(aktor=request.aktor, tk=tk, kode=kode)
    return _unduh(p, _url_pd("status", pd, tahun, p))


# --- the public: published agency-years, locked quarters ----------------------------------------------------------


def _tk_terbit(pd: str, tahun: int) -> TahunKinerja:
    tk = (
        TahunKinerja.objects.filter(perangkat_daerah__slug=pd, tahun=tahun, diterbitkan=True)
        .select_related("perangkat_daerah__pemda", "renstra")
        .first()
    )
    if tk is None:
        raise TidakDitemukan("Data kinerja ini belum diterbitkan.")
    return tk


def _url_publik(nama: str, pd: str, tahun: int, p: Pekerjaan) -> str:
    return reverse(f"dokumen:{nama}", kwargs={"pd": pd, "tahun": tahun, "kode": p.kode})


@akses("publik")
def publik(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk_terbit(pd, tahun)
    d = selectors.dokumen_tersedia(tk=tk, publik=True)
    konteks = {
        "tk": tk,
        "pd_obj": tk.perangkat_daerah,
        "d": d,
        "tw": sorted(d.triwulan),
        "label_format": LABEL_FORMAT,
        "aksi": reverse("dokumen:publik_buat", kwargs={"pd": pd, "tahun": tahun}),
    }
    return render(request, "dokumen/publik.html", konteks)


@akses("publik", metode=("POST",))
def publik_buat(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk_terbit(pd, tahun)
    r = _minta(
        request,
        lambda: services.dokumen_minta(
            aktor=request.aktor,
            tk=tk,
            dokumen=request.POST.get("dokumen", ""),
            format=request.POST.get("format", ""),
            pk=request.POST.get("pk", ""),
            publik=True,
        ),
        lambda p: _url_publik("publik_status", pd, tahun, p),
    )
    if r is None:
        return redirect("dokumen:publik", pd=pd, tahun=tahun)
    return r


@akses("publik")
def publik_status(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = _tk_terbit(pd, tahun)
    p = selectors.pekerjaan_publik(tk=tk, kode=kode)
    return _status(
        request,
        p,
        _url_publik("publik_status", pd, tahun, p),
        _url_publik("publik_unduh", pd, tahun, p),
        {
            "tk": tk,
            "pd_obj": tk.perangkat_daerah,
            "kembali": reverse("dokumen:publik", kwargs={"pd": pd, "tahun": tahun}),
        },
    )


@akses("publik")
def publik_unduh(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = _tk_terbit(pd, tahun)
    p = selectors.pekerjaan_publik(tk=tk, kode=kode)
    return _unduh(p, _url_publik("publik_status", pd, tahun, p))


# --- the district: every agency at once (admin) -----------------------------------------------------------------


@akses("admin", metode=("GET", "HEAD", "POST"))
def pemda(request: HttpRequest) -> HttpResponse:
    daftar_pemda = list(pemda_terlihat(request.aktor))
    tahun_ada = sorted(set(TahunKinerja.objects.values_list("tahun", flat=True)), reverse=True)
    status_kode = 200
    if request.method == "POST":
        try:
            pemda_id = int(request.POST.get("pemda") or (daftar_pemda[0].pk if len(daftar_pemda) == 1 else 0))
            tahun = int(request.POST.get("tahun", ""))
        except ValueError:
            pemda_id, tahun = 0, 0
        pilih = next((x for x in daftar_pemda if x.pk == pemda_id), None)
        dokumen, _, format_ = request.POST.get("pilihan", "").partition(".")
        if pilih is None or tahun not in tahun_ada:
            messages.error(request, "Pilih pemda dan tahun yang ada.")
            status_kode = 400
        else:
            r = _minta(
                request,
                lambda: services.kumpulan_minta(
                    aktor=request.aktor,
                    pemda=pilih,
                    tahun=tahun,
                    dokumen=dokumen,
                    format=format_,
                ),
                lambda p: reverse("dokumen:pemda_status", kwargs={"kode": p.kode}),
            )
            if r is not None:
                return r
            status_kode = 400
    konteks = {
        "daftar_pemda": daftar_pemda,
        "tahun_ada": tahun_ada,
        "pilihan": [(d, JUDUL_DOKUMEN[d], f) for d, f in FORMAT_DOKUMEN.items()],
        "label_format": LABEL_FORMAT,
        "terakhir": selectors.pekerjaan_terakhir_kumpulan(aktor=request.aktor),
    }
    return render(request, "dokumen/pemda.html", konteks, status=status_kode)


@akses("admin")
def pemda_status(request: HttpRequest, kode: str) -> HttpResponse:
    p = selectors.pekerjaan_kumpulan(aktor=request.aktor, kode=kode)
    return _status(
        request,
        p,
        reverse("dokumen:pemda_status", kwargs={"kode": p.kode}),
        reverse("dokumen:pemda_unduh", kwargs={"kode": p.kode}),
        {"kembali": reverse("dokumen:pemda")},
    )


@akses("admin")
def pemda_unduh(request: HttpRequest, kode: str) -> HttpResponse:
    p = selectors.pekerjaan_kumpulan(aktor=request.aktor, kode=kode)
    return _unduh(p, reverse("dokumen:pemda_status", kwargs={"kode": p.kode}))
