from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from sakip.core.angka import teks_desimal
from sakip.core.hasil_json import hasil_ke_dict
from sakip.core.sumber import rincian_realisasi
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import akses, pd_terlihat, pemda_terlihat
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.pengukuran.models import CatatanReviu
from sakip.web.pengukuran.ringkasan import rekap_nasional
from sakip.web.pengukuran.services import catatan_reviu_tambah, tahun_terbitkan
from sakip.web.perencanaan.selectors import indikator_ambil, tahun_kinerja_ambil, tahun_kinerja_daftar
from sakip.web.pertukaran.ke_berkas import hasil_dari_db
from sakip.web.riwayat.selectors import perubahan_daftar

from . import selectors


def _pemda_dipilih(request: HttpRequest) -> tuple[list[tuple[int, str]], int | None]:
    """The pemda (pk, name) with active agencies this person may see, and the one chosen with ?pemda= (None when
    none or one not among them)."""
    daftar = list(
        pemda_terlihat(request.aktor).filter(perangkat_daerah__aktif=True).distinct().values_list("pk", "nama")
    )
    pilih = request.GET.get("pemda", "")
    return daftar, next((pk for pk, _ in daftar if str(pk) == pilih), None)


@akses("pemda")
def ikhtisar(request: HttpRequest) -> HttpResponse:
    tersedia = selectors.tahun_tersedia()
    try:
        tahun = int(request.GET.get("tahun") or (tersedia[0] if tersedia else 0))
    except ValueError:
        tahun = tersedia[0] if tersedia else 0
    urut = request.GET.get("urut", "nama")
    turun = request.GET.get("arah") == "turun"
    aktor = request.aktor
    # A province's or the ministry's view: one line per pemda from the kept figures (thousands of agencies are
    # not measured while the page waits), and the agencies of one pemda once it is chosen.
    daftar_pemda, pemda_id = _pemda_dipilih(request)
    lintas = aktor.nasional and len(daftar_pemda) > 1
    pilih = request.GET.get("pemda", "")
    pemda_id = pemda_id if lintas else None
    tampil_pd = not lintas or pemda_id is not None
    rekap = rekap_nasional(pd_qs=pd_terlihat(aktor), tahun=tahun) if lintas and tahun and not tampil_pd else None
    pk_per_nama = {nama: pk for pk, nama in daftar_pemda}
    baris = (
        selectors.ikhtisar_pemda(aktor=aktor, tahun=tahun, urut=urut, turun=turun, pemda_id=pemda_id)
        if tahun and tampil_pd
        else []
    )
    konteks = {
        "rekap_pemda": [(r, pk_per_nama.get(r.pemda)) for r in rekap.pemda] if rekap else [],
        "rekap": rekap,
        "lintas": lintas,
        "tampil_pd": tampil_pd,
        "daftar_pemda": daftar_pemda,
        "pemda_dipilih": pilih if pemda_id is not None else "",
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
    aktor = request.aktor
    daftar_pemda, pemda_id = _pemda_dipilih(request)
    if aktor.nasional and len(daftar_pemda) > 1 and pemda_id is None:
        # Across pemda: the recap per pemda from the kept figures; one pemda's agencies with ?pemda=<id>.
        rekap = rekap_nasional(pd_qs=pd_terlihat(aktor), tahun=tahun)
        pk_per_nama = {nama: pk for pk, nama in daftar_pemda}
        data = [
            {
                "pemda": r.pemda,
                "id": pk_per_nama.get(r.pemda),
                "perangkat_daerah": r.jumlah_pd,
                "terukur": r.terukur,
                "rata_rata_capaian": teks_desimal(r.rata_rata) if r.rata_rata is not None else None,
                "serapan_anggaran": teks_desimal(r.serapan) if r.serapan is not None else None,
                "predikat": dict(r.sebaran),
            }
            for r in rekap.pemda
        ]
        isi = {"tahun": tahun, "rekap_pemda": data, "sedang_dihitung_ulang": rekap.jumlah_usang}
        return JsonResponse(isi, json_dumps_params={"ensure_ascii": False})
    baris = selectors.ikhtisar_pemda(aktor=aktor, tahun=tahun, pemda_id=pemda_id)
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
