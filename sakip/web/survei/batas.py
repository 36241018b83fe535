"""Flood protection for the public questionnaire, without collecting personal data.

- Every form carries a signed one-time token (agency, service type, a random nonce, the time it was shown).
  A token is accepted once: a second send of the same form (double tap, back-and-resend) is recognised as a
  duplicate and not stored again. A form sent faster than a person can answer nine questions, or older than
  a few hours, is refused.
- Submissions are counted per agency and network address (or per kiosk) in short time windows, and per
  agency overall. Only a keyed hash of the address is kept, in rows purged after a few windows.
- A hidden field that people never fill ("honeypot") catches simple bots.

Limits come from the environment (``count/seconds``): ``SAKIP_SKM_BATAS_IP`` (default 20/600),
``SAKIP_SKM_BATAS_KIOS`` (240/600), ``SAKIP_SKM_BATAS_PD`` (600/60); ``SAKIP_SKM_MIN_DETIK`` (3) is the
shortest time a form may be filled in.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import connection

from .models import BatasKirim

GARAM = "sakip.survei.token"
UMUR_TOKEN = 4 * 3600


@dataclass(frozen=True)
class Batas:
    jumlah: int
    detik: int


def _batas(nama: str, bawaan: str) -> Batas:
    teks = os.environ.get(nama, bawaan)
    try:
        n, d = (int(x) for x in teks.split("/"))
    except ValueError:
        raise ValueError(f"{nama} harus berbentuk jumlah/detik, misalnya {bawaan}") from None
    return Batas(n, d)


def batas_ip() -> Batas:
    return _batas("SAKIP_SKM_BATAS_IP", "20/600")


def batas_kios() -> Batas:
    return _batas("SAKIP_SKM_BATAS_KIOS", "240/600")


def batas_pd() -> Batas:
    return _batas("SAKIP_SKM_BATAS_PD", "600/60")


def min_detik() -> int:
    return int(os.environ.get("SAKIP_SKM_MIN_DETIK", "3"))


class KirimanDitolak(Exception):
    """A submission refused by the guard; the message is for the respondent (Indonesian)."""

    def __init__(self, pesan: str, status: int = 400):
        super().__init__(pesan)
        self.status = status


@dataclass(frozen=True)
class Token:
    pd_id: int
    layanan_id: int | None
    nonce: str
    dibuat: int
    kios: bool


def token_buat(*, pd_id: int, layanan_id: int | None, kios: bool) -> str:
    data = {"p": pd_id, "l": layanan_id, "n": secrets.token_urlsafe(15), "t": int(time.time()), "k": int(kios)}
    return signing.dumps(data, salt=GARAM, compress=True)


def token_baca(teks: str, *, pd_id: int, sekarang: float | None = None) -> Token:
    try:
        d = signing.loads(teks or "", salt=GARAM, max_age=UMUR_TOKEN)
    except signing.SignatureExpired:
        raise KirimanDitolak("Formulir sudah terlalu lama dibuka. Muat ulang halaman lalu isi kembali.") from None
    except signing.BadSignature:
        raise KirimanDitolak("Formulir tidak sah. Muat ulang halaman lalu isi kembali.") from None
    t = Token(int(d["p"]), d.get("l"), str(d["n"]), int(d["t"]), bool(d.get("k")))
    if t.pd_id != pd_id:
        raise KirimanDitolak("Formulir ini milik unit layanan lain. Muat ulang halaman lalu isi kembali.")
    if (sekarang or time.time()) - t.dibuat < min_detik():
        raise KirimanDitolak("Formulir dikirim terlalu cepat. Periksa kembali jawaban Anda lalu kirim lagi.")
    return t


def _kunci(*bagian: object) -> str:
    pesan = "|".join(str(b) for b in bagian).encode()
    return hmac.new(settings.SECRET_KEY.encode(), pesan, hashlib.sha256).hexdigest()[:40]


def _hitung(kunci: str, batas: Batas, sekarang: float) -> int:
    """Add one to the key's count in the current window and return the count (one upsert statement, atomic on
    PostgreSQL and SQLite)."""
    jendela = int(sekarang // batas.detik) * batas.detik  # the window's start, in epoch seconds
    tabel = BatasKirim._meta.db_table
    with connection.cursor() as c:
        c.execute(
            f"INSERT INTO {tabel} (kunci, jendela, jumlah) VALUES (%s, %s, 1) "  # noqa: S608 - table name from the model
            f"ON CONFLICT (kunci, jendela) DO UPDATE SET jumlah = {tabel}.jumlah + 1 RETURNING jumlah",
            [kunci, jendela],
        )
        return c.fetchone()[0]


def periksa_batas(*, pd_id: int, alamat: str, kios: bool, sekarang: float | None = None) -> None:
    """Count this submission; refuse it (429) when its network/kiosk or its agency is over the limit."""
    t = time.time() if sekarang is None else sekarang
    b = batas_kios() if kios else batas_ip()
    sumber = _kunci("kios" if kios else "ip", pd_id, alamat, b.detik)
    if _hitung(sumber, b, t) > b.jumlah:
        raise KirimanDitolak(
            "Terlalu banyak kiriman dari perangkat atau jaringan ini. Silakan coba lagi beberapa menit lagi.", 429
        )
    bp = batas_pd()
    if _hitung(_kunci("pd", pd_id, bp.detik), bp, t) > bp.jumlah:
        raise KirimanDitolak("Formulir sedang menerima terlalu banyak kiriman. Silakan coba lagi sebentar lagi.", 429)
    if random.random() < 0.01:
        BatasKirim.objects.filter(jendela__lt=int(t) - 3 * max(b.detik, bp.detik)).delete()


def alamat_dari(request) -> str:
    """The client's address (REMOTE_ADDR; behind a trusted proxy, the last X-Forwarded-For hop)."""
    if os.environ.get("SAKIP_PROXY_TEPERCAYA", "").lower() in ("1", "ya", "true"):
        xff = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if xff:
            return xff.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
