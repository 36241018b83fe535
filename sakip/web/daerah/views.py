"""District pages: the consolidation of a pemda-year (RPJMD indicators from the agencies, budgets per RPJMD sasaran
and urusan, agencies by predikat, drill-down to each agency), the district file's upload and download, the Pemda
LKjIP through the document queue. Admin and Inspektorat read; the admin of the pemda writes."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from sakip.berkas.baca import BerkasTidakValid
from sakip.berkas.daerah import baca_teks_daerah
from sakip.core.angka import format_persen
from sakip.core.peringatan import BELUM_DIISI, DI_BAWAH, peringatan_dini
from sakip.core.tabel_daerah import semua_tabel_daerah, tabel_kontributor
from sakip.web.dasbor.selectors import triwulan_berjalan
from sakip.web.dokumen.services import lkjip_pemda_minta
from sakip.web.inti.galat import AlurDitolak, KonflikVersi, TidakDitemukan
from sakip.web.inti.grafik import Batang, grafik_batang
from sakip.web.organisasi.akses import akses, pemda_pilih
from sakip.web.organisasi.models import Pemda
from sakip.web.riwayat.models import Perubahan

from . import selectors, services
from .models import BerkasDaerahTahun


def _pemda(request: HttpRequest) -> Pemda:
    """The person's own pemda, or for a national role the one asked for with ``?pemda=``."""
    p = pemda_pilih(request.aktor, request.GET.get("pemda"))
    if p is None:
        raise TidakDitemukan("Belum ada pemda.")
    return p


def _url(nama: str, request: HttpRequest, **kw) -> str:
    url = reverse(f"daerah:{nama}", kwargs=kw)
    pemda = request.GET.get("pemda")
    return f"{url}?pemda={pemda}" if pemda and pemda.isdigit() else url


@akses("pemda")
def kini(request: HttpRequest) -> HttpResponse:
    tahun = selectors.tahun_daerah(_pemda(request))
    return redirect(_url("konsolidasi", request, tahun=tahun[0] if tahun else 2023))


def _grafik(hasil) -> str:
    data = [
        Batang(
            f"{i.indikator.id} {i.indikator.nama}",
            i.capaian.nilai,
            i.predikat.warna if i.predikat else "#777",
            "belum ada realisasi" if i.realisasi is None else "",
        )
        for i in hasil.semua_indikator_sasaran()
    ]
    return grafik_batang("Capaian indikator sasaran RPJMD (%)", data) if data else ""


def _peringatan(k, tahun: int) -> dict:
    """The early warnings of the latest quarter that has ended, across the agencies: indicators under their
    rencana aksi, and the agencies that have not reported the quarter."""
    if k.hasil is None:
        return {"tw_peringatan": 0, "peringatan": [], "belum_lapor": []}
    tw = triwulan_berjalan(tahun)
    baris, belum = [], []
    for r in k.hasil.perangkat_daerah if tw else []:
        semua = peringatan_dini(r.hasil, tw)
        baris += [(r.nama, k.perangkat_daerah.get(r.nama), p) for p in semua if p.jenis == DI_BAWAH]
        n = sum(1 for p in semua if p.jenis == BELUM_DIISI)
        if n:
            belum.append(f"{r.nama} ({n} indikator)")
    return {"tw_peringatan": tw, "peringatan": baris, "belum_lapor": belum}


