from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import never_cache

from sakip.berkas.survei_impor import ImporTidakValid
from sakip.core.ikm import DAFTAR_UNSUR, URUTAN_KUESIONER
from sakip.core.sumber_periode import PeriodeTidakValid, parse_periode
from sakip.core.sumber_tabel import (
    tabel_jenis_layanan,
    tabel_nrr,
    tabel_per_kelompok,
    tabel_prioritas,
    tabel_profil,
    tabel_saran,
    tabel_tren,
)
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import akses, boleh_ubah_pd
from sakip.web.organisasi.models import PerangkatDaerah

from . import selectors, services
from .batas import KirimanDitolak, alamat_dari, token_baca, token_buat
from .forms import FormImpor, FormKuesioner, FormLayanan, FormPengaturan
from .grafik import grafik_tren, grafik_unsur
from .kuesioner_html import isian_html
from .models import LayananSurvei, PengaturanSurvei
from .qr import qr_svg

# --- public: the questionnaire --------------------------------------------------------------------------------


def _pd_publik(slug: str) -> PerangkatDaerah:
    pd = get_object_or_404(PerangkatDaerah, slug=slug)
    if not pd.aktif:
        raise Http404("Unit layanan ini tidak aktif.")
    return pd


def _halaman(request: HttpRequest, template: str, konteks: dict, status: int = 200) -> HttpResponse:
    """Public pages render without the app's context processors (no menus, no user): less work per respondent."""
    konteks = {"csrf_token": get_token(request), **konteks}
    return HttpResponse(render_to_string(template, konteks), status=status)


def _isi_formulir(
    pd: PerangkatDaerah, p: PengaturanSurvei, layanan: LayananSurvei | None, kios: str | None, **lain
) -> dict:
    token = token_buat(pd_id=pd.pk, layanan_id=layanan.pk if layanan else None, kios=bool(kios))
    return {
        "pd": pd,
        "kios": kios,
        "layanan": layanan,
        "token": token,
        "isian": lain.pop("isian", None) or isian_html(tampil_profil=p.tampil_profil),
        **lain,
    }


def _kuesioner(request: HttpRequest, pd: PerangkatDaerah, *, kios: str | None) -> HttpResponse:
    p = services.pengaturan_ambil_atau_buat(pd=pd)
    if not p.terbuka:
        return _halaman(request, "survei/tutup.html", {"pd": pd, "kios": kios}, status=403)
    layanan = selectors.layanan_daftar(pd=pd, hanya_aktif=True)
    if request.method == "POST":
        form = FormKuesioner(request.POST, tampil_profil=p.tampil_profil)
        dipilih = next((x for x in layanan if str(x.pk) == request.GET.get("layanan")), None)
        try:
            token = token_baca(request.POST.get("token", ""), pd_id=pd.pk)
        except KirimanDitolak as exc:
            konteks = _isi_formulir(pd, p, dipilih, kios, pesan=str(exc))
            return _halaman(request, "survei/kuesioner.html", konteks, status=exc.status)
        pilihan = next((x for x in layanan if x.pk == token.layanan_id), None)
        if form.is_valid():
            if form.cleaned_data["situs"]:
                # A bot: thank it and store nothing.
                return _terima_kasih_redirect(pd, kios)
            try:
                services.respon_kirim(
                    pd=pd,
                    layanan=pilihan,
                    jawaban=form.jawaban(),
                    profil=form.data_profil(),
                    saran=form.cleaned_data["saran"],
                    token=token,
                    alamat=alamat_dari(request),
                )
            except KirimanDitolak as exc:
                return _halaman(
                    request, "survei/ditolak.html", {"pd": pd, "kios": kios, "pesan": str(exc)}, status=exc.status
                )
            return _terima_kasih_redirect(pd, kios)
        galat = {k: list(v) for k, v in form.errors.items()}
        isian = isian_html(tampil_profil=p.tampil_profil, data=request.POST.dict(), galat=galat)
        konteks = _isi_formulir(
            pd,
            p,
            pilihan,
            kios,
            isian=isian,
            salah=True,
            belum=[(no, kode) for no, kode in enumerate(URUTAN_KUESIONER, 1) if kode.lower() in galat],
            saran=request.POST.get("saran", "")[:1000],
            galat_saran=galat.get("saran", []),
        )
        # The token stays: answering again after a mistake is still the same form (and the same respondent).
        konteks["token"] = request.POST.get("token", "")
        return _halaman(request, "survei/kuesioner.html", konteks, status=400)
    pilihan = None
    if layanan:
        pilihan = next((x for x in layanan if str(x.pk) == request.GET.get("layanan")), None)
        if pilihan is None:
            if len(layanan) > 1:
                return _halaman(request, "survei/pilih_layanan.html", {"pd": pd, "kios": kios, "layanan": layanan})
            pilihan = layanan[0]
    return _halaman(request, "survei/kuesioner.html", _isi_formulir(pd, p, pilihan, kios))


