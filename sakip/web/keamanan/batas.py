"""Rate limits on what anyone may call without logging in: public pages, the survey, the login form.

Counts live in the database (one atomic upsert per request, on PostgreSQL and SQLite alike), so every worker
process and every server behind the same database shares them. Only a keyed hash of the client's address is
stored, in rows purged after a few windows.

Limits are ``count/seconds`` from the environment:

- ``SAKIP_BATAS_PUBLIK`` (default 300/60): every request to a public page by a visitor without a login, per address;
- ``SAKIP_BATAS_KIRIM_PUBLIK`` (default 60/600): POSTs by visitors without a login (login form, survey), per address;
- ``SAKIP_BATAS_MASUK`` (default 30/600): login attempts per address, on top of the per-user lockout (django-axes),
  so one address cannot try many user names.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import connection

from .models import HitunganAkses


@dataclass(frozen=True)
class Batas:
    nama: str
    jumlah: int
    detik: int


def _batas(nama: str, env: str, bawaan: str) -> Batas:
    teks = os.environ.get(env, bawaan)
    try:
        n, d = (int(x) for x in teks.split("/"))
        if n < 1 or d < 1:
            raise ValueError
    except ValueError:
        raise ValueError(f"{env} harus berbentuk jumlah/detik (bilangan positif), misalnya {bawaan}") from None
    return Batas(nama, n, d)


def batas_publik() -> Batas:
    return _batas("publik", "SAKIP_BATAS_PUBLIK", "300/60")


def batas_kirim_publik() -> Batas:
    return _batas("kirim", "SAKIP_BATAS_KIRIM_PUBLIK", "60/600")


def batas_masuk() -> Batas:
    return _batas("masuk", "SAKIP_BATAS_MASUK", "30/600")


class TerlaluBanyak(Exception):
    def __init__(self, batas: Batas, sisa_detik: int):
        super().__init__(f"batas {batas.nama} terlampaui")
        self.batas = batas
        self.sisa_detik = sisa_detik


def _kunci(batas: Batas, alamat: str) -> str:
    pesan = f"{batas.nama}|{batas.detik}|{alamat}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), pesan, hashlib.sha256).hexdigest()[:40]


def hitung(batas: Batas, alamat: str, sekarang: float | None = None) -> None:
    """Count one request from `alamat` against `batas`; raise TerlaluBanyak when it is over."""
    t = time.time() if sekarang is None else sekarang
    jendela = int(t // batas.detik) * batas.detik
    tabel = HitunganAkses._meta.db_table
    with connection.cursor() as c:
        c.execute(
            f"INSERT INTO {tabel} (kunci, jendela, jumlah) VALUES (%s, %s, 1) "  # noqa: S608 - table name from the model
            f"ON CONFLICT (kunci, jendela) DO UPDATE SET jumlah = {tabel}.jumlah + 1 RETURNING jumlah",
            [_kunci(batas, alamat), jendela],
        )
        n = c.fetchone()[0]
    if random.random() < 0.005:
        HitunganAkses.objects.filter(jendela__lt=int(t) - 3 * 3600).delete()
    if n > batas.jumlah:
        raise TerlaluBanyak(batas, max(1, jendela + batas.detik - int(t)))


def alamat_dari(request) -> str:
    """The client's address: REMOTE_ADDR, or behind a trusted proxy (``SAKIP_PROXY_TEPERCAYA=1``) the last
    X-Forwarded-For hop (the one our proxy added; earlier hops are whatever the client wrote)."""
    if os.environ.get("SAKIP_PROXY_TEPERCAYA", "").strip().lower() in ("1", "ya", "true", "yes", "on"):
        xff = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if xff:
            return xff.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "") or "?"


def alamat_ip(request) -> str | None:
    """The same address for django-axes, which stores it in an IP column: a valid address or nothing."""
    import ipaddress

    teks = alamat_dari(request)
    try:
        return str(ipaddress.ip_address(teks))
    except ValueError:
        return None
