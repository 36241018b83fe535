"""Completeness of a printed report: the chapters PermenPANRB 53/2014 requires, the standard tables, the seven
analyses per sasaran, the agreement (PK) attached.
"""

from __future__ import annotations

import re

from .katalog import temuan
from .konteks import Konteks
from .temuan import Temuan

SUMBER = "laporan"

BAB_WAJIB = (
    ("KATA PENGANTAR", "Kata Pengantar"),
    ("IKHTISAR EKSEKUTIF", "Ikhtisar Eksekutif"),
    ("BAB I", "Bab I Pendahuluan"),
    ("BAB II", "Bab II Perencanaan Kinerja"),
    ("BAB III", "Bab III Akuntabilitas Kinerja"),
    ("BAB IV", "Bab IV Penutup"),
    ("LAMPIRAN", "Lampiran"),
)

SUBBAB_WAJIB = (
    ("BAB II", r"rencana\s+strategis|renstra", "Rencana Strategis"),
    ("BAB II", r"rencana\s+kinerja\s+tahunan|\bRKT\b", "Rencana Kinerja Tahunan"),
    ("BAB II", r"indikator\s+kinerja\s+utama|\bIKU\b", "Indikator Kinerja Utama"),
    ("BAB II", r"perjanjian\s+kinerja", "Perjanjian Kinerja"),
    ("BAB III", r"kerangka\s+pengukuran|pengukuran\s+kinerja", "Kerangka pengukuran kinerja"),
    ("BAB III", r"capaian\s+kinerja", "Capaian kinerja"),
    ("BAB III", r"realisasi\s+anggaran", "Realisasi anggaran"),
    ("BAB IV", r"kesimpulan", "Kesimpulan"),
)

TABEL_WAJIB = (
    ("pengukuran", "Tabel pengukuran kinerja (target, realisasi, capaian; Tabel 3.1)"),
    ("perbandingan", "Tabel perbandingan dengan tahun-tahun sebelumnya (Tabel 3.2)"),
    ("renstra_akhir", "Tabel perbandingan dengan target akhir Renstra (Tabel 3.3)"),
    ("nasional", "Tabel perbandingan dengan realisasi nasional (Tabel 3.4)"),
    ("program_kegiatan", "Tabel program, kegiatan dan sub kegiatan pendukung sasaran (Tabel 3.6)"),
    ("efisiensi", "Tabel efisiensi penggunaan sumber daya (Tabel 3.7)"),
    ("anggaran", "Tabel realisasi anggaran per program (Tabel 3.8)"),
)

_PENYEBAB = re.compile(
    r"penyebab|permasalahan|masalah|kendala|hambatan|faktor|keberhasilan|kegagalan|berkat|disebabkan", re.I
)
_SOLUSI = re.compile(r"solusi|upaya|langkah|rencana\s+ke\s*depan|ke\s*depan|kedepan|perlu|perbaikan|rekomendasi", re.I)


def _t(kode: str, lokasi: str, pesan: str, **kw) -> Temuan:
    return temuan(kode, lokasi, pesan, sumber=SUMBER, **kw)


