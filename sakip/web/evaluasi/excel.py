"""The worksheet as Excel, the evaluators' habit: export every criterion with its proposal and both answers; import
the filled columns back — all or nothing, each problem with its row and column.

Who imports what: the Inspektorat the evaluator's columns (jawaban, catatan, rekomendasi); the agency the
self-assessment columns while it is still "mandiri". Columns are found by their header, so a reordered or
trimmed sheet still reads; the other columns are ignored.
"""

from __future__ import annotations

import io
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from sakip.berkas.aman import MasukanBerbahaya, periksa_zip
from sakip.core.lke import muat_lke, normalisasi_jawaban
from sakip.core.lke.hitung import pesan_jawaban_salah
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import Aktor, boleh_ubah_pd, pastikan_baca_pd
from sakip.web.perencanaan.models import TahunKinerja

from . import selectors, services
from .models import Evaluasi

KOLOM = [
    ("Kode", 8),
    ("Komponen", 22),
    ("Sub-komponen", 14),
    ("Kriteria", 60),
    ("Pilihan jawaban", 16),
    ("Usulan dari data", 10),
    ("Alasan usulan", 50),
    ("Jawaban mandiri", 10),
    ("Keterangan mandiri", 30),
    ("Jawaban evaluator", 10),
    ("Catatan evaluator", 40),
    ("Rekomendasi", 40),
]
KOLOM_EVALUATOR = {"Jawaban evaluator": "evaluator", "Catatan evaluator": "catatan", "Rekomendasi": "rekomendasi"}
KOLOM_MANDIRI = {"Jawaban mandiri": "mandiri", "Keterangan mandiri": "mandiri_catatan"}
MAKS_BYTE = 5 * 1024 * 1024


def lembar_ekspor(*, aktor: Aktor, tk: TahunKinerja) -> bytes:
    h = selectors.halaman_evaluasi(aktor=aktor, tk=tk)
    ev = h.evaluasi
    lihat = ev is not None and (ev.terkunci or aktor.reviewer or aktor.admin)
    wb = Workbook()
    ws = wb.active
    ws.title = "LKE"
    ws.append([k for k, _ in KOLOM])
    for i, (_, lebar) in enumerate(KOLOM, start=1):
        ws.column_dimensions[get_column_letter(i)].width = lebar
        ws.cell(row=1, column=i).font = Font(bold=True)
        ws.cell(row=1, column=i).fill = PatternFill("solid", fgColor="DDE7F0")
    for kom, subs, _, _ in h.komponen:
        for s in subs:
            for b in s.kriteria:
                j = b.jawaban
                ws.append(
                    [
                        b.kriteria.kode,
                        kom.nama,
                        s.nama,
                        b.kriteria.teks,
                        ", ".join(b.kriteria.jenis.nilai),
                        (b.usulan.jawaban if b.usulan else None) or "",
                        b.usulan.alasan if b.usulan else "",
                        j.mandiri if j else "",
                        j.mandiri_catatan if j else "",
                        (j.evaluator if j and lihat else ""),
                        (j.catatan if j and lihat else ""),
                        (j.rekomendasi if j and lihat else ""),
                    ]
                )
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"
    info = wb.create_sheet("Petunjuk")
    for baris in (
        [f"Lembar Kerja Evaluasi {tk.perangkat_daerah.nama} {tk.tahun} — {h.lke.nama}"],
        ["Isi kolom jawaban dengan salah satu pilihan pada kolom 'Pilihan jawaban'. Kolom lain diabaikan saat impor."],
        [
            "Inspektorat mengimpor kolom Jawaban evaluator, Catatan evaluator, Rekomendasi; perangkat daerah kolom Jawaban mandiri dan Keterangan mandiri."
        ],
        ["Impor bersifat semua-atau-tidak-sama-sekali: satu kesalahan membatalkan seluruh impor."],
    ):
        info.append(baris)
    if ev is not None and ev.sintetis:
        info.append(["DATA SINTETIS (contoh): bukan hasil evaluasi sebenarnya."])
    keluar = io.BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


