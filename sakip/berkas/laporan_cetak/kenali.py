"""Blocks → `LaporanTercetak`: sections, sasaran context, captions, and the standard tables recognised.

Tables are recognised by their header words (and their caption when there is one), not by their position or
number, because agencies lay the same tables out differently: columns in another order, "Target" or "Pagu" or
"Anggaran", "Capaian" or "Realisasi", headers over two rows, rows split across pages, a numbering row
``(1) (2) (3)``, the roman "I." or the label "Program :" to mark a program row.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sakip.core.reviu.cetak import (
    BarisAnggaranPk,
    BarisEfisiensi,
    BarisHitung,
    BarisIkhtisar,
    BarisIku,
    BarisIndikator,
    BarisRenstra,
    BarisRincian,
    BarisRkt,
    Blok,
    LaporanTercetak,
    NodeCetak,
    Paragraf,
    PkCetak,
    PohonCetak,
    TabelCetak,
    TabelHitung,
    TingkatSkala,
    teks_halaman,
)
from sakip.core.reviu.cocok import NilaiCetak, baca_nilai
from sakip.core.reviu.teks import angka, normal

from .teks import seperti_kepala

# --- sections ----------------------------------------------------------------------------------------------

_BAB = [
    (re.compile(r"^kata\s+pengantar\b", re.I), "KATA PENGANTAR"),
    (re.compile(r"^daftar\s+isi\b", re.I), "DAFTAR ISI"),
    (re.compile(r"^(ikhtisar|ringkasan)\s+eksekutif\b", re.I), "IKHTISAR EKSEKUTIF"),
    (re.compile(r"^p?bab\s+(iv|iii|ii|i|v)\b", re.I), None),
    (re.compile(r"^lampiran\b", re.I), "LAMPIRAN"),
]
_JUDUL_BAB_TANPA_NOMOR = {
    "PENDAHULUAN": "BAB I",
    "PERENCANAAN KINERJA": "BAB II",
    "PERENCANAAN DAN PERJANJIAN KINERJA": "BAB II",
    "AKUNTABILITAS KINERJA": "BAB III",
    "PENUTUP": "BAB IV",
}
_BAGIAN = re.compile(r"^([A-H](?:\.\d{1,2})?)[.)]?\s+\S")
_SASARAN = re.compile(
    r"^\s*(?:[-•*]\s*|\d{1,2}[.)]\s*)?sasaran(?:\s+strategis|\s+strategi)?\s*(?:ke\s*)?(\d{1,2})\s*[:.\-–]", re.I
)
_RANGKUMAN = re.compile(
    r"^\s*(dari\s+(uraian|tabel|table|hasil|\d+)|secara\s+(umum|keseluruhan)|dengan\s+demikian|kesimpulan)\b", re.I
)
_KAPTION = re.compile(r"^\s*tab(?:el|le)\s+(\d{1,2}(?:\.\d{1,2})?)\.?\s*(.*)$", re.I)


# An average row is labelled "Rata-rata", "Rata rata capaian", "Rata-rata capaian sasaran 2" …; an indicator
# named "Rata-rata waktu penyelesaian …" is data, not an average row.
_RATA_RATA = re.compile(
    r"^\s*rata[\s-]*rata\b(?:\s*(?:capaian|kinerja|sasaran|indikator|seluruh|keseluruhan|total|\d+|[:.]))*\s*$", re.I
)


def baris_rata_rata(teks: str) -> bool:
    return bool(_RATA_RATA.match(teks))


def _bab(teks: str) -> str | None:
    t = teks.strip()
    if len(t) > 120:
        return None
    for pola, nama in _BAB:
        m = pola.match(t)
        if m:
            return nama or f"BAB {m.group(1).upper()}"
    return None


def _seperti_judul(p: Blok) -> bool:
    if p.judul or p.tebal:
        return True
    t = p.teks.strip()
    return len(t) <= 100 and t.upper() == t and any(c.isalpha() for c in t)


# --- tables: header, rows ----------------------------------------------------------------------------------


def _baris_nomor_kolom(sel: list[str]) -> bool:
    isi = [c.strip("() ") for c in sel if c.strip()]
    if len(isi) < 3 or not all(c.isdigit() for c in isi):
        return False
    awal = int(isi[0])
    return awal <= 2 and [int(c) for c in isi] == list(range(awal, awal + len(isi)))


def _hanya_tahun(sel: list[str]) -> bool:
    isi = [c for c in sel if c.strip()]
    return bool(isi) and all(re.fullmatch(r"(th\.?\s*)?(19|20)\d\d", c.strip(), re.I) for c in isi)


def _pisah_kepala(baris: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Column labels (multi-row headers joined, group headers carried over) and the data rows."""
    kepala: list[list[str]] = []
    i = 0
    while i < len(baris) and len(kepala) < 3:
        sel = baris[i]
        if _baris_nomor_kolom(sel):
            i += 1
            continue
        if seperti_kepala(sel) or (kepala and (_hanya_tahun(sel) or _sub_kepala(sel))):
            kepala.append(sel)
            i += 1
            continue
        break
    data = [b for b in baris[i:] if not _baris_nomor_kolom(b)]
    if not kepala:
        return [], data
    lebar = max(len(r) for r in kepala + data[:5]) if data else max(len(r) for r in kepala)
    label = [""] * lebar
    for r, sel in enumerate(kepala):
        penuh = list(sel) + [""] * (lebar - len(sel))
        if r < len(kepala) - 1:  # a group header spans the empty cells to its right
            akhir = ""
            for j in range(lebar):
                if penuh[j]:
                    akhir = penuh[j]
                elif akhir and any(len(k) > j and k[j] for k in kepala[r + 1 :]):
                    penuh[j] = akhir
        for j in range(lebar):
            if penuh[j] and penuh[j] not in label[j]:
                label[j] = f"{label[j]} {penuh[j]}".strip()
    # drop repeated header rows (a table continued on the next page with its header)
    data = [b for b in data if [c.lower() for c in b if c] != [c.lower() for c in kepala[0] if c]]
    return label, data


