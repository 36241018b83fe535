"""Writes to plans. Every function checks the actor, refuses concurrent edits, records each changed value
with its reason, and bumps the agency-year version (so computed results are recomputed)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from sakip.core.kode import KodeTidakValid, kode_induk, normalkan_kode
from sakip.core.nilai import Nilai, ke_teks_berkas
from sakip.web.inti.galat import AlurDitolak
from sakip.web.inti.nilai import ke_nilai, pecah_nilai
from sakip.web.inti.versi import klaim_versi
from sakip.web.organisasi.akses import Aktor, pastikan_kepala_pd, pastikan_ubah_pd
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat

from .models import (
    AnggaranPk,
    Indikator,
    IndikatorKinerja,
    Kegiatan,
    PerjanjianKinerja,
    Sasaran,
    SubKegiatan,
    TahunKinerja,
    TargetIndikator,
    TargetPk,
    TargetRkt,
)


def tahun_kinerja_sentuh(*, tk: TahunKinerja, renstra: bool = False) -> None:
    """Invalidate cached results: of this year, or of every year sharing its Renstra."""
    qs = TahunKinerja.objects.filter(renstra_id=tk.renstra_id) if renstra else TahunKinerja.objects.filter(pk=tk.pk)
    for pk in qs.values_list("pk", flat=True):
        TahunKinerja.objects.filter(pk=pk).update(versi=F("versi") + 1, tanda=uuid.uuid4())


def pastikan_tahun_terbuka(tk: TahunKinerja) -> None:
    from sakip.web.pengukuran.models import PeriodeRealisasi

    if PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan=4, status=PeriodeRealisasi.DIKUNCI).exists():
        raise AlurDitolak(
            f"Tahun {tk.tahun} sudah dikunci (realisasi triwulan IV dikunci). Rencana tahun ini tidak dapat diubah; "
            "minta admin pemda membuka kembali bila perlu."
        )


def _teks(n: Nilai | None) -> str:
    return "" if n is None else str(ke_teks_berkas(n))


def _catat(
    aktor: Aktor,
    tk: TahunKinerja,
    objek: str,
    medan: str,
    lama: Any,
    baru: Any,
    alasan: str,
    label: str = "",
    tahun: int | None = -1,
):
    perubahan_catat(
        aktor=aktor,
        pd_id=tk.perangkat_daerah_id,
        tahun=tk.tahun if tahun == -1 else tahun,
        objek=objek,
        medan=medan,
        lama=lama,
        baru=baru,
        alasan=alasan,
        label=label,
    )


MEDAN_INDIKATOR = (
    "nama",
    "satuan",
    "polaritas",
    "formula",
    "pembilang",
    "penyebut",
    "penanggung_jawab",
    "sumber_data",
    "agregasi",
    "catatan",
)


def indikator_ubah(
    *,
    aktor: Aktor,
    tk: TahunKinerja,
    indikator: Indikator,
    versi: int | None,
    data: dict[str, Any],
    target: dict[int, Nilai | None],
    target_rkt: Nilai | None,
    alasan: str,
) -> Indikator:
    """Change a Renstra indicator, its yearly targets and this year's RKT target."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    if not alasan.strip():
        raise AlurDitolak("Alasan perubahan wajib diisi.")
    objek = f"indikator:{indikator.kode}"
    with transaction.atomic():
        klaim_versi(Indikator, indikator.pk, versi, f"indikator {indikator.kode}")
        indikator.refresh_from_db()
        for medan in MEDAN_INDIKATOR:
            if medan not in data:
                continue
            lama, baru = getattr(indikator, medan), data[medan]
            if lama != baru:
                _catat(aktor, tk, objek, medan, lama, baru, alasan, indikator.nama, tahun=None)
                setattr(indikator, medan, baru)
        indikator.save()
        renstra = tk.renstra
        for th in range(renstra.periode_awal, renstra.periode_akhir + 1):
            if th not in target:
                continue
            baris = TargetIndikator.objects.filter(indikator=indikator, tahun=th).first()
            lama = ke_nilai(baris.nilai_angka, baris.nilai_teks) if baris else None
            baru = target[th]
            if _teks(lama) == _teks(baru) and (baris is not None or baru is None):
                continue
            a, t = pecah_nilai(baru)
            if baris is None:
                TargetIndikator.objects.create(indikator=indikator, tahun=th, nilai_angka=a, nilai_teks=t)
            else:
                baris.nilai_angka, baris.nilai_teks = a, t
                baris.save()
            _catat(
                aktor, tk, objek, f"target Renstra {th}", _teks(lama), _teks(baru), alasan, indikator.nama, tahun=None
            )
        baris = TargetRkt.objects.filter(tahun_kinerja=tk, indikator=indikator).first()
        lama = ke_nilai(baris.nilai_angka, baris.nilai_teks) if baris else None
        if _teks(lama) != _teks(target_rkt):
            if target_rkt is None and baris is not None:
                baris.delete()
            else:
                a, t = pecah_nilai(target_rkt)
                TargetRkt.objects.update_or_create(
                    tahun_kinerja=tk, indikator=indikator, defaults={"nilai_angka": a, "nilai_teks": t}
                )
            _catat(aktor, tk, objek, f"target RKT {tk.tahun}", _teks(lama), _teks(target_rkt), alasan, indikator.nama)
        tahun_kinerja_sentuh(tk=tk, renstra=True)
    return indikator


