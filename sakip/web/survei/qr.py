"""QR codes for the questionnaire's short link (printed on a poster at the service desk)."""

from __future__ import annotations

import io

import segno


def qr_svg(url: str, *, skala: int = 6) -> str:
    q = segno.make(url, error="m", micro=False)
    buf = io.BytesIO()
    q.save(buf, kind="svg", scale=skala, border=2, xmldecl=False, svgns=True, title=url)
    return buf.getvalue().decode("utf-8")
