"""Account security pages: two-step login (set up, verify, turn off), locked accounts (admin unlocks), and the
page django-axes shows when an account is locked."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from sakip.web.organisasi.akses import akses

from . import dua_langkah, services


def _tujuan(request: HttpRequest) -> str:
    nxt = request.POST.get("next") or request.GET.get("next") or ""
    if nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=False):
        return nxt
    return "/"


@akses("masuk", metode=("GET", "HEAD", "POST"))
def akun(request: HttpRequest) -> HttpResponse:
    """Overview: two-step login status; for the admin, the accounts locked after failed logins."""
    user = request.user
    if request.method == "POST":
        aksi = request.POST.get("aksi")
        if aksi == "matikan":
            if settings.SAKIP_WAJIB_DUA_LANGKAH and dua_langkah.boleh_dua_langkah(user):
                messages.error(request, "Verifikasi dua langkah wajib untuk peran Anda dan tidak dapat dimatikan.")
            elif dua_langkah.matikan(request=request, kode=request.POST.get("kode", "")):
                messages.success(request, "Verifikasi dua langkah dimatikan.")
            else:
                messages.error(request, "Kode tidak cocok; verifikasi dua langkah tetap aktif.")
        elif aksi == "buka_kunci":
            n = services.kunci_buka(aktor=request.aktor, username=request.POST.get("username", ""))
            if n:
                messages.success(request, f"Akun '{request.POST.get('username', '')}' dibuka kembali.")
            else:
                messages.info(request, "Akun itu tidak sedang terkunci.")
        return redirect("keamanan:akun")
    konteks = {
        "boleh_dua_langkah": dua_langkah.boleh_dua_langkah(user),
        "perangkat": dua_langkah.perangkat_aktif(user),
        "wajib": settings.SAKIP_WAJIB_DUA_LANGKAH,
        "terkunci": services.daftar_terkunci(aktor=request.aktor) if request.aktor.admin else None,
    }
    return render(request, "keamanan/akun.html", konteks)


@akses("masuk", metode=("GET", "HEAD", "POST"))
def dua_langkah_daftar(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not dua_langkah.boleh_dua_langkah(user):
        messages.info(request, "Verifikasi dua langkah tersedia untuk admin, kepala perangkat daerah dan reviewer.")
        return redirect("keamanan:akun")
    if dua_langkah.perangkat_aktif(user) is not None and not user.is_verified():
        return redirect("keamanan:verifikasi")
    galat = ""
    if request.method == "POST":
        if dua_langkah.daftar_konfirmasi(request=request, kode=request.POST.get("kode", "")):
            messages.success(
                request, "Verifikasi dua langkah aktif. Berikutnya, setiap masuk meminta kode dari aplikasi."
            )
            return redirect(_tujuan(request))
        galat = "Kode tidak cocok. Pindai kode QR lagi lalu masukkan 6 angka yang sedang tampil di aplikasi."
    d = dua_langkah.perangkat_calon(user)
    konteks = {
        "qr": dua_langkah.qr_svg(d),
        "rahasia": dua_langkah.rahasia_teks(d),
        "galat": galat,
        "next": request.GET.get("next", ""),
        "wajib": settings.SAKIP_WAJIB_DUA_LANGKAH,
    }
    return render(request, "keamanan/dua_langkah.html", konteks, status=400 if galat else 200)


@akses("masuk", metode=("GET", "HEAD", "POST"))
def verifikasi(request: HttpRequest) -> HttpResponse:
    if request.user.is_verified() or dua_langkah.perangkat_aktif(request.user) is None:
        return redirect(_tujuan(request))
    galat = ""
    if request.method == "POST":
        ok, galat = dua_langkah.verifikasi(request=request, kode=request.POST.get("kode", ""))
        if ok:
            return redirect(_tujuan(request))
    konteks = {"galat": galat, "next": request.POST.get("next") or request.GET.get("next", "")}
    return render(request, "keamanan/verifikasi.html", konteks, status=400 if galat else 200)


def terkunci(request: HttpRequest, response=None, credentials=None, *args, **kwargs) -> HttpResponse:
    """What django-axes answers once an account is locked: the login page with the reason, in Indonesian."""
    from django.contrib.auth.forms import AuthenticationForm

    menit = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60) if settings.AXES_COOLOFF_TIME else 0
    pesan = (
        f"Akun ini dikunci sementara karena {settings.AXES_FAILURE_LIMIT} kali gagal masuk. "
        + (f"Coba lagi setelah {menit} menit, atau " if menit else "")
        + "minta admin pemda membuka kuncinya."
    )
    konteks = {"form": AuthenticationForm(request), "terkunci": pesan, "next": request.POST.get("next", "")}
    return render(request, "inti/masuk.html", konteks, status=429)