def _sub_kepala(sel: list[str]) -> bool:
    """A second header row of short labels ("Uraian", "Indikator", "Sangat Memuaskan")."""
    isi = [c for c in sel if c]
    if len(isi) < 2:
        return False
    if any(re.search(r"\d", c) and not re.fullmatch(r"(19|20)\d\d", c) for c in isi):
        return False
    return all(len(c) <= 40 for c in isi)


def _kolom(label: list[str], *kata: str, kecuali: tuple[str, ...] = ()) -> int | None:
    for j, lab in enumerate(label):
        t = lab.lower()
        if all(k in t for k in kata) and not any(k in t for k in kecuali):
            return j
    return None


def _sel(baris: list[str], j: int | None) -> str:
    if j is None or j >= len(baris):
        return ""
    return baris[j].strip()


def _jenis(label: list[str], judul: str, data: list[list[str]]) -> str:
    k = " | ".join(label).lower()
    j = judul.lower()
    semua = k + " " + j
    pertama = " ".join(" ".join(b) for b in data[:3]).lower()
    if "....." in pertama or "hal :" in k or "…" in pertama:
        return "daftar_isi"
    if "formulasi" in k or ("penanggung" in k and "sumber" in k):
        return "iku"
    if "kategori" in k and ("interpretasi" in k or "nilai" in k):
        return "skala"
    if "jabatan" in k and "jumlah" in k:
        return "jabatan"
    if ("pangkat" in k or "golongan" in k) and "jumlah" in k:
        return "golongan"
    if "pendidikan" in k and "jumlah" in k:
        return "pendidikan"
    if "misi" in k and "rpjmd" in k:
        return "lain"
    if "sub kegiatan" in k and "anggaran" in k and "indikator" in k:
        return "rkt"
    if _baris_pohon(label, data) >= 2 and re.search(r"target|anggaran|pagu", k) and re.search(r"realisasi|capaian", k):
        ada_rincian = any(re.match(r"\s*(input|output|outcom)", _sel(b, 1) or _sel(b, 0), re.I) for b in data)
        return "program_kegiatan" if ada_rincian else "anggaran"
    if "efisiensi" in semua or "serapan" in k:
        return "efisiensi"
    if "program" in k and "anggaran" in k and "realisasi" not in k and "capaian" not in k and "kegiatan" not in k:
        return "pk_anggaran"
    if "program" in k and "kegiatan" in k and re.search(r"target|anggaran|pagu", k):
        ada_rincian = any(re.match(r"\s*(input|output|outcom)", _sel(b, 1) or _sel(b, 0), re.I) for b in data)
        if ada_rincian:
            return "program_kegiatan"
        if "realisasi anggaran" in j or "anggaran" in k or not ada_rincian:
            return "anggaran"
    if (
        "target" in k
        and "realisasi" in k
        and "capaian" in k
        and "indikator" in k
        and "nasional" not in k
        and ("renstra" not in k and "jangka menengah" not in k)
    ):
        tahun_kolom = set(re.findall(r"\b(?:19|20)\d\d\b", k))
        if len(tahun_kolom) <= 1:
            return "pengukuran"
    if "sangat memuaskan" in k or ("predikat" in k and "target" not in k) or "ikhtisar" in j:
        return "ikhtisar"
    if "nasional" in k:
        return "nasional"
    if "indikator" in k and ("renstra" in k or "jangka menengah" in k) and ("realisasi" in k or "capaian" in k):
        return "renstra_akhir"
    tahun = set(re.findall(r"\b(?:19|20)\d\d\b", k))
    if "target" in k and "realisasi" not in k and len(tahun) >= 3:
        return "renstra"
    if "target" in k and "realisasi" in k and len(tahun) >= 2 and _kolom(label, "capaian") is None:
        return "perbandingan"
    if "target" in k and "realisasi" in k and "capaian" in k:
        return "pengukuran"
    if "indikator" in k and "target" in k and "realisasi" not in k and "program" not in k and "pagu" not in k:
        return "pk_sasaran"
    return "lain"


def _baris_pohon(label: list[str], data: list[list[str]]) -> int:
    """How many rows read as program / kegiatan / sub kegiatan lines (by label, code or roman numeral)."""
    j_nama = _kolom(label, "program")
    if j_nama is None:
        j_nama = _kolom(label, "uraian")
    if j_nama is None:
        j_nama = 1
    j_kode = _kolom(label, "kode")
    n = 0
    for b in data[:60]:
        if _tingkat_pohon(_sel(b, j_nama), _sel(b, 0), _sel(b, j_kode)) in ("program", "kegiatan", "sub_kegiatan"):
            n += 1
    return n


# --- the recogniser ------------------------------------------------------------------------------------------