def indikator_tambah(
    *, aktor: Aktor, tk: TahunKinerja, sasaran: Sasaran, kode: str, nama: str, satuan: str, polaritas: str, alasan: str
) -> Indikator:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    kode = kode.strip()
    if not kode or not nama.strip():
        raise AlurDitolak("Kode dan nama indikator wajib diisi.")
    if Indikator.objects.filter(renstra=tk.renstra, kode=kode).exists():
        raise AlurDitolak(f"Kode indikator '{kode}' sudah dipakai di Renstra ini.")
    from sakip.core.agregasi import agregasi_bawaan

    with transaction.atomic():
        urutan = (Indikator.objects.filter(renstra=tk.renstra).aggregate(m=Max("urutan"))["m"] or 0) + 1
        ind = Indikator.objects.create(
            renstra=tk.renstra,
            sasaran=sasaran,
            kode=kode,
            nama=nama.strip(),
            satuan=satuan.strip(),
            polaritas=polaritas,
            agregasi=agregasi_bawaan(satuan).value,
            urutan=urutan,
        )
        _catat(aktor, tk, f"indikator:{kode}", "dibuat", "", nama, alasan or "indikator baru", nama, tahun=None)
        tahun_kinerja_sentuh(tk=tk, renstra=True)
    return ind


def sasaran_ubah(
    *,
    aktor: Aktor,
    tk: TahunKinerja,
    sasaran: Sasaran,
    versi: int | None,
    uraian: str,
    strategi: list[str],
    kebijakan: list[str],
    alasan: str,
) -> Sasaran:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    if not alasan.strip():
        raise AlurDitolak("Alasan perubahan wajib diisi.")
    with transaction.atomic():
        klaim_versi(Sasaran, sasaran.pk, versi, f"sasaran {sasaran.kode}")
        sasaran.refresh_from_db()
        for medan, baru in (("uraian", uraian), ("strategi", strategi), ("kebijakan", kebijakan)):
            lama = getattr(sasaran, medan)
            if lama != baru:
                _catat(aktor, tk, f"sasaran:{sasaran.kode}", medan, lama, baru, alasan, sasaran.uraian, tahun=None)
                setattr(sasaran, medan, baru)
        sasaran.save()
        tahun_kinerja_sentuh(tk=tk, renstra=True)
    return sasaran


MEDAN_SUB = ("nama", "pagu", "pagu_murni", "belanja_modal", "outcome", "sumber_dana", "lokasi")


def _periksa_pagu(pagu: Decimal | None, murni: Decimal | None, modal: Decimal | None) -> None:
    if pagu is None:
        raise AlurDitolak("Pagu wajib diisi.")
    if pagu < 0 or (murni is not None and murni < 0) or (modal is not None and modal < 0):
        raise AlurDitolak("Jumlah rupiah tidak boleh negatif.")
    if modal is not None and modal > pagu:
        raise AlurDitolak("Belanja modal tidak boleh melebihi pagu.")


