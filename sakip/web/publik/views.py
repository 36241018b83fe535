from __future__ import annotations

import csv
import io

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from sakip.core.hasil_json import hasil_ke_dict
from sakip.core.tabel import tabel_anggaran, tabel_indikator_tujuan, tabel_pengukuran
from sakip.web.inti.grafik import Batang, grafik_batang
from sakip.web.organisasi.akses import akses

from .selectors import ikm_terbit, terbit_ambil, terbit_daftar


@akses("publik")
def indeks(request: HttpRequest) -> HttpResponse:
    return render(request, "publik/indeks.html", {"daftar": terbit_daftar()})


@akses("publik")
def pd(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk, h, tw = terbit_ambil(pd_slug=pd, tahun=tahun)
    batang = [
        Batang(
            f"{hi.indikator.id} {hi.indikator.nama}",
            hi.capaian.nilai if hi.capaian.dihitung else None,
            hi.predikat.warna if hi.predikat else "#9e9e9e",
            hi.capaian.tampil(),
        )
        for hi in h.indikator_tujuan + h.semua_indikator_sasaran()
    ]
    konteks = {
        "tk": tk,
        "h": h,
        "tw": sorted(tw),
        "pd_obj": tk.perangkat_daerah,
        "tabel": [tabel_indikator_tujuan(h), tabel_pengukuran(h), tabel_anggaran(h)],
        "grafik": grafik_batang(f"Capaian indikator {tahun}", batang),
        "grafik_serapan": grafik_batang(
            "Serapan anggaran per program",
            [Batang(f"{p.kode} {p.nama}", p.serapan) for p in h.anggaran.anak],
            garis=None,
        ),
    }
    return render(request, "publik/pd.html", konteks)


@akses("publik")
def csv_capaian(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    """Tabel 3.1 and 3.8 as CSV: the text as shown and the exact value (decimal point, no rounding)."""
    _, h, _ = terbit_ambil(pd_slug=pd, tahun=tahun)
    buf = io.StringIO()
    w = csv.writer(buf)
    for t in (tabel_pengukuran(h), tabel_anggaran(h)):
        w.writerow([f"Tabel {t.kode}", t.judul])
        kolom = []
        for k in t.kolom:
            kolom += [k, f"{k} (nilai)"]
        w.writerow(kolom)
        for b in t.baris:
            sel = []
            for s in b.sel:
                nilai = s.nilai
                sel += [s.teks, "" if nilai is None else (format(nilai, "f") if not isinstance(nilai, str) else nilai)]
            w.writerow(sel)
        w.writerow([])
    r = HttpResponse("\ufeff" + buf.getvalue(), content_type="text/csv; charset=utf-8")
    r["Content-Disposition"] = f'attachment; filename="capaian-{pd}-{tahun}.csv"'
    return r


@akses("publik")
def api(request: HttpRequest, pd: str, tahun: int) -> JsonResponse:
    _, h, tw = terbit_ambil(pd_slug=pd, tahun=tahun)
    data = hasil_ke_dict(h)
    data["triwulan_terkunci"] = sorted(tw)
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@akses("publik")
def ikm(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    """The agency's Indeks Kepuasan Masyarakat as published: locked quarters only, no respondent's own words."""
    from sakip.core.sumber_tabel import tabel_jenis_layanan, tabel_nrr, tabel_tren
    from sakip.web.survei.grafik import grafik_tren, grafik_unsur

    tk, daftar, tw = ikm_terbit(pd_slug=pd, tahun=tahun)
    survei = []
    for a in daftar:
        if a.keseluruhan is None:
            continue
        survei.append(
            {
                "a": a,
                "ikm": a.keseluruhan,
                "grafik_unsur": grafik_unsur(a.keseluruhan),
                "grafik_tren": grafik_tren(a.per_periode) if len(a.per_periode) > 1 else "",
                "tabel": [tabel_nrr(a.keseluruhan), tabel_tren(a), tabel_jenis_layanan(a)],
            }
        )
    return render(
        request, "publik/ikm.html", {"tk": tk, "pd_obj": tk.perangkat_daerah, "tw": sorted(tw), "survei": survei}
    )
