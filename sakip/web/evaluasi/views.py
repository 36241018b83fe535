"""Thin views of the evaluation: each declares its access level; services check again and do the work."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.core.angka import bulatkan
from sakip.core.lke import LKE_BAWAAN, daftar_lke
from sakip.web.inti.galat import AlurDitolak, KonflikVersi, TidakDitemukan
from sakip.web.organisasi.akses import akses, boleh_ubah_pd
from sakip.web.organisasi.models import Pemda
from sakip.web.perencanaan.selectors import tahun_kinerja_ambil
from sakip.web.riwayat.selectors import perubahan_daftar

from . import selectors, services
from .grafik import grafik_rekap
from .models import Bukti, Evaluasi, RekapTerbit


def _versi(request: HttpRequest) -> int | None:
    try:
        return int(request.POST.get("versi", ""))
    except ValueError:
        return None


def _isian(request: HttpRequest, medan: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Form fields named "<medan>:<kode>" → {kode: {medan: value}}; only the fields sent are changed."""
    hasil: dict[str, dict[str, str]] = {}
    for nama, nilai in request.POST.items():
        f, _, kode = nama.partition(":")
        if f in medan and kode:
            hasil.setdefault(kode, {})[f] = nilai
    return hasil


def _kembali(pd: str, tahun: int) -> HttpResponse:
    return redirect("evaluasi:lembar", pd=pd, tahun=tahun)


def _jalankan(request: HttpRequest, pd: str, tahun: int, kerja, berhasil: str) -> HttpResponse:
    try:
        kerja()
        messages.success(request, berhasil)
    except (AlurDitolak, KonflikVersi) as exc:
        messages.error(request, str(exc))
    return _kembali(pd, tahun)


@akses("baca_pd")
def lembar(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    aktor = request.aktor
    tk = tahun_kinerja_ambil(aktor=aktor, pd=request.pd, tahun=tahun)
    h = selectors.halaman_evaluasi(aktor=aktor, tk=tk)
    ev = h.evaluasi
    bisa_ubah = boleh_ubah_pd(aktor, request.pd)
    konteks = {
        "tk": tk,
        "pd": request.pd,
        "h": h,
        "ev": ev,
        "bisa_mulai": ev is None and (bisa_ubah or aktor.reviewer),
        "bisa_mandiri": ev is not None and ev.status == Evaluasi.MANDIRI and bisa_ubah,
        "bisa_nilai": ev is not None and not ev.terkunci and aktor.reviewer,
        "bisa_final": ev is not None and ev.status == Evaluasi.DIEVALUASI and aktor.reviewer,
        "bisa_buka": ev is not None and ev.terkunci and aktor.reviewer,
        "bisa_tanggap": ev is not None and ev.terkunci and bisa_ubah,
        "bisa_bukti": ev is not None and not ev.terkunci and bisa_ubah,
        # The Inspektorat's scores reach the agency when final; until then it sees its own self-assessment.
        "lihat_evaluator": ev is not None and (ev.terkunci or aktor.reviewer or aktor.admin),
        "pilihan": {j.kode: list(j.nilai) for j in h.lke.jenis_jawaban.values()},
        "versi_lke": daftar_lke(),
        "riwayat": perubahan_daftar(aktor=aktor, pd=request.pd, tahun=tahun, objek="evaluasi")[:20] if ev else [],
    }
    return render(request, "evaluasi/lembar.html", konteks)


@akses("ubah_pd", metode=("POST",))
def mulai(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.evaluasi_mulai(aktor=request.aktor, tk=tk, lke=request.POST.get("lke") or LKE_BAWAAN),
        "Evaluasi dimulai: isi penilaian mandiri.",
    )


@akses("reviewer", metode=("POST",))
def mulai_evaluator(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.evaluasi_mulai(aktor=request.aktor, tk=tk, lke=request.POST.get("lke") or LKE_BAWAAN),
        "Evaluasi dimulai.",
    )


@akses("ubah_pd", metode=("POST",))
def mandiri(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    isian = _isian(request, ("mandiri", "mandiri_catatan"))
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.mandiri_simpan(aktor=request.aktor, tk=tk, isian=isian, versi=_versi(request)),
        "Penilaian mandiri disimpan.",
    )


@akses("ubah_pd", metode=("POST",))
def ajukan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.evaluasi_ajukan(aktor=request.aktor, tk=tk, versi=_versi(request)),
        "Penilaian mandiri diajukan ke Inspektorat.",
    )


@akses("reviewer", metode=("POST",))
def nilai(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    isian = _isian(request, ("evaluator", "catatan", "rekomendasi"))
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.nilai_simpan(
            aktor=request.aktor, tk=tk, isian=isian, alasan=request.POST.get("alasan", ""), versi=_versi(request)
        ),
        "Penilaian evaluator disimpan.",
    )