def _terima_kasih_redirect(pd: PerangkatDaerah, kios: str | None) -> HttpResponse:
    url = reverse("survei:terima_kasih", kwargs={"pd": pd.slug})
    return redirect(f"{url}?kios={kios}" if kios else url)


@never_cache
@akses("publik", metode=("GET", "HEAD", "POST"))
def formulir(request: HttpRequest, pd: str) -> HttpResponse:
    if not request.pd.aktif:
        raise Http404("Unit layanan ini tidak aktif.")
    return _kuesioner(request, request.pd, kios=None)


@never_cache
@akses("publik", metode=("GET", "HEAD", "POST"))
def kios(request: HttpRequest, token: str) -> HttpResponse:
    p = PengaturanSurvei.objects.select_related("perangkat_daerah").filter(token_kios=token).first()
    if p is None or not p.perangkat_daerah.aktif:
        raise Http404("Tautan kios tidak dikenal atau sudah diganti.")
    return _kuesioner(request, p.perangkat_daerah, kios=token)


@akses("publik")
def terima_kasih(request: HttpRequest, pd: str) -> HttpResponse:
    unit = _pd_publik(pd)
    token = request.GET.get("kios") or None
    kembali = None
    if token and PengaturanSurvei.objects.filter(perangkat_daerah=unit, token_kios=token).exists():
        kembali = reverse("survei:kios", kwargs={"token": token})
    return _halaman(request, "survei/terima_kasih.html", {"pd": unit, "kios": kembali})


@akses("publik")
def pendek(request: HttpRequest, kode: str) -> HttpResponse:
    p = get_object_or_404(PengaturanSurvei.objects.select_related("perangkat_daerah"), kode_pendek=kode.lower())
    return redirect("survei:formulir", pd=p.perangkat_daerah.slug)


@akses("publik")
def qr(request: HttpRequest, pd: str) -> HttpResponse:
    unit = _pd_publik(pd)
    p = services.pengaturan_ambil_atau_buat(pd=unit)
    url = request.build_absolute_uri(reverse("survei:pendek", kwargs={"kode": p.kode_pendek}))
    r = HttpResponse(qr_svg(url), content_type="image/svg+xml")
    r["Content-Disposition"] = f'inline; filename="skm-{unit.slug}.svg"'
    return r


# --- the agency's pages ----------------------------------------------------------------------------------------


def _bobot(pd: PerangkatDaerah, tahun: int) -> str:
    from sakip.web.perencanaan.models import TahunKinerja

    tk = TahunKinerja.objects.filter(perangkat_daerah=pd, tahun=tahun).only("pengaturan").first()
    pengaturan = dict(pd.pemda.pengaturan or {}) | dict(tk.pengaturan if tk else {})
    return pengaturan.get("bobot_ikm", "tepat")


def _periode(request: HttpRequest, tahun: int):
    teks = request.GET.get("periode", "").strip()
    if not teks or teks == str(tahun):
        return None
    try:
        p = parse_periode(teks)
    except PeriodeTidakValid as exc:
        raise Http404(str(exc)) from None
    if p.awal.year != tahun:
        raise Http404("Periode di luar tahun ini.")
    return p


