"""Session clocks for the expiry check (middleware.SesiBerbatas): set at every login."""

from __future__ import annotations

import time

from django.contrib.auth.signals import user_logged_in


def _catat_masuk(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    from .middleware import KUNCI_AKTIF, KUNCI_MASUK

    sekarang = int(time.time())
    request.session[KUNCI_MASUK] = sekarang
    request.session[KUNCI_AKTIF] = sekarang


def sambungkan() -> None:
    user_logged_in.connect(_catat_masuk, dispatch_uid="sakip.keamanan.sesi")