def jalankan(k: Konteks) -> list[Temuan]:
    lap = k.lap
    hasil: list[Temuan] = []
    bab = {p.bab for p in lap.paragraf} | {t.bab for t in lap.tabel}
    if not bab & {kode for kode, _ in BAB_WAJIB if kode != "LAMPIRAN"} and not lap.pengukuran:
        # not a performance report at all (a PK, a matrix, a letter): one finding, not one per chapter
        return [
            _t(
                "LENGKAP-BAGIAN",
                "laporan",
                "Dokumen ini tidak memuat bab-bab laporan kinerja (Kata Pengantar, Ikhtisar Eksekutif, Bab I–IV) maupun "
                "tabel pengukuran kinerja: yang direviu hanya angka dan uraian yang ada di dalamnya.",
                tercetak="(bukan laporan kinerja lengkap)",
                seharusnya="sistematika LKjIP (PermenPANRB 53/2014)",
                subjek="bab|semua",
            )
        ]
    for kode, nama in BAB_WAJIB:
        if kode not in bab:
            hasil.append(
                _t(
                    "LENGKAP-BAGIAN",
                    "laporan",
                    f"{nama} tidak ditemukan. Sistematika laporan kinerja (PermenPANRB 53/2014) mewajibkan bagian ini.",
                    tercetak="(tidak ada)",
                    seharusnya=nama,
                    subjek=f"bab|{kode}",
                )
            )
    for kode_bab, pola, nama in SUBBAB_WAJIB:
        if kode_bab not in bab:
            continue
        judul = " ".join(p.teks for p in lap.paragraf if p.bab == kode_bab and (p.judul or p.bagian == p.teks))
        judul += " " + " ".join({p.bagian for p in lap.paragraf if p.bab == kode_bab})
        if not re.search(pola, judul, re.I):
            hasil.append(
                _t(
                    "LENGKAP-BAGIAN",
                    kode_bab,
                    f"Subbagian '{nama}' tidak ditemukan di {kode_bab}.",
                    tercetak="(tidak ada)",
                    seharusnya=nama,
                    subjek=f"subbab|{kode_bab}|{nama}",
                )
            )
    ada_jenis = {t.jenis for t in lap.tabel}
    for jenis, nama in TABEL_WAJIB:
        if jenis not in ada_jenis:
            hasil.append(
                _t(
                    "LENGKAP-TABEL",
                    "BAB III",
                    f"{nama} tidak ditemukan (dicari dari judul kolomnya).",
                    tercetak="(tidak ada)",
                    seharusnya=nama,
                    subjek=f"tabel|{jenis}",
                )
            )
    hasil += _analisis(k, ada_jenis)
    hasil += _pk(k)
    hasil += _ocr(k)
    return hasil


TAK_TERBACA = "\u2047"  # what the OCR reader prints for a number it could not read with confidence


def _ocr(k: Konteks) -> list[Temuan]:
    """Numbers of a scanned page OCR could not read with confidence are listed, never guessed: the rules skip those
    cells, so the reviewer checks them by eye."""
    hasil = []
    for t in k.lap.tabel:
        tempat = [
            f"baris {i + 1} kolom '{t.kolom[j] if j < len(t.kolom) else j + 1}'"
            for i, r in enumerate(t.baris)
            for j, c in enumerate(r)
            if TAK_TERBACA in c
        ]
        if tempat:
            yakin = f" (keyakinan OCR tabel {t.keyakinan:.0f}%)" if t.keyakinan is not None else ""
            hasil.append(
                _t(
                    "LENGKAP-OCR",
                    t.lokasi(),
                    f"{len(tempat)} sel angka hasil pindai tidak terbaca dengan yakin{yakin}: "
                    + "; ".join(tempat[:8])
                    + ("; …" if len(tempat) > 8 else "")
                    + ". Aturan hitung tidak memeriksa sel itu; periksa angkanya pada dokumen asli.",
                    tercetak=TAK_TERBACA,
                    seharusnya="angka yang terbaca",
                    subjek=f"ocr|{t.nama}|{t.halaman}",
                )
            )
    for p in k.lap.paragraf:
        if TAK_TERBACA in p.teks:
            n = p.teks.count(TAK_TERBACA)
            yakin = f" (keyakinan OCR {p.keyakinan:.0f}%)" if p.keyakinan is not None else ""
            hasil.append(
                _t(
                    "LENGKAP-OCR",
                    p.lokasi,
                    f"{n} angka dalam uraian hasil pindai tidak terbaca dengan yakin{yakin}; periksa pada dokumen asli.",
                    tercetak=TAK_TERBACA,
                    seharusnya="angka yang terbaca",
                    subjek=f"ocr|{p.nomor}",
                )
            )
    return hasil


