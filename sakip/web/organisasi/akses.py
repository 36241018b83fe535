"""Who may do what. Every service and selector calls these checks; views only declare their level.

Roles: admin pemda/Bappeda (everything, all agencies of its pemda), operator (edits its own agency's drafts),
kepala (approves, signs and locks its own agency), reviewer Inspektorat (reads every agency of its pemda, writes
reviu notes, changes no data) and the public (no login: only what is published).

The pemda is the tenant: an admin or reviewer bound to a pemda never sees another pemda's agencies; one bound to
none (a province or the ministry running the installation, or a Django superuser) spans all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from .models import Pemda, Peran, PerangkatDaerah

PUBLIK = "publik"


class TidakBerwenang(PermissionDenied):
    """Refused: the message says why, in Indonesian."""


@dataclass(frozen=True)
class Aktor:
    """The person acting: a user with a role, or the anonymous public."""

    pengguna: Any  # User | None
    peran: str  # Peran.ADMIN … or PUBLIK
    pd_id: int | None = None
    pemda_id: int | None = None  # admin/reviewer of one pemda; None: every pemda (or an agency role)

    @property
    def nama(self) -> str:
        if self.pengguna is None:
            return "publik"
        return self.pengguna.get_full_name() or self.pengguna.get_username()

    @property
    def admin(self) -> bool:
        return self.peran == Peran.ADMIN

    @property
    def reviewer(self) -> bool:
        return self.peran == Peran.REVIEWER

    @property
    def petugas_pemda(self) -> bool:
        return self.peran in (Peran.ADMIN, Peran.REVIEWER)

    @property
    def nasional(self) -> bool:
        """Spans every pemda of the installation."""
        return self.petugas_pemda and self.pemda_id is None

    def milik(self, pd: PerangkatDaerah | int) -> bool:
        pd_id = pd if isinstance(pd, int) else pd.pk
        return self.pd_id is not None and self.pd_id == pd_id


PUBLIK_AKTOR = Aktor(None, PUBLIK)


def aktor_dari(user: Any) -> Aktor:
    if user is None or not user.is_authenticated:
        return PUBLIK_AKTOR
    try:
        p = user.peran
    except Peran.DoesNotExist:
        # A Django superuser without a SAKIP role (created with createsuperuser) acts as admin.
        return Aktor(user, Peran.ADMIN if user.is_superuser else PUBLIK)
    return Aktor(user, p.peran, p.perangkat_daerah_id, p.pemda_id)


def _pemda_dari(pd: PerangkatDaerah | int) -> int | None:
    if isinstance(pd, PerangkatDaerah):
        return pd.pemda_id
    return PerangkatDaerah.objects.filter(pk=pd).values_list("pemda_id", flat=True).first()


def dalam_lingkup(aktor: Aktor, pd: PerangkatDaerah | int) -> bool:
    """An admin or reviewer works on this agency's pemda (or on every pemda)."""
    return aktor.petugas_pemda and (aktor.pemda_id is None or aktor.pemda_id == _pemda_dari(pd))


def pd_terlihat(aktor: Aktor):
    """The agencies this person may read: the queryset every district-wide selector starts from."""
    q = PerangkatDaerah.objects.all()
    if aktor.petugas_pemda:
        return q if aktor.pemda_id is None else q.filter(pemda_id=aktor.pemda_id)
    if aktor.peran in Peran.PERAN_PD and aktor.pd_id is not None:
        return q.filter(pk=aktor.pd_id)
    return q.none()


def pemda_terlihat(aktor: Aktor):
    """The pemda this person works on (all of them for the national roles)."""
    q = Pemda.objects.order_by("nama", "pk")
    if aktor.nasional:
        return q
    if aktor.petugas_pemda:
        return q.filter(pk=aktor.pemda_id)
    return q.filter(perangkat_daerah__pk=aktor.pd_id) if aktor.pd_id else q.none()


def pemda_pilih(aktor: Aktor, pk: Any = None) -> Pemda | None:
    """The pemda a district page is about: the person's own, or for a national role the one asked for (``?pemda=``),
    else the first. Never one outside the person's reach."""
    q = pemda_terlihat(aktor)
    if pk not in (None, ""):
        try:
            dipilih = q.filter(pk=int(pk)).first()
        except (TypeError, ValueError):
            dipilih = None
        if dipilih is not None:
            return dipilih
    return q.first()


# --- checks (used by services and selectors) ---------------------------------------------------------------


def boleh_baca_pd(aktor: Aktor, pd: PerangkatDaerah | int) -> bool:
    return dalam_lingkup(aktor, pd) or (aktor.peran in Peran.PERAN_PD and aktor.milik(pd))


def pastikan_baca_pd(aktor: Aktor, pd: PerangkatDaerah | int) -> None:
    if not boleh_baca_pd(aktor, pd):
        raise TidakBerwenang("Anda tidak berwenang melihat data perangkat daerah ini.")


def boleh_ubah_pd(aktor: Aktor, pd: PerangkatDaerah | int) -> bool:
    return (aktor.admin and dalam_lingkup(aktor, pd)) or (aktor.peran == Peran.OPERATOR and aktor.milik(pd))