class _Pengenal:
    def __init__(self, sumber: str):
        self.lap = LaporanTercetak(sumber=sumber)
        self.bab = ""
        self.bagian = ""
        self.sasaran: int | None = None
        self.kaption: tuple[str, str, int] | None = None  # (nomor, judul, blok) of the last caption
        self.kepala_terakhir: tuple[str, str, str] | None = None  # (nomor, judul, header signature)

    def jalankan(self, blok: list[Blok]) -> LaporanTercetak:
        self.blok = blok
        self.kaption_dipakai: set[int] = set()
        for i, b in enumerate(blok):
            if b.jenis == "tabel":
                self._tabel(b, i)
            else:
                self._paragraf(b, i)
        self._tahun()
        self._batas()
        return self.lap

    # paragraphs and context

    def _paragraf(self, b: Blok, i: int) -> None:
        teks = b.teks
        judul = False
        bab = _bab(teks) if _seperti_judul(b) or len(teks) <= 40 else None
        if bab is None and _seperti_judul(b) and teks.strip().upper() in _JUDUL_BAB_TANPA_NOMOR:
            tebakan = _JUDUL_BAB_TANPA_NOMOR[teks.strip().upper()]
            if not self.bab.startswith("BAB") or self.bab < tebakan:
                bab = tebakan
        if bab is not None:
            if bab != self.bab or bab == "LAMPIRAN":
                self.bab = bab
                self.bagian = ""
            self.sasaran = None
            judul = True
        elif _seperti_judul(b) and _BAGIAN.match(teks) and len(teks) <= 150 and not _SASARAN.match(teks):
            self.bagian = teks.strip()
            self.sasaran = None
            judul = True
        m = _SASARAN.match(teks)
        sasaran_ini = self.sasaran
        if m and b.butir:
            sasaran_ini = int(m.group(1))  # "1. Sasaran 1: …" in a list speaks of that sasaran only
        elif m:
            self.sasaran = sasaran_ini = int(m.group(1))
        elif _RANGKUMAN.match(teks):
            self.sasaran = sasaran_ini = None  # a conclusion over all sasaran ends the last one's section
        k = _KAPTION.match(teks)
        if k and len(teks) <= 250 and i not in self.kaption_dipakai:
            self.kaption = (k.group(1), k.group(2).strip(), i)
        self.lap.paragraf.append(
            Paragraf(
                teks=teks,
                nomor=i,
                bab=self.bab,
                bagian=self.bagian,
                sasaran=sasaran_ini,
                judul=judul or bool(b.judul),
                butir=b.butir,
                halaman=teks_halaman(b.halaman),
                keyakinan=b.keyakinan,
            )
        )

    # tables

    def _tabel(self, b: Blok, i: int) -> None:
        label, data = _pisah_kepala(b.baris)
        nomor, judul = "", ""
        if self.kaption is not None and i - self.kaption[2] <= 4:
            nomor, judul = self.kaption[0], self.kaption[1]
            self.kaption = None
        elif i + 1 < len(self.blok) and self.blok[i + 1].jenis == "paragraf":
            # a caption printed under its table
            k = _KAPTION.match(self.blok[i + 1].teks)
            if k and len(self.blok[i + 1].teks) <= 250:
                nomor, judul = k.group(1), k.group(2).strip()
                self.kaption_dipakai.add(i + 1)
        tanda = " | ".join(normal(x) for x in label[1:])
        if not nomor and self.kepala_terakhir and self.kepala_terakhir[2] == tanda and tanda:
            nomor, judul = self.kepala_terakhir[0], self.kepala_terakhir[1]
        jenis = _jenis(label, judul, data)
        if nomor:
            self.kepala_terakhir = (nomor, judul, tanda)
        t = TabelCetak(
            nomor=nomor,
            judul=judul,
            jenis=jenis,
            kolom=label,
            baris=data,
            blok=i,
            bab=self.bab,
            bagian=self.bagian,
            sasaran=self.sasaran,
            halaman=teks_halaman(b.halaman, b.halaman_akhir),
            keyakinan=b.keyakinan,
        )
        self.lap.tabel.append(t)
        pengolah = getattr(self, f"_t_{jenis}", None)
        if pengolah is not None:
            pengolah(t)
        else:
            self._t_hitung_umum(t)

    def _indikator(self, t: TabelCetak) -> list[BarisIndikator]:
        L = t.kolom
        j_no = _kolom(L, "no")
        j_ind = _kolom(L, "indikator")
        j_sas = _kolom(L, "sasaran", kecuali=("indikator",))
        if j_sas is None:
            j_sas = _kolom(L, "kinerja utama")
        j_tgt = _kolom(L, "target", kecuali=("renstra", "jangka"))
        if t.jenis == "renstra_akhir":
            j_tgt = _kolom(L, "target")
        j_real = _kolom(L, "realisasi", kecuali=("nasional",))
        j_cap = _kolom(L, "capaian")
        j_nas = _kolom(L, "nasional")
        j_pred = _kolom(L, "predikat")
        if j_pred is None:
            j_pred = _kolom(L, "kategori")
        tahun_target = {
            int(y): j
            for j, lab in enumerate(L)
            for y in re.findall(r"\b((?:19|20)\d\d)\b", lab)
            if "target" in lab.lower()
        }
        tahun_real = {
            int(y): j
            for j, lab in enumerate(L)
            for y in re.findall(r"\b((?:19|20)\d\d)\b", lab)
            if "realisasi" in lab.lower()
        }
        tahun_cap = {
            int(y): j
            for j, lab in enumerate(L)
            for y in re.findall(r"\b((?:19|20)\d\d)\b", lab)
            if "capaian" in lab.lower()
        }
        if len(tahun_cap) >= 2:
            # several years side by side ("2022 | Target Realisasi Capaian | 2023 | …"): the report year's capaian
            j_cap = tahun_cap.get(self.lap.tahun or max(tahun_cap), j_cap)
        hasil: list[BarisIndikator] = []
        sasaran_kini = ""
        for r, baris in enumerate(t.baris):
            ind = _sel(baris, j_ind)
            sas = _sel(baris, j_sas)
            nilai_ada = any(_sel(baris, j) for j in (j_tgt, j_real, j_cap, j_nas) if j is not None)
            if any(baris_rata_rata(c) for c in baris if c):
                if t.jenis == "pengukuran" and _sel(baris, j_cap):
                    self.lap.rata_pengukuran = baca_nilai(_sel(baris, j_cap))
                    self.lap.rata_pengukuran_lokasi = t.lokasi(r, "Rata-rata capaian")
                    self.lap.rata_pengukuran_predikat = _sel(baris, j_pred)
                continue
            if not ind and not nilai_ada:
                if hasil and sas:  # a sasaran name continued on the next page
                    hasil[-1].sasaran += " " + sas
                continue
            if ind and not nilai_ada and not sas and (j_sas is None or re.match(r"^\s*sasaran\b", ind, re.I)):
                # a sasaran printed as a row of its own above its indicators (no sasaran column, or the name in
                # the indicator column): it heads the rows below, it is not an indicator without figures
                sasaran_kini = ind
                continue
            if not ind and hasil and not sas:
                continue
            if sas:
                sasaran_kini = sas
            bi = BarisIndikator(
                lokasi=t.lokasi(r, ind or sas),
                no=_sel(baris, j_no),
                sasaran=sas or sasaran_kini,
                indikator=ind,
                target=baca_nilai(_sel(baris, j_tgt)),
                realisasi=baca_nilai(_sel(baris, j_real)),
                capaian=baca_nilai(_sel(baris, j_cap)),
                nasional=baca_nilai(_sel(baris, j_nas)),
                predikat=_sel(baris, j_pred),
            )
            if len(tahun_target) >= 2 or len(tahun_real) >= 2:
                bi.target_tahun = {y: baca_nilai(_sel(baris, j)) for y, j in tahun_target.items()}
                bi.realisasi_tahun = {y: baca_nilai(_sel(baris, j)) for y, j in tahun_real.items()}
                tahun = self.lap.tahun or max(list(tahun_target) + list(tahun_real))
                if tahun in tahun_target:
                    bi.target = bi.target_tahun[tahun]
                if tahun in tahun_real:
                    bi.realisasi = bi.realisasi_tahun[tahun]
            hasil.append(bi)
        return hasil

    def _t_pengukuran(self, t: TabelCetak) -> None:
        if not self.lap.pengukuran:
            self.lap.pengukuran = self._indikator(t)

    def _t_perbandingan(self, t: TabelCetak) -> None:
        if not self.lap.perbandingan:
            self.lap.perbandingan = self._indikator(t)

    def _t_renstra_akhir(self, t: TabelCetak) -> None:
        if not self.lap.renstra_akhir:
            self.lap.renstra_akhir = self._indikator(t)

    def _t_nasional(self, t: TabelCetak) -> None:
        if not self.lap.nasional:
            self.lap.nasional = self._indikator(t)

    def _t_pk_sasaran(self, t: TabelCetak) -> None:
        pk = PkCetak(lokasi=self.bab or "laporan", sasaran=self._indikator(t))
        self.lap.pk.append(pk)

    def _t_pk_anggaran(self, t: TabelCetak) -> None:
        pk = self.lap.pk[-1] if self.lap.pk and not self.lap.pk[-1].anggaran else PkCetak(lokasi=self.bab or "laporan")
        if pk not in self.lap.pk:
            self.lap.pk.append(pk)
        j_prog = _kolom(t.kolom, "program")
        j_ang = _kolom(t.kolom, "anggaran")
        for r, baris in enumerate(t.baris):
            nama = _sel(baris, j_prog)
            nilai = baca_nilai(_sel(baris, j_ang))
            if re.match(r"^\s*(jumlah|total)\b", nama, re.I):
                pk.jumlah = nilai
                pk.lokasi_jumlah = t.lokasi(r, nama)
            elif nama and nilai.ada:
                pk.anggaran.append(BarisAnggaranPk(nama, nilai, t.lokasi(r, nama)))

    def _t_ikhtisar(self, t: TabelCetak) -> None:
        j_cap = _kolom(t.kolom, "capaian")
        kolom_predikat = [
            (j, lab) for j, lab in enumerate(t.kolom) if j not in (0, j_cap) and lab.strip() and j > (j_cap or 0)
        ]
        sasaran: int | None = None
        for r, baris in enumerate(t.baris):
            teks = _sel(baris, 0)
            if not teks and not any(baris):
                continue
            cap = baca_nilai(_sel(baris, j_cap))
            centang = [lab for j, lab in kolom_predikat if _sel(baris, j)]
            predikat = _label_predikat(centang[0]) if centang else None
            m = re.match(r"^\s*sasaran\s*(?:strategis\s*)?(\d+)", teks, re.I)
            if m:
                sasaran = int(m.group(1))
                jenis = "sasaran"
            elif baris_rata_rata(teks):
                jenis = "rata"
            elif re.match(r"^\s*indikator", teks, re.I) or cap.ada:
                jenis = "indikator"
            else:
                continue
            self.lap.ikhtisar.append(BarisIkhtisar(jenis, teks, cap, predikat, sasaran, t.lokasi(r, teks)))

    def _t_efisiensi(self, t: TabelCetak) -> None:
        j_sas = _kolom(t.kolom, "sasaran") or 0
        j_cap = _kolom(t.kolom, "capaian")
        j_ser = _kolom(t.kolom, "serapan")
        if j_ser is None:
            j_ser = _kolom(t.kolom, "anggaran")
        j_kls = _kolom(t.kolom, "efisien")
        if j_kls is None:
            j_kls = _kolom(t.kolom, "tingkat")
        for r, baris in enumerate(t.baris):
            sas = _sel(baris, j_sas)
            if not sas or re.match(r"^\s*jumlah", sas, re.I) or baris_rata_rata(sas):
                continue
            self.lap.efisiensi.append(
                BarisEfisiensi(
                    sas,
                    baca_nilai(_sel(baris, j_cap)),
                    baca_nilai(_sel(baris, j_ser)),
                    _sel(baris, j_kls),
                    t.lokasi(r, sas),
                    len(self.lap.efisiensi) + 1,
                )
            )

    def _t_program_kegiatan(self, t: TabelCetak) -> None:
        """One table per sasaran, or one table with a "Sasaran Strategis n" row before each part."""
        bagian: list[tuple[int | None, list[list[str]], int]] = []
        awal = 0
        for r, baris in enumerate(t.baris):
            isi = [c for c in baris if c]
            m = _SASARAN.match(isi[0]) if len(isi) == 1 else None
            if m:
                bagian.append((int(m.group(1)), [], r + 1))
                continue
            if not bagian:
                bagian.append((t.sasaran, [], awal))
            bagian[-1][1].append(baris)
        for sasaran, baris, geser in bagian:
            sub = TabelCetak(
                t.nomor,
                t.judul,
                t.jenis,
                t.kolom,
                baris,
                t.blok,
                t.bab,
                t.bagian,
                sasaran,
                halaman=t.halaman,
                keyakinan=t.keyakinan,
            )
            pohon = self._pohon(sub, geser)
            pohon.sasaran = sasaran
            self.lap.program_kegiatan.append(pohon)

    def _t_anggaran(self, t: TabelCetak) -> None:
        pohon = self._pohon(t)
        if self.lap.anggaran is None or (not self.lap.anggaran.program and pohon.program):
            self.lap.anggaran = pohon
        elif pohon.program:
            # a second budget table continuing the first one (no caption, same header)
            self.lap.anggaran.program += pohon.program
            self.lap.anggaran.jumlah = pohon.jumlah or self.lap.anggaran.jumlah

    def _pohon(self, t: TabelCetak, geser: int = 0) -> PohonCetak:
        L = t.kolom
        j_nama = _kolom(L, "program")
        if j_nama is None:
            j_nama = _kolom(L, "uraian") or 1
        j_no = 0 if j_nama != 0 else None
        j_kode = _kolom(L, "kode")
        j_pagu = _kolom(L, "anggaran", kecuali=("realisasi",))
        if j_pagu is None:
            j_pagu = _kolom(L, "pagu")
        if j_pagu is None:
            j_pagu = _kolom(L, "target")
        j_real = _kolom(L, "realisasi")
        if j_real is None:
            j_real = _kolom(L, "capaian")
        j_pct = _kolom(L, "%")
        if j_pct is None:
            j_pct = _kolom(L, "persen") or _kolom(L, "serapan")
        pohon = PohonCetak(nomor=t.nomor, lokasi=t.nama)
        prog: NodeCetak | None = None
        keg: NodeCetak | None = None
        sub: NodeCetak | None = None
        akhir: NodeCetak | BarisRincian | None = None
        for r, baris in enumerate(t.baris):
            nama = _sel(baris, j_nama)
            no = _sel(baris, j_no)
            kode = _sel(baris, j_kode)
            pagu, real, pct = (baca_nilai(_sel(baris, j)) for j in (j_pagu, j_real, j_pct))
            kosong = not any(x.teks for x in (pagu, real, pct))
            tingkat = _tingkat_pohon(nama, no, kode)
            if tingkat is None:
                if nama and kosong and akhir is not None:  # a name continued on the next line or page
                    if isinstance(akhir, NodeCetak):
                        akhir.nama = f"{akhir.nama} {nama}".strip()
                    else:
                        akhir.uraian = f"{akhir.uraian} {nama}".strip()
                continue
            lokasi = t.lokasi(r + geser, nama)
            if tingkat in ("input", "output", "outcome"):
                rincian = BarisRincian(tingkat, _tanpa_label(nama), pagu, real, pct, lokasi)
                induk = sub or keg or prog
                if induk is not None:
                    induk.rincian.append(rincian)
                akhir = rincian
                continue
            node = NodeCetak(tingkat, _tanpa_label(nama), lokasi, pagu, real, pct, no=no, kode=kode)
            akhir = node
            if tingkat == "jumlah":
                pohon.jumlah = node
            elif tingkat == "program":
                pohon.program.append(node)
                prog, keg, sub = node, None, None
            elif tingkat == "kegiatan":
                if prog is None:
                    prog = NodeCetak("program", "", lokasi, NilaiCetak(""), NilaiCetak(""), NilaiCetak(""))
                    pohon.program.append(prog)
                prog.anak.append(node)
                keg, sub = node, None
            elif tingkat == "tidak_dirinci":
                induk = keg or prog
                if induk is not None:
                    induk.anak.append(node)
            else:  # sub kegiatan
                induk = keg or prog
                if induk is None:
                    continue
                induk.anak.append(node)
                sub = node
        _pindah_tidak_dirinci(pohon)
        return pohon

    def _t_jabatan(self, t: TabelCetak) -> None:
        self._t_hitung_umum(t, j_label=_kolom(t.kolom, "jabatan"), j_lain=_kolom(t.kolom, "keterangan"))

    def _t_golongan(self, t: TabelCetak) -> None:
        self._t_hitung_umum(t, j_label=_kolom(t.kolom, "pangkat"), j_lain=_kolom(t.kolom, "golongan"))

    def _t_pendidikan(self, t: TabelCetak) -> None:
        self._t_hitung_umum(t, j_label=_kolom(t.kolom, "pendidikan"), j_lain=_kolom(t.kolom, "keterangan"))

    def _t_hitung_umum(self, t: TabelCetak, j_label: int | None = None, j_lain: int | None = None) -> None:
        """Any table with a "Jumlah" row and one count column."""
        j_jml = _kolom(t.kolom, "jumlah")
        if j_jml is None and t.kolom:
            angka_kolom = [
                j
                for j in range(len(t.kolom))
                if t.baris
                and all(baca_nilai(_sel(b, j)).ada for b in t.baris if any(b))
                and t.kolom[j].lower().strip(" .") != "no"
            ]
            j_jml = angka_kolom[-1] if angka_kolom else None
        baris_jumlah = [
            r
            for r, b in enumerate(t.baris)
            if any(re.fullmatch(r"(jumlah|total)( seluruhnya)?", c.strip(), re.I) for c in b)
        ]
        khusus = t.jenis in ("jabatan", "golongan", "pendidikan")
        if j_jml is None or (not baris_jumlah and not khusus):
            return
        if j_label is None:
            j_label = next((j for j in range(len(t.kolom)) if j != j_jml and t.kolom[j].lower().strip(" .") != "no"), 0)
        jenis = t.jenis
        if re.search(r"refocus", t.judul, re.I) or any(re.search(r"pengurangan|refocus", k, re.I) for k in t.kolom):
            jenis = "refocusing"
        th = TabelHitung(jenis=jenis, lokasi=t.nama)
        for r, b in enumerate(t.baris):
            if r in baris_jumlah:
                th.jumlah = baca_nilai(_sel(b, j_jml))
                th.lokasi_jumlah = t.lokasi(r, "Jumlah")
                break
            label = _sel(b, j_label)
            if not label and not _sel(b, j_jml):
                continue
            th.baris.append(BarisHitung(label, baca_nilai(_sel(b, j_jml)), _sel(b, j_lain), t.lokasi(r, label)))
        if th.baris and (th.jumlah is not None or khusus):
            self.lap.hitungan.append(th)

    def _t_skala(self, t: TabelCetak) -> None:
        j_k = _kolom(t.kolom, "kategori")
        j_n = _kolom(t.kolom, "nilai")
        j_i = _kolom(t.kolom, "interpretasi")
        skala = []
        for baris in t.baris:
            kode = _sel(baris, j_k).upper()
            nilai = _sel(baris, j_n)
            m = re.search(r"(\d+(?:[.,]\d+)?)\s*(?:-|–|s\.?d\.?)\s*(\d+(?:[.,]\d+)?)", nilai)
            if not kode:
                continue
            if m:
                a, b = angka(m.group(1)), angka(m.group(2))
                if a is None or b is None:
                    continue
                skala.append(TingkatSkala(kode, min(a, b), max(a, b), _sel(baris, j_i)))
                continue
            m = re.search(r"(>|≥|>=|<|≤|<=)\s*(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*(ke\s+atas|ke\s+bawah)", nilai)
            if m:
                x = angka(m.group(2) or m.group(3))
                atas = (m.group(1) or "") in (">", "≥", ">=") or "atas" in (m.group(4) or "")
                if x is not None:
                    skala.append(
                        TingkatSkala(kode, x, None, _sel(baris, j_i))
                        if atas
                        else TingkatSkala(kode, Decimal(0), x, _sel(baris, j_i))
                    )
        if len(skala) >= 3 and not self.lap.skala:
            self.lap.skala = skala

    def _t_iku(self, t: TabelCetak) -> None:
        L = t.kolom
        j_sas = _kolom(L, "sasaran")
        if j_sas is None:
            j_sas = _kolom(L, "kinerja utama", kecuali=("indikator",))
        j_ind = _kolom(L, "indikator")
        if j_ind is None:
            j_ind = _kolom(L, "iku")
        j_f = _kolom(L, "formulasi")
        j_pj = _kolom(L, "penanggung")
        j_sd = _kolom(L, "sumber")
        for r, baris in enumerate(t.baris):
            sas, ind, f, pj, sd = (_sel(baris, j) for j in (j_sas, j_ind, j_f, j_pj, j_sd))
            if not (sas or ind) and self.lap.iku and self.lap.iku[-1].lokasi.startswith(t.nama):
                akhir = self.lap.iku[-1]  # a row continued on the next page
                akhir.formula = f"{akhir.formula} {f}".strip()
                akhir.penanggung_jawab = f"{akhir.penanggung_jawab} {pj}".strip()
                akhir.sumber = f"{akhir.sumber} {sd}".strip()
                continue
            if not (sas or ind):
                continue
            self.lap.iku.append(BarisIku(sas, ind, f, pj, sd, t.lokasi(r, ind or sas)))

    def _t_renstra(self, t: TabelCetak) -> None:
        L = t.kolom
        j_tuj = _kolom(L, "tujuan", kecuali=("indikator",))
        j_sas = _kolom(L, "sasaran", kecuali=("indikator", "target"))
        j_ind = _kolom(L, "indikator sasaran") or _kolom(L, "indikator", kecuali=("tujuan",))
        j_ind_tuj = _kolom(L, "indikator tujuan")
        tahun = {int(y): j for j, lab in enumerate(L) for y in re.findall(r"\b((?:19|20)\d\d)\b", lab)}
        sebelum = self.lap.paragraf[-1] if self.lap.paragraf else None
        keterangan = t.judul + " " + (sebelum.teks if sebelum is not None and t.blok - sebelum.nomor <= 3 else "")
        versi = "sebelum" if re.search(r"sebelum\s+perubahan", keterangan, re.I) else ""
        hasil: list[BarisRenstra] = []
        tujuan = sasaran = ""
        for r, baris in enumerate(t.baris):
            isi = [c for c in baris if c]
            if len(isi) == 1 and re.match(r"^\s*(sebelum|sesudah|setelah)\s+perubahan", isi[0], re.I):
                versi = "sebelum" if isi[0].lower().startswith("sebelum") else "sesudah"
                continue
            tj, ss = _sel(baris, j_tuj), _sel(baris, j_sas)
            ind = _sel(baris, j_ind) or _sel(baris, j_ind_tuj)
            target = {y: baca_nilai(_sel(baris, j)) for y, j in tahun.items()}
            if tj:
                tujuan = tj
            if ss:
                sasaran = ss
            if not ind:
                if hasil and not any(v.teks for v in target.values()):
                    if ss:
                        hasil[-1].sasaran += " " + ss
                continue
            if not any(v.teks for v in target.values()) and hasil:
                hasil[-1].indikator += " " + ind  # a name continued on the next page
                continue
            hasil.append(BarisRenstra(tujuan, sasaran if ss or not tj else "", ind, target, versi, t.lokasi(r, ind)))
        self.lap.renstra += hasil

    def _t_rkt(self, t: TabelCetak) -> None:
        L = t.kolom
        kolom = {
            "sas_ind": _kolom(L, "sasaran", "indikator"),
            "sas_target": _kolom(L, "sasaran", "target"),
            "sas_nama": _kolom(L, "sasaran", "uraian"),
            "prog_nama": _kolom(L, "program", "nama"),
            "prog_ind": _kolom(L, "program", "indikator"),
            "prog_target": _kolom(L, "program", "target"),
            "sub_nama": _kolom(L, "sub kegiatan", "nama"),
            "sub_ind": _kolom(L, "sub kegiatan", "indikator"),
            "sub_target": _kolom(L, "sub kegiatan", "target"),
            "anggaran": _kolom(L, "anggaran"),
        }
        lengkap = all(v is not None for v in kolom.values())
        for r, baris in enumerate(t.baris):
            lokasi = t.lokasi(r)
            if any(
                re.fullmatch(r"(jumlah|total)( seluruhnya)?|.*\(tidak dirinci\)", c.strip(), re.I) for c in baris if c
            ):
                continue
            if (
                lengkap
                and len(baris) == len(L)
                and (not _sel(baris, kolom["anggaran"]) or _RUPIAH.match(_sel(baris, kolom["anggaran"])))
            ):
                self.lap.rkt += _baris_rkt_kolom(baris, kolom, lokasi)
            else:
                self.lap.rkt += _baris_rkt([c for c in baris if c.strip()], lokasi)

    # whole-report facts

    def _tahun(self) -> None:
        for p in self.lap.paragraf[:15]:
            m = re.search(r"\b(?:TA\.?|tahun(?:\s+anggaran)?)\s*((?:19|20)\d\d)\b", p.teks, re.I)
            if m:
                self.lap.tahun = int(m.group(1))
                break
        if self.lap.tahun is None:
            for t in self.lap.tabel:
                if t.jenis == "pengukuran":
                    m = re.search(r"\b((?:19|20)\d\d)\b", " ".join(t.kolom) + " " + t.judul)
                    if m:
                        self.lap.tahun = int(m.group(1))
                        break
        for p in self.lap.paragraf[:40]:
            m = re.search(
                r"laporan kinerja\s+(?:instansi pemerintah\s+)?(?:\(\w+\)\s+)?(.{3,80}?)\s+(?:tahun|ta\.?)\s",
                p.teks,
                re.I,
            )
            if m:
                self.lap.instansi = " ".join(m.group(1).split())
                break

    def _batas(self) -> None:
        for p in self.lap.paragraf:
            m = re.search(
                r"(?:lebih dari|di atas|melebihi|>)\s*(\d+(?:,\d+)?)\s*%[^.]{0,80}?(?:termasuk|dihitung|dianggap|ditetapkan)"
                r"[^.]{0,40}?(\d+(?:,\d+)?)\s*%",
                p.teks,
                re.I,
            )
            if m and m.group(1) == m.group(2):
                self.lap.batas_atas = angka(m.group(1))
                self.lap.batas_atas_lokasi = p.lokasi
                return