def sub_kegiatan_ubah(
    *,
    aktor: Aktor,
    tk: TahunKinerja,
    sub: SubKegiatan,
    versi: int | None,
    data: dict[str, Any],
    target_output: dict[int, Nilai | None],
    alasan: str,
    sumber: str = Perubahan.FORMULIR,
) -> SubKegiatan:
    """Change a sub kegiatan: name, ceilings (murni/perubahan), capital part, outputs' targets."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    if not alasan.strip():
        raise AlurDitolak("Alasan perubahan wajib diisi.")
    _periksa_pagu(
        data.get("pagu", sub.pagu), data.get("pagu_murni", sub.pagu_murni), data.get("belanja_modal", sub.belanja_modal)
    )
    objek = f"sub_kegiatan:{sub.kode}"
    with transaction.atomic():
        klaim_versi(SubKegiatan, sub.pk, versi, f"sub kegiatan {sub.kode}")
        sub.refresh_from_db()
        for medan in MEDAN_SUB:
            if medan in data and getattr(sub, medan) != data[medan]:
                perubahan_catat(
                    aktor=aktor,
                    pd_id=tk.perangkat_daerah_id,
                    tahun=tk.tahun,
                    objek=objek,
                    medan=medan,
                    lama=getattr(sub, medan),
                    baru=data[medan],
                    alasan=alasan,
                    label=sub.nama,
                    sumber=sumber,
                )
                setattr(sub, medan, data[medan])
        sub.save()
        for ik in sub.indikator.all():
            if ik.pk not in target_output:
                continue
            lama = ke_nilai(ik.target_angka, ik.target_teks)
            baru = target_output[ik.pk]
            if _teks(lama) != _teks(baru):
                ik.target_angka, ik.target_teks = pecah_nilai(baru)
                ik.save()
                perubahan_catat(
                    aktor=aktor,
                    pd_id=tk.perangkat_daerah_id,
                    tahun=tk.tahun,
                    objek=objek,
                    medan=f"target output: {ik.nama}",
                    lama=_teks(lama),
                    baru=_teks(baru),
                    alasan=alasan,
                    label=sub.nama,
                    sumber=sumber,
                )
        tahun_kinerja_sentuh(tk=tk)
    return sub


def sub_kegiatan_tambah(
    *,
    aktor: Aktor,
    tk: TahunKinerja,
    kegiatan: Kegiatan,
    kode: str,
    nama: str,
    pagu: Decimal,
    pagu_murni: Decimal | None,
    belanja_modal: Decimal | None,
    output_nama: str,
    output_target: Nilai | None,
    output_satuan: str,
    alasan: str,
) -> SubKegiatan:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    try:
        kode = normalkan_kode(kode)
        if kode_induk(kode) != kegiatan.kode:
            raise AlurDitolak(f"Kode {kode} tidak berada di bawah kegiatan {kegiatan.kode}.")
    except KodeTidakValid as exc:
        raise AlurDitolak(str(exc)) from None
    if not nama.strip():
        raise AlurDitolak("Nama sub kegiatan wajib diisi.")
    _periksa_pagu(pagu, pagu_murni, belanja_modal)
    if SubKegiatan.objects.filter(tahun_kinerja=tk, kode=kode).exists():
        raise AlurDitolak(f"Sub kegiatan {kode} sudah ada.")
    with transaction.atomic():
        urutan = (kegiatan.sub_kegiatan.aggregate(m=Max("urutan"))["m"] or 0) + 1
        sub = SubKegiatan.objects.create(
            kegiatan=kegiatan,
            tahun_kinerja=tk,
            kode=kode,
            nama=nama.strip(),
            pagu=pagu,
            pagu_murni=pagu_murni,
            belanja_modal=belanja_modal or Decimal(0),
            urutan=urutan,
        )
        if output_nama.strip():
            a, t = pecah_nilai(output_target)
            IndikatorKinerja.objects.create(
                sub_kegiatan=sub, nama=output_nama.strip(), satuan=output_satuan.strip(), target_angka=a, target_teks=t
            )
        _catat(
            aktor,
            tk,
            f"sub_kegiatan:{kode}",
            "dibuat",
            "",
            f"{nama} (pagu {pagu})",
            alasan or "sub kegiatan baru",
            nama,
        )
        tahun_kinerja_sentuh(tk=tk)
    return sub


def pagu_ubah_massal(
    *, aktor: Aktor, tk: TahunKinerja, baris: list[tuple[SubKegiatan, int | None, Decimal, Decimal | None]], alasan: str
) -> int:
    """Bulk edit of ceilings: (sub, its version as the form saw it, new pagu, new pagu murni). All or nothing."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    if not alasan.strip():
        raise AlurDitolak("Alasan perubahan wajib diisi.")
    n = 0
    with transaction.atomic():
        for sub, versi, pagu, murni in baris:
            if sub.pagu == pagu and sub.pagu_murni == murni:
                continue
            sub_kegiatan_ubah(
                aktor=aktor,
                tk=tk,
                sub=sub,
                versi=versi,
                data={"pagu": pagu, "pagu_murni": murni},
                target_output={},
                alasan=alasan,
                sumber=Perubahan.MASSAL,
            )
            n += 1
    return n


