"""Locked accounts (django-axes records): listed and unlocked by the admin."""

from __future__ import annotations

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings

from sakip.web.organisasi.akses import Aktor, pastikan_admin


def daftar_terkunci(*, aktor: Aktor) -> list[AccessAttempt]:
    pastikan_admin(aktor)
    return list(
        AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT).order_by("-attempt_time")
    )


def kunci_buka(*, aktor: Aktor, username: str) -> int:
    pastikan_admin(aktor)
    username = (username or "").strip()
    if not username:
        return 0
    import logging

    logging.getLogger("sakip.keamanan").warning("akun %s dibuka kuncinya oleh %s", username, aktor.nama)
    return reset(username=username)