_LABEL_TINGKAT = [
    (re.compile(r"^\s*(jumlah|total)\b", re.I), "jumlah"),
    (re.compile(r"^\s*sub\s*-?\s*kegiatan\b", re.I), "sub_kegiatan"),
    (re.compile(r"^\s*kegiatan\b", re.I), "kegiatan"),
    (re.compile(r"^\s*program\b", re.I), "program"),
    (re.compile(r"^\s*input\b", re.I), "input"),
    (re.compile(r"^\s*output\b", re.I), "output"),
    (re.compile(r"^\s*outcom", re.I), "outcome"),
]


def _pindah_tidak_dirinci(pohon: PohonCetak) -> None:
    """An undetailed row printed after a kegiatan's last sub kegiatan belongs to the kegiatan only when the
    kegiatan's total needs it; otherwise it is the program's."""
    for prog in pohon.program:
        for keg in list(prog.anak):
            for td in [a for a in keg.anak if a.tingkat == "tidak_dirinci"]:
                lain = [a.pagu.angka for a in keg.anak if a is not td]
                if keg.pagu.angka is not None and None not in lain and sum(lain, Decimal(0)) == keg.pagu.angka:  # type: ignore[arg-type]
                    keg.anak.remove(td)
                    prog.anak.append(td)


def _tingkat_pohon(nama: str, no: str, kode: str) -> str | None:
    if re.search(r"\(tidak dirinci\)\s*$", nama, re.I):
        return "tidak_dirinci"
    for pola, tingkat in _LABEL_TINGKAT:
        if pola.match(nama):
            return tingkat
    if re.fullmatch(r"(jumlah|total)", no.strip(), re.I):
        return "jumlah"
    k = kode.strip()
    if re.fullmatch(r"[\dX]\.\d{2}\.\d{2}", k):
        return "program"
    if re.fullmatch(r"[\dX]\.\d{2}\.\d{2}\.\d\.\d{2}", k):
        return "kegiatan"
    if re.fullmatch(r"[\dX]\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4}", k):
        return "sub_kegiatan"
    if nama and re.fullmatch(r"[IVX]+\.?", no.strip()):
        return "program"
    return None