@akses("pemda", post="admin")
def konsolidasi(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = _pemda(request)
    status = 200
    if request.method == "POST":
        unggah = request.FILES.get("berkas")
        if unggah is None:
            messages.error(request, "Pilih berkas daerah (YAML atau JSON) untuk diunggah.")
            status = 400
        else:
            try:
                versi = int(request.POST["versi"]) if request.POST.get("versi", "").isdigit() else None
                r = services.berkas_daerah_simpan(
                    aktor=request.aktor,
                    pemda=pemda,
                    isi=unggah.read(services.MAKS_UKURAN + 1),
                    nama_berkas=unggah.name,
                    alasan=request.POST.get("alasan", ""),
                    versi=versi,
                )
                messages.success(request, f"Berkas daerah tahun {r.tahun} disimpan (versi {r.versi}).")
                return redirect(_url("konsolidasi", request, tahun=r.tahun))
            except BerkasTidakValid as exc:
                for m in exc.masalah[:20]:
                    messages.error(request, str(m))
                if len(exc.masalah) > 20:
                    messages.error(request, f"… dan {len(exc.masalah) - 20} masalah lain. Tidak ada yang disimpan.")
                status = 400
            except (AlurDitolak, KonflikVersi) as exc:
                messages.error(request, str(exc))
                status = 409 if isinstance(exc, KonflikVersi) else 400
    k = selectors.konsolidasi_ambil(aktor=request.aktor, pemda=pemda, tahun=tahun)
    h = k.hasil
    konteks = {
        "k": k,
        "pemda": pemda,
        "tahun": tahun,
        "semua_tahun": selectors.tahun_daerah(pemda),
        "tabel": [*semua_tabel_daerah(h), tabel_kontributor(h)] if h else [],
        "grafik": _grafik(h) if h else "",
        "rata_rata": format_persen(h.rata_rata) if h and h.rata_rata is not None else "–",
        "serapan": format_persen(h.serapan) if h and h.serapan is not None else "–",
        "perangkat_daerah": [(r, k.perangkat_daerah.get(r.nama)) for r in h.perangkat_daerah] if h else [],
        **_peringatan(k, tahun),
        "riwayat": Perubahan.objects.filter(objek=f"daerah:{pemda.pk}", tahun=tahun)[:30],
        "url_unduh": _url("unduh", request, tahun=tahun),
        "url_lkjip": _url("lkjip", request, tahun=tahun),
    }
    return render(request, "daerah/konsolidasi.html", konteks, status=status)


@akses("pemda")
def unduh(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = _pemda(request)
    r = selectors.berkas_daerah_ambil(aktor=request.aktor, pemda=pemda, tahun=tahun)
    if r is None:
        messages.error(request, f"Berkas daerah {pemda.nama} tahun {tahun} belum diunggah.")
        return redirect(_url("konsolidasi", request, tahun=tahun))
    resp = HttpResponse(r.isi.encode("utf-8"), content_type="application/yaml; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="daerah-{tahun}.yaml"'
    return resp


@akses("admin", metode=("POST",))
def lkjip(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = _pemda(request)
    try:
        p = lkjip_pemda_minta(aktor=request.aktor, pemda=pemda, tahun=tahun, format=request.POST.get("format", ""))
    except AlurDitolak as exc:
        messages.error(request, str(exc))
        return redirect(_url("konsolidasi", request, tahun=tahun))
    return redirect("dokumen:pemda_status", kode=p.kode)


# --- an agency's links to the RPJMD ------------------------------------------------------------------------------

BARIS_KOSONG = 2  # empty rows offered below the existing links


@akses("baca_pd", post="ubah_pd")
def tautan(request: HttpRequest, pd: str, tahun: int, jenis: str, kode: str) -> HttpResponse:
    """The RPJMD links of one Renstra tujuan or sasaran: which RPJMD sasaran (and indicator) it serves, through which
    of its own indicators, with what declared contribution."""
    from sakip.web.perencanaan.models import Indikator, Sasaran, Tujuan
    from sakip.web.perencanaan.selectors import tahun_kinerja_ambil

    from .models import TautanRpjmd

    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    model = {"sasaran": Sasaran, "tujuan": Tujuan}.get(jenis)
    induk = model.objects.filter(renstra=tk.renstra, kode=kode).first() if model else None
    if induk is None:
        raise TidakDitemukan("Tujuan/sasaran tidak ditemukan.")
    status = 200
    isian = None
    if request.method == "POST":
        n = min(int(request.POST.get("jumlah", "0") or 0) if request.POST.get("jumlah", "").isdigit() else 0, 50)
        isian = [
            services.IsianTautan(
                *(request.POST.get(f"{m}_{i}", "")[:60] for m in ("sasaran", "indikator", "opd", "kontribusi"))
            )
            for i in range(n)
        ]
        try:
            services.tautan_rpjmd_ubah(
                aktor=request.aktor, tk=tk, induk=induk, isian=isian, alasan=request.POST.get("alasan", "")
            )
            messages.success(request, f"Tautan RPJMD {jenis} {kode} tersimpan.")
            return redirect("daerah:tautan", pd=pd, tahun=tahun, jenis=jenis, kode=kode)
        except AlurDitolak as exc:
            messages.error(request, str(exc))
            status = 400
    if isian is None:
        isian = [
            services.IsianTautan(
                t.sasaran_rpjmd,
                t.indikator_rpjmd,
                t.indikator_opd,
                "" if t.kontribusi is None else format(t.kontribusi.normalize(), "f").replace(".", ","),
            )
            for t in TautanRpjmd.objects.filter(**{jenis: induk}).order_by("urutan", "id")
        ]
    baris = [*isian, *[services.IsianTautan("")] * BARIS_KOSONG]
    rekaman = BerkasDaerahTahun.objects.filter(pemda=request.pd.pemda, tahun=tahun).first()
    rpjmd = baca_teks_daerah(rekaman.isi, sumber="basis data").rpjmd if rekaman else None
    konteks = {
        "tk": tk,
        "pd": request.pd,
        "jenis": jenis,
        "induk": induk,
        "baris": baris,
        "rpjmd": rpjmd,
        "indikator_opd": list(Indikator.objects.filter(**{jenis: induk}).order_by("urutan", "id")),
        "riwayat": Perubahan.objects.filter(perangkat_daerah=request.pd, objek=f"{jenis}:{kode}", medan="tautan_rpjmd")[
            :20
        ],
    }
    return render(request, "daerah/tautan.html", konteks, status=status)
