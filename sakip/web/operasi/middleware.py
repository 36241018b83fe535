"""Two middlewares placed first in settings.MIDDLEWARE:

- `IdPermintaan`: every request gets an id (the proxy's X-Request-ID when it sends a harmless one, else a new
  one), carried by every log line of that request and answered in the X-Request-ID header; one log line per
  request (``sakip.permintaan``: method, path, status, duration).
- `Kesehatan`: answers /sehat/ (liveness: the process answers) and /siap/ (readiness: database, cache, storage,
  workers) before host checks, HTTPS redirects, sessions and rate limits, because probes come from the load
  balancer by address over plain HTTP, many times a minute, and must not write rate-limit rows.
"""

from __future__ import annotations

import logging
import time
import uuid

from django.http import HttpRequest, HttpResponse, JsonResponse

from .log import ID_PERMINTAAN, POLA_ID

log = logging.getLogger("sakip.permintaan")


class IdPermintaan:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        dari_proksi = request.META.get("HTTP_X_REQUEST_ID", "")
        rid = dari_proksi if POLA_ID.match(dari_proksi) else uuid.uuid4().hex
        request.id_permintaan = rid
        token = ID_PERMINTAAN.set(rid)
        awal = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = rid
            log.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "metode": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "ms": round((time.perf_counter() - awal) * 1000, 1),
                },
            )
            return response
        finally:
            ID_PERMINTAAN.reset(token)


class Kesehatan:
    PATH = ("/sehat/", "/siap/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path not in self.PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
        if request.path == "/sehat/":
            r = JsonResponse({"status": "hidup"})
        else:
            from .kesehatan import periksa_semua

            hasil = periksa_semua()
            siap = all(h.ok for h in hasil if h.wajib)
            r = JsonResponse(
                {
                    "status": "siap" if siap else "tidak siap",
                    "periksa": {
                        h.nama: {"ok": h.ok, "rincian": h.rincian, "ms": h.ms, "wajib": h.wajib} for h in hasil
                    },
                },
                status=200 if siap else 503,
            )
        r["Cache-Control"] = "no-store"
        return r