def _tanpa_label(nama: str) -> str:
    t = re.sub(r"^\s*(sub\s*-?\s*kegiatan|kegiatan|program|input|output|outcome|outcom)\s*:?\s*", "", nama, flags=re.I)
    return re.sub(r"\s*\(tidak dirinci\)\s*$", "", t).strip()


def _label_predikat(label: str) -> str:
    t = re.sub(r"^\s*predikat\s*", "", label, flags=re.I).strip()
    return t


# --- RKT rows ------------------------------------------------------------------------------------------------

_NILAI = re.compile(r"^\s*(\d[\d.,]*\s*(%|[A-Za-z]{1,12})?|[A-E]{1,2}\s*\(\s*\d+\s*\))\s*$")
_RUPIAH = re.compile(r"^\s*(rp\.?\s*)?\d{1,3}(\.\d{3})+(,\d+)?(,-)?\s*$", re.I)


def _baris_rkt(sel: list[str], lokasi: str) -> list[BarisRkt]:
    """One RKT row read by its content, right to left (columns shift between rows in extracted text)."""
    hasil: list[BarisRkt] = []
    kosong = NilaiCetak("")
    if len(sel) >= 2 and _RUPIAH.match(sel[-1]):
        anggaran = baca_nilai(sel[-1])
        target = baca_nilai(sel[-2]) if _NILAI.match(sel[-2]) else kosong
        sisa = sel[:-2] if target.teks else sel[:-1]
        if len(sisa) == 1:
            indikator, nama, kiri = "", sisa[0], []
        else:
            indikator = sisa[-1] if sisa else ""
            nama = sisa[-2] if len(sisa) >= 2 else ""
            kiri = sisa[:-2]
        hasil.append(BarisRkt("sub_kegiatan", nama, indikator, target, anggaran, lokasi))
    else:
        kiri = sel
    if not kiri:
        return hasil
    j_prog = next((j for j, c in enumerate(kiri) if re.match(r"^\s*program\b", c, re.I)), None)
    depan = kiri if j_prog is None else kiri[:j_prog]
    blok = [] if j_prog is None else kiri[j_prog:]
    atas: list[BarisRkt] = []
    if j_prog is not None:
        j_nilai = next((j for j, c in enumerate(depan) if _NILAI.match(c)), None)
        if j_nilai is not None and j_nilai >= 1:
            nama_sas = depan[j_nilai - 2] if j_nilai >= 2 else ""
            atas.append(BarisRkt("sasaran", nama_sas, depan[j_nilai - 1], baca_nilai(depan[j_nilai]), kosong, lokasi))
        atas.append(_nama_indikator_target("program", blok, lokasi))
    elif depan:
        if not hasil and depan[0][:1].islower():
            return []  # the rest of a name broken across a page
        atas.append(_nama_indikator_target("kegiatan", depan, lokasi))
    return atas + hasil


