"""District pages: the consolidation of a pemda-year (RPJMD indicators from the agencies, budgets per RPJMD sasaran
and urusan, agencies by predikat, drill-down to each agency), the district file's upload and download, the Pemda
LKjIP through the document queue. Admin and Inspektorat read; the admin of the pemda writes."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.berkas.baca import BerkasTidakValid
from sakip.core.angka import format_persen
from sakip.core.peringatan import BELUM_DIISI, DI_BAWAH, peringatan_dini
from sakip.core.tabel_daerah import semua_tabel_daerah, tabel_kontributor
from sakip.web.dasbor.selectors import triwulan_berjalan
from sakip.web.dokumen.services import lkjip_pemda_minta
from sakip.web.evaluasi.views import _pemda
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.inti.grafik import Batang, grafik_batang
from sakip.web.organisasi.akses import akses
from sakip.web.riwayat.models import Perubahan

from . import selectors, services


def _url(nama: str, request: HttpRequest, **kw) -> str:
    url = reverse(f"daerah:{nama}", kwargs=kw)
    pemda = request.GET.get("pemda")
    return f"{url}?pemda={pemda}" if pemda and pemda.isdigit() else url


@akses("pemda")
def kini(request: HttpRequest) -> HttpResponse:
    tahun = selectors.tahun_daerah(_pemda(request))
    return redirect(_url("konsolidasi", request, tahun=tahun[0] if tahun else 2023))


def _grafik(hasil) -> str:
    data = [
        Batang(
            f"{i.indikator.id} {i.indikator.nama}",
            i.capaian.nilai,
            i.predikat.warna if i.predikat else "#777",
            "belum ada realisasi" if i.realisasi is None else "",
        )
        for i in hasil.semua_indikator_sasaran()
    ]
    return grafik_batang("Capaian indikator sasaran RPJMD (%)", data) if data else ""


def _peringatan(k, tahun: int) -> dict:
    """The early warnings of the latest quarter that has ended, across the agencies: indicators under their
    rencana aksi, and the agencies that have not reported the quarter."""
    if k.hasil is None:
        return {"tw_peringatan": 0, "peringatan": [], "belum_lapor": []}
    tw = triwulan_berjalan(tahun)
    baris, belum = [], []
    for r in k.hasil.perangkat_daerah if tw else []:
        semua = peringatan_dini(r.hasil, tw)
        baris += [(r.nama, k.perangkat_daerah.get(r.nama), p) for p in semua if p.jenis == DI_BAWAH]
        n = sum(1 for p in semua if p.jenis == BELUM_DIISI)
        if n:
            belum.append(f"{r.nama} ({n} indikator)")
    return {"tw_peringatan": tw, "peringatan": baris, "belum_lapor": belum}


@akses("pemda", post="admin")
def konsolidasi(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = _pemda(request)
    status = 200
    if request.method == "POST":
        unggah = request.FILES.get("berkas")
        if unggah is None:
            messages.error(request, "Pilih berkas daerah (YAML atau JSON) untuk diunggah.")
            status = 400
        else:
            try:
                versi = int(request.POST["versi"]) if request.POST.get("versi", "").isdigit() else None
                r = services.berkas_daerah_simpan(
                    aktor=request.aktor,
                    pemda=pemda,
                    isi=unggah.read(services.MAKS_UKURAN + 1),
                    nama_berkas=unggah.name,
                    alasan=request.POST.get("alasan", ""),
                    versi=versi,
                )
                messages.success(request, f"Berkas daerah tahun {r.tahun} disimpan (versi {r.versi}).")
                return redirect(_url("konsolidasi", request, tahun=r.tahun))
            except BerkasTidakValid as exc:
                for m in exc.masalah[:20]:
                    messages.error(request, str(m))
                if len(exc.masalah) > 20:
                    messages.error(request, f"… dan {len(exc.masalah) - 20} masalah lain. Tidak ada yang disimpan.")
                status = 400
            except (AlurDitolak, KonflikVersi) as exc:
                messages.error(request, str(exc))
                status = 409 if isinstance(exc, KonflikVersi) else 400
    k = selectors.konsolidasi_ambil(aktor=request.aktor, pemda=pemda, tahun=tahun)
    h = k.hasil
    konteks = {
        "k": k,
        "pemda": pemda,
        "tahun": tahun,
        "semua_tahun": selectors.tahun_daerah(pemda),
        "tabel": [*semua_tabel_daerah(h), tabel_kontributor(h)] if h else [],
        "grafik": _grafik(h) if h else "",
        "rata_rata": format_persen(h.rata_rata) if h and h.rata_rata is not None else "–",
        "serapan": format_persen(h.serapan) if h and h.serapan is not None else "–",
        "perangkat_daerah": [(r, k.perangkat_daerah.get(r.nama)) for r in h.perangkat_daerah] if h else [],
        **_peringatan(k, tahun),
        "riwayat": Perubahan.objects.filter(objek=f"daerah:{pemda.pk}", tahun=tahun)[:30],
        "url_unduh": _url("unduh", request, tahun=tahun),
        "url_lkjip": _url("lkjip", request, tahun=tahun),
    }
    return render(request, "daerah/konsolidasi.html", konteks, status=status)


@akses("pemda")
def unduh(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = _pemda(request)
    r = selectors.berkas_daerah_ambil(aktor=request.aktor, pemda=pemda, tahun=tahun)
    if r is None:
        messages.error(request, f"Berkas daerah {pemda.nama} tahun {tahun} belum diunggah.")
        return redirect(_url("konsolidasi", request, tahun=tahun))
    resp = HttpResponse(r.isi.encode("utf-8"), content_type="application/yaml; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="daerah-{tahun}.yaml"'
    return resp


@akses("admin", metode=("POST",))
def lkjip(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = _pemda(request)
    try:
        p = lkjip_pemda_minta(aktor=request.aktor, pemda=pemda, tahun=tahun, format=request.POST.get("format", ""))
    except AlurDitolak as exc:
        messages.error(request, str(exc))
        return redirect(_url("konsolidasi", request, tahun=tahun))
    return redirect("dokumen:pemda_status", kode=p.kode)
