"""What the report's own tables say, recomputed once for every rule: the indicators of Tabel 3.1 with their
rows in the other tables, capaian recomputed with the engine, sasaran and overall averages under the report's
own cap rule, the predikat scale the report prints, budget totals and counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core.angka import rata_rata
from sakip.core.capaian import Capaian, Polaritas, hitung_capaian
from sakip.core.model import Berkas
from sakip.core.pengaturan import PENGATURAN_BAWAAN, Pengaturan
from sakip.core.predikat import SkalaPredikat, Tingkat, skala_dari_batas

from .cetak import (
    BarisEfisiensi,
    BarisIkhtisar,
    BarisIku,
    BarisIndikator,
    BarisRenstra,
    BarisRkt,
    LaporanTercetak,
    NodeCetak,
    PohonCetak,
)
from .teks import mirip, normal


@dataclass(slots=True)
class IndikatorLaporan:
    urutan: int  # 1-based, the order of Tabel 3.1
    sasaran: int  # 1-based sasaran number
    nama: str
    utama: BarisIndikator  # the row of Tabel 3.1 (or of the PK when there is no 3.1)
    polaritas: Polaritas = Polaritas.POSITIF
    polaritas_disimpulkan: bool = False  # read from the printed capaian, not stated anywhere
    capaian: Capaian | None = None  # recomputed from the printed target and realisasi
    olah: Decimal | None = None  # with the report's cap and floor
    predikat: Tingkat | None = None
    baris: dict[str, BarisIndikator] = field(default_factory=dict)  # "3.2", "3.3", "3.4", "PK BAB II", ...
    ikhtisar: BarisIkhtisar | None = None
    renstra: BarisRenstra | None = None
    rkt: BarisRkt | None = None
    iku: list[BarisIku] = field(default_factory=list)

    @property
    def target(self) -> Decimal | None:
        return self.utama.target.angka

    @property
    def realisasi(self) -> Decimal | None:
        return self.utama.realisasi.angka

    @property
    def mentah(self) -> Decimal | None:
        return self.capaian.nilai if self.capaian is not None and self.capaian.dihitung else None


@dataclass(slots=True)
class SasaranLaporan:
    no: int
    uraian: str
    indikator: list[IndikatorLaporan] = field(default_factory=list)
    rata_mentah: Decimal | None = None
    rata_olah: Decimal | None = None
    predikat: Tingkat | None = None
    efisiensi: BarisEfisiensi | None = None
    pohon: PohonCetak | None = None  # its part of Tabel 3.6


@dataclass
class Konteks:
    lap: LaporanTercetak
    pengaturan: Pengaturan
    skala: SkalaPredikat
    batas_atas: Decimal | None  # the cap in force (stated by the report, or the district setting with a berkas)
    batas_pasti: bool  # False: the report states no cap and no berkas says: averages with or without are accepted
    tahun: int | None
    berkas: Berkas | None = None
    indikator: list[IndikatorLaporan] = field(default_factory=list)
    sasaran: list[SasaranLaporan] = field(default_factory=list)
    rata_mentah: Decimal | None = None
    rata_olah: Decimal | None = None
    predikat: Tingkat | None = None
    sebaran: Counter = field(default_factory=Counter)
    kata_predikat: list[tuple[str, str]] = field(default_factory=list)  # (phrase, level code), longest first

    def olah(self, nilai: Decimal | None) -> Decimal | None:
        if nilai is None:
            return None
        if self.batas_atas is not None and nilai > self.batas_atas:
            nilai = self.batas_atas
        return max(nilai, Decimal(0))

    def klasifikasi(self, nilai: Decimal | None) -> Tingkat | None:
        return self.skala.klasifikasi(self.olah(nilai))

    def sasaran_no(self, no: int | None) -> SasaranLaporan | None:
        if no is None:
            return None
        for s in self.sasaran:
            if s.no == no:
                return s
        return None

    def pohon_anggaran(self) -> PohonCetak | None:
        return self.lap.anggaran

    def pohon_utama(self) -> PohonCetak | None:
        """The budget tree to count and total from: Tabel 3.8, else the parts of Tabel 3.6 together."""
        if self.lap.anggaran is not None and self.lap.anggaran.program:
            return self.lap.anggaran
        if self.lap.program_kegiatan:
            gabung = PohonCetak(nomor="3.6", lokasi="Tabel 3.6")
            for p in self.lap.program_kegiatan:
                gabung.program += p.program
            return gabung
        return None

    def level(self, kode: str) -> Tingkat | None:
        return self.skala.cari(kode)

    def posisi(self, lokasi: str) -> int:
        """Where in the document a finding's location is (for ordering findings as the report reads)."""
        if not hasattr(self, "_posisi"):
            peta: dict[str, int] = {}
            for p in self.lap.paragraf:
                peta.setdefault(p.lokasi, p.nomor)
                peta.setdefault(p.bab, p.nomor)
            for t in self.lap.tabel:
                peta.setdefault(t.nama, t.blok)
            object.__setattr__(self, "_posisi", peta)
        peta = self._posisi  # type: ignore[attr-defined]
        if lokasi in peta:
            return peta[lokasi]
        return peta.get(lokasi.split(",")[0], 10**9 if lokasi != "laporan" else -1)


