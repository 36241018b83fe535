"""Template context: the navigation every page shows, assembled from the apps' declarations."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from sakip.web.organisasi.akses import aktor_dari, boleh_baca_pd


def _semua(atribut: str) -> list:
    hasil = []
    for nama in settings.SAKIP_APPS:
        konfig = next(c for c in apps.get_app_configs() if c.name == nama)
        hasil.extend(getattr(konfig, atribut, []) or [])
    return sorted(hasil, key=lambda m: m.urutan)


def navigasi(request: HttpRequest) -> dict:
    aktor = aktor_dari(getattr(request, "user", None))
    menu = []
    for m in _semua("menu"):
        if m.peran is not None and aktor.peran not in m.peran:
            continue
        try:
            menu.append({"label": m.label, "url": reverse(m.url_name)})
        except NoReverseMatch:
            continue
    tab = []
    cocok = getattr(request, "resolver_match", None)
    kw = cocok.kwargs if cocok else {}
    pd = getattr(request, "pd", None)
    # Agency tabs only for someone who may read that agency (never on the refusal page of a foreign one).
    if "pd" in kw and "tahun" in kw and pd is not None and boleh_baca_pd(aktor, pd):
        for m in _semua("menu_pd"):
            if m.peran is not None and aktor.peran not in m.peran:
                continue
            try:
                url = reverse(m.url_name, kwargs={"pd": kw["pd"], "tahun": kw["tahun"]})
            except NoReverseMatch:
                continue
            tab.append({"label": m.label, "url": url, "aktif": request.path.startswith(url) and url != "/"})
        # The longest matching tab is the active one (dasbor's URL is a prefix of the others).
        aktif = [t for t in tab if t["aktif"]]
        if aktif:
            terpanjang = max(aktif, key=lambda t: len(t["url"]))
            for t in tab:
                t["aktif"] = t is terpanjang
    return {"menu_utama": menu, "menu_pd": tab, "aktor": aktor}