def _analisis(k: Konteks, ada_jenis: set[str]) -> list[Temuan]:
    hasil: list[Temuan] = []
    lap = k.lap
    teks_sasaran: dict[int, str] = {}
    for p in lap.paragraf:
        if p.sasaran is not None and p.bab == "BAB III":
            teks_sasaran[p.sasaran] = teks_sasaran.get(p.sasaran, "") + " " + p.teks
    ada_uraian = bool(teks_sasaran)
    for s in k.sasaran:
        kurang: list[str] = []
        for ind in s.indikator:
            if ind.target is None or ind.realisasi is None:
                kurang.append(f"(1) target dan realisasi {ind.nama}")
            b2 = ind.baris.get("3.2")
            if "perbandingan" in ada_jenis and k.tahun is not None:
                lalu = k.tahun - 1
                ditarget = (
                    ind.renstra is not None
                    and ind.renstra.target.get(lalu) is not None
                    and ind.renstra.target[lalu].nilai
                )
                if b2 is None:
                    kurang.append(f"(2) perbandingan {ind.nama} dengan tahun sebelumnya")
                elif ditarget and (lalu not in b2.realisasi_tahun or b2.realisasi_tahun[lalu].nilai is None):
                    kurang.append(
                        f"(2) realisasi {lalu} {ind.nama} (target {lalu} ada di Renstra), sehingga perbandingan dengan "
                        "tahun sebelumnya tidak dapat dilakukan"
                    )
            if "renstra_akhir" in ada_jenis and "3.3" not in ind.baris:
                kurang.append(f"(3) perbandingan {ind.nama} dengan target akhir Renstra")
            if "nasional" in ada_jenis and "3.4" not in ind.baris:
                kurang.append(f"(4) perbandingan {ind.nama} dengan realisasi nasional")
        if ada_uraian:
            teks = teks_sasaran.get(s.no, "")
            if not (_PENYEBAB.search(teks) and _SOLUSI.search(teks)):
                kurang.append("(5) analisis penyebab keberhasilan/kegagalan beserta solusinya")
        if "efisiensi" in ada_jenis and s.efisiensi is None:
            kurang.append("(6) analisis efisiensi sumber daya")
        if "program_kegiatan" in ada_jenis and s.pohon is None:
            kurang.append("(7) program dan kegiatan yang mendukung sasaran")
        for apa in kurang:
            hasil.append(
                _t(
                    "LENGKAP-ANALISIS",
                    s.indikator[0].utama.lokasi if s.indikator else "BAB III",
                    f"Sasaran {s.no} ({s.uraian[:70]}): tidak ada {apa}.",
                    tercetak="(tidak ada)",
                    seharusnya=f"analisis {apa[:3]} dicantumkan",
                    subjek=f"analisis|{s.no}|{apa[:3]}|{apa[4:40]}",
                )
            )
    return hasil


def _pk(k: Konteks) -> list[Temuan]:
    lap = k.lap
    teks = lap.teks_penuh()
    lampiran = [p for p in lap.paragraf if p.bab == "LAMPIRAN"]
    pk_lampiran = [pk for pk in lap.pk if pk.lokasi == "LAMPIRAN"] or [
        p for p in lampiran if re.search(r"perjanjian\s+kinerja", p.teks, re.I) and p.judul
    ]
    if not lap.pk and not re.search(r"perjanjian\s+kinerja", teks, re.I):
        return [
            _t(
                "LENGKAP-PK",
                "laporan",
                "Laporan tidak memuat Perjanjian Kinerja: target yang diukur harus berasal dari PK yang ditandatangani.",
                tercetak="(tidak ada)",
                seharusnya="Perjanjian Kinerja (pernyataan dan lampirannya)",
                subjek="pk|tidak-ada",
            )
        ]
    hasil = []
    if not pk_lampiran:
        hasil.append(
            _t(
                "LENGKAP-PK",
                "LAMPIRAN",
                "Dokumen Perjanjian Kinerja yang ditandatangani tidak dilampirkan.",
                tercetak="(tidak dilampirkan)",
                seharusnya="lampiran Perjanjian Kinerja",
                subjek="pk|lampiran",
            )
        )
    elif lampiran and not re.search(r"pihak\s+pertama", " ".join(p.teks for p in lampiran), re.I):
        hasil.append(
            _t(
                "LENGKAP-PK",
                "LAMPIRAN",
                "Perjanjian Kinerja yang dilampirkan tidak memuat pernyataan dan tanda tangan pihak pertama dan pihak kedua.",
                tercetak="(tanpa pernyataan/tanda tangan)",
                seharusnya="pernyataan perjanjian dengan tanda tangan kedua pihak",
                subjek="pk|tanda-tangan",
            )
        )
    return hasil