def _skala(lap: LaporanTercetak, p: Pengaturan) -> SkalaPredikat:
    if len(lap.skala) < 3:
        return p.skala_predikat
    baris = sorted(lap.skala, key=lambda t: t.bawah, reverse=True)
    bawaan = p.skala_predikat
    # The printed ranges touch at their ends ("90 – 100", "80 – 90"); which side owns a shared bound is the
    # district's setting (lower-exclusive for the AA–D scale), the bounds themselves are the report's.
    inklusif = bool(bawaan.tingkat) and bawaan.tingkat[0].bawah_inklusif
    return skala_dari_batas(
        "laporan",
        "Skala predikat yang tercetak dalam laporan",
        [(t.kode, t.interpretasi, t.bawah, "#777777") for t in baris],
        bawah_inklusif=inklusif,
        sumber=lap.sumber,
    )


def _kata(skala: SkalaPredikat) -> list[tuple[str, str]]:
    hasil: list[tuple[str, str]] = []
    for t in skala.tingkat:
        teks = t.interpretasi.lower()
        hasil.append((normal(teks), t.kode))
        inti = normal(teks.split("(")[0])
        if inti and inti != normal(teks):
            hasil.append((inti, t.kode))
    return sorted(set(hasil), key=lambda x: -len(x[0]))


def cocokkan_nama(nama: str, calon: list[str], ambang: float = 0.6) -> int | None:
    """Index of the best-matching name, or None."""
    terbaik, skor = None, ambang
    for i, c in enumerate(calon):
        s = mirip(nama, c, ambang)
        if s > skor:
            terbaik, skor = i, s
    return terbaik


def _pasangkan(daftar: list[IndikatorLaporan], baris: list, nama_baris) -> dict[int, object]:
    """Rows of another table matched to the indicators: by name, or by order when counts agree."""
    hasil: dict[int, object] = {}
    nama = [nama_baris(b) for b in baris]
    dipakai: set[int] = set()
    for ind in daftar:
        j = cocokkan_nama(ind.nama, nama)
        if j is not None and j not in dipakai:
            hasil[ind.urutan] = baris[j]
            dipakai.add(j)
    if len(hasil) < len(daftar) and len(baris) == len(daftar):
        for i, ind in enumerate(daftar):
            if ind.urutan not in hasil and i not in dipakai:
                hasil[ind.urutan] = baris[i]
    return hasil


