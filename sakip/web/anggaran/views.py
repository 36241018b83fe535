from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.core.angka import AngkaTidakValid, format_bilangan, parse_angka, periksa_besaran
from sakip.core.batas import MAKS_DESIMAL_UANG
from sakip.core.tabel import tabel_anggaran, tabel_komposisi, tabel_refocusing
from sakip.web.inti.bidang import pesan_angka
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import akses
from sakip.web.perencanaan.models import SubKegiatan
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil
from sakip.web.perencanaan.services import pagu_ubah_massal
from sakip.web.pertukaran.ke_berkas import hasil_dari_db


@akses("baca_pd")
def ringkasan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    h = hasil_dari_db(tk)
    tabel = [tabel_anggaran(h), tabel_komposisi(h)]
    ref = tabel_refocusing(h)
    if ref is not None:
        tabel.append(ref)
    return render(request, "anggaran/ringkasan.html", {"tk": tk, "pd": request.pd, "h": h, "tabel": tabel})


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def pagu(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    """Bulk edit of ceilings: all rows are checked first, then saved together (or none)."""
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    subs = list(
        SubKegiatan.objects.filter(tahun_kinerja=tk).order_by("kegiatan__program__urutan", "kegiatan__urutan", "urutan")
    )
    galat: dict[str, str] = {}
    isian: dict[str, str] = {}
    status = 200
    if request.method == "POST":
        baris = []
        for s in subs:
            teks_p = request.POST.get(f"pagu_{s.pk}", "").strip()
            teks_m = request.POST.get(f"murni_{s.pk}", "").strip()
            isian[f"pagu_{s.pk}"], isian[f"murni_{s.pk}"] = teks_p, teks_m
            try:
                nilai_p = periksa_besaran(parse_angka(teks_p), teks_p, desimal=MAKS_DESIMAL_UANG) if teks_p else None
                if nilai_p is None:
                    raise AngkaTidakValid("Pagu wajib diisi.")
                if nilai_p < 0:
                    raise AngkaTidakValid("Pagu tidak boleh negatif.")
            except AngkaTidakValid as exc:
                galat[f"pagu_{s.pk}"] = f"{exc}" if str(exc).endswith(".") else pesan_angka(exc, teks_p)
                continue
            try:
                nilai_m = periksa_besaran(parse_angka(teks_m), teks_m, desimal=MAKS_DESIMAL_UANG) if teks_m else None
                if nilai_m is not None and nilai_m < 0:
                    raise AngkaTidakValid("Pagu murni tidak boleh negatif.")
            except AngkaTidakValid as exc:
                galat[f"murni_{s.pk}"] = f"{exc}" if str(exc).endswith(".") else pesan_angka(exc, teks_m)
                continue
            if nilai_p < s.belanja_modal:
                galat[f"pagu_{s.pk}"] = "Pagu tidak boleh lebih kecil dari belanja modalnya."
                continue
            try:
                versi = int(request.POST.get(f"versi_{s.pk}", ""))
            except ValueError:
                versi = None
            baris.append((s, versi, nilai_p, nilai_m))
        alasan = request.POST.get("alasan", "")
        if not alasan.strip():
            galat["alasan"] = "Alasan perubahan wajib diisi."
        if not galat:
            try:
                n = pagu_ubah_massal(aktor=request.aktor, tk=tk, baris=baris, alasan=alasan)
                messages.success(request, f"{n} pagu sub kegiatan diubah.")
                return redirect("anggaran:ringkasan", pd=pd, tahun=tahun)
            except (AlurDitolak, KonflikVersi) as exc:
                messages.error(request, str(exc))
                status = 409
        else:
            messages.error(request, "Ada isian yang salah; tidak ada yang disimpan.")
            status = 400
    baris_tampil = [
        {
            "s": s,
            "pagu": isian.get(f"pagu_{s.pk}", format_bilangan(s.pagu)),
            "murni": isian.get(f"murni_{s.pk}", format_bilangan(s.pagu_murni) if s.pagu_murni is not None else ""),
            "galat_pagu": galat.get(f"pagu_{s.pk}"),
            "galat_murni": galat.get(f"murni_{s.pk}"),
        }
        for s in subs
    ]
    return render(
        request,
        "anggaran/pagu.html",
        {
            "tk": tk,
            "pd": request.pd,
            "baris": baris_tampil,
            "galat_alasan": galat.get("alasan"),
            "alasan": request.POST.get("alasan", ""),
        },
        status=status,
    )
