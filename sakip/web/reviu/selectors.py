"""Reads for the reviu: the latest run's findings with their follow-up, findings next to the data they concern
(by `jalur`), open galat, and whether the PK and the LKjIP are final."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sakip.core.model import Berkas
from sakip.core.reviu import STATUS_TINDAK_LANJUT, Temuan, Tingkat
from sakip.core.reviu.temuan import LABEL_TINGKAT
from sakip.web.organisasi.akses import Aktor, pastikan_baca_pd, pastikan_pemda, pd_terlihat
from sakip.web.perencanaan.models import PerjanjianKinerja, TahunKinerja

from .models import Penetapan, ReviuJalan, TindakLanjut


def temuan_dari_dict(d: dict) -> Temuan:
    """A stored finding back as a core `Temuan` (its `kunci` is computed again from the same parts)."""
    return Temuan(
        kode=str(d["kode"]),
        tingkat=Tingkat(d["tingkat"]),
        lokasi=str(d.get("lokasi", "")),
        pesan=str(d.get("pesan", "")),
        tercetak=str(d.get("tercetak", "")),
        seharusnya=str(d.get("seharusnya", "")),
        subjek=str(d.get("subjek", "")),
        jalur=str(d.get("jalur", "")),
        sumber=str(d.get("sumber", "")),
        lokasi_lain=tuple(d.get("lokasi_lain") or ()),
    )


@dataclass
class TemuanTampil:
    temuan: Temuan
    tl: TindakLanjut | None
    tautan: tuple[str, str] | None = None  # (url, label) of the page showing the finding's data

    @property
    def status(self) -> str:
        return self.tl.status if self.tl else ""

    @property
    def tertutup(self) -> bool:
        return self.status in STATUS_TINDAK_LANJUT

    @property
    def label_status(self) -> str:
        return {"": "Terbuka"}.get(self.status, self.status.capitalize())


@dataclass
class KelompokTingkat:
    tingkat: Tingkat
    label: str
    daftar: list[TemuanTampil] = field(default_factory=list)

    @property
    def terbuka(self) -> int:
        return sum(1 for t in self.daftar if not t.tertutup)


def jalan_terakhir(tk: TahunKinerja) -> ReviuJalan | None:
    return ReviuJalan.objects.filter(tahun_kinerja=tk).first()


def tindak_lanjut_peta(tk: TahunKinerja) -> dict[str, TindakLanjut]:
    return {t.kunci: t for t in TindakLanjut.objects.filter(tahun_kinerja=tk)}


def status_peta(tk: TahunKinerja) -> dict[str, str]:
    """kunci → follow-up status, the form `sakip.core.reviu.galat_terbuka` takes."""
    return dict(TindakLanjut.objects.filter(tahun_kinerja=tk).exclude(status="").values_list("kunci", "status"))


def temuan_terakhir(tk: TahunKinerja) -> list[TemuanTampil]:
    j = jalan_terakhir(tk)
    if j is None:
        return []
    tl = tindak_lanjut_peta(tk)
    hasil = []
    for d in j.temuan:
        t = temuan_dari_dict(d)
        hasil.append(TemuanTampil(t, tl.get(t.kunci)))
    return hasil


def kelompokkan(daftar: list[TemuanTampil]) -> list[KelompokTingkat]:
    kelompok = {t: KelompokTingkat(t, LABEL_TINGKAT[t]) for t in Tingkat}
    for x in daftar:
        kelompok[x.temuan.tingkat].daftar.append(x)
    return [k for k in kelompok.values() if k.daftar]


@dataclass
class HalamanReviu:
    jalan: ReviuJalan | None
    kelompok: list[KelompokTingkat]
    galat_terbuka: list[TemuanTampil]
    data_berubah: bool  # the data changed since the run


def halaman_reviu(*, aktor: Aktor, tk: TahunKinerja) -> HalamanReviu:
    from sakip.web.pertukaran.ke_berkas import sidik_data

    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    j = jalan_terakhir(tk)
    daftar = temuan_terakhir(tk)
    beri_tautan(tk, daftar)
    return HalamanReviu(
        jalan=j,
        kelompok=kelompokkan(daftar),
        galat_terbuka=[x for x in daftar if x.temuan.tingkat is Tingkat.GALAT and not x.tertutup],
        data_berubah=j is not None and j.sidik_data != sidik_data(tk),
    )


def temuan_ambil(*, aktor: Aktor, tk: TahunKinerja, kunci: str) -> TemuanTampil | None:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    x = next((x for x in temuan_terakhir(tk) if x.temuan.kunci == kunci), None)
    if x is not None:
        beri_tautan(tk, [x])
    return x


def beri_tautan(tk: TahunKinerja, daftar: list[TemuanTampil]) -> None:
    """Attach to each finding the page that shows its data."""
    from sakip.berkas.baca import BerkasTidakValid
    from sakip.web.pertukaran.ke_berkas import hasil_dari_db

    try:
        berkas = hasil_dari_db(tk).berkas
    except BerkasTidakValid:
        return
    for x in daftar:
        x.tautan = tautan_jalur(berkas, x.temuan.jalur, tk.perangkat_daerah.slug, tk.tahun)


def riwayat_reviu(*, aktor: Aktor, tk: TahunKinerja, batas: int = 50):
    """The history of the reviu: runs, follow-ups, responses and finalisations."""
    from django.db.models import Q

    from sakip.web.riwayat.models import Perubahan

    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    return Perubahan.objects.filter(perangkat_daerah=tk.perangkat_daerah, tahun=tk.tahun).filter(
        Q(objek="reviu") | Q(objek__startswith="temuan:") | Q(medan="penetapan")
    )[:batas]


# --- findings next to their data ---------------------------------------------------------------------------------


def jalur_indikator(berkas: Berkas, kode: str) -> tuple[str, ...]:
    """The data paths that belong to an indicator (as sakip.core.reviu's berkas rules write them)."""
    awalan = [f"realisasi.indikator.{kode}", f"rkt.target.{kode}"]
    for i, t in enumerate(berkas.renstra.tujuan):
        for j, ind in enumerate(t.indikator):
            if ind.id == kode:
                awalan.append(f"renstra.tujuan[{i}].indikator[{j}]")
    for i, s in enumerate(berkas.renstra.sasaran):
        for j, ind in enumerate(s.indikator):
            if ind.id == kode:
                awalan.append(f"renstra.sasaran[{i}].indikator[{j}]")
    return tuple(awalan)


def cocok_jalur(jalur: str, awalan: tuple[str, ...]) -> bool:
    return any(jalur == a or jalur.startswith((f"{a}.", f"{a}[")) for a in awalan)


def temuan_untuk(tk: TahunKinerja, awalan: tuple[str, ...]) -> list[TemuanTampil]:
    """The latest run's findings on the given data paths (a page shows them beside that data)."""
    return [x for x in temuan_terakhir(tk) if x.temuan.jalur and cocok_jalur(x.temuan.jalur, awalan)]


@dataclass
class RingkasanReviu:
    jalan: ReviuJalan | None
    galat_terbuka: int
    jumlah: dict[str, int]
    penetapan_lkjip: Penetapan | None


def ringkasan(tk: TahunKinerja) -> RingkasanReviu:
    daftar = temuan_terakhir(tk)
    jumlah = {t.value: 0 for t in Tingkat}
    for x in daftar:
        jumlah[x.temuan.tingkat.value] += 1
    return RingkasanReviu(
        jalan=jalan_terakhir(tk),
        galat_terbuka=sum(1 for x in daftar if x.temuan.tingkat is Tingkat.GALAT and not x.tertutup),
        jumlah=jumlah,
        penetapan_lkjip=penetapan_lkjip(tk=tk),
    )


# --- finalisation ------------------------------------------------------------------------------------------------


@dataclass
class InfoPenetapan:
    penetapan: Penetapan
    data_berubah: bool

    @property
    def nama_penetap(self) -> str:
        return self.penetapan.nama_penetap

    @property
    def ditetapkan_pada(self):
        return self.penetapan.ditetapkan_pada


def penetapan_lkjip(*, tk: TahunKinerja) -> InfoPenetapan | None:
    from sakip.web.pertukaran.ke_berkas import sidik_data

    p = Penetapan.objects.filter(tahun_kinerja=tk, dokumen=Penetapan.LKJIP).first()
    if p is None:
        return None
    return InfoPenetapan(p, p.sidik_data != sidik_data(tk))


def penetapan_pk(*, tk: TahunKinerja) -> dict[int, Penetapan]:
    """PK version id → its (latest) finalisation."""
    hasil: dict[int, Penetapan] = {}
    for p in Penetapan.objects.filter(tahun_kinerja=tk, dokumen=Penetapan.PK).order_by("ditetapkan_pada", "id"):
        hasil[p.pk_versi_id] = p
    return hasil


def pk_ditandatangani(tk: TahunKinerja) -> list[PerjanjianKinerja]:
    """Signed versions in the berkas's order (`Berkas.pk[i]` is the i-th of these)."""
    return list(
        PerjanjianKinerja.objects.filter(tahun_kinerja=tk, status=PerjanjianKinerja.DITANDATANGANI).order_by(
            "urutan", "id"
        )
    )


# --- the district ----------------------------------------------------------------------------------------------


@dataclass
class BarisPemda:
    tk: TahunKinerja
    r: RingkasanReviu


def daftar_pemda(*, aktor: Aktor, tahun: int) -> list[BarisPemda]:
    pastikan_pemda(aktor)
    return [
        BarisPemda(tk, ringkasan(tk))
        for tk in TahunKinerja.objects.filter(tahun=tahun, perangkat_daerah__in=pd_terlihat(aktor).filter(aktif=True))
        .select_related("perangkat_daerah")
        .order_by("perangkat_daerah__nama")
    ]


# --- where a finding's data are shown ----------------------------------------------------------------------------

_POLA_INDIKATOR = re.compile(r"^renstra\.(tujuan|sasaran)\[(\d+)\]\.indikator\[(\d+)\]")


def indikator_jalur(berkas: Berkas, jalur: str) -> str | None:
    """The indicator a data path belongs to, if any."""
    for awal in ("realisasi.indikator.", "rkt.target."):
        if jalur.startswith(awal):
            return jalur[len(awal) :].split(".")[0].split("[")[0] or None
    m = _POLA_INDIKATOR.match(jalur)
    if m:
        induk = berkas.renstra.tujuan if m.group(1) == "tujuan" else berkas.renstra.sasaran
        i, j = int(m.group(2)), int(m.group(3))
        if i < len(induk) and j < len(induk[i].indikator):
            return induk[i].indikator[j].id
    return None


def tautan_jalur(berkas: Berkas, jalur: str, pd: str, tahun: int) -> tuple[str, str] | None:
    """(url, label) of the page that shows a finding's data."""
    from django.urls import reverse

    if not jalur:
        return None
    kode = indikator_jalur(berkas, jalur)
    if kode and berkas.renstra.indikator(kode) is not None:
        return reverse("dasbor:indikator", kwargs={"pd": pd, "tahun": tahun, "kode": kode}), f"indikator {kode}"
    if jalur.startswith("pk"):
        return reverse("perencanaan:pk", kwargs={"pd": pd, "tahun": tahun}), "Perjanjian Kinerja"
    if jalur.startswith("realisasi.sub_kegiatan."):
        sisa = jalur[len("realisasi.sub_kegiatan.") :]
        for s in berkas.rkt.semua_sub_kegiatan():
            if sisa == s.kode or sisa.startswith(f"{s.kode}.") or sisa.startswith(f"{s.kode}["):
                return (
                    reverse("perencanaan:sub_kegiatan", kwargs={"pd": pd, "tahun": tahun, "kode": s.kode}),
                    f"sub kegiatan {s.kode}",
                )
    if jalur.startswith(("rkt.", "renstra.", "iku")):
        return reverse("perencanaan:rencana", kwargs={"pd": pd, "tahun": tahun}), "Rencana"
    if jalur.startswith("realisasi."):
        return reverse("pengukuran:daftar", kwargs={"pd": pd, "tahun": tahun}), "Realisasi"
    return None