def bangun_konteks(lap: LaporanTercetak, berkas: Berkas | None = None, pengaturan: Pengaturan | None = None) -> Konteks:
    p = pengaturan or (berkas.pengaturan if berkas is not None else PENGATURAN_BAWAAN)
    if lap.batas_atas is not None:
        batas, pasti = lap.batas_atas, True
    elif berkas is not None or pengaturan is not None:
        batas, pasti = p.batas_atas, True
    else:
        batas, pasti = p.batas_atas, False
    skala = _skala(lap, p)
    k = Konteks(
        lap=lap,
        pengaturan=p,
        skala=skala,
        batas_atas=batas,
        batas_pasti=pasti,
        tahun=lap.tahun or (berkas.tahun if berkas else None),
        berkas=berkas,
        kata_predikat=_kata(skala),
    )
    utama = lap.pengukuran or next((pk.sasaran for pk in reversed(lap.pk) if pk.sasaran), [])
    nomor_sasaran = 0
    sasaran_kini = None
    for i, b in enumerate(utama, 1):
        kunci = normal(b.sasaran)
        if kunci != sasaran_kini or not kunci:
            nomor_sasaran += 1
            sasaran_kini = kunci
            k.sasaran.append(SasaranLaporan(nomor_sasaran, b.sasaran))
        ind = IndikatorLaporan(i, nomor_sasaran, b.indikator, b)
        ind.polaritas = _polaritas(berkas, b.indikator)
        if b.target.nilai is not None and b.realisasi.nilai is not None:
            if berkas is None:
                ind.polaritas = _polaritas_tercetak(b, p)
                ind.polaritas_disimpulkan = ind.polaritas is not Polaritas.POSITIF
            ind.capaian = hitung_capaian(b.target.nilai, b.realisasi.nilai, ind.polaritas, p)
            ind.olah = k.olah(ind.mentah)
            ind.predikat = skala.klasifikasi(ind.olah) if ind.olah is not None else None
        k.indikator.append(ind)
        k.sasaran[-1].indikator.append(ind)

    for kode, daftar in (("3.2", lap.perbandingan), ("3.3", lap.renstra_akhir), ("3.4", lap.nasional)):
        for urutan, b in _pasangkan(k.indikator, daftar, lambda x: x.indikator).items():
            k.indikator[urutan - 1].baris[kode] = b
    for pk in lap.pk:
        if pk.sasaran is utama:
            continue
        for urutan, b in _pasangkan(k.indikator, pk.sasaran, lambda x: x.indikator).items():
            k.indikator[urutan - 1].baris[f"PK {pk.lokasi}"] = b
    ikh = [b for b in lap.ikhtisar if b.jenis == "indikator"]
    for urutan, b in _pasangkan(k.indikator, ikh, lambda x: x.teks).items():
        k.indikator[urutan - 1].ikhtisar = b
    renstra = _renstra_berlaku(lap.renstra)
    for urutan, b in _pasangkan(k.indikator, renstra, lambda x: x.indikator).items():
        k.indikator[urutan - 1].renstra = b
    rkt = [b for b in lap.rkt if b.tingkat == "sasaran"]
    for urutan, b in _pasangkan(k.indikator, rkt, lambda x: x.indikator).items():
        k.indikator[urutan - 1].rkt = b
    for b in lap.iku:
        j = cocokkan_nama(b.indikator, [x.nama for x in k.indikator]) if b.indikator else None
        if j is not None:
            k.indikator[j].iku.append(b)

    for s in k.sasaran:
        mentah = [x.mentah for x in s.indikator if x.mentah is not None]
        s.rata_mentah = rata_rata(mentah)
        s.rata_olah = rata_rata([k.olah(x) for x in mentah])  # type: ignore[misc]
        s.predikat = skala.klasifikasi(s.rata_olah) if s.rata_olah is not None else None
    for b in lap.efisiensi:
        j = cocokkan_nama(b.sasaran, [s.uraian for s in k.sasaran], 0.5)
        if j is None and b.urutan <= len(k.sasaran):
            j = b.urutan - 1
        if j is not None:
            k.sasaran[j].efisiensi = b
    for pohon in lap.program_kegiatan:
        s = k.sasaran_no(pohon.sasaran)
        if s is not None:
            s.pohon = pohon
    semua_mentah = [x.mentah for x in k.indikator if x.mentah is not None]
    k.rata_mentah = rata_rata(semua_mentah)
    k.rata_olah = rata_rata([k.olah(x) for x in semua_mentah])  # type: ignore[misc]
    k.predikat = skala.klasifikasi(k.rata_olah) if k.rata_olah is not None else None
    k.sebaran = Counter(x.predikat.kode for x in k.indikator if x.predikat is not None)
    return k


