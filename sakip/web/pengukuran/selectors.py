"""Reads for the quarter form: current values per indicator, sub kegiatan and output, in plan order."""

from __future__ import annotations

from sakip.web.inti.nilai import ke_nilai
from sakip.web.organisasi.akses import Aktor, pastikan_baca_pd
from sakip.web.perencanaan.models import Indikator, IndikatorKinerja, SubKegiatan, TahunKinerja

from .models import Bukti, NilaiIndikatorKinerja, NilaiTriwulan, PeriodeRealisasi, RealisasiIndikator


def periode_daftar(*, aktor: Aktor, tk: TahunKinerja) -> list[PeriodeRealisasi]:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    ada = {p.triwulan: p for p in PeriodeRealisasi.objects.filter(tahun_kinerja=tk)}
    return [ada.get(tw) or PeriodeRealisasi(tahun_kinerja=tk, triwulan=tw) for tw in (1, 2, 3, 4)]


def isian_realisasi(*, aktor: Aktor, tk: TahunKinerja, triwulan: int) -> dict:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    rec = {
        r.indikator_id: r
        for r in RealisasiIndikator.objects.filter(tahun_kinerja=tk).prefetch_related("nilai_triwulan")
    }
    indikator = []
    for ind in (
        Indikator.objects.filter(renstra=tk.renstra)
        .select_related("tujuan", "sasaran")
        .order_by("sasaran__urutan", "urutan", "id")
    ):
        r = rec.get(ind.pk)
        nilai = target = None
        if r is not None:
            for n in r.nilai_triwulan.all():
                if n.triwulan == triwulan and n.jenis == NilaiTriwulan.REALISASI:
                    nilai = ke_nilai(n.nilai_angka, n.nilai_teks)
                if n.triwulan == triwulan and n.jenis == NilaiTriwulan.TARGET:
                    target = ke_nilai(n.nilai_angka, n.nilai_teks)
        indikator.append(
            {
                "obj": ind,
                "induk": ind.sasaran or ind.tujuan,
                "nilai": nilai,
                "target_tw": target,
                "tahunan": ke_nilai(r.tahunan_angka, r.tahunan_teks) if r else None,
                "penyebab": r.penyebab if r else "",
                "kendala": r.kendala if r else "",
                "solusi": r.solusi if r else "",
                "sumber": r.sumber if r else "",
            }
        )
    sub = []
    for s in (
        SubKegiatan.objects.filter(tahun_kinerja=tk)
        .select_related("kegiatan__program", "realisasi")
        .prefetch_related("realisasi__triwulan")
        .order_by("kegiatan__program__urutan", "kegiatan__urutan", "urutan")
    ):
        rs = getattr(s, "realisasi", None)
        nilai = None
        if rs is not None:
            for t in rs.triwulan.all():
                if t.triwulan == triwulan:
                    nilai = t.jumlah
        sub.append({"obj": s, "nilai": nilai, "tahunan": rs.anggaran if rs is not None else None})
    ik = []
    semua = list(
        IndikatorKinerja.objects.filter(program__tahun_kinerja=tk)
        .select_related("program")
        .order_by("program__urutan", "urutan")
    )
    semua += list(
        IndikatorKinerja.objects.filter(kegiatan__program__tahun_kinerja=tk)
        .select_related("kegiatan")
        .order_by("kegiatan__program__urutan", "kegiatan__urutan", "urutan")
    )
    semua += list(
        IndikatorKinerja.objects.filter(sub_kegiatan__tahun_kinerja=tk)
        .select_related("sub_kegiatan")
        .order_by(
            "sub_kegiatan__kegiatan__program__urutan",
            "sub_kegiatan__kegiatan__urutan",
            "sub_kegiatan__urutan",
            "urutan",
        )
    )
    nilai_ik = {
        n.indikator_id: n
        for n in NilaiIndikatorKinerja.objects.filter(indikator__in=semua, jenis=NilaiIndikatorKinerja.REALISASI)
    }
    for x in semua:
        if x.hitung_dari:
            continue
        n = nilai_ik.get(x.pk)
        induk = x.program or x.kegiatan or x.sub_kegiatan
        tingkat = "Program" if x.program_id else "Kegiatan" if x.kegiatan_id else "Output"
        ik.append(
            {
                "obj": x,
                "induk": induk,
                "tingkat": tingkat,
                "target": ke_nilai(x.target_angka, x.target_teks),
                "nilai": ke_nilai(n.nilai_angka, n.nilai_teks) if n else None,
            }
        )
    return {"indikator": indikator, "sub": sub, "ik": ik}


