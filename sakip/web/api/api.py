"""The API object: version 1 at /api/v1/, its OpenAPI schema and docs page, and how errors come out.

Every error is JSON ``{"detail": "…"}`` in Indonesian (batches add ``masalah``: item, field, message); an
unexpected exception is logged and answered 500 without a traceback, like the pages (inti.middleware)."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import akses

from . import baca, dokumen, ikm, publik, register, tulis  # noqa: F401  (they add their operations)
from .batas import BatasAnonim, BatasToken
from .dasar import TokenAuth
from .pesan import pesan_validasi

log = logging.getLogger(__name__)


class Api(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        return operation.view_func.__name__

    def get_operation_url_name(self, operation, router) -> str:
        # Unnamed on purpose: API operations are walked by tests/api (per token and role), not by the page walk.
        return ""

    def _get_urls(self):
        # The root leads to the docs page (ninja's own answers 404) and declares its access level like every page.
        hasil = super()._get_urls()
        hasil[-1] = path("", akses("publik")(_ke_dokumentasi), name=hasil[-1].name)
        return hasil


def _ke_dokumentasi(request: HttpRequest) -> HttpResponse:
    return redirect("api:api_v1:openapi-view")


api = Api(
    title="SAKIP API",
    version="1",
    description=(
        "Data kinerja perangkat daerah: rencana, realisasi, capaian (dihitung sakip.core), anggaran. "
        "Angka selalu teks desimal. Token: halaman /api/token/. Hak akses sama dengan halaman web. "
        "Bagian 'data terbuka' tanpa token: hanya perangkat daerah-tahun yang diterbitkan, triwulan yang dikunci."
    ),
    auth=TokenAuth(),
    urls_namespace="api:api_v1",
    docs_decorator=akses("publik"),
    throttle=[BatasToken(), BatasAnonim()],
)
api.add_router("", baca.router)
api.add_router("", publik.router)


def _jawab(request: HttpRequest, status: int, pesan: str, **lain):
    return api.create_response(request, {"detail": pesan, **lain}, status=status)


@api.exception_handler(AuthenticationError)
def _tanpa_token(request, exc):
    r = _jawab(request, 401, "Token API tidak ada, tidak dikenal, dicabut atau kedaluwarsa. Buat token di /api/token/.")
    r["WWW-Authenticate"] = "Bearer"
    return r


@api.exception_handler(PermissionDenied)
def _ditolak(request, exc):
    return _jawab(request, 403, str(exc) or "Anda tidak berwenang.")


@api.exception_handler(Http404)
def _tidak_ada(request, exc):
    return _jawab(request, 404, str(exc) or "Tidak ditemukan.")


@api.exception_handler(KonflikVersi)
def _konflik(request, exc):
    return _jawab(request, 409, str(exc), masalah=[])


@api.exception_handler(AlurDitolak)
def _alur(request, exc):
    return _jawab(request, 409, str(exc), masalah=[])


@api.exception_handler(ValidationError)
def _validasi(request, exc):
    masalah = pesan_validasi(exc.errors)
    return _jawab(request, 422, "Permintaan tidak sah: " + "; ".join(m["pesan"] for m in masalah[:5]), masalah=masalah)


@api.exception_handler(Throttled)
def _banyak(request, exc):
    detik = max(1, int(exc.wait or 1))
    r = _jawab(request, 429, f"Terlalu banyak permintaan; coba lagi dalam {detik} detik.")
    r["Retry-After"] = str(detik)
    return r


@api.exception_handler(HttpError)
def _http(request, exc):
    # ninja raises HttpError(400, "Cannot parse request body") for a body that is not JSON.
    pesan = "Isi permintaan bukan JSON yang sah (UTF-8)." if exc.status_code == 400 else str(exc)
    return _jawab(request, exc.status_code, pesan, masalah=[{"butir": None, "medan": None, "pesan": pesan}])


@api.exception_handler(Exception)
def _galat(request, exc):
    log.exception("galat API %s %s", request.method, request.path)
    return _jawab(request, 500, "Terjadi kesalahan pada server; tidak ada yang disimpan. Laporkan ke admin pemda.")
