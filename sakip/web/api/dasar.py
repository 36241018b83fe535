"""What every API operation shares: the token check, the actor, the agency-year lookup through the same selectors
as the pages, pagination with bounds, and errors as Indonesian JSON (never a traceback)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from ninja.security import HttpBearer

from sakip.web.inti.galat import TidakDitemukan
from sakip.web.organisasi.akses import Aktor, aktor_dari
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil

from .token import token_periksa

MAKS_HALAMAN = 500


class TokenAuth(HttpBearer):
    """``Authorization: Bearer sakip_…``. The token stands for its user: the user's role decides everything."""

    openapi_description = "Token API pribadi, dibuat di halaman /api/token/ (ditampilkan sekali)."

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        return token_periksa(token)


def aktor(request: HttpRequest) -> Aktor:
    return aktor_dari(getattr(request, "auth", None))


def pd_ambil(slug: str) -> PerangkatDaerah:
    pd = PerangkatDaerah.objects.filter(slug=slug).first()
    if pd is None:
        raise TidakDitemukan("Perangkat daerah tidak ditemukan.")
    return pd


def tk_ambil(request: HttpRequest, pd: str, tahun: int) -> TahunKinerja:
    """The agency-year, read through the pages' selector (which checks the right to read the agency first)."""
    return tahun_kinerja_ambil(aktor=aktor(request), pd=pd_ambil(pd), tahun=tahun)


class Halaman(LimitOffsetPagination):
    """limit/offset with an upper bound on both (an unbounded offset reaches the database as a huge integer)."""

    class Input(Schema):
        limit: int = Field(100, ge=1, le=MAKS_HALAMAN, description=f"butir per halaman (1–{MAKS_HALAMAN})")
        offset: int = Field(0, ge=0, le=10_000_000, description="lewati sekian butir")
