"""Rate limits of the API, counted with the same database-shared counter as the public pages
(sakip.web.keamanan.batas), so every server process and every server behind the database shares them:

- ``SAKIP_API_BATAS_TOKEN`` (default ``1200/60``): calls per token per 60 seconds;
- ``SAKIP_API_BATAS_ANONIM`` (default ``120/60``): open-data calls without a token, per client address.

Rates are read on every call (``count/seconds``)."""

from __future__ import annotations

from django.conf import settings
from ninja.throttling import BaseThrottle

from sakip.web.keamanan import batas


def _batas(nama: str, teks: str) -> batas.Batas:
    try:
        n, d = (int(x) for x in str(teks).split("/"))
        if n < 1 or d < 1:
            raise ValueError
    except ValueError:
        raise ValueError(f"batas API {nama} harus berbentuk jumlah/detik, misalnya 1200/60: {teks!r}") from None
    return batas.Batas(f"api-{nama}", n, d)


class _Batas(BaseThrottle):
    nama = ""
    setelan = ""
    bawaan = ""

    def __init__(self) -> None:
        self._tunggu = 1

    def kunci(self, request) -> str | None:
        raise NotImplementedError

    def allow_request(self, request) -> bool:
        kunci = self.kunci(request)
        if kunci is None:
            return True
        try:
            batas.hitung(_batas(self.nama, getattr(settings, self.setelan, self.bawaan)), kunci)
        except batas.TerlaluBanyak as exc:
            self._tunggu = exc.sisa_detik
            return False
        return True

    def wait(self) -> float:
        return self._tunggu


class BatasToken(_Batas):
    nama = "token"
    setelan = "SAKIP_API_BATAS_TOKEN"
    bawaan = "1200/60"

    def kunci(self, request) -> str | None:
        token = getattr(getattr(request, "auth", None), "token_api_id", None)
        return None if token is None else f"token:{token}"


class BatasAnonim(_Batas):
    nama = "anonim"
    setelan = "SAKIP_API_BATAS_ANONIM"
    bawaan = "120/60"

    def kunci(self, request) -> str | None:
        return None if getattr(request, "auth", None) is not None else batas.alamat_dari(request)