@akses("reviewer", metode=("POST",))
def final(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.evaluasi_finalkan(aktor=request.aktor, tk=tk, versi=_versi(request)),
        "Evaluasi ditetapkan final dan dikunci.",
    )


@akses("reviewer", metode=("POST",))
def buka(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.evaluasi_buka(
            aktor=request.aktor, tk=tk, alasan=request.POST.get("alasan", ""), versi=_versi(request)
        ),
        "Evaluasi dibuka kembali.",
    )


@akses("ubah_pd", metode=("POST",))
def tanggapan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    isian = {k: v["tanggapan"] for k, v in _isian(request, ("tanggapan",)).items()}
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.tanggapan_simpan(aktor=request.aktor, tk=tk, isian=isian, versi=_versi(request)),
        "Tanggapan disimpan.",
    )


@akses("ubah_pd", metode=("POST",))
def bukti_unggah(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    berkas = request.FILES.get("berkas")
    if berkas is None:
        messages.error(request, "Pilih berkas bukti yang akan diunggah.")
        return _kembali(pd, tahun)
    kode = request.POST.get("kode", "")
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: services.bukti_unggah(aktor=request.aktor, tk=tk, kode=kode, berkas=berkas),
        f"Bukti kriteria {kode} diunggah.",
    )


@akses("baca_pd")
def bukti_unduh(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    b = Bukti.objects.filter(pk=id, jawaban__evaluasi__tahun_kinerja=tk).first()
    if b is None:
        raise TidakDitemukan("Bukti tidak ditemukan.")
    return FileResponse(b.berkas.open("rb"), as_attachment=True, filename=b.nama_asli, content_type=b.jenis_isi)


@akses("baca_pd", metode=("POST",))
def lhe(request: HttpRequest, pd: str, tahun: int, format: str) -> HttpResponse:
    """Request the Laporan Hasil Evaluasi as DOCX or PDF through the document queue; the status page shows its
    progress and the download (the same data and options give the same job back)."""
    from sakip.web.dokumen.services import lhe_minta

    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    if format not in ("docx", "pdf"):
        raise TidakDitemukan("Format Laporan Hasil Evaluasi: docx atau pdf.")
    try:
        p = lhe_minta(aktor=request.aktor, tk=tk, format=format)
    except AlurDitolak as exc:
        messages.error(request, str(exc))
        return _kembali(pd, tahun)
    return redirect("dokumen:status", pd=pd, tahun=tahun, kode=p.kode)


@akses("baca_pd")
def excel_ekspor(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    from sakip.web.dokumen.katalog import JENIS_ISI

    from .excel import lembar_ekspor

    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    r = HttpResponse(lembar_ekspor(aktor=request.aktor, tk=tk), content_type=JENIS_ISI["xlsx"])
    r["Content-Disposition"] = f'attachment; filename="lke-{request.pd.slug}-{tahun}.xlsx"'
    return r


@akses("reviewer", metode=("POST",))
def excel_impor_nilai(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    """The Inspektorat imports its columns (jawaban, catatan, rekomendasi)."""
    return _impor(request, pd, tahun)


@akses("ubah_pd", metode=("POST",))
def excel_impor_mandiri(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    """The agency imports its self-assessment columns."""
    return _impor(request, pd, tahun)


def _impor(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    from .excel import lembar_impor

    tk = tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)
    f = request.FILES.get("berkas")
    if f is None:
        messages.error(request, "Pilih lembar kerja Excel (.xlsx) yang akan diimpor.")
        return _kembali(pd, tahun)
    return _jalankan(
        request,
        pd,
        tahun,
        lambda: lembar_impor(
            aktor=request.aktor,
            tk=tk,
            data=f.read(),
            nama=f.name or "",
            alasan=request.POST.get("alasan", ""),
            versi=_versi(request),
        ),
        "Lembar kerja Excel diimpor.",
    )


# --- district recap ---------------------------------------------------------------------------------------------


def _pemda(request: HttpRequest) -> Pemda:
    """The district the recap is about: the person's own pemda, or the one asked for with ``?pemda=`` (national
    roles and the public); the first when none is asked for."""
    from sakip.web.organisasi.akses import PUBLIK, pemda_pilih

    if request.aktor.peran == PUBLIK:
        q = Pemda.objects.order_by("id")
        pk = request.GET.get("pemda")
        p = (q.filter(pk=int(pk)).first() if pk and pk.isdigit() else None) or q.first()
    else:
        p = pemda_pilih(request.aktor, request.GET.get("pemda"))
    if p is None:
        raise TidakDitemukan("Belum ada pemda.")
    return p


def _tahun_kini() -> int:
    from sakip.web.perencanaan.models import TahunKinerja

    t = Evaluasi.objects.order_by("-tahun_kinerja__tahun").values_list("tahun_kinerja__tahun", flat=True).first()
    return t or (TahunKinerja.objects.order_by("-tahun").values_list("tahun", flat=True).first() or 2023)


@akses("pemda")
def rekap_kini(request: HttpRequest) -> HttpResponse:
    return redirect("evaluasi:rekap", tahun=_tahun_kini())


@akses("pemda", post="admin")
def rekap(request: HttpRequest, tahun: int) -> HttpResponse:
    pemda = _pemda(request)
    if request.method == "POST":
        try:
            services.rekap_terbitkan(aktor=request.aktor, pemda=pemda, tahun=tahun)
            messages.success(request, f"Rekap evaluasi {tahun} diterbitkan untuk publik.")
        except AlurDitolak as exc:
            messages.error(request, str(exc))
        return redirect("evaluasi:rekap", tahun=tahun)
    r = selectors.rekap_pemda(aktor=request.aktor, pemda=pemda, tahun=tahun)
    return render(request, "evaluasi/rekap.html", {"r": r, "grafik": grafik_rekap(r), "publik": False})


@akses("pemda")
def rekap_csv(request: HttpRequest, tahun: int) -> HttpResponse:
    r = selectors.rekap_pemda(aktor=request.aktor, pemda=_pemda(request), tahun=tahun)
    return _csv(r)


def _d(x) -> str:
    """2 decimals half-up with a dot (a CSV is read by programs); blank when there is no value."""
    return "" if x is None else format(bulatkan(x, 2), "f")


def _csv(r) -> HttpResponse:
    keluar = io.StringIO()
    w = csv.writer(keluar)
    w.writerow(
        [
            "peringkat",
            "perangkat_daerah",
            "status",
            *r.komponen,
            "nilai",
            "predikat",
            "nilai_tahun_lalu",
            "perubahan",
            "sintetis",
        ]
    )
    for b in r.baris:
        h = b.hasil
        komponen = [_d(k.nilai) for k in h.komponen] if h and not b.lke_lain else [""] * len(r.komponen)
        w.writerow(
            [
                b.peringkat or "",
                b.pd.nama,
                b.evaluasi.status if b.evaluasi else "belum",
                *komponen,
                _d(b.nilai),
                h.predikat.kode if h and h.predikat else "",
                _d(b.nilai_lalu),
                _d(b.perubahan),
                "ya" if b.evaluasi and b.evaluasi.sintetis else "",
            ]
        )
    resp = HttpResponse(keluar.getvalue(), content_type="text/csv; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="rekap-evaluasi-akip-{r.tahun}.csv"'
    return resp


@akses("pemda")
def rekap_dokumen(request: HttpRequest, tahun: int, format: str) -> HttpResponse:
    """The district recap as DOCX or PDF (one table: rendered in the request)."""
    from sakip.laporan.lhe import BarisRekapLhe, DataRekap, tulis_rekap
    from sakip.web.dokumen.katalog import JENIS_ISI

    if format not in ("docx", "pdf"):
        raise TidakDitemukan("Format rekap: docx atau pdf.")
    r = selectors.rekap_pemda(aktor=request.aktor, pemda=_pemda(request), tahun=tahun)
    data = DataRekap(
        pemda=r.pemda.nama,
        tahun=tahun,
        komponen=r.komponen,
        baris=[
            BarisRekapLhe(b.peringkat, b.pd.nama, b.hasil, b.nilai_lalu, bool(b.evaluasi and b.evaluasi.sintetis))
            for b in r.baris
        ],
        tempat=r.pemda.ibu_kota,
    )
    resp = HttpResponse(tulis_rekap(data, format), content_type=JENIS_ISI[format])
    resp["Content-Disposition"] = f'attachment; filename="rekap-evaluasi-akip-{tahun}.{format}"'
    return resp


@akses("publik")
def publik_kini(request: HttpRequest) -> HttpResponse:
    t = RekapTerbit.objects.order_by("-tahun").values_list("tahun", flat=True).first()
    if t is None:
        return render(request, "evaluasi/publik_kosong.html", {"tahun": None})
    return redirect("evaluasi:publik", tahun=t)


@akses("publik")
def publik(request: HttpRequest, tahun: int) -> HttpResponse:
    r = selectors.rekap_publik(pemda=_pemda(request), tahun=tahun)
    if r is None:
        # 200 with a sentence, not 404: the page exists, the figures are not public yet.
        return render(request, "evaluasi/publik_kosong.html", {"tahun": tahun})
    return render(request, "evaluasi/rekap.html", {"r": r, "grafik": grafik_rekap(r), "publik": True})
