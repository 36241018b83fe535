"""Making, finding and revoking API tokens.

A token is ``sakip_`` + 43 random URL-safe characters (256 bits). It is looked up by its SHA-256: with that much
randomness a slow password hash adds nothing, and a lookup by hash leaks nothing through timing.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import PUBLIK, Aktor, TidakBerwenang, aktor_dari

from .models import TokenApi

AWALAN = "sakip_"
MAKS_HARI = 365
MAKS_TOKEN_AKTIF = 20
# Writing "last used" on every call would be a database write per read; once a minute is enough to see use.
JEDA_CATAT_PAKAI = timedelta(minutes=1)


def sidik(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class TokenBaru:
    token: str  # shown once
    rekaman: TokenApi


def token_buat(*, aktor: Aktor, nama: str, hari: int, pengguna=None) -> TokenBaru:
    """A token for the actor (or, for an admin, for another user). The user's role decides what it may do."""
    if aktor.peran == PUBLIK:
        raise TidakBerwenang("Silakan masuk terlebih dahulu.")
    pemilik = pengguna or aktor.pengguna
    if pemilik.pk != aktor.pengguna.pk and not aktor.admin:
        raise TidakBerwenang("Hanya admin pemda yang dapat membuat token untuk pengguna lain.")
    if aktor_dari(pemilik).peran == PUBLIK:
        raise AlurDitolak("Pengguna ini belum memiliki peran; token tidak berguna baginya.")
    nama = (nama or "").strip()
    if not nama:
        raise AlurDitolak("Nama token wajib diisi (untuk apa token ini dipakai).")
    if len(nama) > 100:
        raise AlurDitolak("Nama token paling panjang 100 karakter.")
    if not 1 <= hari <= MAKS_HARI:
        raise AlurDitolak(f"Masa berlaku token harus 1–{MAKS_HARI} hari.")
    sekarang = timezone.now()
    with transaction.atomic():
        aktif = TokenApi.objects.filter(pengguna=pemilik, dicabut_pada__isnull=True, kedaluwarsa__gt=sekarang)
        if aktif.count() >= MAKS_TOKEN_AKTIF:
            raise AlurDitolak(f"Paling banyak {MAKS_TOKEN_AKTIF} token aktif per pengguna; cabut yang tidak dipakai.")
        token = AWALAN + secrets.token_urlsafe(32)
        rekaman = TokenApi.objects.create(
            pengguna=pemilik,
            nama=nama,
            awalan=token[: len(AWALAN) + 6],
            sidik=sidik(token),
            dibuat_oleh=aktor.nama,
            kedaluwarsa=sekarang + timedelta(days=hari),
        )
    return TokenBaru(token, rekaman)


def token_cabut(*, aktor: Aktor, id_: int) -> TokenApi:
    """Revoke: the owner, or an admin for anyone's token. A revoked token stays listed (who, when)."""
    t = TokenApi.objects.filter(pk=id_).select_related("pengguna").first()
    if t is None or (t.pengguna_id != getattr(aktor.pengguna, "pk", None) and not aktor.admin):
        raise TidakBerwenang("Token ini bukan milik Anda.")
    if t.dicabut_pada is None:
        t.dicabut_pada = timezone.now()
        t.dicabut_oleh = aktor.nama
        t.save(update_fields=["dicabut_pada", "dicabut_oleh"])
    return t


def token_daftar(*, aktor: Aktor, semua: bool = False) -> list[TokenApi]:
    if aktor.peran == PUBLIK:
        raise TidakBerwenang("Silakan masuk terlebih dahulu.")
    q = TokenApi.objects.select_related("pengguna").order_by("-dibuat_pada", "-id")
    if semua:
        if not aktor.admin:
            raise TidakBerwenang("Hanya admin pemda yang melihat token semua pengguna.")
        return list(q[:500])
    return list(q.filter(pengguna=aktor.pengguna))


def token_periksa(token: str):
    """The active user the token belongs to, or None (unknown, revoked, expired, inactive user)."""
    if not token.startswith(AWALAN) or len(token) > 100:
        return None
    t = TokenApi.objects.filter(sidik=sidik(token)).select_related("pengguna").first()
    sekarang = timezone.now()
    if t is None or not t.berlaku(sekarang) or not t.pengguna.is_active:
        return None
    if t.terakhir_dipakai is None or sekarang - t.terakhir_dipakai > JEDA_CATAT_PAKAI:
        TokenApi.objects.filter(pk=t.pk).update(terakhir_dipakai=sekarang)
    t.pengguna.token_api_id = t.pk
    return t.pengguna