# --- perjanjian kinerja -------------------------------------------------------------------------------------------


def _pejabat_pd(tk: TahunKinerja) -> dict[str, str] | None:
    pd = tk.perangkat_daerah
    if not pd.kepala_nama:
        return None
    d = {
        "nama": pd.kepala_nama,
        "jabatan": pd.kepala_jabatan,
        "pangkat": pd.kepala_pangkat,
        "golongan": pd.kepala_golongan,
        "nip": pd.kepala_nip,
    }
    return {k: v for k, v in d.items() if v}


def _pejabat_pemda(tk: TahunKinerja) -> dict[str, str] | None:
    pemda = tk.perangkat_daerah.pemda
    if not pemda.kepala_nama:
        return None
    return {k: v for k, v in {"nama": pemda.kepala_nama, "jabatan": pemda.kepala_jabatan}.items() if v}


def pk_buat(*, aktor: Aktor, tk: TahunKinerja, alasan: str) -> PerjanjianKinerja:
    """A new draft: the first (murni) from the RKT targets and program ceilings, or a perubahan copying the
    latest signed version (its reason required)."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    if PerjanjianKinerja.objects.filter(tahun_kinerja=tk, status=PerjanjianKinerja.DRAF).exists():
        raise AlurDitolak("Masih ada PK berstatus draf: selesaikan atau hapus dulu.")
    terakhir = (
        PerjanjianKinerja.objects.filter(tahun_kinerja=tk, status=PerjanjianKinerja.DITANDATANGANI)
        .order_by("-urutan", "-id")
        .first()
    )
    if terakhir is not None and not alasan.strip():
        raise AlurDitolak(
            "PK perubahan wajib mencatat alasan perubahan (pergantian pejabat, perubahan strategi/program/anggaran, atau perubahan prioritas)."
        )
    with transaction.atomic():
        urutan = (PerjanjianKinerja.objects.filter(tahun_kinerja=tk).aggregate(m=Max("urutan"))["m"] or 0) + 1
        baru = PerjanjianKinerja.objects.create(
            tahun_kinerja=tk,
            urutan=urutan,
            jenis=PerjanjianKinerja.PERUBAHAN if terakhir else PerjanjianKinerja.MURNI,
            alasan_perubahan=alasan.strip() if terakhir else "",
            tempat=(terakhir.tempat if terakhir else tk.perangkat_daerah.pemda.ibu_kota),
            keterangan_anggaran=terakhir.keterangan_anggaran if terakhir else "APBD",
        )
        if terakhir is not None:
            for t in terakhir.target.all():
                TargetPk.objects.create(
                    pk_versi=baru,
                    indikator=t.indikator,
                    nilai_angka=t.nilai_angka,
                    nilai_teks=t.nilai_teks,
                    urutan=t.urutan,
                )
            for a in terakhir.anggaran.all():
                AnggaranPk.objects.create(pk_versi=baru, kode_program=a.kode_program, jumlah=a.jumlah, urutan=a.urutan)
        else:
            for i, t in enumerate(TargetRkt.objects.filter(tahun_kinerja=tk)):
                TargetPk.objects.create(
                    pk_versi=baru, indikator=t.indikator, nilai_angka=t.nilai_angka, nilai_teks=t.nilai_teks, urutan=i
                )
            from sakip.core.anggaran import pohon_anggaran
            from sakip.web.pertukaran.ke_berkas import berkas_dari_db

            # Program ceilings as the engine sums them from the sub kegiatan lines.
            pohon = pohon_anggaran(berkas_dari_db(tk))
            for i, n in enumerate(pohon.anak):
                AnggaranPk.objects.create(pk_versi=baru, kode_program=n.kode, jumlah=n.pagu, urutan=i)
        _catat(aktor, tk, f"pk:{baru.pk}", "dibuat", "", f"PK {baru.jenis} (draf)", alasan or "PK baru")
    return baru


def pk_ubah(
    *,
    aktor: Aktor,
    tk: TahunKinerja,
    pk: PerjanjianKinerja,
    versi: int | None,
    data: dict[str, Any],
    target: dict[int, Nilai | None],
    anggaran: dict[str, Decimal | None],
    alasan: str,
) -> PerjanjianKinerja:
    """Edit a draft PK: header, targets per indicator (by TargetPk id), amounts per program code."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    if pk.status != PerjanjianKinerja.DRAF:
        raise AlurDitolak("PK yang sudah ditandatangani tidak dapat diubah; buat PK perubahan.")
    objek = f"pk:{pk.pk}"
    with transaction.atomic():
        klaim_versi(PerjanjianKinerja, pk.pk, versi, "perjanjian kinerja ini")
        pk.refresh_from_db()
        for medan in ("nomor", "tempat", "tanggal", "alasan_perubahan", "keterangan_anggaran"):
            if medan in data and getattr(pk, medan) != data[medan]:
                _catat(aktor, tk, objek, medan, getattr(pk, medan), data[medan], alasan)
                setattr(pk, medan, data[medan])
        if pk.jenis == PerjanjianKinerja.PERUBAHAN and not pk.alasan_perubahan.strip():
            raise AlurDitolak("PK perubahan wajib mencatat alasan perubahan.")
        pk.save()
        for t in pk.target.select_related("indikator"):
            if t.pk in target:
                lama, baru = ke_nilai(t.nilai_angka, t.nilai_teks), target[t.pk]
                if _teks(lama) != _teks(baru):
                    t.nilai_angka, t.nilai_teks = pecah_nilai(baru)
                    t.save()
                    _catat(aktor, tk, objek, f"target {t.indikator.kode}", _teks(lama), _teks(baru), alasan)
        for a in pk.anggaran.all():
            if (
                a.kode_program in anggaran
                and anggaran[a.kode_program] is not None
                and anggaran[a.kode_program] != a.jumlah
            ):
                if anggaran[a.kode_program] < 0:
                    raise AlurDitolak("Anggaran tidak boleh negatif.")
                _catat(aktor, tk, objek, f"anggaran {a.kode_program}", a.jumlah, anggaran[a.kode_program], alasan)
                a.jumlah = anggaran[a.kode_program]
                a.save()
    return pk


