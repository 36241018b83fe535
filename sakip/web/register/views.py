from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.berkas.survei_impor import SINONIM_ADUAN, SINONIM_KEGIATAN, ImporTidakValid
from sakip.core.register import KANAL_ADUAN, rekap_aduan
from sakip.core.sumber_periode import periode_tahun
from sakip.core.sumber_tabel import tabel_register_aduan, tabel_register_kegiatan
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import akses, boleh_ubah_pd
from sakip.web.perencanaan.models import Indikator

from . import selectors, services
from .forms import FormAduan, FormImporRegister, FormKegiatan, FormSumber
from .kunci import triwulan_terkunci
from .models import Aduan, KegiatanRegister


def _indikator(pd, tahun) -> list[tuple[str, str]]:
    qs = Indikator.objects.filter(
        renstra__perangkat_daerah=pd, renstra__periode_awal__lte=tahun, renstra__periode_akhir__gte=tahun
    ).order_by("urutan", "id")
    return [(i.kode, f"{i.kode} {i.nama[:80]}") for i in qs]


@akses("baca_pd")
def ringkasan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    h = selectors.hasil_lengkap(aktor=request.aktor, pd=request.pd, tahun=tahun)
    b = h.berkas
    baris = []
    for ind in b.renstra.semua_indikator():
        r = h.rincian.get(ind.id)
        baris.append({"ind": ind, "r": r, "hasil": h.hasil.hasil_indikator(ind.id)})
    dari_db = set(Aduan.objects.filter(perangkat_daerah=request.pd).values_list("nomor", flat=True))
    konteks = {
        "pd": request.pd,
        "tahun": tahun,
        "baris": baris,
        "rekap_aduan": rekap_aduan(b.register.aduan, periode=periode_tahun(tahun)),
        "tabel_aduan": tabel_register_aduan(b.register.aduan),
        "tabel_kegiatan": tabel_register_kegiatan(b.register.kegiatan),
        "dari_berkas": [a.id for a in b.register.aduan if a.id not in dari_db],
        "terkunci": sorted(triwulan_terkunci(request.pd.pk, tahun)),
        "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
    }
    return render(request, "register/ringkasan.html", konteks)


def _form_aduan(request, pd, tahun, obj: Aduan | None):
    status = 200
    awal = {}
    if obj is not None:
        awal = {k: getattr(obj, k) for k in services.KOLOM_ADUAN} | {
            "versi": obj.versi,
            "bukti": "\n".join(obj.bukti or []),
        }
    form = FormAduan(initial=awal)
    if request.method == "POST":
        form = FormAduan(request.POST)
        if form.is_valid():
            try:
                a = services.aduan_simpan(
                    aktor=request.aktor,
                    pd=request.pd,
                    data=form.rekaman(),
                    id_=obj.pk if obj else None,
                    versi=form.cleaned_data["versi"] if obj else None,
                    alasan=form.cleaned_data["alasan"],
                )
                messages.success(request, f"Aduan {a.nomor} tersimpan.")
                return redirect("register:aduan", pd=pd, tahun=tahun)
            except (AlurDitolak, KonflikVersi) as exc:
                messages.error(request, str(exc))
                status = 409 if isinstance(exc, KonflikVersi) else 400
        else:
            messages.error(request, "Isian belum benar; lihat pesan di samping kolomnya.")
            status = 400
    return form, status


@akses("baca_pd", post="ubah_pd")
def aduan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    hasil = _form_aduan(request, pd, tahun, None)
    if isinstance(hasil, HttpResponse):
        return hasil
    form, status = hasil
    daftar = selectors.aduan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return render(
        request,
        "register/aduan.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "form": form,
            "daftar": daftar,
            "kanal": KANAL_ADUAN,
            "kategori": sorted({a.kategori for a in daftar if a.kategori}),
            "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
        },
        status=status,
    )


@akses("baca_pd", post="ubah_pd")
def aduan_ubah(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    obj = Aduan.objects.filter(perangkat_daerah=request.pd, pk=id).first()
    if obj is None:
        raise Http404("Aduan tidak ditemukan.")
    hasil = _form_aduan(request, pd, tahun, obj)
    if isinstance(hasil, HttpResponse):
        return hasil
    form, status = hasil
    return render(
        request,
        "register/aduan_ubah.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "form": form,
            "obj": obj,
            "kanal": KANAL_ADUAN,
            "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
        },
        status=status,
    )


@akses("ubah_pd", metode=("POST",))
def aduan_hapus(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    try:
        services.aduan_hapus(aktor=request.aktor, pd=request.pd, id_=id, alasan=request.POST.get("alasan", ""))
        messages.success(request, "Aduan dihapus.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return redirect("register:aduan", pd=pd, tahun=tahun)


def _form_kegiatan(request, pd, tahun, obj: KegiatanRegister | None):
    pilihan = _indikator(request.pd, tahun)
    awal = {"direncanakan": True}
    if obj is not None:
        awal = {k: getattr(obj, k) for k in services.KOLOM_KEGIATAN} | {
            "versi": obj.versi,
            "bukti": "\n".join(obj.bukti or []),
        }
    form = FormKegiatan(initial=awal, indikator=pilihan)
    status = 200
    if request.method == "POST":
        form = FormKegiatan(request.POST, indikator=pilihan)
        if form.is_valid():
            try:
                k = services.kegiatan_simpan(
                    aktor=request.aktor,
                    pd=request.pd,
                    tahun=tahun,
                    data=form.rekaman(),
                    id_=obj.pk if obj else None,
                    versi=form.cleaned_data["versi"] if obj else None,
                    alasan=form.cleaned_data["alasan"],
                )
                messages.success(request, f"Kegiatan {k.nomor} tersimpan.")
                return redirect("register:kegiatan", pd=pd, tahun=tahun)
            except (AlurDitolak, KonflikVersi) as exc:
                messages.error(request, str(exc))
                status = 409 if isinstance(exc, KonflikVersi) else 400
        else:
            messages.error(request, "Isian belum benar; lihat pesan di samping kolomnya.")
            status = 400
    return form, status


@akses("baca_pd", post="ubah_pd")
def kegiatan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    hasil = _form_kegiatan(request, pd, tahun, None)
    if isinstance(hasil, HttpResponse):
        return hasil
    form, status = hasil
    return render(
        request,
        "register/kegiatan.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "form": form,
            "daftar": selectors.kegiatan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun),
            "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
        },
        status=status,
    )


