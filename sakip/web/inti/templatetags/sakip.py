"""Display filters: every figure is formatted by sakip.core.angka (half-up, Indonesian separators)."""

from __future__ import annotations

import re
from decimal import Decimal

from django import template
from django.utils.safestring import mark_safe

from sakip.core.angka import format_angka, format_persen, format_rupiah
from sakip.core.tabel import Tabel, tampil_satuan
from sakip.core.tanggal import format_tanggal
from sakip.web.keamanan.csp import izinkan_gaya

register = template.Library()


@register.filter
def rupiah(d: Decimal | None) -> str:
    return format_rupiah(d, 0) if d is not None else "-"


@register.filter
def rupiah2(d: Decimal | None) -> str:
    return format_rupiah(d, 2) if d is not None else "-"


@register.filter
def persen(d: Decimal | None) -> str:
    return format_persen(d)


@register.filter
def angka(d: Decimal | None, desimal: int = 2) -> str:
    return "-" if d is None else format_angka(d, int(desimal))


@register.filter
def nilai(n, satuan: str = "") -> str:
    return tampil_satuan(n, satuan or "")


@register.filter
def tanggal(d) -> str:
    if d is None:
        return "-"
    if hasattr(d, "date"):
        from django.utils import timezone

        d = timezone.localtime(d).date() if timezone.is_aware(d) else d.date()
    return format_tanggal(d)


@register.filter
def romawi(n: int) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV"}.get(int(n), str(n))


@register.filter
def ambil(d: dict, k):
    if d is None:
        return None
    return d.get(k)


_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


@register.filter
def warna(tingkat) -> str:
    # A scale's colour is data (district settings, berkas): only a hex colour reaches a style attribute.
    w = getattr(tingkat, "warna", "") if tingkat else ""
    return w if isinstance(w, str) and _HEX.fullmatch(w) else "#9e9e9e"


def _luminans(hex_: str) -> float:
    h = hex_.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    try:
        rgb = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    except ValueError:
        return 0.0
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@register.filter
def gaya_predikat(tingkat) -> str:
    """Background from the scale's colour (data) and the text colour that reads on it: white or near-black,
    whichever has the higher WCAG contrast (a light green with white text was unreadable)."""
    latar = warna(tingkat)
    l_ = _luminans(latar)
    putih = 1.05 / (l_ + 0.05)
    gelap = (l_ + 0.05) / (_luminans("#1f2328") + 0.05)
    teks = "#fff" if putih >= gelap else "#1f2328;text-shadow:none"
    # The page's Content-Security-Policy allows exactly the style values registered here.
    return izinkan_gaya(f"background:{latar};color:{teks}")


@register.inclusion_tag("inti/_tabel.html")
def tabel_core(t: Tabel, id_: str = ""):
    """Draw a sakip.core.tabel.Tabel (the same table the terminal and the documents draw)."""
    return {"t": t, "id": id_ or f"tabel-{t.kode.replace('.', '-')}"}


@register.simple_tag
def svg(markup: str):
    return mark_safe(markup)  # noqa: S308 - built by sakip.web.inti.grafik from escaped text
