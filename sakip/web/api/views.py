"""The token page: a signed-in user makes and revokes their own API tokens; an admin also sees and revokes
everyone's, and may make one for another user."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from sakip.web.inti.bidang import FormDasar
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import TidakBerwenang, akses

from .token import MAKS_HARI, token_buat, token_cabut, token_daftar


class FormToken(FormDasar):
    nama = forms.CharField(label="Nama token (untuk apa dipakai)", max_length=100)
    hari = forms.IntegerField(label="Berlaku (hari)", min_value=1, max_value=MAKS_HARI, initial=90)
    pengguna = forms.CharField(label="Untuk pengguna (kosong: Anda sendiri)", required=False, max_length=150)

    def __init__(self, *args, admin: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not admin:
            del self.fields["pengguna"]


@akses("masuk", metode=("GET", "HEAD", "POST"))
def token(request: HttpRequest) -> HttpResponse:
    a = request.aktor
    status = 200
    baru = None
    form = FormToken(admin=a.admin)
    if request.method == "POST" and "cabut" in request.POST:
        try:
            t = token_cabut(aktor=a, id_=int(request.POST["cabut"]))
            messages.success(request, f"Token '{t.nama}' ({t.awalan}…) dicabut; token itu tidak dapat dipakai lagi.")
            return redirect("api:token")
        except (ValueError, TidakBerwenang) as exc:
            messages.error(request, str(exc) if isinstance(exc, TidakBerwenang) else "Token tidak dikenal.")
            status = 400
    elif request.method == "POST":
        form = FormToken(request.POST, admin=a.admin)
        if form.is_valid():
            c = form.cleaned_data
            pemilik = None
            if c.get("pengguna"):
                pemilik = get_user_model().objects.filter(username=c["pengguna"]).first()
                if pemilik is None:
                    form.add_error("pengguna", "Pengguna tidak dikenal.")
            if not form.errors:
                try:
                    baru = token_buat(aktor=a, nama=c["nama"], hari=c["hari"], pengguna=pemilik)
                    form = FormToken(admin=a.admin)
                except (AlurDitolak, TidakBerwenang) as exc:
                    form.add_error(None, str(exc))
        if baru is None:
            status = 400
    konteks = {
        "form": form,
        "baru": baru,
        "milik": token_daftar(aktor=a),
        "semua": token_daftar(aktor=a, semua=True) if a.admin else None,
        "sekarang": timezone.now(),
    }
    r = render(request, "api/token.html", konteks, status=status)
    if baru is not None:
        r["Cache-Control"] = "no-store"  # the token is in this page once; no cache may keep it
    return r