def _renstra_berlaku(baris: list[BarisRenstra]) -> list[BarisRenstra]:
    """The Renstra rows in force: without "sebelum perubahan", the last table's rows first (the lampiran)."""
    berlaku = [b for b in baris if b.versi != "sebelum"]
    return list(reversed(berlaku))


def _polaritas_tercetak(b: BarisIndikator, p: Pengaturan) -> Polaritas:
    """A printed report does not state polarity; its capaian column shows it. An indicator whose printed capaian
    matches only the negative formula is read as negative (ARIT-POLARITAS notes it)."""
    from .cocok import Cocok, cocok_cetak

    if b.capaian.angka is None:
        return Polaritas.POSITIF
    hasil = {}
    for pol in (Polaritas.POSITIF, Polaritas.NEGATIF):
        c = hitung_capaian(b.target.nilai, b.realisasi.nilai, pol, p)
        ok = False
        if c.dihitung and c.nilai is not None:
            ok = cocok_cetak(b.capaian, c.nilai) in (Cocok.SAMA, Cocok.TERPOTONG) or (
                c.nilai_olah is not None and cocok_cetak(b.capaian, c.nilai_olah) is Cocok.SAMA
            )
        hasil[pol] = ok
    return Polaritas.NEGATIF if hasil[Polaritas.NEGATIF] and not hasil[Polaritas.POSITIF] else Polaritas.POSITIF


def _polaritas(berkas: Berkas | None, nama: str) -> Polaritas:
    if berkas is None:
        return Polaritas.POSITIF
    daftar = berkas.renstra.semua_indikator()
    j = cocokkan_nama(nama, [i.nama for i in daftar], 0.7)
    if j is None or daftar[j].polaritas is None:
        return Polaritas.POSITIF
    return daftar[j].polaritas


def jumlah_pohon(pohon: PohonCetak) -> tuple[int, int, int, bool]:
    """(programs, kegiatan, sub kegiatan, whether any undetailed part exists)."""
    keg = sub = 0
    tidak_dirinci = False
    for prog in pohon.program:
        for n in prog.anak:
            if n.tingkat == "kegiatan":
                keg += 1
                for s in n.anak:
                    if s.tingkat == "sub_kegiatan":
                        sub += 1
                    elif s.tingkat == "tidak_dirinci":
                        tidak_dirinci = True
            elif n.tingkat == "tidak_dirinci":
                tidak_dirinci = True
    return len(pohon.program), keg, sub, tidak_dirinci


def total_pohon(pohon: PohonCetak) -> tuple[Decimal | None, Decimal | None]:
    """The total row if printed, else the sum of the program rows."""
    if pohon.jumlah is not None and pohon.jumlah.pagu.angka is not None:
        return pohon.jumlah.pagu.angka, pohon.jumlah.realisasi.angka
    pagu = [n.pagu.angka for n in pohon.program]
    real = [n.realisasi.angka for n in pohon.program]
    if not pagu or any(x is None for x in pagu):
        return None, None
    return sum(pagu, Decimal(0)), (None if any(x is None for x in real) else sum(real, Decimal(0)))  # type: ignore[arg-type]


def semua_node(lap: LaporanTercetak) -> list[tuple[PohonCetak, NodeCetak]]:
    hasil = []
    for pohon in [*lap.program_kegiatan, *([lap.anggaran] if lap.anggaran else [])]:
        for n in pohon.semua():
            hasil.append((pohon, n))
    return hasil