def bukti_daftar(*, aktor: Aktor, periode: PeriodeRealisasi) -> list[Bukti]:
    pastikan_baca_pd(aktor, periode.tahun_kinerja.perangkat_daerah)
    if periode.pk is None:
        return []
    return list(Bukti.objects.filter(periode=periode).select_related("indikator"))


def bukti_ambil(*, aktor: Aktor, tk: TahunKinerja, id_: int) -> Bukti:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    return Bukti.objects.get(pk=id_, periode__tahun_kinerja=tk)


def periode_keterangan(*, aktor: Aktor, tk: TahunKinerja, periode: PeriodeRealisasi) -> dict | None:
    """Why the quarter's form cannot be edited by this user: its status, since when and by whom (from the
    workflow history), and who can move it on or reopen it. None when the user may edit it."""
    from sakip.web.organisasi.akses import boleh_ubah_pd
    from sakip.web.riwayat.models import Perubahan

    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    status = periode.status if periode.pk else PeriodeRealisasi.DRAFT
    boleh_status = status in PeriodeRealisasi.BOLEH_DIUBAH
    if boleh_ubah_pd(aktor, tk.perangkat_daerah) and boleh_status:
        return None
    pd = tk.perangkat_daerah.nama
    sejak = oleh = None
    if periode.pk and not boleh_status:
        sejak = {
            PeriodeRealisasi.DIAJUKAN: periode.diajukan_pada,
            PeriodeRealisasi.DIVERIFIKASI: periode.diverifikasi_pada,
            PeriodeRealisasi.DIKUNCI: periode.dikunci_pada,
        }.get(status)
        langkah = (
            Perubahan.objects.filter(
                perangkat_daerah=tk.perangkat_daerah,
                tahun=tk.tahun,
                objek=f"periode:{periode.triwulan}",
                medan="status",
                nilai_baru=status,
            )
            .order_by("-waktu", "-id")
            .first()
        )
        if langkah is not None:
            oleh = langkah.nama_pengguna or None
            sejak = sejak or langkah.waktu
    if not boleh_status:
        judul = {
            PeriodeRealisasi.DIAJUKAN: "Triwulan ini sudah diajukan dan menunggu verifikasi kepala",
            PeriodeRealisasi.DIVERIFIKASI: "Triwulan ini sudah diverifikasi dan menunggu dikunci",
            PeriodeRealisasi.DIKUNCI: "Triwulan ini dikunci",
        }[status]
        lanjut = {
            PeriodeRealisasi.DIAJUKAN: f"Kepala {pd} memverifikasi atau mengembalikannya ke operator dengan alasan; "
            "admin pemda dapat membukanya kembali.",
            PeriodeRealisasi.DIVERIFIKASI: f"Kepala {pd} mengunci atau mengembalikannya ke operator dengan alasan; "
            "admin pemda dapat membukanya kembali.",
            PeriodeRealisasi.DIKUNCI: "Nilainya tidak dapat diubah. Hanya admin pemda yang dapat membukanya kembali, "
            f"dengan alasan yang tercatat di riwayat; sesudah itu operator mengisi dan mengajukan, lalu kepala {pd} "
            "memverifikasi dan mengunci lagi.",
        }[status]
    else:
        judul = "Anda hanya dapat melihat triwulan ini"
        lanjut = f"Nilai diisi oleh operator {pd} (atau admin pemda); peran Anda: {aktor.peran}."
    return {"judul": judul, "sejak": sejak, "oleh": oleh, "lanjut": lanjut, "status": status}
