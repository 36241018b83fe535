"""Workbook download, upload (preview) and apply. Thin: the rules live in `excel.py`."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.berkas.excel import ExcelTidakValid
from sakip.berkas.excel.baca import MAKS_UKURAN
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import akses
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil

from .excel import (
    kunci_excel,
    unggahan_ambil,
    unggahan_batal,
    unggahan_milik,
    workbook_pratinjau,
    workbook_terapkan,
    workbook_unduh,
)
from .models import UnggahanExcel

JENIS_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@akses("baca_pd")
def unduh(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    r = HttpResponse(workbook_unduh(aktor=request.aktor, tk=tk), content_type=JENIS_XLSX)
    r["Content-Disposition"] = f'attachment; filename="{pd}-{tahun}.xlsx"'
    return r


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def unggah(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    masalah: list = []
    status = 200
    if request.method == "POST":
        status = 400
        f = request.FILES.get("workbook")
        if f is None:
            masalah = [("", "", "", "Pilih workbook (.xlsx) yang akan diunggah.")]
        elif f.size > MAKS_UKURAN:
            masalah = [("", "", "", f"Berkas terlalu besar (maksimal {MAKS_UKURAN // (1024 * 1024)} MB).")]
        else:
            try:
                u = workbook_pratinjau(aktor=request.aktor, tk=tk, data=f.read(), nama_berkas=f.name or "workbook.xlsx")
                return redirect("pertukaran:workbook_pratinjau", pd=pd, tahun=tahun, id=u.pk)
            except ExcelTidakValid as exc:
                masalah = [(m.lembar, m.baris or "", f"{m.kolom} {m.judul}".strip(), m.pesan) for m in exc.rinci]
    riwayat = UnggahanExcel.objects.filter(tahun_kinerja=tk).exclude(status=UnggahanExcel.PRATINJAU)[:10]
    konteks = {"pd": request.pd, "tk": tk, "masalah": masalah, "kunci": kunci_excel(tk).uraian(), "riwayat": riwayat}
    return render(request, "pertukaran/workbook_unggah.html", konteks, status=status)


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def pratinjau(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    u = unggahan_ambil(aktor=request.aktor, tk=tk, id_=id)
    if not unggahan_milik(request.aktor, u):
        messages.error(request, "Pratinjau itu milik pengguna lain; unggah workbook Anda sendiri.")
        return redirect("pertukaran:workbook_unggah", pd=pd, tahun=tahun)
    status = 200
    if request.method == "POST":
        if request.POST.get("aksi") == "batal":
            unggahan_batal(aktor=request.aktor, unggahan=u)
            messages.info(request, f"Unggahan {u.nama_berkas} dibatalkan; tidak ada yang berubah.")
            return redirect("pertukaran:workbook_unggah", pd=pd, tahun=tahun)
        if request.POST.get("aksi") == "terapkan":
            try:
                n = workbook_terapkan(aktor=request.aktor, unggahan=u, alasan=request.POST.get("alasan", "")[:300])
                messages.success(
                    request, f"Workbook {u.nama_berkas} diterapkan: {n} nilai berubah (tercatat di riwayat)."
                )
                return redirect("dasbor:dasbor", pd=pd, tahun=tahun)
            except ExcelTidakValid as exc:
                messages.error(request, "Workbook tidak dapat diterapkan: " + "; ".join(str(m) for m in exc.rinci))
            except AlurDitolak as exc:
                messages.error(request, str(exc))
        status = 400
    return render(request, "pertukaran/workbook_pratinjau.html", {"pd": request.pd, "tk": tk, "u": u}, status=status)
