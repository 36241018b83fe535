from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.web.inti.galat import AlurDitolak, KonflikVersi, TidakDitemukan
from sakip.web.organisasi.akses import akses, boleh_kepala_pd, boleh_ubah_pd
from sakip.web.perencanaan.models import Indikator
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil
from sakip.web.pertukaran.ke_berkas import hasil_dari_db

from . import selectors, services
from .forms import FormBukti, FormRealisasi
from .models import Bukti, PeriodeRealisasi
from .services import ROMAWI


def _tw(triwulan: int) -> int:
    if triwulan not in (1, 2, 3, 4):
        raise TidakDitemukan("Triwulan harus 1–4.")
    return triwulan


@akses("baca_pd")
def daftar(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    periode = selectors.periode_daftar(aktor=request.aktor, tk=tk)
    bisa_ubah = boleh_ubah_pd(request.aktor, request.pd)
    for p in periode:
        # "Isi" where this user can type values now, "Lihat" elsewhere ("Buka" read as "unlock").
        p.tautan = "Isi" if bisa_ubah and p.status in PeriodeRealisasi.BOLEH_DIUBAH else "Lihat"
    return render(request, "pengukuran/daftar.html", {"tk": tk, "pd": request.pd, "periode": periode})


@akses("baca_pd", post="ubah_pd")
def isi(request: HttpRequest, pd: str, tahun: int, triwulan: int) -> HttpResponse:
    triwulan = _tw(triwulan)
    aktor = request.aktor
    tk = tahun_kinerja_ambil(aktor=aktor, pd=request.pd, tahun=tahun)
    periode = next(p for p in selectors.periode_daftar(aktor=aktor, tk=tk) if p.triwulan == triwulan)
    baris = selectors.isian_realisasi(aktor=aktor, tk=tk, triwulan=triwulan)
    bisa_ubah = boleh_ubah_pd(aktor, request.pd) and periode.status in PeriodeRealisasi.BOLEH_DIUBAH
    versi_awal = periode.versi if periode.pk else None
    status = 200
    if request.method == "POST":
        form = FormRealisasi(request.POST, baris=baris, triwulan=triwulan)
        if form.is_valid():
            try:
                if periode.pk is None:
                    periode = services.periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
                    versi = periode.versi if form.cleaned_data["versi"] in (0, None) else form.cleaned_data["versi"]
                else:
                    versi = form.cleaned_data["versi"]
                n = services.realisasi_simpan(
                    aktor=aktor,
                    tk=tk,
                    triwulan=triwulan,
                    versi=versi,
                    isian=form.isian(),
                    alasan=form.cleaned_data["alasan"],
                )
                messages.success(request, f"Realisasi triwulan {ROMAWI[triwulan]} tersimpan ({n} nilai berubah).")
                if getattr(n, "dihapus", None):
                    messages.warning(request, f"Nilai dikosongkan (dihapus): {'; '.join(n.dihapus)}.")
                if request.POST.get("lanjut") == "ajukan":
                    # The values are saved either way; a refused submission is reported on the fresh page.
                    periode.refresh_from_db()
                    try:
                        services.realisasi_ajukan(aktor=aktor, tk=tk, triwulan=triwulan, versi=periode.versi)
                        messages.success(request, "Realisasi diajukan untuk diverifikasi kepala.")
                    except (AlurDitolak, KonflikVersi) as exc:
                        messages.error(request, str(exc))
                return redirect("pengukuran:isi", pd=pd, tahun=tahun, triwulan=triwulan)
            except (AlurDitolak, KonflikVersi) as exc:
                messages.error(request, str(exc))
                status = 409 if isinstance(exc, KonflikVersi) else 400
        else:
            messages.error(request, "Ada isian yang salah; lihat pesan di samping kolomnya.")
            status = 400
    else:
        form = FormRealisasi(initial={"versi": versi_awal or 0}, baris=baris, triwulan=triwulan)
    if not bisa_ubah:
        form.kunci()
    h = hasil_dari_db(tk)
    for b in baris["indikator"]:
        hi = h.hasil_indikator(b["obj"].kode)
        b["hasil"] = hi
        b["capaian_tw"] = hi.capaian_triwulan.get(triwulan) if hi else None
        b["target_sd"] = hi.target_triwulan.get(triwulan) if hi else None
        b["medan"] = {
            k: form.medan(f"{k}_{b['obj'].pk}") for k in ("n", "t", "penyebab", "kendala", "solusi", "sumber")
        }
        # A folded section opens when it holds a value (saved or just typed) or an error: nothing typed hides.
        isi_atau_galat = {
            k: m is not None and (bool(m.errors) or bool(str(m.value() or "").strip())) for k, m in b["medan"].items()
        }
        b["buka_tahunan"] = isi_atau_galat["t"]
        # (The data source alone does not open it: it is named in the summary line instead.)
        b["buka_analisis"] = any(isi_atau_galat[k] for k in ("penyebab", "kendala", "solusi")) or bool(
            b["medan"]["sumber"] is not None and b["medan"]["sumber"].errors
        )
    for b in baris["sub"]:
        b["medan"] = form.medan(f"a_{b['obj'].pk}") or form.medan(f"at_{b['obj'].pk}")
        b["node"] = next(
            (n for n in h.anggaran.telusuri() if n.kode == b["obj"].kode and n.tingkat == "sub_kegiatan"), None
        )
    for b in baris["ik"]:
        b["medan"] = form.medan(f"ik_{b['obj'].pk}")
    konteks = {
        "tk": tk,
        "pd": request.pd,
        "triwulan": triwulan,
        "periode": periode,
        "form": form,
        "baris": baris,
        "bisa_ubah": bisa_ubah,
        "bisa_kepala": boleh_kepala_pd(aktor, request.pd),
        "bukti": selectors.bukti_daftar(aktor=aktor, periode=periode),
        "form_bukti": FormBukti(),
        "kurang": services.analisis_kurang(tk=tk, triwulan=triwulan) if bisa_ubah else [],
        "keterangan": selectors.periode_keterangan(aktor=aktor, tk=tk, periode=periode),
    }
    return render(request, "pengukuran/isi.html", konteks, status=status)


def _alur(request: HttpRequest, pd: str, tahun: int, triwulan: int, fungsi, sukses: str, **kw) -> HttpResponse:
    triwulan = _tw(triwulan)
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    try:
        versi = int(request.POST.get("versi", ""))
    except ValueError:
        versi = None
    try:
        fungsi(aktor=request.aktor, tk=tk, triwulan=triwulan, versi=versi, **kw)
        messages.success(request, sukses)
    except (AlurDitolak, KonflikVersi) as exc:
        messages.error(request, str(exc))
    return redirect("pengukuran:isi", pd=pd, tahun=tahun, triwulan=triwulan)


@akses("ubah_pd", metode=("POST",))
def ajukan(request, pd, tahun, triwulan):
    return _alur(
        request, pd, tahun, triwulan, services.realisasi_ajukan, "Realisasi diajukan untuk diverifikasi kepala."
    )


@akses("kepala_pd", metode=("POST",))
def verifikasi(request, pd, tahun, triwulan):
    return _alur(request, pd, tahun, triwulan, services.realisasi_verifikasi, "Realisasi diverifikasi.")


@akses("kepala_pd", metode=("POST",))
def kembalikan(request, pd, tahun, triwulan):
    return _alur(
        request,
        pd,
        tahun,
        triwulan,
        services.realisasi_kembalikan,
        "Realisasi dikembalikan ke operator.",
        alasan=request.POST.get("alasan", ""),
    )


@akses("kepala_pd", metode=("POST",))
def kunci(request, pd, tahun, triwulan):
    return _alur(request, pd, tahun, triwulan, services.realisasi_kunci, "Realisasi dikunci.")


@akses("admin", metode=("POST",))
def buka(request, pd, tahun, triwulan):
    return _alur(
        request,
        pd,
        tahun,
        triwulan,
        services.realisasi_buka_kembali,
        "Realisasi dibuka kembali (tercatat di riwayat).",
        alasan=request.POST.get("alasan", ""),
    )


@akses("ubah_pd", metode=("POST",))
def bukti_unggah(request: HttpRequest, pd: str, tahun: int, triwulan: int) -> HttpResponse:
    triwulan = _tw(triwulan)
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    form = FormBukti(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "Pilih berkas bukti: " + "; ".join(e for errs in form.errors.values() for e in errs))
        return redirect("pengukuran:isi", pd=pd, tahun=tahun, triwulan=triwulan)
    ind = None
    kode = form.cleaned_data["indikator"].strip()
    if kode:
        ind = Indikator.objects.filter(renstra=tk.renstra, kode=kode).first()
        if ind is None:
            messages.error(request, f"Indikator '{kode}' tidak ada.")
            return redirect("pengukuran:isi", pd=pd, tahun=tahun, triwulan=triwulan)
    try:
        services.bukti_unggah(
            aktor=request.aktor,
            tk=tk,
            triwulan=triwulan,
            berkas=form.cleaned_data["berkas"],
            indikator=ind,
            keterangan=form.cleaned_data["keterangan"],
        )
        messages.success(request, "Bukti diunggah.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return redirect("pengukuran:isi", pd=pd, tahun=tahun, triwulan=triwulan)


@akses("baca_pd")
def bukti_unduh(request: HttpRequest, pd: str, tahun: int, id: int) -> FileResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    try:
        b = selectors.bukti_ambil(aktor=request.aktor, tk=tk, id_=id)
    except Bukti.DoesNotExist:
        raise TidakDitemukan("Bukti tidak ditemukan.") from None
    try:
        f = b.berkas.open("rb")
    except FileNotFoundError:
        raise TidakDitemukan("Berkas bukti tidak ditemukan di penyimpanan.") from None
    return FileResponse(f, as_attachment=True, filename=b.nama_asli, content_type=b.jenis_isi)
