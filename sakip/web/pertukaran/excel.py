"""The agency-year workbook in the web app: download, upload with a preview, apply as one bulk change.

The workbook is made from and read against the same berkas every page computes from (`berkas_dari_db`),
with what the workflow has closed locked (`kunci_excel`: quarters no longer draft, a closed year, signed PKs).
Applying writes exactly the previewed cells in one transaction, each recorded in the history with the
uploader, the file's name and sumber "ubah massal"; it refuses when the data changed since the preview, and
reads the year back afterwards: the database must then say what the workbook said, or nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from sakip.berkas.excel import ExcelTidakValid, HasilExcel, Kunci, MasalahSel, PerubahanSel, baca_excel, tulis_excel
from sakip.berkas.jenis_isi import JenisTidakSesuai, periksa_jenis
from sakip.core.nilai import Angka, Nilai
from sakip.web.inti.galat import AlurDitolak
from sakip.web.inti.nilai import pecah_nilai
from sakip.web.organisasi.akses import Aktor, TidakBerwenang, pastikan_baca_pd, pastikan_ubah_pd
from sakip.web.pengukuran.models import (
    AnggaranTriwulan,
    NilaiIndikatorKinerja,
    NilaiTriwulan,
    PeriodeRealisasi,
    RealisasiIndikator,
    RealisasiSubKegiatan,
)
from sakip.web.perencanaan.models import (
    Indikator,
    IndikatorKinerja,
    PerjanjianKinerja,
    SubKegiatan,
    TahunKinerja,
    TargetIndikator,
    TargetPk,
    TargetRkt,
)
from sakip.web.perencanaan.services import tahun_kinerja_sentuh
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat

from .ke_berkas import berkas_dari_db
from .models import UnggahanExcel

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
# Database columns: values 28 digits with 10 decimals, rupiah 20 digits with 2 decimals.
DESIMAL_NILAI, DIGIT_NILAI = 10, 28
DESIMAL_UANG, DIGIT_UANG = 2, 20
SIMPAN_PRATINJAU = timedelta(days=2)


def kunci_excel(tk: TahunKinerja) -> Kunci:
    """What the workflow has closed for this agency-year, with the reason shown to the uploader."""
    triwulan = {}
    for p in PeriodeRealisasi.objects.filter(tahun_kinerja=tk):
        if p.status not in PeriodeRealisasi.BOLEH_DIUBAH:
            triwulan[p.triwulan] = f"realisasi triwulan {ROMAWI[p.triwulan]} berstatus '{p.get_status_display()}'" + (
                " (minta admin pemda membuka kembali)" if p.status == PeriodeRealisasi.DIKUNCI else ""
            )
    rencana = ""
    tutup = PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan=4, status=PeriodeRealisasi.DIKUNCI).exists()
    if tutup:
        rencana = f"tahun {tk.tahun} sudah dikunci (realisasi triwulan IV dikunci), rencana tidak dapat diubah"
    pk = {}
    ditandatangani = PerjanjianKinerja.objects.filter(tahun_kinerja=tk, status=PerjanjianKinerja.DITANDATANGANI)
    for n, _ in enumerate(ditandatangani.order_by("urutan", "id")):
        pk[n] = "Perjanjian Kinerja ini sudah ditandatangani; ubah target melalui PK perubahan"
    return Kunci(triwulan=triwulan, rencana=rencana, pk=pk)


def workbook_unduh(*, aktor: Aktor, tk: TahunKinerja) -> bytes:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    return tulis_excel(berkas_dari_db(tk), kunci_excel(tk))


def _batas_db(hasil: HasilExcel) -> list[MasalahSel]:
    """Values the reader accepts but the database columns cannot hold exactly."""
    masalah = []
    for p in hasil.perubahan:
        x = p.nilai
        angka = x.nilai if isinstance(x, Angka) else x if isinstance(x, Decimal) else None
        if angka is None:
            continue
        uang = isinstance(x, Decimal)
        desimal, digit = (DESIMAL_UANG, DIGIT_UANG) if uang else (DESIMAL_NILAI, DIGIT_NILAI)
        t = angka.as_tuple()
        pecahan = max(0, -t.exponent) if isinstance(t.exponent, int) else 0
        if pecahan > desimal:
            masalah.append(
                MasalahSel(p.lembar, p.baris, p.kolom, p.judul, f"paling banyak {desimal} angka di belakang koma")
            )
        elif angka.adjusted() + 1 > digit - desimal:
            masalah.append(MasalahSel(p.lembar, p.baris, p.kolom, p.judul, "angka terlalu besar"))
    return masalah


def _baca(tk: TahunKinerja, data: bytes, nama_berkas: str) -> HasilExcel:
    hasil = baca_excel(data, berkas_dari_db(tk), sumber=nama_berkas, kunci=kunci_excel(tk))
    masalah = _batas_db(hasil)
    if masalah:
        raise ExcelTidakValid(masalah, nama_berkas)
    return hasil


def workbook_pratinjau(*, aktor: Aktor, tk: TahunKinerja, data: bytes, nama_berkas: str) -> UnggahanExcel:
    """Read an uploaded workbook against the current data. Raises `ExcelTidakValid` (nothing kept) or returns
    the stored preview (every change, old → new)."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    try:
        periksa_jenis(data, nama=nama_berkas, boleh=("xlsx",))
    except JenisTidakSesuai as exc:
        raise ExcelTidakValid([MasalahSel("", None, "", "", str(exc))], nama_berkas) from None
    hasil = _baca(tk, data, nama_berkas)
    UnggahanExcel.objects.filter(status=UnggahanExcel.PRATINJAU, dibuat__lt=timezone.now() - SIMPAN_PRATINJAU).update(
        status=UnggahanExcel.DIBATALKAN, isi=b""
    )
    return UnggahanExcel.objects.create(
        tahun_kinerja=tk,
        pengguna=aktor.pengguna,
        nama_pengguna=aktor.nama,
        nama_berkas=nama_berkas[:200],
        isi=data,
        versi_data=tk.versi,
        perubahan=[
            {"lembar": p.lembar, "sel": f"{p.kolom}{p.baris}", "label": p.label, "lama": p.lama, "baru": p.baru}
            for p in hasil.perubahan
        ],
        jumlah_perubahan=len(hasil.perubahan),
    )


