"""The text against the tables: what a sentence claims, read with narrow patterns, checked against the figures
the report's own tables give (recomputed in `Konteks`).

Patterns are deliberately narrow: a claim is only read where the wording leaves no doubt what it is about
(a predikat word after "kategori", "predikat", "tergolong"; a count before "program", "kegiatan"; "sama
dengan tahun sebelumnya" inside a sasaran's section). Sentences that do not fit are not guessed at.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import date
from decimal import Decimal

from sakip.core.angka import persen, rata_rata
from sakip.core.capaian import hitung_capaian
from sakip.core.efisiensi import TIDAK_EFISIEN, nilai_efisiensi
from sakip.core.tanggal import cari_tanggal, format_tanggal
from sakip.core.terbilang import terbilang

from .aturan_tabel import pembulatan, periksa_rata
from .cetak import Paragraf
from .cocok import Cocok, NilaiCetak, cocokkan, teks_angka, teks_bilangan, teks_persen, teks_rupiah
from .katalog import temuan
from .konteks import Konteks, SasaranLaporan, jumlah_pohon, total_pohon
from .teks import (
    ANGKA_TEKS,
    PERSEN_TEKS,
    RUPIAH_TEKS,
    angka,
    jumlah_desimal,
    kalimat,
    kata_bilangan,
    mirip,
    nama_inti,
    normal,
)
from .temuan import Temuan

SUMBER = "laporan"


def _t(kode: str, lokasi: str, pesan: str, **kw) -> Temuan:
    return temuan(kode, lokasi, pesan, sumber=SUMBER, **kw)


def _kutip(teks: str, n: int = 90) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def _persen_di(teks: str) -> list[tuple[NilaiCetak, int, int]]:
    hasil = []
    for m in PERSEN_TEKS.finditer(teks):
        nilai = angka(m.group(1))
        if nilai is not None:
            hasil.append((NilaiCetak(m.group(0), nilai, jumlah_desimal(m.group(1)), "%"), m.start(), m.end()))
    return hasil


def _rupiah_di(teks: str) -> list[tuple[Decimal, int, int]]:
    hasil = []
    for m in RUPIAH_TEKS.finditer(teks):
        nilai = angka(m.group(1))
        if nilai is not None:
            hasil.append((nilai, m.start(), m.end()))
    return hasil


class _Prosa:
    def __init__(self, k: Konteks):
        self.k = k
        self.hasil: list[Temuan] = []
        self.pola_predikat = [
            (
                re.compile(
                    r"\W+".join(re.escape(w) for w in frasa.split()) + r"\b(?!\s+(?:optimal|maksimal|dari|daripada)\b)",
                    re.I,
                ),
                kode,
            )
            for frasa, kode in k.kata_predikat
        ]
        pohon = k.pohon_utama()
        self.pagu, self.realisasi = total_pohon(pohon) if pohon else (None, None)
        self.serapan = persen(self.realisasi, self.pagu) if self.pagu and self.realisasi is not None else None

    # --- helpers ---------------------------------------------------------------------------------------------

    def tambah(self, t: Temuan) -> None:
        self.hasil.append(t)

    def sasaran(self, p: Paragraf) -> SasaranLaporan | None:
        return self.k.sasaran_no(p.sasaran)

    def predikat_di(self, teks: str) -> tuple[str | None, str | None, int]:
        """At the start of `teks`: (letter code, code of the words, end) of a predikat, if one is written there."""
        pos = 0
        huruf = None
        m = re.match(r"\s*(AA|BB|CC|A|B|C|D)\b\s*", teks)
        if m:
            huruf, pos = m.group(1), m.end()
        sisa = teks[pos:]
        spasi = len(sisa) - len(sisa.lstrip())
        for pola, kode in self.pola_predikat:
            mm = pola.match(sisa.lstrip())
            if mm:
                return huruf, kode, pos + spasi + mm.end()
        return huruf, None, pos

    # --- the pass -------------------------------------------------------------------------------------------

    def jalankan(self) -> list[Temuan]:
        par = self.k.lap.paragraf
        for i, p in enumerate(par):
            if p.bab == "DAFTAR ISI" or (p.judul and len(p.teks) < 60):
                continue
            for kal in kalimat(p.teks):
                self.predikat(p, kal)
                self.target(p, kal)
                self.tahun_lalu(p, kal)
                self.efisiensi(p, kal)
                self.jumlah(p, kal)
                self.angka_capaian(p, kal)
                self.persen_rupiah(p, kal)
                self.anggaran(p, kal)
                self.tahun_anggaran(p, kal)
                self.seluruh(i, p, kal)
                self.isian(p, kal)
                self.terbilang(p, kal)
                self.pangkat(p, kal)
            self.output(i, p)
            self.selisih(p)
            self.penduduk(p)
        self.daftar()
        self.komposisi()
        self.tanggal()
        self.nomor()
        self.rujukan()
        self.diktum()
        return self.hasil

    # --- predikat words ------------------------------------------------------------------------------------

    _KUAT = re.compile(
        r"\b(?:masuk\s+(?:dalam\s+)?kategori|dalam\s+kategori|kategori|berpredikat|predikat|tergolong|dikategorikan"
        r"|mendapat(?:kan)?\s+(?:predikat\s+)?nilai)\s+(?:nilai\s+)?",
        re.I,
    )
    _LEMAH = re.compile(r"\bcapaian(?:\s+kinerja)?(?:\s+sasaran)?(?:\s+yang)?\s+", re.I)
    _SEBARAN = re.compile(
        r"(\d+)\s*(?:\(\s*[A-Za-z ]+\s*\))?\s+indikator\b[^,.;:\d]{0,80}?\b(?:kategori|(?:ber)?predikat|tergolong)\s+(?:nilai\s+)?",
        re.I,
    )

    def _indikator_tepat_sebelum(self, kal: str, posisi: int):
        """The indicator named right before a claim ("… permohonan informasi (Sasaran 1) berpredikat AA")."""
        depan = normal(kal[:posisi])
        depan = re.sub(r"(?:\s+sasaran\s+\d+)?\s*$", "", depan)
        calon = [
            ind
            for s in self.k.sasaran
            for ind in s.indikator
            if normal(ind.nama) and (depan == normal(ind.nama) or depan.endswith(" " + normal(ind.nama)))
        ]
        return max(calon, key=lambda x: len(x.nama)) if calon else None

    def _harapan(self, p: Paragraf, kal: str, posisi: int | None = None):
        """What a predikat claim in this sentence is about, and the predikat the tables give it."""
        if posisi is not None:
            ind = self._indikator_tepat_sebelum(kal, posisi)
            if ind is not None and ind.predikat is not None:
                return ind.predikat, f"{ind.nama} (capaian {teks_persen(ind.olah)})", f"indikator|{normal(ind.nama)}"
        s = self.sasaran(p)
        if s is not None and len(s.indikator) > 1:
            ind = self._indikator_disebut(s, kal) or self._indikator_disebut(s, p.teks)
            if ind is not None and ind.predikat is not None:
                return ind.predikat, f"{ind.nama} (capaian {teks_persen(ind.olah)})", f"indikator|{normal(ind.nama)}"
        if s is not None and s.predikat is not None:
            return s.predikat, f"sasaran {s.no} (rata-rata capaian {teks_persen(s.rata_olah)})", f"sasaran|{s.no}"
        if s is None and re.search(
            r"\brata|secara\s+umum|keseluruhan|sasaran-sasaran|kinerja\s+\w+\s+\w+\s+(?:dalam|masuk)",
            self._tanpa_nama_indikator(kal),
            re.I,
        ):
            if self.k.predikat is not None:
                return self.k.predikat, f"rata-rata seluruh indikator {teks_persen(self.k.rata_olah)}", "semua"
        return None

    def _tanpa_nama_indikator(self, kal: str) -> str:
        """The sentence with indicator names blanked: "Rata-rata waktu penyelesaian …" names an indicator, it does
        not speak of an average."""
        hasil = kal
        for s in self.k.sasaran:
            for ind in s.indikator:
                if ind.nama:
                    hasil = re.sub(re.escape(ind.nama), " ", hasil, flags=re.I)
        return hasil

    def predikat(self, p: Paragraf, kal: str) -> None:
        k = self.k
        terpakai: list[tuple[int, int]] = []
        klaim_sebaran: Counter = Counter()
        for m in self._SEBARAN.finditer(kal):
            huruf, kode, akhir = self.predikat_di(kal[m.end() :])
            kode = kode or huruf
            if kode:
                klaim_sebaran[kode] += int(m.group(1))
                terpakai.append((m.start(), m.end() + akhir))
        if klaim_sebaran and k.sebaran:
            if any(klaim_sebaran[x] != k.sebaran.get(x, 0) for x in klaim_sebaran) or (
                sum(klaim_sebaran.values()) == sum(k.sebaran.values()) and klaim_sebaran != k.sebaran
            ):
                self.tambah(
                    _t(
                        "PROSA-SEBARAN",
                        p.lokasi,
                        f"Uraian menyebut {self._teks_sebaran(klaim_sebaran)}, padahal menurut capaian di tabel "
                        f"{self._teks_sebaran(k.sebaran)}.",
                        tercetak=self._teks_sebaran(klaim_sebaran),
                        seharusnya=self._teks_sebaran(k.sebaran),
                        subjek=f"sebaran|{normal(kal)[:60]}",
                    )
                )
        for pola, kode_aturan in ((self._KUAT, "PROSA-PREDIKAT"), (self._LEMAH, "PROSA-PREDIKAT-KATA")):
            for m in pola.finditer(kal):
                if any(a <= m.start() < b for a, b in terpakai):
                    continue
                huruf, kode, akhir = self.predikat_di(kal[m.end() :])
                if kode_aturan == "PROSA-PREDIKAT-KATA":
                    huruf = None
                    if not PERSEN_TEKS.search(kal):
                        continue
                if not kode and not huruf:
                    continue
                terpakai.append((m.start(), m.end() + akhir))
                tulisan = kal[m.end() : m.end() + akhir].strip(" ,.")
                if huruf and kode and huruf != kode:
                    self.tambah(
                        _t(
                            "PROSA-PREDIKAT",
                            p.lokasi,
                            f"Predikat '{tulisan}' bertentangan dengan dirinya sendiri: kode {huruf} adalah "
                            f"'{k.level(huruf).interpretasi if k.level(huruf) else huruf}', bukan '{k.level(kode).interpretasi}'.",  # type: ignore[union-attr]
                            tercetak=tulisan,
                            seharusnya=f"{huruf} {k.level(huruf).interpretasi}" if k.level(huruf) else huruf,  # type: ignore[union-attr]
                            subjek=f"predikat-ganda|{normal(tulisan)}|{p.sasaran}",
                        )
                    )
                    continue
                diklaim = kode or huruf
                harapan = self._harapan(p, kal, m.start())
                if harapan is None:
                    nilai = [n for n, a, _ in _persen_di(kal) if a >= m.start() - 60]
                    if not nilai or kode_aturan == "PROSA-PREDIKAT-KATA":
                        continue
                    tingkat = k.klasifikasi(nilai[0].angka)
                    if tingkat is None:
                        continue
                    harapan = (tingkat, f"capaian {nilai[0].teks}", f"nilai|{nilai[0].teks}")
                tingkat, apa, subjek = harapan
                if diklaim == tingkat.kode:
                    continue
                level = k.level(diklaim)  # type: ignore[arg-type]
                nama_klaim = f"{diklaim} ({level.interpretasi})" if level else diklaim
                self.tambah(
                    _t(
                        kode_aturan,
                        p.lokasi,
                        f"Uraian menyebut '{tulisan}' ({nama_klaim}) untuk {apa}, padahal pada skala predikat "
                        f"laporan nilai itu termasuk {tingkat.kode} ({tingkat.interpretasi}, {tingkat.rentang_teks()})."
                        + (
                            " Kata ini adalah sebutan predikat lain pada skala laporan."
                            if kode_aturan == "PROSA-PREDIKAT-KATA"
                            else ""
                        ),
                        tercetak=tulisan,
                        seharusnya=f"{tingkat.kode} {tingkat.interpretasi}",
                        subjek=f"predikat|{subjek}|{normal(tulisan)}|{p.bab}",
                    )
                )

    def _teks_sebaran(self, c: Counter) -> str:
        bagian = []
        for t in self.k.skala.tingkat:
            if c.get(t.kode):
                bagian.append(f"{c[t.kode]} indikator {t.interpretasi} ({t.kode})")
        return ", ".join(bagian) or "-"

    # --- target claims ---------------------------------------------------------------------------------------

    _TARGET_JUMLAH = re.compile(
        r"(\d+)\s*(?:\(\s*[A-Za-z ]+\s*\))?\s+indikator\b[^,.;\d]{0,60}?\b(di\s*atas|melebihi|melampaui|mencapai|memenuhi"
        r"|di\s*bawah|tidak\s+mencapai|belum\s+mencapai)\s+(?:dari\s+)?target",
        re.I,
    )
    _TARGET = re.compile(
        r"\b(melebihi|di\s*atas|diatas|melampaui|di\s*bawah|dibawah|tidak\s+mencapai|belum\s+mencapai|sesuai(?:\s+dengan)?"
        r"|lebih\s+tinggi\s+dari(?:\s+yang\s+ditetapkan)?|lebih\s+rendah\s+dari(?:\s+yang\s+ditetapkan)?)\s+"
        r"(?:dari\s+)?(target|yang\s+ditetapkan|dalam\s+rencana)",
        re.I,
    )

    @staticmethod
    def _arah(kata: str) -> str:
        t = normal(kata)
        if t.startswith(("melebihi", "di atas", "diatas", "melampaui", "lebih tinggi")):
            return "atas"
        if t.startswith(("di bawah", "dibawah", "tidak", "belum", "lebih rendah")):
            return "bawah"
        if t.startswith(("mencapai", "memenuhi")):
            return "capai"
        return "sama"

    def target(self, p: Paragraf, kal: str) -> None:
        k = self.k
        m = self._TARGET_JUMLAH.search(kal)
        if m and p.sasaran is None and k.indikator:
            n, arah = int(m.group(1)), self._arah(m.group(2))
            dinilai = [x for x in k.indikator if x.mentah is not None]
            sesuai = {
                "atas": [x for x in dinilai if x.mentah > 100],  # type: ignore[operator]
                "capai": [x for x in dinilai if x.mentah >= 100],  # type: ignore[operator]
                "bawah": [x for x in dinilai if x.mentah < 100],  # type: ignore[operator]
            }.get(arah, [])
            if len(sesuai) != n and len(dinilai) == len(k.indikator):
                kata = {"atas": "di atas target", "capai": "mencapai target", "bawah": "di bawah target"}[arah]
                rinci = "; ".join(f"{x.nama} {teks_persen(x.mentah)}" for x in dinilai)
                self.tambah(
                    _t(
                        "PROSA-TARGET",
                        p.lokasi,
                        f"Uraian menyebut {n} indikator {kata}, padahal hanya {len(sesuai)} dari {len(dinilai)} "
                        f"indikator yang {kata} ({rinci}).",
                        tercetak=f"{n} indikator {kata}",
                        seharusnya=f"{len(sesuai)} indikator {kata}",
                        subjek=f"target-jumlah|{arah}",
                    )
                )
            return
        s = self.sasaran(p)
        if s is None or len(s.indikator) != 1:
            return
        ind = s.indikator[0]
        for m in self._TARGET.finditer(kal):
            if re.search(r"\b(anggaran|serapan|penyerapan|output)\b", kal[max(0, m.start() - 80) : m.start()], re.I):
                continue
            arah = self._arah(m.group(1))
            renstra = bool(re.search(r"rencana\s+strategis|renstra", kal, re.I))
            if renstra and ind.renstra is not None and k.tahun:
                banding = [
                    ("target Renstra " + str(th), ind.renstra.target[th].angka)
                    for th in (k.tahun, max(ind.renstra.target))
                    if th in ind.renstra.target and ind.renstra.target[th].angka is not None
                ]
            else:
                banding = [("target", ind.target)] if ind.target is not None else []
            r = ind.realisasi
            if r is None or not banding:
                continue
            benar = []
            for _, t in banding:
                benar.append(
                    {"atas": r > t, "bawah": r < t, "capai": r >= t, "sama": r == t}[arah]  # type: ignore[operator]
                )
            if any(benar):
                continue
            nyata = "; ".join(f"{nama} {teks_bilangan(t)}" for nama, t in banding)
            kata = m.group(0).strip()
            self.tambah(
                _t(
                    "PROSA-TARGET",
                    p.lokasi,
                    f"Uraian menyatakan realisasi '{kata}', padahal realisasi {ind.nama} {ind.utama.realisasi.teks} "
                    f"dibanding {nyata}.",
                    tercetak=kata,
                    seharusnya=self._kata_arah(r, banding[0][1]),  # type: ignore[arg-type]
                    subjek=f"target|{s.no}|{arah}|{int(renstra)}",
                )
            )

    @staticmethod
    def _kata_arah(r: Decimal, t: Decimal) -> str:
        return "di atas target" if r > t else "di bawah target" if r < t else "sama dengan target"

    # --- previous year ---------------------------------------------------------------------------------------

    _LALU = re.compile(
        r"\b(sama\s+dengan|lebih\s+(?:rendah|tinggi|baik|buruk)\s+(?:dari|daripada|dibanding(?:kan)?)|"
        r"(?:meningkat|menurun|naik|turun)\s+dibanding(?:kan)?|mengalami\s+(?:peningkatan|penurunan)\s+dibanding(?:kan)?)"
        r"\s+(?:dengan\s+)?(?:capaian\s+|realisasi\s+)?(?:pada\s+)?tahun\s+(sebelumnya|lalu|\d{4})",
        re.I,
    )

    def tahun_lalu(self, p: Paragraf, kal: str) -> None:
        k = self.k
        s = self.sasaran(p)
        m = self._LALU.search(kal)
        if m is None or s is None or len(s.indikator) != 1 or k.tahun is None:
            return
        if re.search(r"\b(anggaran|serapan|penyerapan)\b", kal, re.I):
            return
        ind = s.indikator[0]
        b2 = ind.baris.get("3.2")
        th = k.tahun - 1 if not m.group(2).isdigit() else int(m.group(2))
        if b2 is None or th not in b2.realisasi_tahun or b2.realisasi_tahun[th].angka is None or ind.realisasi is None:
            return
        lalu = b2.realisasi_tahun[th].angka
        ini = ind.realisasi
        apa = "realisasi"
        persen_kal = [n.angka for n, _, _ in _persen_di(kal)]
        if ind.mentah is not None and any(
            x is not None and cocokkan(x, 2, ind.mentah) is not Cocok.BEDA for x in persen_kal
        ):
            t_lalu = b2.target_tahun.get(th)
            if t_lalu is not None and t_lalu.nilai is not None:
                c = hitung_capaian(t_lalu.nilai, b2.realisasi_tahun[th].nilai, ind.polaritas, k.pengaturan)
                if c.dihitung and c.nilai is not None:
                    lalu, ini, apa = c.nilai, ind.mentah, "capaian"
        kata = normal(m.group(1))
        if kata.startswith("sama"):
            benar, nyata = ini == lalu, "sama dengan"
        elif any(x in kata for x in ("rendah", "buruk", "menurun", "turun", "penurunan")):
            benar, nyata = ini < lalu, "lebih rendah dari"
        else:
            benar, nyata = ini > lalu, "lebih tinggi dari"
        if benar:
            return
        arah = "sama dengan" if ini == lalu else "lebih tinggi dari" if ini > lalu else "lebih rendah dari"
        self.tambah(
            _t(
                "PROSA-TAHUN-LALU",
                p.lokasi,
                f"Uraian menyatakan {apa} {k.tahun} '{m.group(0).strip()}', padahal {apa} {k.tahun} "
                f"{teks_bilangan(ini)} {arah} {apa} {th} {teks_bilangan(lalu)} (Tabel 3.2).",
                tercetak=m.group(0).strip(),
                seharusnya=f"{arah} tahun {th}",
                subjek=f"tahun-lalu|{s.no}|{nyata}",
            )
        )

    # --- efficiency conclusions ------------------------------------------------------------------------------

    def efisiensi(self, p: Paragraf, kal: str) -> None:
        k = self.k
        if not k.lap.efisiensi or re.search(r"\(\s*\\?\*|ada\s*/\s*tidak\s+ada", kal, re.I):
            return
        tidak = re.search(
            r"\btidak\s+(?:ada|terdapat)\s+efisiensi\b|\bseluruh(?:nya)?\s+(?:sasaran\s+)?tidak\s+efisien\b", kal, re.I
        )
        semua = re.search(r"\b(?:seluruh|semua)\s+sasaran\s+(?:\w+\s+){0,3}efisien\b", kal, re.I)
        if not (tidak or semua) or p.sasaran is not None:
            return
        kelas = []
        for b in k.lap.efisiensi:
            if b.capaian.angka is not None and b.serapan.angka is not None:
                e = nilai_efisiensi(b.capaian.angka, b.serapan.angka, k.pengaturan.efisiensi)
                kelas.append(e.kelas or b.kelas)
            else:
                kelas.append(b.kelas)
        efisien = [x for x in kelas if x and normal(x) != normal(TIDAK_EFISIEN)]
        if tidak and efisien:
            self.tambah(
                _t(
                    "PROSA-EFISIENSI",
                    p.lokasi,
                    f"Uraian menyimpulkan '{tidak.group(0)}', padahal Tabel 3.7 menilai {len(efisien)} dari "
                    f"{len(kelas)} sasaran efisien (capaian kinerja lebih besar dari serapan anggaran).",
                    tercetak=tidak.group(0),
                    seharusnya=f"{len(efisien)} dari {len(kelas)} sasaran efisien",
                    subjek="efisiensi|tidak-ada",
                )
            )
        elif semua and not tidak and len(efisien) != len(kelas):
            self.tambah(
                _t(
                    "PROSA-EFISIENSI",
                    p.lokasi,
                    f"Uraian menyimpulkan '{semua.group(0)}', padahal Tabel 3.7 menilai {len(kelas) - len(efisien)} "
                    f"dari {len(kelas)} sasaran tidak efisien.",
                    tercetak=semua.group(0),
                    seharusnya=f"{len(efisien)} dari {len(kelas)} sasaran efisien",
                    subjek="efisiensi|semua",
                )
            )

    # --- counts ----------------------------------------------------------------------------------------------

    _BILANGAN = re.compile(r"(?<![\d.,/])(\d+)\s*\(\s*([A-Za-z ]+?)\s*\)")
    _HITUNG_ANGGARAN = re.compile(
        r"(?<![\d.,/])(\d+)\s*(?:\(\s*[A-Za-z ]+\s*\))?\s*(sub\s+kegiatan|kegiatan|program)\b", re.I
    )
    _HITUNG_RENSTRA = re.compile(
        r"(\d+)\s*(?:\(\s*[A-Za-z ]+\s*\))?\s*(tujuan|sasaran(?:\s+strategis)?|ind[io]kator\s+sasaran)\b", re.I
    )
    _HITUNG_PEGAWAI = re.compile(
        r"(\d+)\s*(?:\(\s*[A-Za-z ]+\s*\))?\s*(pejabat\s+struktural|(?:pegawai\s+|pejabat\s+)?pelaksana|non\s*-?\s*asn|asn|pns\s+bko)\b",
        re.I,
    )

    def jumlah(self, p: Paragraf, kal: str) -> None:
        k = self.k
        for m in self._BILANGAN.finditer(kal):
            kata = kata_bilangan(m.group(2))
            if kata is not None and kata != int(m.group(1)):
                self.tambah(
                    _t(
                        "PROSA-JUMLAH",
                        p.lokasi,
                        f"Angka {m.group(1)} ditulis dengan huruf '{m.group(2)}' ({kata}).",
                        tercetak=m.group(0),
                        seharusnya=f"{m.group(1)} atau {kata}, bukan keduanya",
                        subjek=f"terbilang-jumlah|{m.group(0)}",
                    )
                )
        # programs, kegiatan, sub kegiatan
        temu = _pertama(
            [(int(m.group(1)), normal(m.group(2)), m.group(0)) for m in self._HITUNG_ANGGARAN.finditer(kal)]
        )
        jenis = {j for _, j, _ in temu}
        pohon = k.pohon_utama()
        if pohon is not None and temu and (len(jenis) >= 2 or "program" in jenis) and p.sasaran is None:
            prog, keg, sub, tidak_dirinci = jumlah_pohon(pohon)
            sebenarnya = {"program": prog, "kegiatan": keg, "sub kegiatan": sub}
            for n, j, teks in temu:
                if n == sebenarnya[j] or (tidak_dirinci and j != "program" and n > sebenarnya[j]):
                    continue
                self.tambah(
                    _t(
                        "PROSA-JUMLAH",
                        p.lokasi,
                        f"Uraian menyebut {teks}, padahal {pohon.lokasi} merinci {sebenarnya[j]} {j}.",
                        tercetak=teks,
                        seharusnya=f"{sebenarnya[j]} {j}",
                        subjek=f"jumlah|{j}",
                    )
                )
        # tujuan, sasaran, indicators
        temu = _pertama(
            [
                (int(m.group(1)), normal(m.group(2)).replace("indicator", "indikator"), m.group(0))
                for m in self._HITUNG_RENSTRA.finditer(kal)
            ]
        )
        if temu and k.indikator:
            s = self.sasaran(p)
            tujuan: list[str] = []
            for b in k.lap.renstra:
                if b.versi != "sebelum" and b.tujuan and not any(mirip(b.tujuan, x) >= 0.8 for x in tujuan):
                    tujuan.append(b.tujuan)
            for n, j, teks in temu:
                if j.startswith("indikator") or j.startswith("indicator"):
                    benar, apa = (len(s.indikator), f"sasaran {s.no}") if s else (len(k.indikator), "Tabel 3.1")
                elif j.startswith("sasaran"):
                    if s is not None or len(temu) < 2:
                        continue
                    benar, apa = len(k.sasaran), "Tabel 3.1"
                else:
                    if s is not None or not tujuan or len(temu) < 2:
                        continue
                    benar, apa = len(tujuan), "matriks Renstra"
                if n != benar:
                    label = "indikator sasaran" if j.startswith("ind") else j.split()[0]
                    self.tambah(
                        _t(
                            "PROSA-JUMLAH",
                            p.lokasi,
                            f"Uraian menyebut {teks}, padahal {apa} memuat {benar} {label}.",
                            tercetak=teks,
                            seharusnya=f"{benar} {label}",
                            subjek=f"jumlah|{label}|{s.no if s else ''}",
                        )
                    )
        # staff
        temu = [(int(m.group(1)), normal(m.group(2)), m.group(0)) for m in self._HITUNG_PEGAWAI.finditer(kal)]
        if temu:
            self._pegawai(p, temu)

    def _pegawai(self, p: Paragraf, temu) -> None:
        hit = {h.jenis: h for h in self.k.lap.hitungan}
        jab = hit.get("jabatan")
        pend = hit.get("pendidikan")
        for n, j, teks in temu:
            benar: tuple[int, int] | None = None
            apa = ""
            if ("struktural" in j or "pelaksana" in j) and jab is not None:
                strk = sum(int(b.jumlah.angka or 0) for b in jab.baris if _struktural(b.label))
                plks = sum(
                    int(b.jumlah.angka or 0)
                    for b in jab.baris
                    if not _struktural(b.label) and "fungsional" not in b.label.lower()
                )
                v = strk if "struktural" in j else plks
                benar, apa = (v, v), f"{jab.lokasi} ({strk} struktural, {plks} pelaksana)"
            elif j in ("asn",) and (jab is not None or "golongan" in hit):
                total = (jab or hit["golongan"]).jumlah
                if total is None or total.angka is None:
                    continue
                benar, apa = (int(total.angka), int(total.angka)), (jab or hit["golongan"]).lokasi
            elif pend is not None and (j.startswith("non") or "bko" in j):
                kosong = sum(int(b.jumlah.angka or 0) for b in pend.baris if not b.lain)
                if j.startswith("non"):
                    v = sum(int(b.jumlah.angka or 0) for b in pend.baris if normal(b.lain).startswith("non"))
                else:
                    v = sum(int(b.jumlah.angka or 0) for b in pend.baris if "bko" in normal(b.lain))
                benar, apa = (v, v + kosong), pend.lokasi
            if benar is None or benar[0] <= n <= benar[1]:
                continue
            label = j.replace("pegawai ", "").replace("pejabat ", "")
            self.tambah(
                _t(
                    "PROSA-JUMLAH",
                    p.lokasi,
                    f"Uraian menyebut {teks}, padahal {apa} mencatat {benar[0]}.",
                    tercetak=teks,
                    seharusnya=f"{benar[0]} {label}",
                    subjek=f"pegawai|{label}",
                )
            )

    # --- figures in the text ------------------------------------------------------------------------------

    _CAPAIAN = re.compile(
        r"\bcapaian((?:\s+(?:kinerja|sasaran|indikator|tahun|\d{4}|yang|ini|ketiga|kedua|keempat|pertama|kelima|strategi|strategis|"
        r"ditahun|di|pada|sangat|memuaskan|baik|menunjukkan|tergolong|dengan|adalah|rata|rata-rata|nilai|mempunyai|"
        r"kategori|masuk|capaian|predikat|dari|indicator)){0,12})\s*(?:yaitu|sebesar|mencapai|adalah|:)?\s*"
        r"(\d{1,3}(?:,\d+)?)\s*%",
        re.I,
    )

    _RATA = re.compile(
        r"\brata[\s-]*rata\W+(?:(?:capaian|kinerja|sasaran|indikator|nilai|sebesar|mencapai|yaitu|adalah)\W+){0,4}"
        r"(\d{1,3}(?:,\d+)?)\s*%",
        re.I,
    )

    def angka_capaian(self, p: Paragraf, kal: str) -> None:
        if "indikator program" in normal(kal) or not re.search(r"capaian", kal, re.I):
            return
        s = self.sasaran(p)
        rata_rata_ = list(self._RATA.finditer(kal))
        for m in rata_rata_:
            n = NilaiCetak(m.group(1) + "%", angka(m.group(1)), jumlah_desimal(m.group(1)), "%")
            if s is not None:
                self._rata_sasaran(p, s, n)
            else:
                self._rata_semua(p, n)
        if rata_rata_ or s is None:
            return
        if re.search(r"\b(anggaran|serapan|output|pbb|pajak)\b", kal, re.I):
            return
        disebut = self._indikator_disebut(s, kal) or self._indikator_disebut(s, p.teks)
        for m in self._CAPAIAN.finditer(kal):
            n = NilaiCetak(m.group(2) + "%", angka(m.group(2)), jumlah_desimal(m.group(2)), "%")
            if disebut is None:
                continue  # a sasaran with several indicators and none named: not guessed at
            s = SasaranLaporan(
                s.no,
                s.uraian,
                [disebut],
                disebut.mentah,
                self.k.olah(disebut.mentah),
                disebut.predikat,
                s.efisiensi,
                s.pohon,
            )
            pembanding = self._capaian_lain(s, kal[: m.start(2)])
            if pembanding is None:
                self._capaian_indikator(p, s, n)
                continue
            apa, tepat = pembanding
            if tepat is None or n.angka is None or cocokkan(n.angka, n.desimal, tepat) is not Cocok.BEDA:
                continue
            self.tambah(
                _t(
                    "PROSA-ANGKA",
                    p.lokasi,
                    f"Uraian menyebut {apa} {n.teks}, padahal dari target dan realisasi yang tercetak nilainya "
                    f"{teks_persen(tepat)}.",
                    tercetak=n.teks,
                    seharusnya=teks_persen(tepat),
                    subjek=f"capaian-lain|{s.no}|{apa}",
                )
            )

    @staticmethod
    def _indikator_disebut(s: SasaranLaporan, kal: str):
        """The indicator a sentence is about: the only one, or the one it names."""
        if len(s.indikator) == 1:
            return s.indikator[0]
        teks = f" {normal(kal)} "
        disebut = [x for x in s.indikator if normal(x.nama) and f" {normal(x.nama)} " in teks]
        return max(disebut, key=lambda x: len(x.nama)) if len(disebut) >= 1 else None

    def _capaian_lain(self, s: SasaranLaporan, kal: str) -> tuple[str, Decimal | None] | None:
        """A figure about the capaian against the Renstra's end target or of an earlier year: `kal` is the sentence
        up to the figure, so "93% sama dengan tahun sebelumnya" stays this year's figure."""
        k = self.k
        ind = s.indikator[0]
        if re.search(r"renstra|rencana\s+strategis|jangka\s+menengah|akhir\s+periode", kal, re.I):
            b3 = ind.baris.get("3.3")
            if b3 is None or b3.target.nilai is None or b3.realisasi.nilai is None:
                return ("capaian terhadap target akhir Renstra", None)
            c = hitung_capaian(b3.target.nilai, b3.realisasi.nilai, ind.polaritas, k.pengaturan)
            return ("capaian terhadap target akhir Renstra", c.nilai if c.dihitung else None)
        sebut = list(re.finditer(r"\btahun\s+((?:19|20)\d\d|sebelumnya|lalu)\b", kal, re.I))
        if not sebut or k.tahun is None:
            return None
        akhir = sebut[-1].group(1)
        th = int(akhir) if akhir.isdigit() else k.tahun - 1
        if th == k.tahun:
            return None
        b2 = ind.baris.get("3.2")
        if b2 is None or th not in b2.target_tahun or th not in b2.realisasi_tahun:
            return (f"capaian {th}", None)
        t, r = b2.target_tahun[th].nilai, b2.realisasi_tahun[th].nilai
        if t is None or r is None:
            return (f"capaian {th}", None)
        c = hitung_capaian(t, r, ind.polaritas, k.pengaturan)
        return (f"capaian {th}", c.nilai if c.dihitung else None)

    def _asal(self, nilai: Decimal, s: SasaranLaporan | None) -> str:
        """Where a wrong figure seems to come from (another column of the report)."""
        calon: list[tuple[str, Decimal | None]] = []
        if s is not None:
            for ind in s.indikator:
                b3 = ind.baris.get("3.3")
                if b3 is not None:
                    calon.append(("capaian terhadap target akhir Renstra (Tabel 3.3)", b3.capaian.angka))
                calon.append(("realisasi indikatornya", ind.realisasi))
            if s.efisiensi is not None:
                calon.append(("serapan anggaran sasaran ini (Tabel 3.7)", s.efisiensi.serapan.angka))
        calon.append(("serapan anggaran seluruhnya", self.serapan))
        for nama, c in calon:
            if c is not None and cocokkan(nilai, 2, c) is not Cocok.BEDA:
                return f" Angka itu adalah {nama}."
        return ""

    def _capaian_indikator(self, p: Paragraf, s: SasaranLaporan, n: NilaiCetak) -> None:
        ind = s.indikator[0]
        if ind.mentah is None or n.angka is None:
            return
        c = cocokkan(n.angka, n.desimal, ind.mentah)
        if c is Cocok.SAMA:
            return
        if c is Cocok.TERPOTONG:
            self.tambah(pembulatan(n, ind.mentah, p.lokasi, f"Capaian {ind.nama}", f"capaian|{normal(ind.nama)}"))
            return
        olah = self.k.olah(ind.mentah)
        if olah is not None and cocokkan(n.angka, n.desimal, olah) is Cocok.SAMA:
            return
        if ind.realisasi is not None and n.angka == ind.realisasi:
            self.tambah(
                _t(
                    "PROSA-ANGKA-LAIN",
                    p.lokasi,
                    f"Uraian menyebut capaian {n.teks}, padahal {n.teks} adalah realisasi {ind.nama}; capaiannya "
                    f"{teks_persen(ind.mentah)} (realisasi ÷ target × 100).",
                    tercetak=n.teks,
                    seharusnya=teks_persen(ind.mentah),
                    subjek=f"capaian-realisasi|{s.no}",
                )
            )
            return
        self.tambah(
            _t(
                "PROSA-ANGKA",
                p.lokasi,
                f"Uraian menyebut capaian sasaran {s.no} {n.teks}, padahal capaian {ind.nama} menurut Tabel 3.1 "
                f"{teks_persen(ind.mentah)}.{self._asal(n.angka, s)}",
                tercetak=n.teks,
                seharusnya=teks_persen(ind.mentah),
                subjek=f"capaian-sasaran|{s.no}|{n.teks}",
            )
        )

    def _rata_sasaran(self, p: Paragraf, s: SasaranLaporan, n: NilaiCetak) -> None:
        nilai = [x.mentah for x in s.indikator if x.mentah is not None]
        if not nilai or n.angka is None:
            return
        temuan_rata = periksa_rata(self.k, n, nilai, p.lokasi, f"Rata-rata capaian sasaran {s.no}", f"sasaran|{s.no}")
        for t in temuan_rata:
            if t.kode == "ARIT-RATA":
                t = _t(
                    "PROSA-ANGKA",
                    p.lokasi,
                    f"Uraian menyebut rata-rata capaian sasaran {s.no} {n.teks}, padahal capaian "
                    f"{'indikatornya' if len(nilai) == 1 else 'rata-rata indikatornya'} {teks_persen(s.rata_mentah)}"
                    + (
                        f"; menurut kerangka pengukuran (di atas {teks_angka(self.k.batas_atas, 0)}% dihitung "
                        f"{teks_angka(self.k.batas_atas, 0)}%) {teks_persen(s.rata_olah)}"
                        if s.rata_olah != s.rata_mentah
                        else ""
                    )
                    + f".{self._asal(n.angka, s)}",
                    tercetak=n.teks,
                    seharusnya=teks_persen(s.rata_olah),
                    subjek=f"rata-sasaran|{s.no}",
                )
            self.tambah(t)

    def _rata_semua(self, p: Paragraf, n: NilaiCetak) -> None:
        nilai = [x.mentah for x in self.k.indikator if x.mentah is not None]
        if not nilai or n.angka is None:
            return
        for t in periksa_rata(self.k, n, nilai, p.lokasi, "Rata-rata capaian seluruh indikator", "semua"):
            if t.kode == "ARIT-RATA":
                asal = self._asal(n.angka, None)
                t = _t(
                    "PROSA-ANGKA",
                    p.lokasi,
                    f"Uraian menyebut rata-rata capaian {n.teks}, padahal rata-rata capaian {len(nilai)} indikator "
                    f"sasaran {teks_persen(self.k.rata_olah)}"
                    + (
                        f" (tanpa batas capaian {teks_persen(self.k.rata_mentah)})"
                        if self.k.rata_olah != self.k.rata_mentah
                        else ""
                    )
                    + f".{asal}",
                    tercetak=n.teks,
                    seharusnya=teks_persen(self.k.rata_olah),
                    subjek=f"rata-semua|{n.teks}",
                )
            self.tambah(t)

    # --- output capaian in the text about a sub kegiatan ------------------------------------------------------

    _OUTPUT = re.compile(
        r"capaian\s+output(?:\s+\w+){0,3}?\s+(?:mencapai|sebesar|yaitu|adalah)\s+(\d{1,3}(?:,\d+)?)\s*%", re.I
    )

    def output(self, i: int, p: Paragraf) -> None:
        m = self._OUTPUT.search(p.teks)
        if m is None or not self.k.lap.program_kegiatan:
            return
        sub = [n for pohon in self.k.lap.program_kegiatan for n in pohon.semua() if n.tingkat == "sub_kegiatan"]
        par = self.k.lap.paragraf
        node = None
        for j in range(i, max(-1, i - 3), -1):
            teks = normal(par[j].teks)
            cocok = [n for n in sub if normal(n.nama) and normal(n.nama) in teks]
            if cocok:
                node = max(cocok, key=lambda n: len(n.nama))
                break
        if node is None:
            return
        out = [r for r in node.rincian if r.jenis == "output" and r.target.angka and r.realisasi.angka is not None]
        if not out:
            return
        o = out[0]
        tepat = persen(o.realisasi.angka, o.target.angka)  # type: ignore[arg-type]
        n = NilaiCetak(m.group(1) + "%", angka(m.group(1)), jumlah_desimal(m.group(1)), "%")
        if tepat is None or n.angka is None or cocokkan(n.angka, n.desimal, tepat) is not Cocok.BEDA:
            return
        dana = (
            persen(node.realisasi.angka, node.pagu.angka)
            if node.pagu.angka and node.realisasi.angka is not None
            else None
        )
        asal = ""
        if dana is not None and cocokkan(n.angka, n.desimal, dana) is not Cocok.BEDA:
            asal = f" Angka {n.teks} adalah serapan dananya (input), bukan capaian output."
        self.tambah(
            _t(
                "PROSA-ANGKA",
                p.lokasi,
                f"Uraian menyebut capaian output Sub Kegiatan {node.nama} {n.teks}, padahal outputnya "
                f"{o.realisasi.teks} dari target {o.target.teks} = {teks_persen(tepat)} (Tabel 3.6).{asal}",
                tercetak=n.teks,
                seharusnya=teks_persen(tepat),
                subjek=f"output|{normal(node.nama)}",
            )
        )

    # --- budget amounts stated in the text --------------------------------------------------------------------

    _BUKAN_PAGU = re.compile(
        r"refocus|pengurangan|pergeseran|belanja\s+(?:modal|operasi)|uang\s+persediaan|ganti\s+uang|pbb|pajak|honor|"
        r"sub\s+kegiatan|kegiatan\s+\w|tertinggi|terendah|sisa|silpa|murni|disepakati|diperjanjikan|perjanjian\s+kinerja",
        re.I,
    )

    def anggaran(self, p: Paragraf, kal: str) -> None:
        """ "anggaran sebesar Rp X", "terserap Rp Y" for the whole agency, a named program or a sasaran."""
        k = self.k
        pohon = k.pohon_utama()
        if pohon is None or self.pagu is None or k.tahun is None or p.bab in ("LAMPIRAN", "DAFTAR ISI"):
            return
        rupiah = _rupiah_di(kal)
        if not rupiah or self._BUKAN_PAGU.search(kal):
            return
        if any(int(y) != k.tahun for y in re.findall(r"\b((?:19|20)\d\d)\b", kal)):
            return
        lingkup, nama_lingkup, pagu, real = self._lingkup(p, kal, pohon)
        if lingkup is None:
            return
        for nilai, a, _ in rupiah:
            depan = kal[max(0, a - 45) : a].lower()
            if re.search(r"(terealisasi|terserap|realisasi(?:nya)?|penyerapan)[^.;]{0,30}$", depan):
                benar, apa = real, "realisasi"
            elif re.search(r"(anggaran|pagu|dana)[^.;]{0,30}$", depan):
                benar, apa = pagu, "anggaran"
            else:
                continue
            if benar is None or nilai == benar:
                continue
            self.tambah(
                _t(
                    "PROSA-ANGKA",
                    p.lokasi,
                    f"Uraian menyebut {apa} {nama_lingkup} Rp {teks_rupiah(nilai)}, padahal menurut {lingkup} "
                    f"Rp {teks_rupiah(benar)}.",
                    tercetak=f"Rp{teks_rupiah(nilai)}",
                    seharusnya=f"Rp {teks_rupiah(benar)}",
                    subjek=f"anggaran-prosa|{apa}|{nama_lingkup}|{teks_rupiah(nilai)}",
                )
            )

    def _lingkup(self, p: Paragraf, kal: str, pohon):
        """Which budget a sentence speaks of: a program it names, a sasaran's programs, or the whole agency."""
        from .aturan_tabel import baris_tertukar

        teks = f" {normal(kal)} "
        # a name that reduces to a number or one word ("PROGRAM 3") cannot be told from other words
        disebut = [n for n in pohon.program if len(nama_inti(n.nama).split()) >= 2 and f" {nama_inti(n.nama)} " in teks]
        if len(disebut) == 1:
            n = disebut[0]
            if id(n) in baris_tertukar(self.k):
                return None, "", None, None  # its printed figures are already reported as another row's
            return f"baris programnya di {pohon.lokasi}", f"Program {n.nama}", n.pagu.angka, n.realisasi.angka
        if disebut:
            return None, "", None, None
        m = re.search(r"\bsasaran\s+(\d+)\b", kal, re.I)
        s = self.k.sasaran_no(int(m.group(1))) if m else None
        if m:
            if s is None or s.pohon is None:
                return None, "", None, None
            pagu = [x.pagu.angka for x in s.pohon.program]
            real = [x.realisasi.angka for x in s.pohon.program]
            if None in pagu or None in real:
                return None, "", None, None
            return "program pendukungnya di Tabel 3.6", f"Sasaran {s.no}", sum(pagu, Decimal(0)), sum(real, Decimal(0))  # type: ignore[arg-type]
        if p.sasaran is not None:
            return None, "", None, None
        return f"jumlah {pohon.lokasi}", "seluruhnya", self.pagu, self.realisasi

    # --- rupiah and percentages in a sentence ------------------------------------------------------------------

    def persen_rupiah(self, p: Paragraf, kal: str) -> None:
        rupiah = _rupiah_di(kal)
        if not rupiah:
            return
        tahun = [int(x) for x in re.findall(r"\btahun\s+(\d{4})", kal, re.I)]
        lain_tahun = any(t != self.k.tahun for t in tahun) if self.k.tahun else False
        # ceiling and realisation named in the same sentence
        pagu_kal = [
            r
            for r in rupiah
            if re.search(r"(anggaran|pagu)\s*(?:sebesar|senilai)?\s*$", kal[max(0, r[1] - 40) : r[1]], re.I)
        ]
        real_kal = [
            r
            for r in rupiah
            if re.search(
                r"(terealisasi|terserap|realisasi(?:nya)?)\s*(?:sebesar|senilai)?\s*$",
                kal[max(0, r[1] - 40) : r[1]],
                re.I,
            )
        ]
        if len(pagu_kal) == 1 and len(real_kal) == 1 and real_kal[0][0] > pagu_kal[0][0]:
            self.tambah(
                _t(
                    "ANGG-REALISASI-LEBIH",
                    p.lokasi,
                    f"Uraian menyebut realisasi Rp {teks_rupiah(real_kal[0][0])} dari anggaran Rp {teks_rupiah(pagu_kal[0][0])}: "
                    "realisasi melebihi anggaran. Angka anggaran dan realisasi tampaknya tertukar.",
                    tercetak=f"anggaran {teks_rupiah(pagu_kal[0][0])}, realisasi {teks_rupiah(real_kal[0][0])}",
                    seharusnya="realisasi ≤ anggaran",
                    subjek=f"lebih-prosa|{teks_rupiah(pagu_kal[0][0])}",
                )
            )
        for n, a, b in _persen_di(kal):
            pasangan = None
            sebelum = kal[max(0, a - 60) : a]
            ms = re.search(r"Rp\.?\s*([\d.]+(?:,\d{1,2})?)\s*(?:,-)?\s*(?:atau|\(|=)\s*$", sebelum, re.I)
            if ms:
                pasangan = (angka(ms.group(1)), max(0, a - 60) + ms.start())
            else:
                sesudah = kal[b : b + 90]
                md = re.match(r"[^.;%]{0,60}?\batau\s+(?:sebesar\s+)?Rp\.?\s*([\d.]+(?:,\d{1,2})?)", sesudah, re.I)
                if md:
                    pasangan = (angka(md.group(1)), b + md.start(1))
            if pasangan is None or pasangan[0] is None:
                continue
            bagian, posisi = pasangan
            pembagi, dasar = None, ""
            dari_rp = [
                r
                for r in rupiah
                if re.search(r"\bdari\s+(?:total\s+)?(?:\w+\s+){0,2}$", kal[max(0, r[1] - 30) : r[1]], re.I)
            ]
            if dari_rp and abs(dari_rp[0][1] - posisi) < 8 and len(rupiah) >= 2:
                # "… Rp A dari total anggaran Rp B atau P%": P belongs to A against B
                pembagi = dari_rp[0][0]
                lain = [r for r in rupiah if r is not dari_rp[0] and r[1] < dari_rp[0][1]]
                if not lain:
                    continue
                bagian = lain[-1][0]
                dasar = f"Rp {teks_rupiah(pembagi)}"
            elif dari_rp and dari_rp[0][0] != bagian:
                pembagi, dasar = dari_rp[0][0], f"Rp {teks_rupiah(dari_rp[0][0])}"
            elif len(pagu_kal) == 1 and pagu_kal[0][0] != bagian:
                pembagi, dasar = pagu_kal[0][0], f"Rp {teks_rupiah(pagu_kal[0][0])}"
            elif not lain_tahun and self.pagu and re.search(r"anggaran|belanja|pagu", kal, re.I):
                pembagi, dasar = self.pagu, f"total anggaran Rp {teks_rupiah(self.pagu)}"
            if pembagi is None or n.angka is None:
                continue
            tepat = persen(bagian, pembagi)
            if tepat is None:
                continue
            c = cocokkan(n.angka, n.desimal, tepat)
            if c is Cocok.SAMA:
                continue
            if c is Cocok.TERPOTONG:
                self.tambah(
                    pembulatan(
                        n, tepat, p.lokasi, f"Persentase Rp {teks_rupiah(bagian)}", f"prosa|{teks_rupiah(bagian)}"
                    )
                )
                continue
            tukar = persen(pembagi, bagian)
            catatan = ""
            if tukar is not None and cocokkan(n.angka, n.desimal, tukar) is not Cocok.BEDA:
                catatan = (
                    f" {n.teks} adalah {teks_rupiah(pembagi)} ÷ {teks_rupiah(bagian)}: kedua angka tampaknya tertukar."
                )
            self.tambah(
                _t(
                    "ARIT-PERSEN",
                    p.lokasi,
                    f"Uraian menyebut Rp {teks_rupiah(bagian)} sama dengan {n.teks}, padahal Rp {teks_rupiah(bagian)} ÷ {dasar} "
                    f"× 100 = {teks_persen(tepat)}.{catatan}",
                    tercetak=n.teks,
                    seharusnya=teks_persen(tepat),
                    subjek=f"persen-prosa|{teks_rupiah(bagian)}|{teks_rupiah(pembagi)}",
                )
            )

    # --- stated change against two percentages -------------------------------------------------------------

    _UBAH = re.compile(
        r"\b(penurunan|kenaikan|peningkatan|turun|naik|menurun|meningkat)\s+(?:sebesar\s+)?(\d+(?:,\d+)?)\s*(%|persen|poin)",
        re.I,
    )

    def selisih(self, p: Paragraf) -> None:
        """ "Turun 9,68 poin", "penurunan sebesar 8,89%": the stated change against this year's and last year's
        percentages in the same paragraph (printed, and recomputed from their rupiah where printed)."""
        m = self._UBAH.search(p.teks)
        th = self.k.tahun
        if m is None or th is None or not re.search(r"serapan|penyerapan|realisasi|anggaran|capaian", p.teks, re.I):
            return
        lalu_cetak = lalu_tepat = None
        th_lalu = None
        for kal in kalimat(p.teks):
            kal = kal.replace(m.group(0), " ")
            tahun = [int(y) for y in re.findall(r"\btahun\s+((?:19|20)\d\d)\b", kal, re.I)]
            if any(y < th for y in tahun):
                nilai = _persen_di(kal)
                if nilai:
                    th_lalu = max(y for y in tahun if y < th)
                    lalu_cetak = nilai[-1][0]
                    rp = _rupiah_di(kal)
                    if len(rp) == 2:
                        lalu_tepat = persen(rp[1][0], rp[0][0])
        if lalu_cetak is None or lalu_cetak.angka is None:
            return
        ini_cetak = None
        for kal in kalimat(p.teks):
            if re.search(rf"\b{th}\b", kal) and m.group(0) not in kal and not re.search(rf"\btahun\s+{th_lalu}\b", kal):
                nilai = _persen_di(kal)
                if nilai:
                    ini_cetak = nilai[-1][0].angka
                    break
        ini_tepat = self.serapan if re.search(r"serapan|penyerapan|anggaran", p.teks, re.I) else None
        tercetak = angka(m.group(2))
        if tercetak is None:
            return
        d = jumlah_desimal(m.group(2))
        calon: list[Decimal] = []
        for ini, lalu in ((ini_cetak, lalu_cetak.angka), (ini_tepat, lalu_tepat or lalu_cetak.angka)):
            if ini is None or lalu is None:
                continue
            calon.append(abs(ini - lalu))
            rel = persen(ini - lalu, lalu)
            if rel is not None:
                calon.append(abs(rel))
        ini = ini_cetak if ini_cetak is not None else ini_tepat
        if ini is None or not calon:
            return
        poin = ini - lalu_cetak.angka
        turun = normal(m.group(1)) in ("penurunan", "turun", "menurun")
        arah_benar = (poin < 0) if turun else (poin > 0)
        if arah_benar and any(cocokkan(tercetak, d, x) is not Cocok.BEDA for x in calon):
            return
        benar = f"{'penurunan' if poin < 0 else 'kenaikan'} {teks_angka(abs(poin))} poin"
        relatif = persen(poin, lalu_cetak.angka)
        if relatif is not None:
            benar += f" ({teks_angka(abs(relatif))}% dari {teks_persen(lalu_cetak.angka)})"
        self.tambah(
            _t(
                "PROSA-SELISIH",
                p.lokasi,
                f"Uraian menyebut {m.group(0)} dari {teks_persen(lalu_cetak.angka)} (tahun {th_lalu}) ke {teks_persen(ini)}, "
                f"padahal selisihnya {benar}.",
                tercetak=m.group(0),
                seharusnya=benar,
                subjek=f"selisih|{th_lalu}",
            )
        )

    # --- the report's year, its date ---------------------------------------------------------------------------

    def tahun_anggaran(self, p: Paragraf, kal: str) -> None:
        th = self.k.tahun
        if th is None or p.bab in ("LAMPIRAN", "DAFTAR ISI"):
            return
        if re.search(
            r"dibanding|sebelumnya|tahun\s+lalu|perbandingan|\bsejak\b|\bs\.?\s?d\.?\s|sampai\s+dengan\s+tahun",
            kal,
            re.I,
        ):
            return
        if re.search(rf"\b{th}\b", kal):
            return  # both years in one sentence: a comparison, not the report's own year
        for m in re.finditer(r"\b(?:tahun\s+anggaran|T\.A\.?|TA\.?)\s*((?:19|20)\d\d)\b", kal, re.I):
            y = int(m.group(1))
            if y == th:
                continue
            self.tambah(
                _t(
                    "PROSA-TAHUN",
                    p.lokasi,
                    f"Laporan tahun {th} menyebut '{m.group(0)}' sebagai tahun yang dipertanggungjawabkan.",
                    tercetak=m.group(0),
                    seharusnya=f"Tahun Anggaran {th}",
                    subjek=f"tahun|{p.bab}|{y}",
                )
            )

    def tanggal(self) -> None:
        th = self.k.tahun
        if th is None:
            return
        par = self.k.lap.paragraf
        # the report's own date: under the foreword, else at the end of its closing chapter (a PK or a decree in
        # the annexes carries its own date, made during the year)
        calon = [p for p in par if p.bab == "KATA PENGANTAR"] or list(reversed([p for p in par if p.bab == "BAB IV"]))
        for p in calon:
            if re.match(r"^\s*[A-Z][A-Za-z .]{2,30},\s*\d{1,2}\s+\w+\s+\d{4}", p.teks):
                tgl = cari_tanggal(p.teks)
                if not tgl:
                    continue
                if tgl[0] <= date(th, 12, 31):
                    self.tambah(
                        _t(
                            "PROSA-TANGGAL",
                            p.lokasi,
                            f"Laporan kinerja tahun {th} bertanggal {format_tanggal(tgl[0])}, sebelum tahun {th} berakhir: "
                            f"laporan atas satu tahun hanya dapat ditandatangani setelah 31 Desember {th}.",
                            tercetak=format_tanggal(tgl[0]),
                            seharusnya=f"setelah 31 Desember {th}",
                            subjek="tanggal-laporan",
                        )
                    )
                return

    # --- "seluruhnya terselesaikan" against a percentage below 100 ----------------------------------------------

    _SELURUH = re.compile(
        r"\bseluruh(?:nya)?\b[^.]{0,80}?\b(terselesaikan|diselesaikan|selesai|dilaksanakan|terlaksana|tercapai|ditindaklanjuti)\b",
        re.I,
    )

    def seluruh(self, i: int, p: Paragraf, kal: str) -> None:
        s = self.sasaran(p)
        m = self._SELURUH.search(kal)
        if m is None or s is None or len(s.indikator) != 1:
            return
        ind = s.indikator[0]
        if ind.realisasi is None or ind.realisasi >= 100 or ind.utama.realisasi.satuan != "%":
            return
        # the items the section lists just before ("sebanyak 3 (tiga) laporan")
        par = self.k.lap.paragraf
        jumlah = 0
        for j in range(i - 1, max(-1, i - 8), -1):
            if par[j].sasaran != p.sasaran or not par[j].butir:
                if jumlah:
                    break
                continue
            mm = re.search(r"sebanyak\s+(\d+)", par[j].teks)
            if mm:
                jumlah += int(mm.group(1))
        rinci = ""
        if jumlah:
            langkah = Decimal(100) / Decimal(jumlah)
            rinci = (
                f" Uraian merinci {jumlah} laporan; dengan {jumlah} laporan nilai yang mungkin hanya kelipatan "
                f"{teks_angka(langkah)}%."
            )
        self.tambah(
            _t(
                "PROSA-SELURUH",
                p.lokasi,
                f"Uraian menyatakan '{_kutip(m.group(0), 60)}', sehingga {ind.nama} seharusnya 100%, sedangkan "
                f"realisasi yang dilaporkan {ind.utama.realisasi.teks}.{rinci}",
                tercetak=ind.utama.realisasi.teks,
                seharusnya="100%",
                subjek=f"seluruh|{s.no}",
            )
        )

    # --- unfinished template text ---------------------------------------------------------------------------------

    def isian(self, p: Paragraf, kal: str) -> None:
        pola = [
            (r"\(\s*\\?\*[^)]{0,60}\)", "isian templat yang belum dipilih"),
            (r"\b[Aa]da\s*/\s*tidak\s+ada\b", "pilihan templat yang belum dipilih"),
            (r"\bsebesar\s+(?=(?:tahun|pada|di|dan|yang)\b|[.,;])", "angka yang hilang setelah 'sebesar'"),
            (r"\btab(?:el|le)\s+\d+\.(?!\d)", "nomor tabel yang tidak lengkap"),
            (r"\b(?:xxx+|\.\.\.\.+\s*%)", "isian kosong"),
        ]
        for rx, apa in pola:
            m = re.search(rx, kal)
            if m:
                self.tambah(
                    _t(
                        "PROSA-ISIAN",
                        p.lokasi,
                        f"Kalimat memuat {apa}: '{_kutip(kal[max(0, m.start() - 40) : m.end() + 30], 110)}'.",
                        tercetak=m.group(0).strip(),
                        seharusnya="kalimat yang lengkap",
                        subjek=f"isian|{normal(kal)[:80]}",
                    )
                )
                return

    def terbilang(self, p: Paragraf, kal: str) -> None:
        for m in re.finditer(r"Rp\.?\s*([\d.]+(?:,\d+)?)\s*(?:,-)?\s*\(\s*([A-Za-z ]+?)\s*rupiah\s*\)", kal, re.I):
            nilai = angka(m.group(1))
            if nilai is None:
                continue
            tulis = normal(m.group(2)).replace("milyar", "miliar")
            benar = normal(terbilang(nilai))
            if tulis != benar:
                self.tambah(
                    _t(
                        "ARIT-TERBILANG",
                        p.lokasi,
                        f"Terbilang '{m.group(2)} Rupiah' tidak sama dengan Rp {teks_rupiah(nilai)} ('{terbilang(nilai)} rupiah').",
                        tercetak=m.group(2),
                        seharusnya=terbilang(nilai),
                        subjek=f"terbilang|{teks_rupiah(nilai)}",
                    )
                )

    _PANGKAT = re.compile(
        r"\b(Pembina(?:\s+Utama)?(?:\s+(?:Madya|Muda))?|Penata(?:\s+Muda)?|Pengatur(?:\s+Muda)?|Juru(?:\s+Muda)?)"
        r"(\s+(?:Tingkat|Tk\.?)\s*(?:I|1)\b)?\s*[–—-]\s*((?:IV|III|II|I)\s*/\s*[a-eA-E])\b"
    )

    def pangkat(self, p: Paragraf, kal: str) -> None:
        """A rank written with its grade ("Pembina TK I – IV/b") under a signature."""
        from .aturan_tabel import PANGKAT, _judul_pangkat, normal_pangkat

        for m in self._PANGKAT.finditer(kal):
            gol = re.sub(r"\s+", "", m.group(3))
            nama = (m.group(1) + (m.group(2) or "")).strip()
            if gol.upper() in PANGKAT and normal_pangkat(nama) != PANGKAT[gol.upper()]:
                benar = _judul_pangkat(PANGKAT[gol.upper()])
                self.tambah(
                    _t(
                        "DATA-PANGKAT",
                        p.lokasi,
                        f"Pangkat '{nama}' tidak sesuai golongan ruang {gol}: golongan {gol} adalah {benar}.",
                        tercetak=f"{nama} – {gol}",
                        seharusnya=f"{benar} – {gol}",
                        subjek=f"pangkat-prosa|{gol}|{normal(nama)}",
                    )
                )

    # --- lists: their sum, their average ------------------------------------------------------------------------

    _PENGANTAR = re.compile(r"(:\s*$|antara\s+lain|sebagai\s+berikut|rincian(?:nya)?\s*:?)", re.I)

    def daftar(self) -> None:
        par = self.k.lap.paragraf
        for i, p in enumerate(par):
            if not self._PENGANTAR.search(p.teks):
                continue
            butir = []
            j = i + 1
            while j < len(par) and par[j].butir and not self._PENGANTAR.search(par[j].teks.rstrip()[-3:]):
                butir.append(par[j])
                j += 1
            if len(butir) >= 2:
                self._jumlah_daftar(p, butir)
        i = 0
        while i < len(par):
            j = i
            butir = []
            while j < len(par) and par[j].butir:
                butir.append(par[j])
                j += 1
            if len(butir) >= 2 and j < len(par) and not par[j].butir:
                self._rata_daftar(par[j], butir)
            i = j + 1 if j > i else i + 1

    def _jumlah_daftar(self, induk: Paragraf, butir: list[Paragraf]) -> None:
        total = _rupiah_di(induk.teks)
        if len(total) != 1:
            return
        isi = [_rupiah_di(b.teks) for b in butir]
        if not all(len(x) == 1 for x in isi):
            return
        jumlah = sum((x[0][0] for x in isi), Decimal(0))
        t = total[0][0]
        if jumlah == t:
            return
        sebagian = re.search(r"antara\s+lain|di\s*antaranya|sebagian", induk.teks, re.I)
        if sebagian and jumlah < t:
            return
        refocusing = re.search(r"refocus|pengurangan|pergeseran", induk.teks, re.I)
        self.tambah(
            _t(
                "ANGG-REFOCUSING" if refocusing else "ARIT-RINCIAN",
                induk.lokasi,
                f"Uraian menyebut total Rp {teks_rupiah(t)}, sedangkan {len(isi)} rinciannya berjumlah Rp {teks_rupiah(jumlah)} "
                f"(selisih Rp {teks_rupiah(abs(jumlah - t))}).",
                tercetak=teks_rupiah(t),
                seharusnya=teks_rupiah(jumlah),
                subjek=f"rincian|{teks_rupiah(t)}",
            )
        )

    def _rata_daftar(self, p: Paragraf, butir: list[Paragraf]) -> None:
        if not re.search(r"\brata", p.teks, re.I):
            return
        persen_p = _persen_di(p.teks)
        nilai_butir = [_persen_di(b.teks) for b in butir]
        if len(persen_p) != 1 or not all(nilai_butir):
            return
        nilai = [x[-1][0].angka for x in nilai_butir]
        n = persen_p[0][0]
        rata = rata_rata(nilai)  # type: ignore[arg-type]
        if rata is None or n.angka is None:
            return
        s = self.sasaran(p)
        if cocokkan(n.angka, n.desimal, rata) is Cocok.BEDA:
            self.tambah(
                _t(
                    "ARIT-RATA",
                    p.lokasi,
                    f"Uraian menyebut rata-rata {n.teks}, padahal rata-rata {len(nilai)} angka yang dirinci di atasnya "
                    f"({' + '.join(teks_angka(x, 2) for x in nilai)}) ÷ {len(nilai)} = {teks_persen(rata)}.",  # type: ignore[arg-type]
                    tercetak=n.teks,
                    seharusnya=teks_persen(rata),
                    subjek=f"rata-daftar|{normal(p.teks)[:60]}",
                )
            )
        # "Persentase indikator program yang tercapai": the IKU formula is a count, not an average
        if (
            s is not None
            and len(s.indikator) == 1
            and re.search(r"program\s+yang\s+tercapai", s.indikator[0].nama, re.I)
        ):
            ind = s.indikator[0]
            if not all(re.match(r"^\s*(?:[-•*]\s*)?program\b", b.teks, re.I) for b in butir):
                return
            tercapai = sum(1 for x in nilai if x is not None and x >= self.k.pengaturan.ambang_tercapai)
            bagian = persen(Decimal(tercapai), Decimal(len(nilai)))
            if ind.realisasi is not None and bagian is not None and ind.realisasi != bagian:
                self.tambah(
                    _t(
                        "ARIT-IKU-RUMUS",
                        ind.utama.lokasi,
                        f"Realisasi {ind.nama} dilaporkan {ind.utama.realisasi.teks}, padahal menurut formulanya (jumlah "
                        f"indikator program yang tercapai ÷ jumlah indikator program × 100) {tercapai} dari {len(nilai)} "
                        f"indikator program yang dirinci tercapai = {teks_persen(bagian)}. Rata-rata persentase capaian "
                        "indikator program bukan formula indikator ini.",
                        tercetak=ind.utama.realisasi.teks,
                        seharusnya=teks_persen(bagian),
                        subjek=f"iku-rumus|{normal(ind.nama)}",
                    )
                )

    # --- population breakdown ------------------------------------------------------------------------------------

    def penduduk(self, p: Paragraf) -> None:
        m = re.search(r"(?:jumlah\s+)?penduduk[^.]{0,60}?\bsebanyak\s+([\d.]+)\s+(jiwa|orang)", p.teks, re.I)
        if m is None:
            return
        total = angka(m.group(1))
        if total is None:
            return
        for kal in kalimat(p.teks[m.end() :]):
            if re.search(r"antara\s+lain|di\s*antaranya|sebagian", kal, re.I):
                continue
            angka_kal = [
                angka(x.group(1))
                for x in ANGKA_TEKS.finditer(kal)
                if not re.match(r"\s*%", kal[x.end() : x.end() + 2]) and not re.fullmatch(r"(19|20)\d\d", x.group(1))
            ]
            satuan = len(re.findall(rf"\b{m.group(2)}\b", kal, re.I))
            if len(angka_kal) < 3 or satuan < 2 or any(a is None for a in angka_kal):
                continue
            jumlah = sum(angka_kal, Decimal(0))  # type: ignore[arg-type]
            if jumlah != total:
                self.tambah(
                    _t(
                        "ARIT-RINCIAN",
                        p.lokasi,
                        f"Jumlah penduduk disebut {teks_rupiah(total)} {m.group(2)}, sedangkan {len(angka_kal)} rincian "
                        f"dalam kalimat '{_kutip(kal, 60)}' berjumlah {teks_rupiah(jumlah)} (selisih {teks_rupiah(abs(total - jumlah))}).",
                        tercetak=teks_rupiah(total),
                        seharusnya=teks_rupiah(jumlah),
                        subjek=f"penduduk|{normal(kal)[:40]}",
                    )
                )

    # --- budget composition --------------------------------------------------------------------------------------

    def komposisi(self) -> None:
        if self.pagu is None:
            return
        par = self.k.lap.paragraf
        dilihat: set[tuple[Decimal, Decimal]] = set()
        for i, p in enumerate(par):
            mo = re.search(r"belanja\s+operasi(?:onal)?[^.;]{0,40}?Rp\.?\s*([\d.]+(?:,\d{1,2})?)", p.teks, re.I)
            if mo is None:
                continue
            teks = " ".join(x.teks for x in par[i : i + 4])
            mm = re.search(r"belanja\s+modal[^.;]{0,40}?Rp\.?\s*([\d.]+(?:,\d{1,2})?)", teks, re.I)
            if mm is None:
                continue
            a, b = angka(mo.group(1)), angka(mm.group(1))
            if a is None or b is None or (a, b) in dilihat:
                continue
            dilihat.add((a, b))
            if a + b != self.pagu:
                self.tambah(
                    _t(
                        "ANGG-KOMPOSISI",
                        p.lokasi,
                        f"Belanja operasi Rp {teks_rupiah(a)} dan belanja modal Rp {teks_rupiah(b)} berjumlah "
                        f"Rp {teks_rupiah(a + b)}, padahal total anggaran Rp {teks_rupiah(self.pagu)}.",
                        tercetak=teks_rupiah(a + b),
                        seharusnya=teks_rupiah(self.pagu),
                        subjek=f"komposisi|{teks_rupiah(a)}",
                    )
                )

    # --- documents and regulations cited -------------------------------------------------------------------------

    _TOPIK = [
        (re.compile(r"indikator\s+kinerja\s+utama|\bIKU\b", re.I), "IKU"),
        (re.compile(r"perjanjian\s+kinerja", re.I), "Perjanjian Kinerja"),
        (re.compile(r"rencana\s+kinerja\s+tahunan|\bRKT\b", re.I), "RKT"),
        (re.compile(r"rencana\s+strategis|\brenstra\b", re.I), "Renstra"),
    ]

    def nomor(self) -> None:
        par = self.k.lap.paragraf
        per_topik: dict[tuple[str, str, str], list[tuple[str, Paragraf]]] = {}
        for i, p in enumerate(par):
            for m in re.finditer(r"\bnomor\s*:?\s*(\d{1,4}(?:\s*/\s*[\w.\-]+){2,})", p.teks, re.I):
                nomor = re.sub(r"\s+", "", m.group(1))
                segmen = nomor.split("/")
                topik = None
                for j in (i, i + 1, i + 2):
                    if j < len(par):
                        for pola, nama in self._TOPIK:
                            if pola.search(par[j].teks):
                                topik = nama
                                break
                    if topik:
                        break
                if topik is None:
                    continue
                kunci = (topik, segmen[0], "/".join(segmen[2:]))
                per_topik.setdefault(kunci, []).append((nomor, p))
        for (topik, _, _), daftar in per_topik.items():
            beda = list(dict.fromkeys(n for n, _ in daftar))
            if len(beda) < 2:
                continue
            acuan = next((n for n, p in daftar if p.bab == "LAMPIRAN"), beda[-1])
            for n, p in daftar:
                if n == acuan:
                    continue
                self.tambah(
                    _t(
                        "SILANG-NOMOR",
                        p.lokasi,
                        f"Keputusan tentang {topik} disebut bernomor {n}, sedangkan keputusan yang dilampirkan "
                        f"bernomor {acuan}.",
                        tercetak=n,
                        seharusnya=acuan,
                        subjek=f"nomor|{topik}|{n}",
                    )
                )

    def rujukan(self) -> None:
        per_judul: dict[str, list[tuple[str, str, Paragraf]]] = {}
        for p in self.k.lap.paragraf:
            for m in re.finditer(
                r"(?:peraturan|undang-undang|keputusan)[^.;]{0,160}?\bnomor\s+([\w/.\-]+)\s+tahun\s+(\d{4})\s+tentang\s+([^,;.]+)",
                p.teks,
                re.I,
            ):
                judul = " ".join(normal(m.group(3)).split()[:5])
                per_judul.setdefault(judul, []).append((m.group(1), m.group(2), p))
        for judul, daftar in per_judul.items():
            ragam = Counter((n, t) for n, t, _ in daftar)
            if len(ragam) < 2:
                continue
            (n0, t0), _ = ragam.most_common(1)[0]
            for n, t, p in daftar:
                if (n, t) == (n0, t0):
                    continue
                self.tambah(
                    _t(
                        "SILANG-RUJUKAN",
                        p.lokasi,
                        f"Peraturan tentang '{judul}…' dirujuk sebagai Nomor {n} Tahun {t}, sedangkan di bagian lain "
                        f"Nomor {n0} Tahun {t0}.",
                        tercetak=f"Nomor {n} Tahun {t}",
                        seharusnya=f"Nomor {n0} Tahun {t0}",
                        subjek=f"rujukan|{judul}|{n}|{t}",
                    )
                )

    _DIKTUM = (
        "KESATU",
        "KEDUA",
        "KETIGA",
        "KEEMPAT",
        "KELIMA",
        "KEENAM",
        "KETUJUH",
        "KEDELAPAN",
        "KESEMBILAN",
        "KESEPULUH",
    )

    def diktum(self) -> None:
        ada: list[tuple[int, Paragraf]] = []
        for p in self.k.lap.paragraf:
            m = re.match(r"^\s*(?:[-•]\s*)?(KE[A-Z]+)\s*:", p.teks)
            if m and m.group(1) in self._DIKTUM:
                ada.append((self._DIKTUM.index(m.group(1)), p))
        if len(ada) < 3:
            return
        nomor = [i for i, _ in ada]
        for (a, _), (b, p) in itertools.pairwise(ada):
            if b == a + 1 or b <= a:
                continue
            hilang = ", ".join(self._DIKTUM[a + 1 : b])
            self.tambah(
                _t(
                    "LENGKAP-DIKTUM",
                    p.lokasi,
                    f"Diktum keputusan melompat dari {self._DIKTUM[a]} ke {self._DIKTUM[b]}: {hilang} tidak ada.",
                    tercetak=f"{self._DIKTUM[a]} → {self._DIKTUM[b]}",
                    seharusnya=f"{self._DIKTUM[a]} → {self._DIKTUM[a + 1]}",
                    subjek=f"diktum|{self._DIKTUM[b]}|{max(nomor)}",
                )
            )


def _pertama(temu: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Only the first count of each kind in a sentence: "dari 4 sasaran, 3 sasaran efisien" states 4, then a part."""
    dilihat: set[str] = set()
    hasil = []
    for n, j, teks in temu:
        kunci = j.split()[0] if not j.startswith("sub") else "sub"
        if kunci in dilihat:
            continue
        dilihat.add(kunci)
        hasil.append((n, j, teks))
    return hasil


def _struktural(label: str) -> bool:
    return bool(
        re.match(r"^\s*(camat|sekretaris|sekcam|kepala|lurah|kasi|kasubbag|kabid|kabag|direktur)\b", label, re.I)
    )


def jalankan(k: Konteks) -> list[Temuan]:
    return _Prosa(k).jalankan()


__all__ = ["jalankan"]
