from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.core.reviu import DITINDAKLANJUTI, TIDAK_RELEVAN
from sakip.web.inti.galat import AlurDitolak, KonflikVersi, TidakDitemukan
from sakip.web.organisasi.akses import akses, boleh_kepala_pd, boleh_ubah_pd
from sakip.web.pengukuran.models import CatatanReviu
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil
from sakip.web.riwayat.selectors import perubahan_daftar

from . import selectors, services


def _versi(request: HttpRequest) -> int | None:
    try:
        return int(request.POST.get("versi", ""))
    except ValueError:
        return None


@akses("baca_pd")
def ringkasan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    aktor = request.aktor
    tk = tahun_kinerja_ambil(aktor=aktor, pd=request.pd, tahun=tahun)
    h = selectors.halaman_reviu(aktor=aktor, tk=tk)
    pk = selectors.pk_ditandatangani(tk)
    final_pk = selectors.penetapan_pk(tk=tk)
    konteks = {
        "tk": tk,
        "pd": request.pd,
        "h": h,
        "pk_versi": [(p, final_pk.get(p.pk)) for p in pk],
        "penetapan_lkjip": selectors.penetapan_lkjip(tk=tk),
        "catatan": CatatanReviu.objects.filter(tahun_kinerja=tk)[:50],
        "riwayat": selectors.riwayat_reviu(aktor=aktor, tk=tk),
        "bisa_tanggap": boleh_ubah_pd(aktor, request.pd),
        "bisa_kepala": boleh_kepala_pd(aktor, request.pd),
        "status_pilihan": [(DITINDAKLANJUTI, "Ditindaklanjuti"), (TIDAK_RELEVAN, "Tidak relevan"), ("", "Terbuka")],
    }
    return render(request, "reviu/ringkasan.html", konteks)


@akses("reviewer", metode=("POST",))
def jalankan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    try:
        j = services.reviu_jalankan(aktor=request.aktor, tk=tk, laporan=request.FILES.get("laporan"))
        messages.success(
            request,
            f"Reviu selesai: {j.jumlah_galat} galat, {j.jumlah_peringatan} peringatan, {j.jumlah_catatan} catatan.",
        )
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return redirect("reviu:ringkasan", pd=pd, tahun=tahun)


@akses("baca_pd", post="reviewer")
def temuan(request: HttpRequest, pd: str, tahun: int, kunci: str) -> HttpResponse:
    aktor = request.aktor
    tk = tahun_kinerja_ambil(aktor=aktor, pd=request.pd, tahun=tahun)
    if request.method == "POST":
        try:
            services.tindak_lanjut_atur(
                aktor=aktor,
                tk=tk,
                kunci=kunci,
                status=request.POST.get("status", ""),
                catatan=request.POST.get("catatan", ""),
                versi=_versi(request),
            )
            messages.success(request, "Tindak lanjut temuan disimpan.")
        except (AlurDitolak, KonflikVersi) as exc:
            messages.error(request, str(exc))
        return redirect(_ke(request, pd, tahun, kunci))
    x = selectors.temuan_ambil(aktor=aktor, tk=tk, kunci=kunci)
    if x is None:
        raise TidakDitemukan("Temuan ini tidak ada pada reviu terakhir (mungkin sudah diperbaiki).")
    konteks = {
        "tk": tk,
        "pd": request.pd,
        "x": x,
        "riwayat": perubahan_daftar(aktor=aktor, pd=request.pd, tahun=tahun, objek=f"temuan:{kunci}"),
        "bisa_tanggap": boleh_ubah_pd(aktor, request.pd),
        "status_pilihan": [(DITINDAKLANJUTI, "Ditindaklanjuti"), (TIDAK_RELEVAN, "Tidak relevan"), ("", "Terbuka")],
    }
    return render(request, "reviu/temuan.html", konteks)


def _ke(request: HttpRequest, pd: str, tahun: int, kunci: str) -> str:
    """After a finding's form: back to the reviu list at that finding, or to the finding's own page."""
    if request.POST.get("kembali") == "ringkasan":
        return reverse("reviu:ringkasan", kwargs={"pd": pd, "tahun": tahun}) + f"#temuan-{kunci}"
    return reverse("reviu:temuan", kwargs={"pd": pd, "tahun": tahun, "kunci": kunci})


@akses("ubah_pd", metode=("POST",))
def tanggapan(request: HttpRequest, pd: str, tahun: int, kunci: str) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    try:
        services.tanggapan_simpan(
            aktor=request.aktor, tk=tk, kunci=kunci, teks=request.POST.get("tanggapan", ""), versi=_versi(request)
        )
        messages.success(request, "Tanggapan disimpan.")
    except (AlurDitolak, KonflikVersi) as exc:
        messages.error(request, str(exc))
    return redirect(_ke(request, pd, tahun, kunci))


@akses("baca_pd")
def chr(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    data, nama = services.catatan_hasil_reviu(aktor=request.aktor, tk=tk)
    r = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    r["Content-Disposition"] = f'attachment; filename="{nama}"'
    return r


@akses("kepala_pd", metode=("POST",))
def final_lkjip(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    try:
        services.lkjip_tetapkan_final(aktor=request.aktor, tk=tk)
        messages.success(request, f"LKjIP {tahun} ditetapkan final.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return _kembali(request, pd, tahun)


@akses("kepala_pd", metode=("POST",))
def final_pk(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    try:
        p = services.pk_tetapkan_final(aktor=request.aktor, tk=tk, pk_id=id)
        messages.success(request, f"PK {p.pk_versi.jenis} ditetapkan final.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return _kembali(request, pd, tahun)


def _kembali(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    """Back to the page the button was on (the PK page or the reviu page)."""
    if request.POST.get("kembali") == "pk":
        return redirect("perencanaan:pk", pd=pd, tahun=tahun)
    return redirect("reviu:ringkasan", pd=pd, tahun=tahun)


@akses("pemda")
def pemda(request: HttpRequest) -> HttpResponse:
    tersedia = sorted(set(TahunKinerja.objects.values_list("tahun", flat=True)), reverse=True)
    try:
        tahun = int(request.GET.get("tahun") or (tersedia[0] if tersedia else 0))
    except ValueError:
        tahun = tersedia[0] if tersedia else 0
    baris = selectors.daftar_pemda(aktor=request.aktor, tahun=tahun) if tahun else []
    return render(request, "reviu/pemda.html", {"baris": baris, "tahun": tahun, "tersedia": tersedia})
