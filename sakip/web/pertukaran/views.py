from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.berkas.baca import BerkasTidakValid
from sakip.berkas.jenis_isi import JenisTidakSesuai, kenali, periksa_jenis
from sakip.web.inti.bidang import FormDasar
from sakip.web.organisasi.akses import TidakBerwenang, akses, pd_terlihat
from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil

from .services import berkas_ekspor, berkas_impor

MAKS_BERKAS = 5 * 1024 * 1024


class FormImpor(FormDasar):
    berkas = forms.FileField(label="Berkas SAKIP (.yaml atau .json)")
    pd = forms.ChoiceField(label="Perangkat daerah", required=False)
    kunci_sampai = forms.TypedChoiceField(
        label="Tandai terkunci s.d. triwulan",
        coerce=int,
        required=False,
        empty_value=0,
        choices=[(0, "tidak ada (semua draf)"), (1, "TW I"), (2, "TW II"), (3, "TW III"), (4, "TW IV (tahun selesai)")],
    )
    alasan = forms.CharField(label="Alasan / keterangan impor", required=False, max_length=300)

    def __init__(self, *args, aktor, **kwargs):
        super().__init__(*args, **kwargs)
        if aktor.admin:
            self.fields["pd"].choices = [("", "— sesuai isi berkas (buat bila belum ada) —")] + [
                (p.slug, p.nama) for p in pd_terlihat(aktor)
            ]
        else:
            pd = PerangkatDaerah.objects.filter(pk=aktor.pd_id).first()
            self.fields["pd"].choices = [(pd.slug, pd.nama)] if pd else []
            del self.fields["kunci_sampai"]


@akses("admin_atau_operator", metode=("GET", "HEAD", "POST"))
def impor(request: HttpRequest) -> HttpResponse:
    aktor = request.aktor
    masalah = []
    status = 200
    if request.method == "POST":
        form = FormImpor(request.POST, request.FILES, aktor=aktor)
        if form.is_valid():
            f = form.cleaned_data["berkas"]
            nama = f.name or "berkas"
            if f.size > MAKS_BERKAS:
                masalah = [f"Berkas terlalu besar (maksimal {MAKS_BERKAS // (1024 * 1024)} MB)."]
            else:
                data = f.read()
                try:
                    periksa_jenis(data, nama=nama, boleh=("teks",), diterima="berkas SAKIP .yaml atau .json")
                    teks = data.decode("utf-8")
                except JenisTidakSesuai as exc:
                    teks = None
                    masalah = [str(exc)]
                    if kenali(data) == "xlsx":
                        masalah.append("Workbook Excel diunggah lewat halaman Workbook Excel pada tahun kinerjanya.")
                except UnicodeDecodeError:
                    teks = None
                    masalah = ["Berkas bukan teks UTF-8 (gunakan berkas .yaml atau .json SAKIP)."]
                if teks is not None:
                    slug = form.cleaned_data.get("pd") or ""
                    pd = PerangkatDaerah.objects.filter(slug=slug).first() if slug else None
                    if not aktor.admin and pd is None:
                        pd = PerangkatDaerah.objects.filter(pk=aktor.pd_id).first()
                    try:
                        hasil = berkas_impor(
                            aktor=aktor,
                            teks=teks,
                            jenis="json" if nama.lower().endswith(".json") else "yaml",
                            pd=pd,
                            kunci_sampai=form.cleaned_data.get("kunci_sampai") or 0,
                            alasan=form.cleaned_data["alasan"],
                            nama_berkas=nama,
                        )
                        tk = hasil.tahun_kinerja
                        messages.success(
                            request,
                            f"Berkas {nama} diimpor: {tk.perangkat_daerah.nama} {tk.tahun} ({hasil.jumlah_perubahan} nilai tercatat di riwayat).",
                        )
                        return redirect("dasbor:dasbor", pd=tk.perangkat_daerah.slug, tahun=tk.tahun)
                    except BerkasTidakValid as exc:
                        masalah = [str(m) for m in exc.masalah]
                    except TidakBerwenang:
                        raise
        status = 400
    else:
        form = FormImpor(aktor=aktor)
    return render(request, "pertukaran/impor.html", {"form": form, "masalah": masalah}, status=status)


@akses("baca_pd")
def ekspor(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    teks = berkas_ekspor(aktor=request.aktor, tk=tk)
    r = HttpResponse(teks, content_type="application/x-yaml; charset=utf-8")
    r["Content-Disposition"] = f'attachment; filename="{pd}-{tahun}.yaml"'
    return r
