from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sakip.core.lke.bukti import batas_pk_murni
from sakip.web.inti.galat import AlurDitolak, KonflikVersi, TidakDitemukan
from sakip.web.inti.nilai import ke_nilai
from sakip.web.organisasi.akses import akses
from sakip.web.pertukaran.ke_berkas import berkas_dari_db
from sakip.web.riwayat.selectors import perubahan_daftar

from . import selectors, services
from .forms import (
    FormIndikator,
    FormIndikatorBaru,
    FormPk,
    FormSasaran,
    FormSubBaru,
    FormSubKegiatan,
    FormTanggalDpa,
    baris_daftar,
    baris_teks,
)
from .models import Indikator, Kegiatan, PerjanjianKinerja, Sasaran, TargetIndikator, TargetRkt


def _tk(request: HttpRequest, tahun: int):
    return selectors.tahun_kinerja_ambil(aktor=request.aktor, pd=request.pd, tahun=tahun)


@akses("baca_pd")
def rencana(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk(request, tahun)
    b = berkas_dari_db(tk)
    tahun_renstra = list(range(b.renstra.periode_awal, b.renstra.periode_akhir + 1))
    return render(
        request, "perencanaan/rencana.html", {"tk": tk, "pd": request.pd, "b": b, "tahun_renstra": tahun_renstra}
    )


def _simpan(request, fungsi, sukses: str, **kw):
    try:
        fungsi(aktor=request.aktor, **kw)
        messages.success(request, sukses)
        return True
    except (AlurDitolak, KonflikVersi) as exc:
        messages.error(request, str(exc))
        return False


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def indikator_ubah(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = _tk(request, tahun)
    ind = selectors.indikator_ambil(aktor=request.aktor, tk=tk, kode=kode)
    tahun_renstra = list(range(tk.renstra.periode_awal, tk.renstra.periode_akhir + 1))
    status = 200
    if request.method == "POST":
        form = FormIndikator(request.POST, tahun_renstra=tahun_renstra)
        if form.is_valid():
            ok = _simpan(
                request,
                services.indikator_ubah,
                f"Indikator {kode} tersimpan.",
                tk=tk,
                indikator=ind,
                versi=form.cleaned_data["versi"],
                data=form.data_indikator(),
                target=form.target(),
                target_rkt=form.cleaned_data["target_rkt"],
                alasan=form.cleaned_data["alasan"],
            )
            if ok:
                return redirect("dasbor:indikator", pd=pd, tahun=tahun, kode=kode)
            status = 409
        else:
            status = 400
    else:
        awal = {
            "versi": ind.versi,
            "nama": ind.nama,
            "satuan": ind.satuan,
            "polaritas": ind.polaritas,
            "agregasi": ind.agregasi,
            "formula": ind.formula,
            "pembilang": ind.pembilang,
            "penyebut": ind.penyebut,
            "penanggung_jawab": baris_teks(ind.penanggung_jawab),
            "sumber_data": ind.sumber_data,
            "catatan": ind.catatan,
        }
        for t in TargetIndikator.objects.filter(indikator=ind):
            awal[f"target_{t.tahun}"] = ke_nilai(t.nilai_angka, t.nilai_teks)
        rkt = TargetRkt.objects.filter(tahun_kinerja=tk, indikator=ind).first()
        if rkt:
            awal["target_rkt"] = ke_nilai(rkt.nilai_angka, rkt.nilai_teks)
        form = FormIndikator(initial=awal, tahun_renstra=tahun_renstra)
    return render(
        request,
        "perencanaan/form.html",
        {
            "tk": tk,
            "pd": request.pd,
            "form": form,
            "judul": f"Ubah indikator {kode}",
            "riwayat": perubahan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun, objek=f"indikator:{kode}"),
        },
        status=status,
    )


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def sasaran_ubah(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = _tk(request, tahun)
    s = Sasaran.objects.filter(renstra=tk.renstra, kode=kode).first()
    if s is None:
        raise TidakDitemukan("Sasaran tidak ditemukan.")
    status = 200
    if request.method == "POST":
        form = FormSasaran(request.POST)
        if form.is_valid():
            c = form.cleaned_data
            if _simpan(
                request,
                services.sasaran_ubah,
                f"Sasaran {kode} tersimpan.",
                tk=tk,
                sasaran=s,
                versi=c["versi"],
                uraian=c["uraian"].strip(),
                strategi=baris_daftar(c["strategi"]),
                kebijakan=baris_daftar(c["kebijakan"]),
                alasan=c["alasan"],
            ):
                return redirect("perencanaan:rencana", pd=pd, tahun=tahun)
            status = 409
        else:
            status = 400
    else:
        form = FormSasaran(
            initial={
                "versi": s.versi,
                "uraian": s.uraian,
                "strategi": baris_teks(s.strategi),
                "kebijakan": baris_teks(s.kebijakan),
            }
        )
    return render(
        request,
        "perencanaan/form.html",
        {
            "tk": tk,
            "pd": request.pd,
            "form": form,
            "judul": f"Ubah sasaran {kode}",
            "riwayat": perubahan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun, objek=f"sasaran:{kode}"),
        },
        status=status,
    )


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def indikator_tambah(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = _tk(request, tahun)
    s = Sasaran.objects.filter(renstra=tk.renstra, kode=kode).first()
    if s is None:
        raise TidakDitemukan("Sasaran tidak ditemukan.")
    status = 200
    if request.method == "POST":
        form = FormIndikatorBaru(request.POST)
        if form.is_valid():
            c = form.cleaned_data
            if _simpan(
                request,
                services.indikator_tambah,
                "Indikator ditambahkan.",
                tk=tk,
                sasaran=s,
                kode=c["kode"],
                nama=c["nama"],
                satuan=c["satuan"],
                polaritas=c["polaritas"],
                alasan=c["alasan"],
            ):
                return redirect("perencanaan:indikator_ubah", pd=pd, tahun=tahun, kode=c["kode"].strip())
            status = 400
        else:
            status = 400
    else:
        form = FormIndikatorBaru()
    return render(
        request,
        "perencanaan/form.html",
        {"tk": tk, "pd": request.pd, "form": form, "judul": f"Indikator baru untuk sasaran {kode}"},
        status=status,
    )


@akses("baca_pd", post="ubah_pd")
def sub_kegiatan(request: HttpRequest, pd: str, tahun: int, kode: str) -> HttpResponse:
    tk = _tk(request, tahun)
    sub = selectors.sub_kegiatan_ambil(aktor=request.aktor, tk=tk, kode=kode)
    output = list(sub.indikator.all())
    status = 200
    if request.method == "POST":
        form = FormSubKegiatan(request.POST, output=output)
        if form.is_valid():
            c = form.cleaned_data
            if _simpan(
                request,
                services.sub_kegiatan_ubah,
                f"Sub kegiatan {kode} tersimpan.",
                tk=tk,
                sub=sub,
                versi=c["versi"],
                data=form.data_sub(),
                target_output=form.target_output(),
                alasan=c["alasan"],
            ):
                return redirect("perencanaan:sub_kegiatan", pd=pd, tahun=tahun, kode=kode)
            status = 409
        else:
            status = 400
    else:
        awal = {
            "versi": sub.versi,
            "nama": sub.nama,
            "pagu": sub.pagu,
            "pagu_murni": sub.pagu_murni,
            "belanja_modal": sub.belanja_modal,
            "outcome": sub.outcome,
            "sumber_dana": sub.sumber_dana,
            "lokasi": sub.lokasi,
        }
        for ik in output:
            awal[f"o_{ik.pk}"] = ke_nilai(ik.target_angka, ik.target_teks)
        form = FormSubKegiatan(initial=awal, output=output)
    bisa = request.aktor.admin or (request.aktor.peran == "operator" and request.aktor.milik(request.pd))
    if not bisa:
        for f in form.fields.values():
            f.disabled = True
    return render(
        request,
        "perencanaan/form.html",
        {
            "tk": tk,
            "pd": request.pd,
            "form": form,
            "judul": f"Sub kegiatan {sub.kode} {sub.nama}",
            "baca_saja": not bisa,
            "riwayat": perubahan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun, objek=f"sub_kegiatan:{kode}"),
        },
        status=status,
    )


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def sub_tambah(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk(request, tahun)
    kegiatan = list(Kegiatan.objects.filter(program__tahun_kinerja=tk).order_by("program__urutan", "urutan"))
    status = 200
    if request.method == "POST":
        form = FormSubBaru(request.POST, kegiatan=kegiatan)
        if form.is_valid():
            c = form.cleaned_data
            keg = next(k for k in kegiatan if k.kode == c["kegiatan"])
            if _simpan(
                request,
                services.sub_kegiatan_tambah,
                "Sub kegiatan ditambahkan.",
                tk=tk,
                kegiatan=keg,
                kode=c["kode"],
                nama=c["nama"],
                pagu=c["pagu"],
                pagu_murni=c["pagu_murni"],
                belanja_modal=c["belanja_modal"],
                output_nama=c["output_nama"],
                output_target=c["output_target"],
                output_satuan=c["output_satuan"],
                alasan=c["alasan"],
            ):
                return redirect("perencanaan:rencana", pd=pd, tahun=tahun)
            status = 400
        else:
            status = 400
    else:
        form = FormSubBaru(kegiatan=kegiatan)
    return render(
        request,
        "perencanaan/form.html",
        {"tk": tk, "pd": request.pd, "form": form, "judul": "Sub kegiatan baru"},
        status=status,
    )


# --- PK ---------------------------------------------------------------------------------------------------------


@akses("baca_pd")
def pk(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk(request, tahun)
    versi = selectors.pk_daftar(aktor=request.aktor, tk=tk)
    b = berkas_dari_db(tk)
    ditandatangani = [v for v in versi if v.status == PerjanjianKinerja.DITANDATANGANI]
    berlaku = b.pk_berlaku()
    id_berlaku = (
        ditandatangani[b.pk.index(berlaku)].pk if berlaku is not None and len(b.pk) == len(ditandatangani) else None
    )
    kode_ind = []
    for v in versi:
        for t in v.target.all():
            if t.indikator.kode not in kode_ind:
                kode_ind.append(t.indikator.kode)
    ind_pk = {i.kode: i for i in Indikator.objects.filter(renstra=tk.renstra, kode__in=kode_ind)}
    nama_ind = {k: i.nama for k, i in ind_pk.items()}
    kode_prog = []
    for v in versi:
        for a in v.anggaran.all():
            if a.kode_program not in kode_prog:
                kode_prog.append(a.kode_program)

    def baris(label: str, nilai: list[str]) -> dict:
        sel = []
        for i, x in enumerate(nilai):
            sel.append({"teks": x, "beda": i > 0 and x != nilai[i - 1]})
        return {"label": label, "sel": sel}

    from sakip.core.angka import format_rupiah
    from sakip.core.tabel import tampil_satuan
    from sakip.core.tanggal import format_tanggal

    tabel = [
        baris("Jenis", [v.get_jenis_display() for v in versi]),
        baris("Status", [v.get_status_display() for v in versi]),
        baris("Nomor", [v.nomor or "-" for v in versi]),
        baris("Tanggal", [format_tanggal(v.tanggal) if v.tanggal else "-" for v in versi]),
        baris("Pihak pertama", [(v.pihak_pertama or {}).get("nama", "-") for v in versi]),
        baris("Pihak kedua", [(v.pihak_kedua or {}).get("nama", "-") for v in versi]),
        baris("Alasan perubahan", [v.alasan_perubahan or "-" for v in versi]),
    ]
    target = []
    for k in kode_ind:
        nilai = []
        for v in versi:
            t = next((t for t in v.target.all() if t.indikator.kode == k), None)
            n = ke_nilai(t.nilai_angka, t.nilai_teks) if t else None
            # With its unit, as everywhere else ("91%", "20 Layanan").
            nilai.append(tampil_satuan(n, ind_pk[k].satuan if k in ind_pk else "") if n else "-")
        target.append(baris(f"{k} {nama_ind.get(k, '')}", nilai))
    anggaran = []
    for k in kode_prog:
        nilai = []
        for v in versi:
            a = next((a for a in v.anggaran.all() if a.kode_program == k), None)
            nilai.append(format_rupiah(a.jumlah, 0) if a else "-")
        anggaran.append(baris(k, nilai))
    konteks = {
        "tk": tk,
        "pd": request.pd,
        "versi": versi,
        "tabel": tabel,
        "target": target,
        "anggaran": anggaran,
        "id_berlaku": id_berlaku,
        "tanggal_dpa": b.rkt.tanggal_dpa,
        "tanggal_dpa_teks": format_tanggal(b.rkt.tanggal_dpa) if b.rkt.tanggal_dpa else "",
        "batas_pk_teks": format_tanggal(batas_pk_murni(b.rkt.tanggal_dpa)) if b.rkt.tanggal_dpa else "",
        "riwayat": [
            r
            for r in perubahan_daftar(aktor=request.aktor, pd=request.pd, tahun=tahun)
            if r.objek.startswith("pk:") or (r.objek, r.medan) == ("rkt", "tanggal_dpa")
        ][:50],
    }
    return render(request, "perencanaan/pk.html", konteks)


@akses("ubah_pd", metode=("POST",))
def tanggal_dpa(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk(request, tahun)
    form = FormTanggalDpa(request.POST)
    if not form.is_valid():
        for galat in form.errors.values():
            messages.error(request, " ".join(galat))
        return redirect("perencanaan:pk", pd=pd, tahun=tahun)
    try:
        services.tanggal_dpa_ubah(
            aktor=request.aktor, tk=tk, tanggal=form.cleaned_data["tanggal_dpa"], alasan=form.cleaned_data["alasan"]
        )
        messages.success(request, "Tanggal pengesahan DPA disimpan.")
    except AlurDitolak as exc:
        messages.error(request, str(exc))
    return redirect("perencanaan:pk", pd=pd, tahun=tahun)


@akses("ubah_pd", metode=("POST",))
def pk_baru(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk(request, tahun)
    try:
        v = services.pk_buat(aktor=request.aktor, tk=tk, alasan=request.POST.get("alasan", ""))
        messages.success(request, "Draf PK dibuat.")
        return redirect("perencanaan:pk_ubah", pd=pd, tahun=tahun, id=v.pk)
    except AlurDitolak as exc:
        messages.error(request, str(exc))
        return redirect("perencanaan:pk", pd=pd, tahun=tahun)


@akses("ubah_pd", metode=("GET", "HEAD", "POST"))
def pk_ubah(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    tk = _tk(request, tahun)
    v = selectors.pk_ambil(aktor=request.aktor, tk=tk, id_=id)
    if v.status != PerjanjianKinerja.DRAF:
        messages.error(request, "PK yang sudah ditandatangani tidak dapat diubah; buat PK perubahan.")
        return redirect("perencanaan:pk", pd=pd, tahun=tahun)
    target = list(v.target.select_related("indikator"))
    anggaran = list(v.anggaran.all())
    status = 200
    if request.method == "POST":
        form = FormPk(request.POST, target=target, anggaran=anggaran)
        if form.is_valid():
            c = form.cleaned_data
            data = {k: c[k] for k in ("nomor", "tempat", "tanggal", "alasan_perubahan", "keterangan_anggaran")}
            if _simpan(
                request,
                services.pk_ubah,
                "PK tersimpan.",
                tk=tk,
                pk=v,
                versi=c["versi"],
                data=data,
                target=form.target(),
                anggaran=form.anggaran(),
                alasan=c["alasan"],
            ):
                return redirect("perencanaan:pk", pd=pd, tahun=tahun)
            status = 409
        else:
            status = 400
    else:
        awal = {
            "versi": v.versi,
            "nomor": v.nomor,
            "tempat": v.tempat,
            "tanggal": v.tanggal,
            "alasan_perubahan": v.alasan_perubahan,
            "keterangan_anggaran": v.keterangan_anggaran,
        }
        for t in target:
            awal[f"t_{t.pk}"] = ke_nilai(t.nilai_angka, t.nilai_teks)
        for a in anggaran:
            awal[f"a_{a.pk}"] = a.jumlah
        form = FormPk(initial=awal, target=target, anggaran=anggaran)
    return render(
        request,
        "perencanaan/form.html",
        {"tk": tk, "pd": request.pd, "form": form, "judul": f"Ubah draf PK {v.get_jenis_display()}"},
        status=status,
    )


@akses("kepala_pd", metode=("POST",))
def pk_tandatangani(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    tk = _tk(request, tahun)
    v = selectors.pk_ambil(aktor=request.aktor, tk=tk, id_=id)
    try:
        versi = int(request.POST.get("versi", ""))
    except ValueError:
        versi = None
    _simpan(
        request,
        services.pk_tandatangani,
        "PK ditandatangani; tahun ini kini diukur terhadap versi yang berlaku.",
        tk=tk,
        pk=v,
        versi=versi,
    )
    return redirect("perencanaan:pk", pd=pd, tahun=tahun)


@akses("ubah_pd", metode=("POST",))
def pk_hapus(request: HttpRequest, pd: str, tahun: int, id: int) -> HttpResponse:
    tk = _tk(request, tahun)
    v = selectors.pk_ambil(aktor=request.aktor, tk=tk, id_=id)
    _simpan(request, services.pk_hapus_draf, "Draf PK dihapus.", tk=tk, pk=v)
    return redirect("perencanaan:pk", pd=pd, tahun=tahun)


@akses("ubah_pd", metode=("POST",))
def lanjutkan(request: HttpRequest, pd: str, tahun: int) -> HttpResponse:
    tk = _tk(request, tahun)
    try:
        baru = services.tahun_kinerja_lanjutkan(
            aktor=request.aktor, tk=tk, tahun=int(request.POST.get("tahun") or tahun + 1)
        )
    except (AlurDitolak, ValueError) as exc:
        messages.error(request, str(exc) if isinstance(exc, AlurDitolak) else "Tahun tidak sah.")
        return redirect("perencanaan:rencana", pd=pd, tahun=tahun)
    messages.success(request, f"Tahun {baru.tahun} dimulai dari rencana tahun {tahun}: periksa target dan pagunya.")
    return redirect("perencanaan:rencana", pd=pd, tahun=baru.tahun)
