"""Content-Security-Policy with a fresh nonce per response.

Scripts and <style> elements run only from our own origin or with the response's nonce
(``{{ request.csp_nonce }}`` in a template). Inline ``style="…"`` attributes are refused except the exact values
our own code produced: the predikat badge colours (sakip.web.inti.templatetags.sakip.gaya_predikat) register
themselves here and the policy lists their hashes ('unsafe-hashes'). The colours already seen by this process
stay listed, so a fragment swapped in later by htmx (rendered by another request) keeps its colours.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from contextvars import ContextVar

_GAYA_RESPONS: ContextVar[set[str] | None] = ContextVar("sakip_gaya_respons", default=None)
_GAYA_PROSES: set[str] = set()
_MAKS_GAYA_PROSES = 512


def nonce_baru() -> str:
    return secrets.token_urlsafe(18)


def mulai_respons() -> object:
    return _GAYA_RESPONS.set(set())


def selesai_respons(token: object) -> set[str]:
    gaya = _GAYA_RESPONS.get() or set()
    _GAYA_RESPONS.reset(token)  # type: ignore[arg-type]
    return gaya


def izinkan_gaya(gaya: str) -> str:
    """Register an inline style value our code generated; returns it unchanged (for use in a filter)."""
    kumpulan = _GAYA_RESPONS.get()
    if kumpulan is not None:
        kumpulan.add(gaya)
    if len(_GAYA_PROSES) < _MAKS_GAYA_PROSES:
        _GAYA_PROSES.add(gaya)
    return gaya


def _hash(teks: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(teks.encode()).digest()).decode() + "'"


def kebijakan(nonce: str, gaya: set[str]) -> str:
    semua = sorted(gaya | _GAYA_PROSES)
    gaya_attr = ("'unsafe-hashes' " + " ".join(_hash(g) for g in semua)) if semua else "'none'"
    arahan = [
        "default-src 'self'",
        f"script-src 'self' 'nonce-{nonce}'",
        f"style-src 'self' 'nonce-{nonce}'",
        f"style-src-elem 'self' 'nonce-{nonce}'",
        f"style-src-attr {gaya_attr}",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
    lapor = os.environ.get("SAKIP_CSP_LAPOR", "").strip()
    if lapor:
        arahan.append(f"report-uri {lapor}")
    return "; ".join(arahan)
