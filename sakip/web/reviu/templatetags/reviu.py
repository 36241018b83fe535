"""Reviu findings on other apps' pages: beside an indicator (dashboard, quarter form), on the PK page, and a
summary card on the dashboard. `{% load reviu %}`."""

from __future__ import annotations

from django import template

from sakip.web.perencanaan.models import TahunKinerja

from .. import selectors

register = template.Library()


def _temuan(tk: TahunKinerja) -> list[selectors.TemuanTampil]:
    """The latest run's findings, read once per page (several tags may ask)."""
    if not hasattr(tk, "_temuan_reviu"):
        tk._temuan_reviu = selectors.temuan_terakhir(tk)
    return tk._temuan_reviu


def _berkas(tk: TahunKinerja):
    from sakip.web.pertukaran.ke_berkas import hasil_dari_db

    return hasil_dari_db(tk).berkas


@register.inclusion_tag("reviu/_temuan_data.html", takes_context=True)
def temuan_indikator(context, tk: TahunKinerja, kode: str) -> dict:
    """The findings on one indicator's data (target, realisation, Renstra definition)."""
    daftar = _temuan(tk)
    if daftar:
        awalan = selectors.jalur_indikator(_berkas(tk), kode)
        daftar = [x for x in daftar if x.temuan.jalur and selectors.cocok_jalur(x.temuan.jalur, awalan)]
    return {"daftar": daftar, "tk": tk, "pd": tk.perangkat_daerah}


@register.inclusion_tag("reviu/_temuan_data.html", takes_context=True)
def temuan_jalur(context, tk: TahunKinerja, awalan: str) -> dict:
    """The findings on data under a path (e.g. ``pk``)."""
    daftar = [x for x in _temuan(tk) if x.temuan.jalur and selectors.cocok_jalur(x.temuan.jalur, (awalan,))]
    return {"daftar": daftar, "tk": tk, "pd": tk.perangkat_daerah}


@register.inclusion_tag("reviu/_kartu_ringkasan.html", takes_context=True)
def ringkasan_reviu(context, tk: TahunKinerja) -> dict:
    return {"r": selectors.ringkasan(tk), "tk": tk, "pd": tk.perangkat_daerah}


@register.inclusion_tag("reviu/_final_pk.html", takes_context=True)
def final_pk(context, tk: TahunKinerja, versi) -> dict:
    """A PK version's final status, and the kepala's button (the PK page)."""
    if not hasattr(tk, "_final_pk"):
        tk._final_pk = selectors.penetapan_pk(tk=tk)
    aktor = context.get("aktor")
    from sakip.web.organisasi.akses import boleh_kepala_pd

    return {
        "tk": tk,
        "pd": tk.perangkat_daerah,
        "v": versi,
        "penetapan": tk._final_pk.get(versi.pk),
        "bisa_kepala": aktor is not None and boleh_kepala_pd(aktor, tk.perangkat_daerah),
        "csrf_token": context.get("csrf_token"),
    }
