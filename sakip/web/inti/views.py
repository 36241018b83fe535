from __future__ import annotations

from pathlib import Path

from django.contrib.auth import views as auth_views
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.web.organisasi.akses import akses, aktor_dari


@akses("publik")
def beranda(request: HttpRequest) -> HttpResponse:
    aktor = aktor_dari(request.user)
    if aktor.peran in ("admin", "reviewer"):
        return redirect("dasbor:ikhtisar")
    if aktor.peran in ("operator", "kepala"):
        return redirect("dasbor:pd_saya")
    return render(request, "inti/beranda.html")


_FAVICON = Path(__file__).parent / "static" / "sakip" / "favicon.ico"


@akses("publik")
def favicon(request: HttpRequest) -> FileResponse:
    """Browsers and bookmarks ask for /favicon.ico whatever the page links; answer it instead of a 404."""
    respons = FileResponse(_FAVICON.open("rb"), content_type="image/x-icon")
    respons["Cache-Control"] = "public, max-age=86400"
    return respons


class Masuk(auth_views.LoginView):
    template_name = "inti/masuk.html"
    redirect_authenticated_user = True


masuk = akses("publik", metode=("GET", "HEAD", "POST"))(Masuk.as_view())


class GantiSandi(auth_views.PasswordChangeView):
    template_name = "inti/sandi.html"

    def get_success_url(self) -> str:
        from django.contrib import messages

        messages.success(self.request, "Kata sandi diganti.")
        return reverse("inti:beranda")


sandi = akses("masuk", metode=("GET", "HEAD", "POST"))(GantiSandi.as_view())
keluar = akses("publik", metode=("POST",))(auth_views.LogoutView.as_view())


def _galat(request: HttpRequest, status: int, judul: str, pesan: str) -> HttpResponse:
    return render(request, "inti/galat.html", {"judul": judul, "pesan": pesan, "kode": status}, status=status)


def galat_400(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _galat(request, 400, "Permintaan tidak dapat diproses", "Periksa kembali alamat atau isian Anda.")


def galat_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    pesan = str(exception) if exception and str(exception) else "Anda tidak berwenang membuka halaman ini."
    return _galat(request, 403, "Akses ditolak", pesan)


def galat_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    from .galat import TidakDitemukan

    pesan = "Alamat yang Anda buka tidak ada atau sudah dipindahkan."
    if isinstance(exception, TidakDitemukan) and str(exception):
        pesan = str(exception)
    return _galat(request, 404, "Halaman tidak ditemukan", pesan)


def galat_500(request: HttpRequest) -> HttpResponse:
    # No context processors that could fail again: a plain page.
    from django.template import loader

    try:
        kembali = reverse("inti:beranda")
    except Exception:  # the URL configuration itself may be what failed
        kembali = "/"
    teks = loader.get_template("inti/500.html").render({"kembali": kembali, "nonce": getattr(request, "csp_nonce", "")})
    return HttpResponse(teks, status=500)


def gagal_csrf(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _galat(
        request,
        403,
        "Formulir kedaluwarsa",
        "Formulir ini sudah kedaluwarsa atau dibuka dari halaman lain. Muat ulang halaman lalu kirim kembali.",
    )
