"""Security middleware: response headers (CSP with nonce, Permissions-Policy), session expiry, the two-step
login check and rate limits on public endpoints. Order in settings.MIDDLEWARE matters; see docs/keamanan.md."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from . import batas, csp, dua_langkah

IZIN_FITUR = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()"
)


class HeaderKeamanan:
    """CSP (fresh nonce each response, see csp.py) and Permissions-Policy on every response. HSTS, nosniff,
    Referrer-Policy and COOP come from Django's SecurityMiddleware, X-Frame-Options from its clickjacking one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.csp_nonce = csp.nonce_baru()
        token = csp.mulai_respons()
        try:
            respons = self.get_response(request)
            gaya = csp.selesai_respons(token)
        except BaseException:
            csp.selesai_respons(token)
            raise
        if "Content-Security-Policy" not in respons:
            respons["Content-Security-Policy"] = csp.kebijakan(request.csp_nonce, gaya)
        respons.setdefault("Permissions-Policy", IZIN_FITUR)
        # Static files leave through WhiteNoise before the later middleware: give them the same basics.
        respons.setdefault("X-Content-Type-Options", "nosniff")
        respons.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        respons.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        return respons


class SesiBerbatas:
    """A logged-in session ends after ``SAKIP_SESI_DIAM_MENIT`` minutes without a request (idle) and, whatever
    the activity, ``SAKIP_SESI_MAKS_JAM`` hours after the login (absolute). Times are kept in the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            sekarang = int(time.time())
            s = request.session
            masuk = s.get(KUNCI_MASUK)
            aktif = s.get(KUNCI_AKTIF)
            if masuk is None or aktif is None:
                # A session from before this check existed: start its clocks now.
                s[KUNCI_MASUK] = masuk = sekarang if masuk is None else masuk
                s[KUNCI_AKTIF] = aktif = sekarang
            diam = settings.SAKIP_SESI_DIAM_MENIT * 60
            maks = settings.SAKIP_SESI_MAKS_JAM * 3600
            alasan = None
            if sekarang - aktif > diam:
                alasan = (
                    f"Sesi Anda berakhir karena tidak ada aktivitas selama {settings.SAKIP_SESI_DIAM_MENIT} menit. "
                    "Silakan masuk kembali."
                )
            elif sekarang - masuk > maks:
                alasan = f"Sesi Anda berakhir setelah {settings.SAKIP_SESI_MAKS_JAM} jam. Silakan masuk kembali."
            if alasan:
                logout(request)
                messages.info(request, alasan)
                return _ke_login(request)
            # Write the activity mark at most once a minute: a session save per request is a database write.
            if sekarang - aktif >= 60:
                s[KUNCI_AKTIF] = sekarang
        return self.get_response(request)


KUNCI_MASUK = "_sakip_masuk_pada"
KUNCI_AKTIF = "_sakip_aktif_pada"


def _ke_login(request: HttpRequest) -> HttpResponse:
    url = reverse("inti:masuk")
    if request.method in ("GET", "HEAD"):
        from urllib.parse import urlencode

        url += "?" + urlencode({"next": request.get_full_path()})
    if request.headers.get("HX-Request"):
        r = HttpResponse(status=204)
        r["HX-Redirect"] = url
        return r
    return redirect(url)


class WajibDuaLangkah:
    """Someone who has a confirmed authenticator app must enter its code before anything else; with
    ``SAKIP_WAJIB_DUA_LANGKAH=1`` the roles that may use it (admin, kepala, reviewer) must first set it up."""

    BEBAS = ("keamanan:verifikasi", "keamanan:dua_langkah", "inti:keluar", "inti:favicon")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, args, kwargs) -> HttpResponse | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        cocok = request.resolver_match
        nama = cocok.view_name if cocok else ""
        if nama in self.BEBAS or request.path.startswith(settings.STATIC_URL):
            return None
        perlu = dua_langkah.perlu_verifikasi(user)
        if perlu == "verifikasi":
            return _arahkan(request, "keamanan:verifikasi")
        if perlu == "daftar":
            return _arahkan(request, "keamanan:dua_langkah")
        return None


def _arahkan(request: HttpRequest, nama: str) -> HttpResponse:
    from urllib.parse import urlencode

    url = reverse(nama)
    if request.method in ("GET", "HEAD"):
        url += "?" + urlencode({"next": request.get_full_path()})
    if request.headers.get("HX-Request"):
        r = HttpResponse(status=204)
        r["HX-Redirect"] = url
        return r
    return redirect(url)


class BatasAkses:
    """Rate limits for visitors without a login on every view declared public (sakip.web.organisasi.akses),
    counted per client address in the database (batas.py): the public pages, the survey and the login form,
    and any public view added later."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, args, kwargs) -> HttpResponse | None:
        if getattr(view_func, "akses", None) != "publik":
            return None
        user = getattr(request, "user", None)
        masuk = request.resolver_match is not None and request.resolver_match.view_name == "inti:masuk"
        if user is not None and user.is_authenticated and not masuk:
            return None
        alamat = batas.alamat_dari(request)
        try:
            batas.hitung(batas.batas_publik(), alamat)
            if request.method == "POST":
                batas.hitung(batas.batas_kirim_publik(), alamat)
                if masuk:
                    batas.hitung(batas.batas_masuk(), alamat)
        except batas.TerlaluBanyak as exc:
            r = render(
                request,
                "inti/galat.html",
                {
                    "judul": "Terlalu banyak permintaan",
                    "pesan": "Terlalu banyak permintaan dari jaringan Anda dalam waktu singkat. "
                    f"Silakan coba lagi dalam {_lama(exc.sisa_detik)}.",
                    "kode": 429,
                },
                status=429,
            )
            r["Retry-After"] = str(exc.sisa_detik)
            return r
        return None


def _lama(detik: int) -> str:
    return f"{detik} detik" if detik < 120 else f"{(detik + 59) // 60} menit"
