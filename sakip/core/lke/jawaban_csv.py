"""Answers as a CSV text (``kode,jawaban[,catatan]``), checked row by row against an LKE version.

Pure: takes the text, not a file, so the CLI and the web upload share it. Spreadsheet habits are accepted:
a UTF-8 byte-order mark, ``;`` as the separator (Excel with Indonesian regional settings), blank lines,
upper/lower case answers. Everything else is an error with its row and column, all reported at once.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from .hitung import JawabanTidakValid, normalisasi_jawaban, pesan_jawaban_salah
from .model import Lke

KOLOM_WAJIB = ("kode", "jawaban")
KOLOM_BOLEH = ("catatan",)


@dataclass(slots=True)
class LembarJawaban:
    jawaban: dict[str, str] = field(default_factory=dict)
    catatan: dict[str, str] = field(default_factory=dict)


def baca_jawaban_csv(teks: str, lke: Lke, *, wajib_lengkap: bool = True) -> LembarJawaban:
    teks = teks.removeprefix("\ufeff")
    baris_pertama = next((b for b in teks.splitlines() if b.strip()), "")
    if not baris_pertama:
        raise JawabanTidakValid(["berkas jawaban kosong: baris pertama harus judul kolom kode,jawaban"])
    pemisah = ";" if baris_pertama.count(";") > baris_pertama.count(",") else ","
    pembaca = csv.reader(io.StringIO(teks), delimiter=pemisah)
    masalah: list[str] = []
    judul: list[str] | None = None
    hasil = LembarJawaban()
    asal: dict[str, int] = {}
    for nomor, baris in enumerate(pembaca, start=1):
        if not any(s.strip() for s in baris):
            continue
        if judul is None:
            judul = [s.strip().lower() for s in baris]
            kurang = [k for k in KOLOM_WAJIB if k not in judul]
            asing = [k for k in judul if k not in KOLOM_WAJIB + KOLOM_BOLEH]
            if kurang:
                masalah.append(
                    f"baris {nomor}: kolom {', '.join(kurang)} tidak ada (judul kolom harus kode,jawaban[,catatan])"
                )
            if asing:
                masalah.append(
                    f"baris {nomor}: kolom {', '.join(repr(a) for a in asing)} tidak dikenal (yang dikenal: kode, jawaban, catatan)"
                )
            if kurang or asing:
                raise JawabanTidakValid(masalah)
            continue
        if len(baris) > len(judul):
            masalah.append(f"baris {nomor}: {len(baris)} kolom, judul hanya {len(judul)} kolom")
            continue
        sel = dict(zip(judul, [s.strip() for s in baris] + [""] * (len(judul) - len(baris)), strict=True))
        kode, j = sel["kode"], sel["jawaban"]
        kolom_kode = judul.index("kode") + 1
        kolom_jawaban = judul.index("jawaban") + 1
        k = lke.kriteria(kode)
        if not kode:
            masalah.append(f"baris {nomor}, kolom {kolom_kode} (kode): kode kriteria kosong")
            continue
        if k is None:
            masalah.append(f"baris {nomor}, kolom {kolom_kode} (kode): kode '{kode}' tidak ada dalam {lke.nama}")
            continue
        if kode in asal:
            masalah.append(
                f"baris {nomor}, kolom {kolom_kode} (kode): kriteria {kode} sudah dijawab di baris {asal[kode]}"
            )
            continue
        asal[kode] = nomor
        if not j:
            if wajib_lengkap:
                masalah.append(f"baris {nomor}, kolom {kolom_jawaban} (jawaban): jawaban kriteria {kode} kosong")
            continue
        if normalisasi_jawaban(j) not in k.jenis.nilai:
            masalah.append(f"baris {nomor}, kolom {kolom_jawaban} (jawaban): {pesan_jawaban_salah(k, j)}")
            continue
        hasil.jawaban[kode] = normalisasi_jawaban(j)
        if sel.get("catatan"):
            hasil.catatan[kode] = sel["catatan"]
    if judul is None:
        masalah.append("berkas jawaban kosong: baris pertama harus judul kolom kode,jawaban")
    if wajib_lengkap and judul is not None:
        hilang = [k.kode for k in lke.semua_kriteria() if k.kode not in asal]
        if hilang:
            masalah.append(f"{len(hilang)} kriteria tidak ada dalam berkas: {', '.join(hilang)}")
    if masalah:
        raise JawabanTidakValid(masalah)
    return hasil
