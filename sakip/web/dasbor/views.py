from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from sakip.core.angka import teks_desimal
from sakip.core.hasil_json import hasil_ke_dict
from sakip.core.rekap_wilayah import rekap_per_pemda
from sakip.core.sumber import rincian_realisasi
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import akses
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.pengukuran.models import CatatanReviu
from sakip.web.pengukuran.services import catatan_reviu_tambah, tahun_terbitkan
from sakip.web.perencanaan.selectors import indikator_ambil, tahun_kinerja_ambil, tahun_kinerja_daftar
from sakip.web.pertukaran.ke_berkas import hasil_dari_db
from sakip.web.riwayat.selectors import perubahan_daftar

from . import selectors


@akses("pemda")
def ikhtisar(request: HttpRequest) -> HttpResponse:
    tersedia = selectors.tahun_tersedia()
    try:
        tahun = int(request.GET.get("tahun") or (tersedia[0] if tersedia else 0))
    except ValueError:
        tahun = tersedia[0] if tersedia else 0
    urut = request.GET.get("urut", "nama")
    turun = request.GET.get("arah") == "turun"
    baris = selectors.ikhtisar_pemda(aktor=request.aktor, tahun=tahun, urut=urut, turun=turun) if tahun else []
    # A province's or the ministry's view: one line per pemda above the agencies, and a filter to one pemda.
    rekap = rekap_per_pemda((b.pd.pemda.nama, b.hasil) for b in baris) if request.aktor.nasional else []
    daftar_pemda = sorted({(b.pd.pemda_id, b.pd.pemda.nama) for b in baris}, key=lambda x: x[1])
    pilih = request.GET.get("pemda", "")
    if len(rekap) > 1 and pilih:
        baris = [b for b in baris if str(b.pd.pemda_id) == pilih]
    konteks = {
        "rekap_pemda": rekap if len(rekap) > 1 else [],
        "daftar_pemda": daftar_pemda,
        "pemda_dipilih": pilih,
        "baris": baris,
        "tahun": tahun,
        "tersedia": tersedia,
        "urut": urut,
        "turun": turun,
        "kolom_urut": selectors.KOLOM_URUT,
    }
    return render(request, "dasbor/ikhtisar.html", konteks)


@akses("masuk")
def pd_saya(request: HttpRequest) -> HttpResponse:
    aktor = request.aktor
    if aktor.pd_id is None:
        return redirect("dasbor:ikhtisar")
    pd = PerangkatDaerah.objects.get(pk=aktor.pd_id)
    return redirect("dasbor:pd", pd=pd.slug)


@akses("baca_pd")
def pd_beranda(request: HttpRequest, pd: str) -> HttpResponse:
    daftar = tahun_kinerja_daftar(aktor=request.aktor, pd=request.pd)
    if len(daftar) == 1 and "semua" not in request.GET:
        return redirect("dasbor:dasbor", pd=pd, tahun=daftar[0].tahun)
    return render(request, "dasbor/pd.html", {"pd": request.pd, "daftar": daftar})


@akses("baca_pd")
def dasbor(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    d = selectors.dasbor_pd(aktor=request.aktor, tk=tk)
    catatan = CatatanReviu.objects.filter(tahun_kinerja=tk)[:20]
    return render(request, "dasbor/dasbor.html", {"d": d, "h": d.hasil, "tk": tk, "pd": request.pd, "catatan": catatan})


@akses("baca_pd")
def indikator(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    ind = indikator_ambil(aktor=request.aktor, tk=tk, kode=kode)
    h = hasil_dari_db(tk)
    hi = h.hasil_indikator(kode)
    riwayat = perubahan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun, objek=f"indikator:{kode}")
    rec = h.berkas.realisasi.indikator.get(kode)
    ind_core = h.berkas.renstra.indikator(kode)
    rincian = rincian_realisasi(h.berkas, ind_core, h.pengaturan) if ind_core is not None else None
    return render(
        request,
        "dasbor/indikator.html",
        {"tk": tk, "pd": request.pd, "ind": ind, "hi": hi, "h": h, "riwayat": riwayat, "rec": rec, "rincian": rincian},
    )


@akses("baca_pd")
def riwayat(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    objek = request.GET.get("objek") or None
    daftar = perubahan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun, objek=objek, batas=500)
    return render(request, "dasbor/riwayat.html", {"tk": tk, "pd": request.pd, "daftar": daftar, "objek": objek})


@akses("kepala_atau_admin", metode=("POST",))
def terbitkan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    terbit = request.POST.get("terbit") == "1"
    tahun_terbitkan(aktor=request.aktor, tk=tk, terbit=terbit)
    messages.success(request, "Diterbitkan untuk publik." if terbit else "Penerbitan ditarik.")
    return redirect("dasbor:dasbor", pd=pd, tahun=tahun)


@akses("reviewer", metode=("POST",))
def reviu(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    tw = request.POST.get("triwulan") or None
    try:
        catatan_reviu_tambah(
            aktor=request.aktor,
            tk=tk,
            teks=request.POST.get("teks", ""),
            triwulan=int(tw) if tw and tw.isdigit() else None,
        )
        messages.success(request, "Catatan reviu disimpan.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    # The notes are written on the reviu page, beside the automatic findings (sakip.web.reviu).
    if request.POST.get("kembali") == "reviu":
        return redirect("reviu:ringkasan", pd=pd, tahun=tahun)
    return redirect("dasbor:dasbor", pd=pd, tahun=tahun)


@akses("baca_pd")
def api_hasil(request: HttpRequest, pd: str, tahun: int) -> JsonResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return JsonResponse(hasil_ke_dict(hasil_dari_db(tk)), json_dumps_params={"ensure_ascii": False})


@akses("pemda")
def api_ikhtisar(request: HttpRequest, tahun: int) -> JsonResponse:
    baris = selectors.ikhtisar_pemda(aktor=request.aktor, tahun=tahun)
    data = [
        {
            "perangkat_daerah": b.pd.nama,
            "slug": b.pd.slug,
            "rata_rata_capaian": teks_desimal(b.hasil.rata_rata) if b.hasil else None,
            "predikat": b.hasil.predikat.kode if b.hasil and b.hasil.predikat else None,
            "serapan_anggaran": teks_desimal(b.hasil.anggaran.serapan) if b.hasil else None,
            "status_triwulan": {p.triwulan: p.status for p in b.periode},
            "terakhir_diubah": b.terakhir_diubah.isoformat() if b.terakhir_diubah else None,
        }
        for b in baris
    ]
    return JsonResponse({"tahun": tahun, "perangkat_daerah": data}, json_dumps_params={"ensure_ascii": False})
