"""SIPD export upload (preview) and apply. Thin: the rules live in `sipd.py` and `sakip.berkas.sipd`."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.berkas.excel import ExcelTidakValid
from sakip.berkas.sipd import REALISASI, STRUKTUR
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import TidakBerwenang, akses
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil

from .models import UnggahanSipd
from .sipd import MAKS_UKURAN, pemetaan_setelan, sipd_ambil, sipd_batal, sipd_milik, sipd_pratinjau, sipd_terapkan


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def unggah(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    masalah: list = []
    status = 200
    if request.method == "POST":
        status = 400
        f = request.FILES.get("ekspor")
        jenis = request.POST.get("jenis", "")
        teks_tw = request.POST.get("triwulan", "")
        triwulan = int(teks_tw) if teks_tw in ("1", "2", "3", "4") else None
        if f is None:
            masalah = [("", "", "Pilih berkas ekspor SIPD (.xlsx atau .csv).")]
        elif f.size > MAKS_UKURAN:
            masalah = [("", "", f"Berkas terlalu besar (maksimal {MAKS_UKURAN // (1024 * 1024)} MB).")]
        elif jenis not in (STRUKTUR, REALISASI):
            masalah = [("", "", "Pilih jenis ekspor: struktur anggaran atau realisasi anggaran.")]
        else:
            try:
                u = sipd_pratinjau(
                    aktor=request.aktor,
                    tk=tk,
                    data=f.read(),
                    nama_berkas=f.name or "sipd.xlsx",
                    jenis=jenis,
                    triwulan=triwulan if jenis == REALISASI else None,
                )
                return redirect("pertukaran:sipd_pratinjau", pd=pd, tahun=tahun, id=u.pk)
            except ExcelTidakValid as exc:
                masalah = [(m.baris or "", f"{m.kolom} {m.judul}".strip(), m.pesan) for m in exc.rinci]
            except AlurDitolak as exc:
                masalah = [("", "", str(exc))]
    try:
        kolom = pemetaan_setelan().kolom
    except AlurDitolak as exc:
        kolom = {}
        masalah = masalah or [("", "", str(exc))]
    riwayat = UnggahanSipd.objects.filter(tahun_kinerja=tk).exclude(status=UnggahanSipd.PRATINJAU)[:10]
    konteks = {"pd": request.pd, "tk": tk, "masalah": masalah, "kolom": kolom, "riwayat": riwayat}
    return render(request, "pertukaran/sipd_unggah.html", konteks, status=status)


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def pratinjau(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    u = sipd_ambil(aktor=request.aktor, tk=tk, id_=id)
    if not sipd_milik(request.aktor, u):
        messages.error(request, "Pratinjau itu milik pengguna lain; unggah ekspor Anda sendiri.")
        return redirect("pertukaran:sipd_unggah", pd=pd, tahun=tahun)
    status = 200
    if request.method == "POST":
        try:
            if request.POST.get("aksi") == "batal":
                sipd_batal(aktor=request.aktor, unggahan=u)
                messages.info(request, f"Unggahan {u.nama_berkas} dibatalkan; tidak ada yang berubah.")
                return redirect("pertukaran:sipd_unggah", pd=pd, tahun=tahun)
            if request.POST.get("aksi") == "terapkan":
                n = sipd_terapkan(aktor=request.aktor, unggahan=u, alasan=request.POST.get("alasan", "")[:300])
                messages.success(
                    request, f"Ekspor SIPD {u.nama_berkas} diterapkan: {n} nilai berubah (tercatat di riwayat)."
                )
                return redirect("anggaran:ringkasan", pd=pd, tahun=tahun)
        except ExcelTidakValid as exc:
            messages.error(request, "Ekspor tidak dapat diterapkan: " + "; ".join(str(m) for m in exc.rinci))
        except (AlurDitolak, TidakBerwenang) as exc:
            messages.error(request, str(exc))
        except Exception as exc:  # the whole-year import reports its own problems (BerkasTidakValid)
            from sakip.berkas.baca import BerkasTidakValid

            if not isinstance(exc, BerkasTidakValid):
                raise
            messages.error(request, "Ekspor tidak dapat diterapkan: " + str(exc))
        status = 400
    return render(request, "pertukaran/sipd_pratinjau.html", {"pd": request.pd, "tk": tk, "u": u}, status=status)