def lembar_impor(*, aktor: Aktor, tk: TahunKinerja, data: bytes, nama: str, alasan: str = "", versi: int | None) -> int:
    """Apply a filled worksheet. Returns the number of values changed; raises AlurDitolak listing every problem."""
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    if aktor.reviewer:
        kolom = KOLOM_EVALUATOR
    elif boleh_ubah_pd(aktor, tk.perangkat_daerah):
        kolom = KOLOM_MANDIRI
    else:
        from sakip.web.organisasi.akses import TidakBerwenang

        raise TidakBerwenang(
            "Lembar kerja diimpor oleh Inspektorat (penilaian) atau operator perangkat daerah (mandiri)."
        )
    ev = Evaluasi.objects.filter(tahun_kinerja=tk).first()
    if ev is None:
        raise AlurDitolak(f"Evaluasi {tk.tahun} belum dimulai.")
    if not nama.lower().endswith(".xlsx"):
        raise AlurDitolak(f"'{nama}' bukan lembar kerja Excel (.xlsx).")
    if len(data) > MAKS_BYTE:
        raise AlurDitolak(f"Berkas melebihi {MAKS_BYTE // (1024 * 1024)} MB.")
    try:
        periksa_zip(data)
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except MasukanBerbahaya as exc:
        raise AlurDitolak(f"'{nama}' ditolak: {exc}.") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise AlurDitolak(f"'{nama}' bukan berkas Excel yang sah atau rusak.") from None
    ws = wb["LKE"] if "LKE" in wb.sheetnames else wb.worksheets[0]
    baris = list(ws.iter_rows(values_only=True))
    wb.close()
    if not baris:
        raise AlurDitolak("Lembar kerja kosong.")
    judul = [str(x).strip() if x is not None else "" for x in baris[0]]
    if "Kode" not in judul:
        raise AlurDitolak("Baris 1: kolom 'Kode' tidak ditemukan (gunakan lembar hasil ekspor).")
    posisi = {j: i for i, j in enumerate(judul) if j}
    dipakai = {j: f for j, f in kolom.items() if j in posisi}
    if not dipakai:
        raise AlurDitolak(f"Baris 1: tidak ada kolom yang dapat diimpor ({', '.join(kolom)}).")
    lke = muat_lke(ev.lke)
    masalah: list[str] = []
    isian: dict[str, dict[str, str]] = {}
    asal: dict[str, int] = {}
    i_kode = posisi["Kode"]
    for n, r in enumerate(baris[1:], start=2):
        if r is None or all(x is None or str(x).strip() == "" for x in r):
            continue
        kode = str(r[i_kode]).strip() if i_kode < len(r) and r[i_kode] is not None else ""
        huruf_kode = get_column_letter(i_kode + 1)
        k = lke.kriteria(kode)
        if k is None:
            masalah.append(f"baris {n}, kolom {huruf_kode} (Kode): kode '{kode}' tidak ada dalam {lke.nama}")
            continue
        if kode in asal:
            masalah.append(f"baris {n}, kolom {huruf_kode} (Kode): kriteria {kode} sudah ada di baris {asal[kode]}")
            continue
        asal[kode] = n
        isi = {}
        for j, f in dipakai.items():
            i = posisi[j]
            v = r[i] if i < len(r) else None
            teks = "" if v is None else str(v).strip()
            if f in ("evaluator", "mandiri") and teks and normalisasi_jawaban(teks) not in k.jenis.nilai:
                masalah.append(f"baris {n}, kolom {get_column_letter(i + 1)} ({j}): {pesan_jawaban_salah(k, teks)}")
            if len(teks) > services.MAKS_TEKS:
                masalah.append(
                    f"baris {n}, kolom {get_column_letter(i + 1)} ({j}): teks terlalu panjang ({len(teks)} karakter)"
                )
            isi[f] = teks
        isian[kode] = isi
    if masalah:
        lagi = f"; dan {len(masalah) - 20} masalah lain" if len(masalah) > 20 else ""
        raise AlurDitolak(
            f"Impor dibatalkan, tidak ada yang disimpan ({len(masalah)} masalah): "
            + "; ".join(masalah[:20])
            + lagi
            + "."
        )
    if aktor.reviewer:
        return services.nilai_simpan(
            aktor=aktor, tk=tk, isian=isian, alasan=alasan or f"impor Excel {nama}", versi=versi
        )
    return services.mandiri_simpan(aktor=aktor, tk=tk, isian=isian, versi=versi)
