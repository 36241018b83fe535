"""Domain errors become their pages, never a traceback."""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from sakip.berkas.baca import BerkasTidakValid

from .galat import KonflikVersi

log = logging.getLogger("sakip.web")


class TanpaTraceback:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if isinstance(exc, KonflikVersi):
            return render(request, "inti/galat.html", {"judul": "Data telah berubah", "pesan": str(exc)}, status=409)
        if isinstance(exc, BerkasTidakValid):
            return render(
                request,
                "inti/berkas_tidak_valid.html",
                {"masalah": exc.masalah, "sumber": exc.sumber},
                status=422,
            )
        return None