def unggahan_ambil(*, aktor: Aktor, tk: TahunKinerja, id_: int) -> UnggahanExcel:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    u = UnggahanExcel.objects.filter(pk=id_, tahun_kinerja=tk).first()
    if u is None:
        from sakip.web.inti.galat import TidakDitemukan

        raise TidakDitemukan("Unggahan workbook tidak ditemukan.")
    return u


def unggahan_milik(aktor: Aktor, unggahan: UnggahanExcel) -> bool:
    """A preview is applied only by the person who uploaded it (they saw its changes)."""
    return unggahan.pengguna_id is not None and unggahan.pengguna_id == getattr(aktor.pengguna, "pk", None)


def unggahan_batal(*, aktor: Aktor, unggahan: UnggahanExcel) -> None:
    pastikan_ubah_pd(aktor, unggahan.tahun_kinerja.perangkat_daerah)
    if not unggahan_milik(aktor, unggahan):
        raise TidakBerwenang("Pratinjau ini milik pengguna lain.")
    if unggahan.status == UnggahanExcel.PRATINJAU:
        unggahan.status, unggahan.isi = UnggahanExcel.DIBATALKAN, b""
        unggahan.save(update_fields=["status", "isi"])


@dataclass
class _Tulis:
    """The rows a workbook's changes land in, read once."""

    tk: TahunKinerja

    def __post_init__(self) -> None:
        tk = self.tk
        self.indikator = {i.kode: i for i in Indikator.objects.filter(renstra=tk.renstra)}
        self.sub = {s.kode: s for s in SubKegiatan.objects.filter(tahun_kinerja=tk)}
        self.ik: dict[tuple[str, int], IndikatorKinerja] = {}
        for p in tk.program.prefetch_related("indikator", "kegiatan__indikator", "kegiatan__sub_kegiatan__indikator"):
            self._ik(p.kode, p.indikator.all())
            for k in p.kegiatan.all():
                self._ik(k.kode, k.indikator.all())
                for s in k.sub_kegiatan.all():
                    self._ik(s.kode, s.indikator.all())
        self.pk = list(
            PerjanjianKinerja.objects.filter(tahun_kinerja=tk, status=PerjanjianKinerja.DITANDATANGANI).order_by(
                "urutan", "id"
            )
        )
        self.ri = {
            r.indikator.kode: r for r in RealisasiIndikator.objects.filter(tahun_kinerja=tk).select_related("indikator")
        }
        self.rs = {
            r.sub_kegiatan.kode: r
            for r in RealisasiSubKegiatan.objects.filter(sub_kegiatan__tahun_kinerja=tk).select_related("sub_kegiatan")
        }
        self.renstra = False
        self.triwulan: set[int] = set()

    def _ik(self, kode: str, daftar) -> None:
        for i, x in enumerate(daftar):
            self.ik[(kode, i)] = x

    def realisasi_indikator(self, kode: str) -> RealisasiIndikator:
        if kode not in self.ri:
            urutan = (RealisasiIndikator.objects.filter(tahun_kinerja=self.tk).aggregate(m=Max("urutan"))["m"] or 0) + 1
            self.ri[kode] = RealisasiIndikator.objects.create(
                tahun_kinerja=self.tk, indikator=self.indikator[kode], urutan=urutan
            )
        return self.ri[kode]

    def realisasi_sub(self, kode: str) -> RealisasiSubKegiatan:
        if kode not in self.rs:
            urutan = (
                RealisasiSubKegiatan.objects.filter(sub_kegiatan__tahun_kinerja=self.tk).aggregate(m=Max("urutan"))["m"]
                or 0
            ) + 1
            self.rs[kode] = RealisasiSubKegiatan.objects.create(sub_kegiatan=self.sub[kode], urutan=urutan)
        return self.rs[kode]

    # --- one changed value --------------------------------------------------------------------------------

    def tulis(self, p: PerubahanSel) -> None:
        jenis, _, kode = p.kunci.partition(":")
        medan, _, ke = p.medan.partition(":")
        if jenis == "ind":
            self._indikator(kode, medan, ke, p.nilai)
        elif jenis == "sub":
            self._sub(kode, medan, ke, p.nilai)
        elif jenis == "ik":
            node, _, i = kode.rpartition(":")
            self._indikator_kinerja(node, int(i), medan, p.nilai)
        else:  # pragma: no cover - the layout makes no other editable rows
            raise AssertionError(p.kunci)

    def _indikator(self, kode: str, medan: str, ke: str, v: Any) -> None:
        ind = self.indikator[kode]
        if medan in ("nama", "satuan", "polaritas"):
            setattr(ind, medan, v or "")
            ind.versi = F("versi") + 1
            ind.save(update_fields=[medan, "versi"])
            self.renstra = True
        elif medan == "target":
            _nilai_baris(TargetIndikator.objects.filter(indikator=ind, tahun=int(ke)), v, indikator=ind, tahun=int(ke))
            self.renstra = True
        elif medan == "rkt":
            qs = TargetRkt.objects.filter(tahun_kinerja=self.tk, indikator=ind)
            urutan = (TargetRkt.objects.filter(tahun_kinerja=self.tk).aggregate(m=Max("urutan"))["m"] or 0) + 1
            _nilai_baris(qs, v, tahun_kinerja=self.tk, indikator=ind, urutan=urutan)
        elif medan == "pk":
            pk = self.pk[int(ke)]
            if pk.status != PerjanjianKinerja.DRAF:  # locked in the workbook already; never written
                raise AlurDitolak("PK yang sudah ditandatangani tidak dapat diubah; buat PK perubahan.")
            urutan = (TargetPk.objects.filter(pk_versi=pk).aggregate(m=Max("urutan"))["m"] or 0) + 1
            _nilai_baris(
                TargetPk.objects.filter(pk_versi=pk, indikator=ind), v, pk_versi=pk, indikator=ind, urutan=urutan
            )
        elif medan == "ra":
            ri = self.realisasi_indikator(kode)
            qs = NilaiTriwulan.objects.filter(realisasi=ri, triwulan=int(ke), jenis=NilaiTriwulan.TARGET)
            _nilai_baris(qs, v, realisasi=ri, triwulan=int(ke), jenis=NilaiTriwulan.TARGET)
        elif medan == "tw":
            ri = self.realisasi_indikator(kode)
            qs = NilaiTriwulan.objects.filter(realisasi=ri, triwulan=int(ke), jenis=NilaiTriwulan.REALISASI)
            _nilai_baris(qs, v, realisasi=ri, triwulan=int(ke), jenis=NilaiTriwulan.REALISASI)
            self.triwulan.add(int(ke))
        elif medan == "tahunan":
            ri = self.realisasi_indikator(kode)
            ri.tahunan_angka, ri.tahunan_teks = pecah_nilai(v)
            ri.save(update_fields=["tahunan_angka", "tahunan_teks"])
            self.triwulan.add(4)
        elif medan in ("penyebab", "kendala", "solusi"):
            ri = self.realisasi_indikator(kode)
            setattr(ri, medan, v or "")
            ri.save(update_fields=[medan])
        else:  # pragma: no cover
            raise AssertionError(medan)

    def _sub(self, kode: str, medan: str, ke: str, v: Any) -> None:
        sub = self.sub[kode]
        if medan in ("pagu", "pagu_murni", "belanja_modal", "sumber_dana", "lokasi"):
            if medan == "belanja_modal":
                v = v if v is not None else Decimal(0)
            elif medan in ("sumber_dana", "lokasi"):
                v = v or ""
            setattr(sub, medan, v)
            sub.versi = F("versi") + 1
            sub.save(update_fields=[medan, "versi"])
        elif medan == "anggaran_tw":
            rs = self.realisasi_sub(kode)
            qs = AnggaranTriwulan.objects.filter(realisasi=rs, triwulan=int(ke))
            if v is None:
                qs.delete()
            else:
                AnggaranTriwulan.objects.update_or_create(realisasi=rs, triwulan=int(ke), defaults={"jumlah": v})
            self.triwulan.add(int(ke))
        elif medan in ("anggaran", "keterangan"):
            rs = self.realisasi_sub(kode)
            setattr(rs, medan, v if medan == "anggaran" else (v or ""))
            rs.save(update_fields=[medan])
            if medan == "anggaran":
                self.triwulan.add(4)
        else:  # pragma: no cover
            raise AssertionError(medan)

    def _indikator_kinerja(self, node: str, i: int, medan: str, v: Any) -> None:
        ik = self.ik[(node, i)]
        if medan == "target":
            ik.target_angka, ik.target_teks = pecah_nilai(v)
            ik.versi = F("versi") + 1
            ik.save(update_fields=["target_angka", "target_teks", "versi"])
        elif medan == "realisasi":
            if ik.sub_kegiatan_id is not None:
                self.realisasi_sub(node)  # a sub kegiatan's outputs are read with its realisation record
            qs = NilaiIndikatorKinerja.objects.filter(indikator=ik, jenis=NilaiIndikatorKinerja.REALISASI)
            _nilai_baris(qs, v, indikator=ik, jenis=NilaiIndikatorKinerja.REALISASI)
            self.triwulan.add(4)
        else:  # pragma: no cover
            raise AssertionError(medan)