def pastikan_ubah_pd(aktor: Aktor, pd: PerangkatDaerah | int) -> None:
    if not boleh_ubah_pd(aktor, pd):
        raise TidakBerwenang("Hanya operator perangkat daerah ini (atau admin pemda) yang dapat mengubah datanya.")


def boleh_kepala_pd(aktor: Aktor, pd: PerangkatDaerah | int) -> bool:
    return aktor.peran == Peran.KEPALA and aktor.milik(pd)


def pastikan_kepala_pd(aktor: Aktor, pd: PerangkatDaerah | int) -> None:
    if not boleh_kepala_pd(aktor, pd):
        raise TidakBerwenang("Hanya kepala perangkat daerah ini yang dapat menyetujui, menandatangani atau mengunci.")


def pastikan_kepala_atau_admin(aktor: Aktor, pd: PerangkatDaerah | int) -> None:
    if not ((aktor.admin and dalam_lingkup(aktor, pd)) or boleh_kepala_pd(aktor, pd)):
        raise TidakBerwenang("Hanya kepala perangkat daerah ini atau admin pemda yang dapat melakukan ini.")


def pastikan_admin(aktor: Aktor) -> None:
    if not aktor.admin:
        raise TidakBerwenang("Hanya admin pemda (Bappeda) yang dapat melakukan ini.")


def pastikan_admin_atau_operator(aktor: Aktor) -> None:
    if aktor.peran not in (Peran.ADMIN, Peran.OPERATOR):
        raise TidakBerwenang("Hanya admin pemda atau operator perangkat daerah yang dapat mengimpor berkas.")


def pastikan_pemda(aktor: Aktor) -> None:
    """District-wide reading: admin and Inspektorat."""
    if aktor.peran not in (Peran.ADMIN, Peran.REVIEWER):
        raise TidakBerwenang("Ikhtisar seluruh perangkat daerah hanya untuk admin pemda dan Inspektorat.")


def pastikan_reviewer(aktor: Aktor) -> None:
    if not aktor.reviewer:
        raise TidakBerwenang("Catatan reviu hanya dapat ditulis oleh reviewer Inspektorat.")


def pastikan_masuk(aktor: Aktor) -> None:
    if aktor.peran == PUBLIK:
        raise TidakBerwenang("Silakan masuk terlebih dahulu.")


# --- view declarations ----------------------------------------------------------------------------------------

# Every view carries one of these levels; tests/web/test_akses.py walks every URL for every role and checks the
# outcome against it, so a new URL cannot escape the rules.
LEVEL = {
    "publik": None,
    "masuk": pastikan_masuk,
    "pemda": pastikan_pemda,
    "admin": pastikan_admin,
    "admin_atau_operator": pastikan_admin_atau_operator,
    "reviewer": pastikan_reviewer,
    "baca_pd": pastikan_baca_pd,
    "ubah_pd": pastikan_ubah_pd,
    "kepala_pd": pastikan_kepala_pd,
    "kepala_atau_admin": pastikan_kepala_atau_admin,
}
LEVEL_PD = {"baca_pd", "ubah_pd", "kepala_pd", "kepala_atau_admin"}


def akses(level: str, metode: tuple[str, ...] = ("GET", "HEAD"), post: str | None = None):
    """Declare and enforce a view's access level. Agency levels take the agency from the ``pd`` URL argument
    and hand it to the view as ``request.pd``. `post`: a stricter level for POST (a page everyone with read
    access sees, but only some may submit). Methods outside `metode` get 405 (after the access check, so a
    refused visitor learns nothing about the endpoint)."""
    for lv in (level, post):
        if lv is not None and lv not in LEVEL:
            raise ValueError(f"level akses tidak dikenal: {lv}")
    if post is not None and "POST" not in metode:
        metode = (*metode, "POST")

    def hias(view):
        @wraps(view)
        def bungkus(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            aktor = aktor_dari(request.user)
            request.aktor = aktor
            lv = post if (post is not None and request.method == "POST") else level
            if lv != "publik" and aktor.peran == PUBLIK:
                return redirect_to_login(request.get_full_path())
            if "pd" in kwargs:
                request.pd = get_object_or_404(PerangkatDaerah, slug=kwargs["pd"])
            if lv in LEVEL_PD:
                LEVEL[lv](aktor, request.pd)
            elif LEVEL[lv] is not None:
                LEVEL[lv](aktor)
                if "pd" in kwargs and aktor.petugas_pemda and not dalam_lingkup(aktor, request.pd):
                    # Role-level views on an agency (a reviewer's scoring, an admin's action) stay in the pemda.
                    raise TidakBerwenang("Perangkat daerah ini berada di luar pemda Anda.")
            if request.method not in metode:
                from django.http import HttpResponseNotAllowed

                return HttpResponseNotAllowed(metode)
            return view(request, *args, **kwargs)

        bungkus.akses = level  # type: ignore[attr-defined]
        bungkus.akses_post = post or level  # type: ignore[attr-defined]
        bungkus.metode = metode  # type: ignore[attr-defined]
        return bungkus

    return hias
