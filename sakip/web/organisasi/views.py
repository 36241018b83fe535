from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.core.pengaturan import JenisEfisiensi, RumusNegatif, pengaturan_dari_dict
from sakip.core.predikat import SKALA_BAWAAN
from sakip.web.inti.bidang import FormDasar
from sakip.web.inti.galat import AlurDitolak, KonflikVersi

from .akses import akses, pd_terlihat, pemda_pilih, pemda_terlihat
from .models import Peran
from .services import pemda_pengaturan_ubah, pengguna_buat


class FormPengguna(FormDasar):
    username = forms.CharField(label="Nama pengguna", max_length=150)
    nama = forms.CharField(label="Nama lengkap", required=False, max_length=150)
    email = forms.EmailField(label="Surel", required=False, error_messages={"invalid": "Alamat surel tidak sah."})
    password = forms.CharField(
        label="Kata sandi awal",
        widget=forms.PasswordInput,
        min_length=8,
        error_messages={"min_length": "Kata sandi minimal 8 karakter."},
    )
    peran = forms.ChoiceField(label="Peran", choices=Peran.PILIHAN)
    pd = forms.ChoiceField(label="Perangkat daerah (operator/kepala)", required=False)
    pemda = forms.ChoiceField(label="Pemda (admin/reviewer)", required=False)

    def __init__(self, *args, aktor, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pd"].choices = [("", "—")] + [(p.slug, p.nama) for p in pd_terlihat(aktor)]
        if aktor.nasional:
            self.fields["pemda"].choices = [("", "— semua pemda (nasional/provinsi) —")] + [
                (str(p.pk), p.nama) for p in pemda_terlihat(aktor)
            ]
        else:
            del self.fields["pemda"]


@akses("admin", metode=("GET", "HEAD", "POST"))
def pengguna(request: HttpRequest) -> HttpResponse:
    status = 200
    if request.method == "POST":
        form = FormPengguna(request.POST, aktor=request.aktor)
        if form.is_valid():
            c = form.cleaned_data
            pd = pd_terlihat(request.aktor).filter(slug=c["pd"]).first() if c["pd"] else None
            pemda_baru = pemda_terlihat(request.aktor).filter(pk=c["pemda"]).first() if c.get("pemda") else None
            try:
                pengguna_buat(
                    aktor=request.aktor,
                    username=c["username"],
                    password=c["password"],
                    peran=c["peran"],
                    pd=pd,
                    nama=c["nama"],
                    email=c["email"],
                    pemda=pemda_baru,
                )
                messages.success(request, f"Pengguna {c['username']} dibuat.")
                return redirect("organisasi:pengguna")
            except AlurDitolak as exc:
                form.add_error(None, str(exc))
        status = 400
    else:
        form = FormPengguna(aktor=request.aktor)
    daftar = get_user_model().objects.select_related("peran__perangkat_daerah", "peran__pemda").order_by("username")
    if not request.aktor.nasional:
        # An admin of one pemda lists the people of that pemda: its agencies' staff and its own admins/reviewers.
        p = request.aktor.pemda_id
        daftar = daftar.filter(Q(peran__pemda_id=p) | Q(peran__perangkat_daerah__pemda_id=p))
    return render(request, "organisasi/pengguna.html", {"form": form, "daftar": daftar}, status=status)


class FormPengaturan(FormDasar):
    versi = forms.IntegerField(widget=forms.HiddenInput)
    skala_predikat = forms.ChoiceField(label="Skala predikat", choices=[(k, s.nama) for k, s in SKALA_BAWAAN.items()])
    rumus_negatif = forms.ChoiceField(
        label="Rumus indikator negatif", choices=[(r.value, r.value) for r in RumusNegatif]
    )
    batas_atas = forms.ChoiceField(
        label="Batas atas capaian untuk predikat dan rata-rata",
        choices=[("100", "100%"), ("120", "120%"), ("tanpa", "tanpa batas")],
    )
    efisiensi = forms.ChoiceField(label="Aturan efisiensi", choices=[(j.value, j.value) for j in JenisEfisiensi])
    ejaan_miliar = forms.ChoiceField(label="Ejaan", choices=[("miliar", "miliar"), ("milyar", "milyar")])
    batas_hari = forms.IntegerField(label="Batas pelaporan (hari setelah akhir triwulan)", min_value=0, max_value=90)
    alasan = forms.CharField(label="Alasan perubahan", max_length=300)


@akses("admin", metode=("GET", "HEAD", "POST"))
def pengaturan(request: HttpRequest) -> HttpResponse:
    pemda = pemda_pilih(request.aktor, request.GET.get("pemda"))
    if pemda is None:
        messages.error(request, "Belum ada pemda: impor berkas perangkat daerah pertama terlebih dahulu.")
        return redirect("pertukaran:impor")
    p = pengaturan_dari_dict(pemda.pengaturan)
    status = 200
    if request.method == "POST":
        form = FormPengaturan(request.POST)
        if form.is_valid():
            c = form.cleaned_data
            baru = dict(pemda.pengaturan) | {
                "skala_predikat": c["skala_predikat"],
                "rumus_negatif": c["rumus_negatif"],
                "batas_atas": c["batas_atas"],
                "efisiensi": {"jenis": c["efisiensi"]},
                "ejaan_miliar": c["ejaan_miliar"],
            }
            try:
                pemda_pengaturan_ubah(
                    aktor=request.aktor,
                    pemda=pemda,
                    versi=c["versi"],
                    pengaturan=baru,
                    batas_hari=c["batas_hari"],
                    alasan=c["alasan"],
                )
                messages.success(
                    request, "Pengaturan pemda tersimpan; semua capaian dihitung ulang dengan aturan baru."
                )
                return redirect("organisasi:pengaturan")
            except (AlurDitolak, KonflikVersi) as exc:
                form.add_error(None, str(exc))
        status = 400
    else:
        form = FormPengaturan(
            initial={
                "versi": pemda.versi,
                "skala_predikat": p.skala_predikat.kode,
                "rumus_negatif": p.rumus_negatif.value,
                "batas_atas": "tanpa" if p.batas_atas is None else str(int(p.batas_atas)),
                "efisiensi": p.efisiensi.jenis.value,
                "ejaan_miliar": p.ejaan_miliar,
                "batas_hari": pemda.batas_hari_pelaporan,
            }
        )
    return render(request, "organisasi/pengaturan.html", {"form": form, "pemda": pemda}, status=status)
