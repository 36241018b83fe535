"""Rate limits of the API (django-ninja's throttling, counted in Django's default cache): per token for signed
calls (``SAKIP_API_BATAS_TOKEN``, default 1200/m) and per address for the open-data part
(``SAKIP_API_BATAS_ANONIM``, default 120/m). Rates are read on every call so a setting change needs no restart.

With the default per-process cache each server process counts on its own; configure a shared cache (redis) to
count across processes."""

from __future__ import annotations

from django.conf import settings
from ninja.throttling import SimpleRateThrottle


class _Batas(SimpleRateThrottle):
    setelan = ""
    bawaan = ""

    def __init__(self) -> None:
        super().__init__(self.bawaan)

    def allow_request(self, request) -> bool:
        self.rate = getattr(settings, self.setelan, self.bawaan)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


class BatasToken(_Batas):
    scope = "token"
    setelan = "SAKIP_API_BATAS_TOKEN"
    bawaan = "1200/m"

    def get_cache_key(self, request):
        token = getattr(getattr(request, "auth", None), "token_api_id", None)
        if token is None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": token}


class BatasAnonim(_Batas):
    scope = "anonim"
    setelan = "SAKIP_API_BATAS_ANONIM"
    bawaan = "120/m"

    def get_cache_key(self, request):
        if getattr(request, "auth", None) is not None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