def _nilai_baris(qs, v: Nilai | None, **buat: Any) -> None:
    """Set a one-row value (nilai_angka/nilai_teks) or delete the row for an empty value."""
    if v is None:
        qs.delete()
        return
    a, t = pecah_nilai(v)
    baris = qs.first()
    if baris is None:
        qs.model.objects.create(nilai_angka=a, nilai_teks=t, **buat)
    else:
        baris.nilai_angka, baris.nilai_teks = a, t
        baris.save(update_fields=["nilai_angka", "nilai_teks"])


def _tahun_riwayat(p: PerubahanSel, tk: TahunKinerja) -> int | None:
    # Renstra-level values belong to the period, not to one year (as on the indicator page).
    if p.kunci.startswith("ind:") and (p.medan in ("nama", "satuan", "polaritas") or p.medan.startswith("target:")):
        return None
    return tk.tahun


def workbook_terapkan(*, aktor: Aktor, unggahan: UnggahanExcel, alasan: str = "") -> int:
    """Apply a previewed workbook: all cells or none. Returns the number of values changed."""
    tk = unggahan.tahun_kinerja
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    if not unggahan_milik(aktor, unggahan):
        raise TidakBerwenang("Pratinjau ini milik pengguna lain; unggah workbook Anda sendiri.")
    if unggahan.status != UnggahanExcel.PRATINJAU:
        raise AlurDitolak(f"Unggahan ini sudah {unggahan.get_status_display()}; unggah workbook lagi bila perlu.")
    with transaction.atomic():
        tk = TahunKinerja.objects.select_for_update().select_related("perangkat_daerah", "renstra").get(pk=tk.pk)
        if tk.versi != unggahan.versi_data:
            raise AlurDitolak(
                "Data perangkat daerah-tahun ini telah berubah sejak pratinjau dibuat; unggah workbook lagi untuk "
                "melihat perubahan terhadap data terbaru."
            )
        hasil = _baca(tk, bytes(unggahan.isi), unggahan.nama_berkas)
        catatan = f"unggah workbook '{unggahan.nama_berkas}' (#{unggahan.pk})" + (
            f": {alasan.strip()}" if alasan.strip() else ""
        )
        tulis = _Tulis(tk)
        for p in hasil.perubahan:
            tulis.tulis(p)
            perubahan_catat(
                aktor=aktor,
                pd_id=tk.perangkat_daerah_id,
                tahun=_tahun_riwayat(p, tk),
                objek=p.objek,
                medan=p.label.partition(" · ")[2] or p.label,
                lama="" if p.lama == "(kosong)" else p.lama,
                baru="" if p.baru == "(kosong)" else p.baru,
                alasan=catatan,
                label=p.label,
                sumber=Perubahan.MASSAL,
            )
        for tw in tulis.triwulan:
            PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan=tw).update(
                versi=F("versi") + 1, diisi_pada=timezone.now()
            )
        tahun_kinerja_sentuh(tk=tk, renstra=tulis.renstra)
        tk.refresh_from_db()
        if hasil.perubahan and berkas_dari_db(tk) != hasil.berkas:
            raise AlurDitolak(
                "Data yang tersimpan tidak sama dengan isi workbook; tidak ada yang disimpan (laporkan ke pengembang)."
            )
        unggahan.status = UnggahanExcel.DITERAPKAN
        unggahan.isi = b""
        unggahan.diterapkan_pada = timezone.now()
        unggahan.save(update_fields=["status", "isi", "diterapkan_pada"])
    return len(hasil.perubahan)