def _baris_rkt_kolom(baris: list[str], j: dict[str, int | None], lokasi: str) -> list[BarisRkt]:
    """An RKT row whose cells sit under their headers (a Word table, or a clean extract)."""
    hasil: list[BarisRkt] = []
    kosong = NilaiCetak("")
    if _sel(baris, j["sas_ind"]) and _sel(baris, j["sas_target"]):
        hasil.append(
            BarisRkt(
                "sasaran",
                _sel(baris, j["sas_nama"]),
                _sel(baris, j["sas_ind"]),
                baca_nilai(_sel(baris, j["sas_target"])),
                kosong,
                lokasi,
            )
        )
    nama = _sel(baris, j["prog_nama"])
    if nama and not re.search(r"tidak dirinci", nama, re.I):
        tingkat = "program" if re.match(r"^\s*program\b", nama, re.I) else "kegiatan"
        hasil.append(
            BarisRkt(
                tingkat, nama, _sel(baris, j["prog_ind"]), baca_nilai(_sel(baris, j["prog_target"])), kosong, lokasi
            )
        )
    sub = _sel(baris, j["sub_nama"])
    if sub or _sel(baris, j["anggaran"]):
        hasil.append(
            BarisRkt(
                "sub_kegiatan",
                sub,
                _sel(baris, j["sub_ind"]),
                baca_nilai(_sel(baris, j["sub_target"])),
                baca_nilai(_sel(baris, j["anggaran"])),
                lokasi,
            )
        )
    return hasil


def _nama_indikator_target(tingkat: str, sel: list[str], lokasi: str) -> BarisRkt:
    nama = sel[0]
    j_nilai = next((j for j, c in enumerate(sel[1:], 1) if _NILAI.match(c)), None)
    if j_nilai is None:
        return BarisRkt(tingkat, nama, " ".join(sel[1:]), NilaiCetak(""), NilaiCetak(""), lokasi)
    return BarisRkt(tingkat, nama, " ".join(sel[1:j_nilai]), baca_nilai(sel[j_nilai]), NilaiCetak(""), lokasi)


def kenali(blok: list[Blok], sumber: str) -> LaporanTercetak:
    """Recognise the report's structure and its standard tables."""
    return _Pengenal(sumber).jalankan(blok)


__all__ = ["kenali"]
