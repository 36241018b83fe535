"""Consolidation of a district: every RPJMD indicator from Bappeda's own realisasi or from the linked agency
indicators by its declared rule, with capaian and predikat; the budget across all agencies per RPJMD sasaran
and per urusan; the agencies by predikat.

`hitung_daerah(daerah)` is THE entry point for the district level, as `hitung.hitung` is for an agency.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from .angka import KONTEKS, NOL, format_angka, persen, rata_rata
from .capaian import Capaian, hitung_capaian, nilai_untuk_rata_rata
from .hasil import HasilIndikator, HasilPengukuran
from .hitung import angka_banding, hitung
from .model import Berkas, TautanRpjmd
from .model_daerah import LABEL_ATURAN, AturanKonsolidasi, Daerah, IndikatorRpjmd, SasaranRpjmd
from .nilai import Angka, Nilai
from .predikat import Tingkat
from .urusan import nama_urusan


@dataclass(slots=True)
class Kontributor:
    """One agency indicator feeding an RPJMD indicator."""

    instansi: str
    sasaran_opd: str  # the agency sasaran's uraian
    indikator_opd: str  # the agency indicator's name
    target: Nilai | None
    realisasi: Nilai | None
    capaian: Capaian | None
    kontribusi: Decimal | None


@dataclass(slots=True)
class HasilIndikatorRpjmd:
    indikator: IndikatorRpjmd
    sasaran_id: str | None  # None for tujuan indicators
    target: Nilai | None
    realisasi: Nilai | None
    capaian: Capaian
    predikat: Tingkat | None
    asal: str  # "bappeda" (typed by Bappeda) | "konsolidasi" (from the agencies) | "belum" (nothing yet)
    kontributor: list[Kontributor] = field(default_factory=list)
    penjelasan: str = ""


@dataclass(slots=True)
class HasilSasaranRpjmd:
    sasaran: SasaranRpjmd
    indikator: list[HasilIndikatorRpjmd]
    rata_rata: Decimal | None
    predikat: Tingkat | None
    perangkat_daerah: list[str]  # agencies serving it, in folder order
    pagu: Decimal
    realisasi_anggaran: Decimal

    @property
    def serapan(self) -> Decimal | None:
        return persen(self.realisasi_anggaran, self.pagu)


@dataclass(slots=True)
class RingkasanPerangkatDaerah:
    nama: str
    jenis: str
    hasil: HasilPengukuran
    sasaran_rpjmd: list[str]  # SasaranRpjmd.id served

    @property
    def rata_rata(self) -> Decimal | None:
        return self.hasil.rata_rata

    @property
    def predikat(self) -> Tingkat | None:
        return self.hasil.predikat

    @property
    def pagu(self) -> Decimal:
        return self.hasil.anggaran.pagu

    @property
    def realisasi_anggaran(self) -> Decimal:
        return self.hasil.anggaran.realisasi


@dataclass(slots=True)
class AnggaranUrusan:
    kode: str  # bidang urusan "1.02", or "X.XX" for the supporting programs every agency has
    nama: str
    pagu: Decimal = NOL
    realisasi: Decimal = NOL
    perangkat_daerah: list[str] = field(default_factory=list)

    @property
    def serapan(self) -> Decimal | None:
        return persen(self.realisasi, self.pagu)


@dataclass(slots=True)
class HasilDaerah:
    daerah: Daerah
    tahun: int
    indikator_tujuan: list[HasilIndikatorRpjmd]
    sasaran: list[HasilSasaranRpjmd]
    perangkat_daerah: list[RingkasanPerangkatDaerah]
    anggaran_urusan: list[AnggaranUrusan]
    sebaran_predikat: dict[str, int]  # predikat kode → number of agencies
    rata_rata: Decimal | None  # mean of the RPJMD sasaran indicators' processed capaian
    predikat: Tingkat | None
    pagu: Decimal
    realisasi_anggaran: Decimal

    @property
    def serapan(self) -> Decimal | None:
        return persen(self.realisasi_anggaran, self.pagu)

    def semua_indikator_sasaran(self) -> list[HasilIndikatorRpjmd]:
        return [h for s in self.sasaran for h in s.indikator]


def _tautan(b: Berkas) -> list[tuple[str, str, list[TautanRpjmd]]]:
    """(sasaran id, uraian, links) for every agency sasaran; tujuan links count as alignment of all sasaran."""
    hasil = []
    tujuan = {t.id: t.rpjmd for t in b.renstra.tujuan}
    for s in b.renstra.sasaran:
        hasil.append((s.id, s.uraian, list(s.rpjmd) + [t for t in tujuan.get(s.tujuan, []) if not t.indikator]))
    return hasil


def _indikator_opd(b: Berkas, sasaran_id: str, t: TautanRpjmd, h: HasilPengukuran) -> HasilIndikator | None:
    if t.indikator_opd:
        return h.hasil_indikator(t.indikator_opd)
    s = next((x for x in h.sasaran if x.sasaran.id == sasaran_id), None)
    return s.indikator[0] if s and len(s.indikator) == 1 else None


def _gabung(aturan: AturanKonsolidasi, nilai: list[tuple[Decimal, Decimal | None]]) -> tuple[Decimal, str]:
    """Combine (value, contribution) pairs by the rule; returns the value and its formula text."""
    with localcontext(KONTEKS):
        angka = [v for v, _ in nilai]
        isi = " + ".join(format_angka(v) for v in angka)
        if aturan is AturanKonsolidasi.JUMLAH:
            total = sum(angka, NOL)
            return total, f"{isi} = {format_angka(total)}"
        if aturan is AturanKonsolidasi.MINIMUM:
            return min(
                angka
            ), f"terendah dari ({'; '.join(format_angka(v) for v in angka)}) = {format_angka(min(angka))}"
        if aturan is AturanKonsolidasi.MAKSIMUM:
            return max(
                angka
            ), f"tertinggi dari ({'; '.join(format_angka(v) for v in angka)}) = {format_angka(max(angka))}"
        if aturan is AturanKonsolidasi.TERTIMBANG:
            bobot = sum((k or NOL for _, k in nilai), NOL)
            total = sum((v * (k or NOL) for v, k in nilai), NOL) / bobot
            rincian = " + ".join(f"{format_angka(v)} × {format_angka(k or NOL)}%" for v, k in nilai)
            return total, f"({rincian}) ÷ {format_angka(bobot)}% = {format_angka(total)}"
        total = sum(angka, NOL) / Decimal(len(angka))
        return total, f"({isi}) ÷ {len(angka)} = {format_angka(total)}"


def _hasil_rpjmd(
    daerah: Daerah,
    ind: IndikatorRpjmd,
    sasaran_id: str | None,
    kontributor: list[Kontributor],
) -> HasilIndikatorRpjmd:
    bd = daerah.berkas
    p = bd.pengaturan
    target = ind.target.get(bd.tahun)
    sendiri = bd.realisasi.get(ind.id)
    if sendiri is not None and sendiri.nilai is not None:
        realisasi: Nilai | None = sendiri.nilai
        asal = "bappeda"
        penjelasan = "Realisasi dicatat Bappeda" + (f" (sumber: {sendiri.sumber})" if sendiri.sumber else "") + "."
    else:
        pasangan = [(v, k.kontribusi) for k in kontributor if (v := angka_banding(k.realisasi)) is not None]
        if pasangan and (ind.konsolidasi is not AturanKonsolidasi.TERTIMBANG or all(k for _, k in pasangan)):
            nilai, rumus = _gabung(ind.konsolidasi, pasangan)
            realisasi = Angka(nilai)
            asal = "konsolidasi"
            penjelasan = (
                f"Dihitung dari {len(pasangan)} indikator perangkat daerah, {LABEL_ATURAN[ind.konsolidasi]}: {rumus}."
            )
            kosong = len(kontributor) - len(pasangan)
            if kosong:
                penjelasan += f" {kosong} indikator perangkat daerah belum mempunyai realisasi dan tidak diikutkan."
        else:
            realisasi = None
            asal = "belum"
            penjelasan = (
                "Belum ada realisasi: Bappeda belum mencatatnya dan indikator perangkat daerah yang tertaut belum diisi."
                if kontributor
                else "Belum ada realisasi: Bappeda belum mencatatnya dan belum ada indikator perangkat daerah yang tertaut."
            )
    capaian = hitung_capaian(target, realisasi, ind.polaritas, p)
    predikat = p.skala_predikat.klasifikasi(capaian.nilai_olah) if capaian.dihitung else None
    return HasilIndikatorRpjmd(ind, sasaran_id, target, realisasi, capaian, predikat, asal, kontributor, penjelasan)


def hitung_daerah(daerah: Daerah, hasil_pd: list[HasilPengukuran] | None = None) -> HasilDaerah:
    """Consolidate the district-year. `hasil_pd` (one per agency, in order) saves recomputing the agencies."""
    bd = daerah.berkas
    rpjmd = bd.rpjmd
    hasil_pd = hasil_pd if hasil_pd is not None else [hitung(b) for b in daerah.perangkat_daerah]
    per_indikator: dict[str, list[Kontributor]] = {}
    pd_per_sasaran: dict[str, list[str]] = {}
    program_per_sasaran: dict[str, list[tuple[int, str]]] = {}  # RPJMD sasaran → (agency index, program kode)
    ringkasan = []
    urusan: dict[str, AnggaranUrusan] = {}
    for n, (b, h) in enumerate(zip(daerah.perangkat_daerah, hasil_pd, strict=True)):
        nama = b.instansi.nama
        dilayani: list[str] = []
        for sid, uraian, daftar in _tautan(b):
            for t in daftar:
                if t.sasaran not in dilayani:
                    dilayani.append(t.sasaran)
                if nama not in pd_per_sasaran.setdefault(t.sasaran, []):
                    pd_per_sasaran[t.sasaran].append(nama)
                for p in b.rkt.program:
                    if sid in p.sasaran and (n, p.kode) not in program_per_sasaran.setdefault(t.sasaran, []):
                        program_per_sasaran[t.sasaran].append((n, p.kode))
                if not t.indikator:
                    continue
                hi = _indikator_opd(b, sid, t, h)
                per_indikator.setdefault(t.indikator, []).append(
                    Kontributor(
                        nama,
                        uraian,
                        hi.indikator.nama if hi else "",
                        hi.target if hi else None,
                        hi.realisasi if hi else None,
                        hi.capaian if hi else None,
                        t.kontribusi,
                    )
                )
        ringkasan.append(RingkasanPerangkatDaerah(nama, b.instansi.jenis, h, dilayani))
        for node in h.anggaran.anak:
            kode = ".".join(node.kode.split(".")[:2])
            u = urusan.setdefault(kode, AnggaranUrusan(kode, nama_urusan(kode)))
            u.pagu += node.pagu
            u.realisasi += node.realisasi
            if nama not in u.perangkat_daerah:
                u.perangkat_daerah.append(nama)

    tujuan = [_hasil_rpjmd(daerah, i, None, per_indikator.get(i.id, [])) for t in rpjmd.tujuan for i in t.indikator]
    sasaran = []
    for s in rpjmd.sasaran:
        daftar = [_hasil_rpjmd(daerah, i, s.id, per_indikator.get(i.id, [])) for i in s.indikator]
        rata = rata_rata(nilai_untuk_rata_rata([h.capaian for h in daftar]))
        pagu = realisasi = NOL
        for n, kode in program_per_sasaran.get(s.id, []):
            node = hasil_pd[n].program(kode)
            if node is not None:
                pagu += node.pagu
                realisasi += node.realisasi
        sasaran.append(
            HasilSasaranRpjmd(
                s,
                daftar,
                rata,
                bd.pengaturan.skala_predikat.klasifikasi(rata),
                pd_per_sasaran.get(s.id, []),
                pagu,
                realisasi,
            )
        )
    semua = [h for s in sasaran for h in s.indikator]
    rata = rata_rata(nilai_untuk_rata_rata([h.capaian for h in semua]))
    sebaran = Counter(r.predikat.kode for r in ringkasan if r.predikat is not None)
    return HasilDaerah(
        daerah=daerah,
        tahun=bd.tahun,
        indikator_tujuan=tujuan,
        sasaran=sasaran,
        perangkat_daerah=ringkasan,
        anggaran_urusan=sorted(urusan.values(), key=lambda u: u.kode),
        sebaran_predikat=dict(sebaran),
        rata_rata=rata,
        predikat=bd.pengaturan.skala_predikat.klasifikasi(rata),
        pagu=sum((r.pagu for r in ringkasan), NOL),
        realisasi_anggaran=sum((r.realisasi_anggaran for r in ringkasan), NOL),
    )