@akses("baca_pd", post="ubah_pd")
def kegiatan_ubah(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    obj = KegiatanRegister.objects.filter(perangkat_daerah=request.pd, tahun=tahun, pk=id).first()
    if obj is None:
        raise Http404("Kegiatan tidak ditemukan.")
    hasil = _form_kegiatan(request, pd, tahun, obj)
    if isinstance(hasil, HttpResponse):
        return hasil
    form, status = hasil
    return render(
        request,
        "register/kegiatan_ubah.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "form": form,
            "obj": obj,
            "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
        },
        status=status,
    )


@akses("ubah_pd", metode=("POST",))
def kegiatan_hapus(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    try:
        services.kegiatan_hapus(
            aktor=request.aktor, pd=request.pd, tahun=tahun, id_=id, alasan=request.POST.get("alasan", "")
        )
        messages.success(request, "Kegiatan dihapus.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return redirect("register:kegiatan", pd=pd, tahun=tahun)


@akses("baca_pd", post="ubah_pd")
def impor(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    form = FormImporRegister()
    masalah: list[str] = []
    status = 200
    if request.method == "POST":
        form = FormImporRegister(request.POST, request.FILES)
        status = 400
        if form.is_valid():
            f = form.cleaned_data["berkas"]
            jenis = form.cleaned_data["jenis"]
            try:
                n = services.register_impor(
                    aktor=request.aktor, pd=request.pd, tahun=tahun, jenis=jenis, isi=f.read(), nama_berkas=f.name
                )
                messages.success(request, f"{n} baris register {jenis} diimpor dari {f.name}.")
                return redirect("register:aduan" if jenis == "aduan" else "register:kegiatan", pd=pd, tahun=tahun)
            except ImporTidakValid as exc:
                masalah = [str(m) for m in exc.masalah[:200]]
            except AlurDitolak as exc:
                masalah = [str(exc)]
    return render(
        request,
        "register/impor.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "form": form,
            "masalah": masalah,
            "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
        },
        status=status,
    )


@akses("baca_pd")
def templat(request: HttpRequest, pd: str, tahun: int, jenis: str) -> HttpResponse:
    """An empty spreadsheet (CSV) with the import's column headings."""
    kolom = {"aduan": SINONIM_ADUAN, "kegiatan": SINONIM_KEGIATAN}.get(jenis)
    if kolom is None:
        raise Http404("Templat: aduan atau kegiatan.")
    buf = io.StringIO()
    csv.writer(buf).writerow(list(kolom))
    r = HttpResponse("\ufeff" + buf.getvalue(), content_type="text/csv; charset=utf-8")
    r["Content-Disposition"] = f'attachment; filename="templat-register-{jenis}.csv"'
    return r


@akses("baca_pd", post="ubah_pd")
def sumber(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    ind = dict(_indikator(request.pd, tahun))
    if kode not in ind:
        raise Http404("Indikator tidak ditemukan.")
    s = selectors.sumber_ambil(aktor=request.aktor, pd=request.pd, kode=kode)
    from .models import AlasanManual

    alasan_lama = AlasanManual.objects.filter(perangkat_daerah=request.pd, tahun=tahun, indikator=kode).first()
    awal = {"alasan_manual": alasan_lama.alasan if alasan_lama else "", "direncanakan": "ya"}
    if s is not None:
        p = s.penyebut or {}
        awal |= {
            "jenis": s.jenis,
            "survei": s.survei,
            "jenis_layanan": "\n".join(s.jenis_layanan or []),
            "kategori": "\n".join(p.get("kategori", [])),
            "kanal": "\n".join(p.get("kanal", [])),
            "direncanakan": {True: "ya", False: "tidak", None: ""}[p.get("direncanakan")],
            "pembilang_status": (s.pembilang or {}).get("status", []),
            "jika_kosong": s.jika_kosong,
            "keterangan": s.keterangan,
        }
    form = FormSumber(initial=awal)
    status = 200
    if request.method == "POST":
        form = FormSumber(request.POST)
        if form.is_valid():
            try:
                services.sumber_simpan(aktor=request.aktor, pd=request.pd, tahun=tahun, kode=kode, **form.isi())
                messages.success(request, f"Sumber realisasi {kode} tersimpan.")
                return redirect("register:ringkasan", pd=pd, tahun=tahun)
            except AlurDitolak as exc:
                messages.error(request, str(exc))
        else:
            messages.error(request, "Isian belum benar; lihat pesan di samping kolomnya.")
        status = 400
    h = selectors.hasil_lengkap(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return render(
        request,
        "register/sumber.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "kode": kode,
            "nama": ind[kode],
            "form": form,
            "r": h.rincian.get(kode),
            "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
        },
        status=status,
    )
