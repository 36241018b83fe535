"""Two-step login with an authenticator app (TOTP, django-otp), for the roles that sign, lock or oversee:
admin, kepala, reviewer. Optional per user; ``SAKIP_WAJIB_DUA_LANGKAH=1`` makes it required for those roles."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from sakip.web.organisasi.akses import aktor_dari
from sakip.web.organisasi.models import Peran

PERAN_DUA_LANGKAH = (Peran.ADMIN, Peran.KEPALA, Peran.REVIEWER)
NAMA_PERANGKAT = "aplikasi autentikator"


def boleh_dua_langkah(user) -> bool:
    return aktor_dari(user).peran in PERAN_DUA_LANGKAH


def perangkat_aktif(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def perlu_verifikasi(user) -> str | None:
    """ "verifikasi": has an app, must enter a code; "daftar": must set one up first (required by the
    setting); None: may continue."""
    if perangkat_aktif(user) is not None:
        return "verifikasi"
    if settings.SAKIP_WAJIB_DUA_LANGKAH and boleh_dua_langkah(user):
        return "daftar"
    return None


def perangkat_calon(user) -> TOTPDevice:
    """The unconfirmed device being set up (a new secret each time setup starts over)."""
    d = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if d is None:
        d = TOTPDevice.objects.create(user=user, name=NAMA_PERANGKAT, confirmed=False)
    return d


def _bersih(kode: str) -> str:
    return "".join(ch for ch in (kode or "") if ch.isdigit())[:8]


def daftar_konfirmasi(*, request, kode: str) -> bool:
    """Confirm the device being set up with a code from the app; the session counts as verified."""
    user = request.user
    d = perangkat_calon(user)
    if not d.verify_is_allowed()[0] or not d.verify_token(_bersih(kode)):
        return False
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user, confirmed=True).delete()
        d.confirmed = True
        d.save(update_fields=["confirmed"])
    otp_login(request, d)
    return True


def verifikasi(*, request, kode: str) -> tuple[bool, str]:
    """Check a code at login. Returns (ok, message). Wrong codes slow down (django-otp's throttling)."""
    d = perangkat_aktif(request.user)
    if d is None:
        return False, "Tidak ada aplikasi autentikator terdaftar."
    boleh, _ = d.verify_is_allowed()
    if not boleh:
        return False, "Terlalu banyak kode salah. Tunggu sebentar lalu coba lagi."
    if d.verify_token(_bersih(kode)):
        otp_login(request, d)
        return True, ""
    return False, "Kode tidak cocok. Masukkan 6 angka yang sedang tampil di aplikasi autentikator."


def matikan(*, request, kode: str) -> bool:
    """Turn two-step login off (needs a current code; refused when the setting requires it for this role)."""
    d = perangkat_aktif(request.user)
    if d is None or not d.verify_token(_bersih(kode)):
        return False
    TOTPDevice.objects.filter(user=request.user).delete()
    return True


def qr_svg(d: TOTPDevice) -> str:
    """The setup QR as inline SVG (no style attributes, so the page's CSP needs nothing extra)."""
    import segno

    return segno.make(d.config_url, error="m").svg_inline(scale=5, title="Kode QR aplikasi autentikator")


def rahasia_teks(d: TOTPDevice) -> str:
    """The secret in base32, grouped by four, for typing into an app when the camera cannot be used."""
    from base64 import b32encode

    s = b32encode(d.bin_key).decode()
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