def pk_tandatangani(*, aktor: Aktor, tk: TahunKinerja, pk: PerjanjianKinerja, versi: int | None) -> PerjanjianKinerja:
    """The agency head signs: the signatories are snapshotted as they are today; the version becomes the one
    the year is measured against (when it is the latest)."""
    pastikan_kepala_pd(aktor, tk.perangkat_daerah)
    if pk.status != PerjanjianKinerja.DRAF:
        raise AlurDitolak("PK ini sudah ditandatangani.")
    pertama, kedua = _pejabat_pd(tk), _pejabat_pemda(tk)
    if pertama is None or kedua is None:
        raise AlurDitolak("Nama kepala perangkat daerah dan kepala daerah harus tercatat sebelum PK ditandatangani.")
    with transaction.atomic():
        klaim_versi(PerjanjianKinerja, pk.pk, versi, "perjanjian kinerja ini")
        pk.refresh_from_db()
        pk.status = PerjanjianKinerja.DITANDATANGANI
        pk.pihak_pertama, pk.pihak_kedua = pertama, kedua
        pk.ditandatangani_pada = timezone.now()
        pk.tanggal = pk.tanggal or timezone.localdate()
        pk.save()
        _catat(
            aktor,
            tk,
            f"pk:{pk.pk}",
            "status",
            PerjanjianKinerja.DRAF,
            PerjanjianKinerja.DITANDATANGANI,
            f"ditandatangani oleh {pertama['nama']}",
        )
        tahun_kinerja_sentuh(tk=tk)
    return pk


def pk_hapus_draf(*, aktor: Aktor, tk: TahunKinerja, pk: PerjanjianKinerja) -> None:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    if pk.status != PerjanjianKinerja.DRAF:
        raise AlurDitolak("PK yang sudah ditandatangani tidak dapat dihapus.")
    _catat(aktor, tk, f"pk:{pk.pk}", "dihapus", f"PK {pk.jenis} (draf)", "", "draf dihapus")
    pk.delete()


