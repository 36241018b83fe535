"""What the readiness probe checks: every shared service a request may need (database, cache, file storage),
and whether any background worker is alive."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connections

log = logging.getLogger("sakip.operasi")


@dataclass
class Hasil:
    nama: str
    ok: bool
    rincian: str
    ms: float
    wajib: bool = True


def _ukur(nama: str, periksa, *, wajib: bool = True) -> Hasil:
    awal = time.perf_counter()
    try:
        ok, rincian = periksa()
    except Exception as exc:  # any failure of a dependency is a "not ready", with its reason, never a 500
        log.warning("pemeriksaan kesiapan %s gagal: %s", nama, exc)
        ok, rincian = False, f"{type(exc).__name__}: {exc}"[:300]
    return Hasil(nama, ok, rincian, round((time.perf_counter() - awal) * 1000, 1), wajib)


def _basis_data() -> tuple[bool, str]:
    for alias in connections:
        with connections[alias].cursor() as c:
            c.execute("SELECT 1")
            c.fetchone()
    return True, connections["default"].vendor


def _cache() -> tuple[bool, str]:
    for alias in settings.CACHES:
        c = caches[alias]
        kunci = f"sakip:siap:{uuid.uuid4().hex}"
        c.set(kunci, "1", 30)
        if c.get(kunci) != "1":
            return False, f"cache {alias} tidak menyimpan"
        c.delete(kunci)
    return True, ", ".join(f"{a}={settings.CACHES[a]['BACKEND'].rsplit('.', 1)[-1]}" for a in settings.CACHES)


def _penyimpanan() -> tuple[bool, str]:
    """Write, read and delete a small file in every storage that holds data (not the static files)."""
    nama_nama = []
    for alias in alias_penyimpanan():
        s = storages[alias]
        nama = s.save(f"siap/{uuid.uuid4().hex}.txt", ContentFile(b"siap"))
        try:
            with s.open(nama, "rb") as f:
                if f.read() != b"siap":
                    return False, f"penyimpanan {alias} tidak mengembalikan isi"
        finally:
            s.delete(nama)
        nama_nama.append(f"{alias}={type(s).__name__}")
    return True, ", ".join(nama_nama)


def _pekerja() -> tuple[bool, str]:
    from .detak import hidup

    d = hidup()
    if not d:
        return False, "tidak ada pekerja latar yang berdetak dalam 2 menit terakhir"
    return True, f"{len(d)} pekerja hidup"


def alias_penyimpanan() -> list[str]:
    return [a for a in settings.STORAGES if a != "staticfiles"]


def periksa_semua() -> list[Hasil]:
    # Without a worker the web node still serves every page; jobs wait durably in the queue. So the worker check
    # decides readiness only when the operator asks for it (SAKIP_SIAP_WAJIB_PEKERJA=1), e.g. for a worker pod.
    return [
        _ukur("basis_data", _basis_data),
        _ukur("cache", _cache),
        _ukur("penyimpanan", _penyimpanan),
        _ukur("pekerja", _pekerja, wajib=getattr(settings, "SAKIP_SIAP_WAJIB_PEKERJA", False)),
    ]