@akses("baca_pd")
def hasil(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    periode = _periode(request, tahun)
    h = selectors.hasil_survei(
        aktor=request.aktor, pd=request.pd, tahun=tahun, periode=periode, bobot=_bobot(request.pd, tahun)
    )
    a = h.analisis
    konteks = {
        "pd": request.pd,
        "tahun": tahun,
        "h": h,
        "a": a,
        "ikm": a.keseluruhan,
        "pilihan_periode": [str(tahun)] + [f"{tahun}-TW{i}" for i in (1, 2, 3, 4)],
        "periode_aktif": periode.label if periode else str(tahun),
        "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
    }
    if a.keseluruhan is not None:
        konteks |= {
            "grafik_unsur": grafik_unsur(a.keseluruhan),
            "grafik_tren": grafik_tren(a.per_periode) if len(a.per_periode) > 1 else "",
            "tabel": [
                tabel_nrr(a.keseluruhan),
                tabel_prioritas(a.keseluruhan),
                tabel_tren(a),
                tabel_jenis_layanan(a),
                tabel_profil(a),
                tabel_saran(a),
            ],
        }
    return render(request, "survei/hasil.html", konteks)


@akses("baca_pd")
def poster(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    p = services.pengaturan_ambil_atau_buat(pd=request.pd)
    pendek_url = request.build_absolute_uri(reverse("survei:pendek", kwargs={"kode": p.kode_pendek}))
    layanan = [
        (
            x,
            qr_svg(
                request.build_absolute_uri(
                    reverse("survei:formulir", kwargs={"pd": request.pd.slug}) + f"?layanan={x.pk}"
                ),
                skala=3,
            ),
        )
        for x in selectors.layanan_daftar(pd=request.pd, hanya_aktif=True)
    ]
    kios_url = None
    if boleh_ubah_pd(request.aktor, request.pd):
        kios_url = request.build_absolute_uri(reverse("survei:kios", kwargs={"token": p.token_kios}))
    return render(
        request,
        "survei/poster.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "qr": qr_svg(pendek_url),
            "pendek": pendek_url,
            "layanan": layanan,
            "kios_url": kios_url,
        },
    )


@akses("baca_pd", post="ubah_pd")
def pengaturan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    unit = request.pd
    p = services.pengaturan_ambil_atau_buat(pd=unit)
    status = 200
    form = FormPengaturan(
        initial={"terbuka": p.terbuka, "tampil_profil": p.tampil_profil, "populasi": selectors.populasi(unit, tahun)}
    )
    form_layanan = FormLayanan(initial={"aktif": True})
    if request.method == "POST":
        aksi = request.POST.get("aksi", "")
        try:
            if aksi == "pengaturan":
                form = FormPengaturan(request.POST)
                if form.is_valid():
                    c = form.cleaned_data
                    services.pengaturan_simpan(
                        aktor=request.aktor, pd=unit, terbuka=c["terbuka"], tampil_profil=c["tampil_profil"]
                    )
                    services.populasi_simpan(aktor=request.aktor, pd=unit, tahun=tahun, populasi=c["populasi"])
                    messages.success(request, "Pengaturan survei tersimpan.")
                    return redirect("survei:pengaturan", pd=pd, tahun=tahun)
            elif aksi == "layanan":
                form_layanan = FormLayanan(request.POST)
                if form_layanan.is_valid():
                    id_ = request.POST.get("id")
                    services.layanan_simpan(
                        aktor=request.aktor,
                        pd=unit,
                        nama=form_layanan.cleaned_data["nama"],
                        aktif=form_layanan.cleaned_data["aktif"],
                        id_=int(id_) if id_ and id_.isdigit() else None,
                    )
                    messages.success(request, "Jenis layanan tersimpan.")
                    return redirect("survei:pengaturan", pd=pd, tahun=tahun)
            elif aksi == "kios":
                services.token_kios_baru(aktor=request.aktor, pd=unit)
                messages.success(request, "Tautan kios baru dibuat; tautan lama tidak berlaku lagi.")
                return redirect("survei:pengaturan", pd=pd, tahun=tahun)
            messages.error(request, "Isian belum benar; lihat pesan di samping kolomnya.")
            status = 400
        except (AlurDitolak, LayananSurvei.DoesNotExist) as exc:
            messages.error(request, str(exc) if isinstance(exc, AlurDitolak) else "Jenis layanan tidak ditemukan.")
            status = 400
    return render(
        request,
        "survei/pengaturan.html",
        {
            "pd": unit,
            "tahun": tahun,
            "p": p,
            "form": form,
            "form_layanan": form_layanan,
            "layanan": selectors.layanan_daftar(pd=unit),
            "bisa_ubah": boleh_ubah_pd(request.aktor, unit),
            "pendek": request.build_absolute_uri(reverse("survei:pendek", kwargs={"kode": p.kode_pendek})),
        },
        status=status,
    )


@akses("baca_pd", post="ubah_pd")
def impor(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    status = 200
    masalah: list[str] = []
    form = FormImpor()
    if request.method == "POST":
        form = FormImpor(request.POST, request.FILES)
        if form.is_valid():
            f = form.cleaned_data["berkas"]
            if f.size > 20 * 1024 * 1024:
                masalah = ["Berkas lebih besar dari 20 MB; bagi menjadi beberapa berkas."]
            else:
                try:
                    batch, catatan = services.respon_impor(
                        aktor=request.aktor,
                        pd=request.pd,
                        isi=f.read(),
                        nama_berkas=f.name,
                        layanan_bawaan=form.cleaned_data["layanan"],
                        tanggal_bawaan=form.cleaned_data["tanggal"],
                    )
                    messages.success(
                        request, f"{batch.jumlah} jawaban diimpor dari {batch.nama_berkas}. " + " ".join(catatan)
                    )
                    return redirect("survei:impor", pd=pd, tahun=tahun)
                except ImporTidakValid as exc:
                    masalah = [str(m) for m in exc.masalah[:200]]
                    if len(exc.masalah) > 200:
                        masalah.append(f"… dan {len(exc.masalah) - 200} masalah lain")
                except AlurDitolak as exc:
                    masalah = [str(exc)]
        status = 400
    return render(
        request,
        "survei/impor.html",
        {
            "pd": request.pd,
            "tahun": tahun,
            "form": form,
            "masalah": masalah,
            "daftar": selectors.impor_daftar(aktor=request.aktor, pd=request.pd),
            "bisa_ubah": boleh_ubah_pd(request.aktor, request.pd),
            "unsur": DAFTAR_UNSUR,
        },
        status=status,
    )


@akses("ubah_pd", metode=("POST",))
def impor_batal(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    try:
        n = services.impor_batalkan(aktor=request.aktor, pd=request.pd, impor_id=id)
        messages.success(request, f"Impor dibatalkan: {n} jawaban dihapus.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return redirect("survei:impor", pd=pd, tahun=tahun)


@akses("baca_pd")
def laporan(request: HttpRequest, pd: str, tahun: int, format: str) -> HttpResponse:
    from sakip.laporan.skm import LaporanTidakDapatDibuat, buat_laporan_skm

    if format not in ("docx", "pdf"):
        raise Http404("Format laporan: docx atau pdf.")
    h = selectors.hasil_survei(
        aktor=request.aktor,
        pd=request.pd,
        tahun=tahun,
        periode=_periode(request, tahun),
        bobot=_bobot(request.pd, tahun),
    )
    try:
        data = buat_laporan_skm(h.analisis, format=format, instansi=request.pd.nama, tanggal=selectors.hari_ini())
    except LaporanTidakDapatDibuat as exc:
        messages.error(request, str(exc))
        return redirect("survei:hasil", pd=pd, tahun=tahun)
    jenis = {
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf": "application/pdf",
    }[format]
    r = HttpResponse(data, content_type=jenis)
    r["Content-Disposition"] = f'attachment; filename="laporan-skm-{request.pd.slug}-{h.periode.label}.{format}"'
    return r


@akses("pemda")
def kabupaten(request: HttpRequest) -> HttpResponse:
    from sakip.web.dasbor.selectors import tahun_tersedia

    # Opens on the latest year that has data (responses, or the agencies' performance years), as the overview does.
    tahun_list = sorted(set(selectors.tahun_ada()) | set(tahun_tersedia()), reverse=True) or [selectors.hari_ini().year]
    try:
        tahun = int(request.GET.get("tahun") or tahun_list[0])
    except ValueError:
        raise Http404("Tahun tidak sah.") from None
    from sakip.web.organisasi.akses import pemda_pilih

    pemda = pemda_pilih(request.aktor, request.GET.get("pemda"))
    bobot = (pemda.pengaturan or {}).get("bobot_ikm", "tepat") if pemda else "tepat"
    h = selectors.kabupaten(aktor=request.aktor, tahun=tahun, bobot=bobot)
    tabel = tabel_per_kelompok(
        dict(sorted(h.wilayah.per_instansi.items(), key=lambda x: x[1].ikm)),
        "SKM.K",
        f"IKM per Perangkat Daerah Tahun {tahun} (terendah lebih dahulu)",
        "Perangkat daerah",
    )
    return render(
        request,
        "survei/kabupaten.html",
        {"h": h, "tahun": tahun, "tahun_list": tahun_list, "tabel": tabel, "pemda": pemda},
    )