def tanggal_dpa_ubah(*, aktor: Aktor, tk: TahunKinerja, tanggal: date | None, alasan: str) -> None:
    """The DPA approval date of the year (berkas rkt.tanggal_dpa): the PK murni is due within a month of it,
    which the evaluation (LKE 1.b.2) checks."""
    from sakip.web.pertukaran.ke_berkas import muat_lampiran, tulis_lampiran

    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    pastikan_tahun_terbuka(tk)
    if tanggal is not None and not tk.tahun - 1 <= tanggal.year <= tk.tahun:
        raise AlurDitolak(f"Tanggal DPA tahun {tk.tahun} disahkan pada tahun {tk.tahun - 1} atau {tk.tahun}.")
    with transaction.atomic():
        tk = TahunKinerja.objects.select_for_update().get(pk=tk.pk)
        lamp = muat_lampiran(tk.lampiran)
        rkt = dict(lamp.get("rkt") or {})
        lama = rkt.get("tanggal_dpa")
        if str(lama or "") == (tanggal.isoformat() if tanggal else ""):
            return
        if tanggal is None:
            rkt.pop("tanggal_dpa", None)
        else:
            rkt["tanggal_dpa"] = tanggal
        lamp["rkt"] = rkt
        if not rkt:
            lamp.pop("rkt")
        tk.lampiran = tulis_lampiran(lamp)
        tk.save(update_fields=["lampiran"])
        _catat(aktor, tk, "rkt", "tanggal_dpa", lama, tanggal, alasan, label="Tanggal pengesahan DPA")
        tahun_kinerja_sentuh(tk=tk)


def tahun_kinerja_lanjutkan(*, aktor: Aktor, tk: TahunKinerja, tahun: int) -> TahunKinerja:
    """Start another year of the agency from this one: the same Renstra, the RKT structure with its ceilings
    and output targets, the IKU and the agency profile; no realisation, no PK (a new year gets its own)."""
    from sakip.web.pertukaran.ke_berkas import muat_lampiran, tulis_lampiran

    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    r = tk.renstra
    if not r.periode_awal <= tahun <= r.periode_akhir:
        raise AlurDitolak(f"Tahun {tahun} di luar periode Renstra {r.periode_awal}–{r.periode_akhir}.")
    if TahunKinerja.objects.filter(perangkat_daerah=tk.perangkat_daerah, tahun=tahun).exists():
        raise AlurDitolak(f"Tahun {tahun} sudah ada.")
    from .models import IkuIndikator, Program

    lamp = muat_lampiran(tk.lampiran)
    with transaction.atomic():
        baru = TahunKinerja.objects.create(
            perangkat_daerah=tk.perangkat_daerah,
            tahun=tahun,
            renstra=r,
            pengaturan=dict(tk.pengaturan),
            lampiran=tulis_lampiran({k: v for k, v in lamp.items() if k in ("instansi", "iku")}),
        )
        for p in Program.objects.filter(tahun_kinerja=tk).prefetch_related(
            "indikator", "kegiatan__indikator", "kegiatan__sub_kegiatan__indikator"
        ):
            ind_p = list(p.indikator.all())
            keg = list(p.kegiatan.all())
            p.pk, p.tahun_kinerja = None, baru
            p.td_realisasi = None
            p.save()
            for ik in ind_p:
                ik.pk, ik.program = None, p
                ik.save()
            for k in keg:
                ind_k, subs = list(k.indikator.all()), list(k.sub_kegiatan.all())
                k.pk, k.program = None, p
                k.td_realisasi = None
                k.save()
                for ik in ind_k:
                    ik.pk, ik.kegiatan = None, k
                    ik.save()
                for s in subs:
                    ind_s = list(s.indikator.all())
                    s.pk, s.kegiatan, s.tahun_kinerja, s.versi = None, k, baru, 1
                    s.pagu_murni = s.pagu
                    s.save()
                    for ik in ind_s:
                        ik.pk, ik.sub_kegiatan = None, s
                        ik.save()
        IkuIndikator.objects.bulk_create(
            [
                IkuIndikator(tahun_kinerja=baru, indikator=x.indikator, urutan=x.urutan)
                for x in IkuIndikator.objects.filter(tahun_kinerja=tk)
            ]
        )
        perubahan_catat(
            aktor=aktor,
            pd_id=tk.perangkat_daerah_id,
            tahun=tahun,
            objek=f"tahun:{tahun}",
            medan="dibuat",
            lama="",
            baru=f"dari tahun {tk.tahun}",
            alasan=f"tahun {tahun} dimulai dari rencana tahun {tk.tahun}",
        )
    return baru
