"""Laporan Hasil Evaluasi (LHE) Akuntabilitas Kinerja of one agency-year, as a `Dokumen` — written as DOCX and
PDF by the same writers as the LKjIP (tulis_docx, tulis_typst).

Contents: the scores per komponen and sub-komponen (Tabel 1, from sakip.core.lke), the Nilai and predikat with
its interpretation, the findings (evaluator's notes) and recommendations per criterion, and the signatures of
the evaluator (Inspektorat) and the agency head. Everything is computed; nothing here adds a figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sakip.core.angka import format_angka
from sakip.core.lke import HasilLke
from sakip.core.lke.keluaran import tabel_nilai_lke
from sakip.core.model import Pejabat
from sakip.core.tabel import Baris, Tabel, angka_sel, teks
from sakip.core.tanggal import format_tanggal

from .dokumen import judul_tengah
from .isi import BlokTabel, Dokumen, Penandatangan, TandaTangan
from .tulis_docx import tulis_docx
from .tulis_typst import tulis_pdf
from .umum import B, J, L, OpsiDokumen, P, kalimat, penandatangan

# What each predikat means for the agency, in the words evaluation reports commonly use (PermenPANRB 88/2021
# describes the categories; the sentences are ours and may be adjusted).
MAKNA_PREDIKAT = {
    "AA": "akuntabilitas kinerja sangat memuaskan: telah terwujud pemerintahan yang berorientasi hasil, efektif dan efisien",
    "A": "akuntabilitas kinerja memuaskan: pengelolaan kinerja telah berorientasi hasil dan perlu sedikit perbaikan",
    "BB": "akuntabilitas kinerja sangat baik: sebagian besar pengelolaan kinerja telah berorientasi hasil",
    "B": "akuntabilitas kinerja baik: pengelolaan kinerja telah mulai berorientasi hasil, perlu banyak perbaikan",
    "CC": "akuntabilitas kinerja cukup (memadai): sistem dan tatanan SAKIP cukup dapat diandalkan, perlu perbaikan mendasar",
    "C": "akuntabilitas kinerja kurang: sistem dan tatanan SAKIP kurang dapat diandalkan",
    "D": "akuntabilitas kinerja sangat kurang: sistem dan tatanan SAKIP belum dapat diandalkan",
}


@dataclass
class Temuan:
    kode: str
    kriteria: str
    jawaban: str
    catatan: str
    rekomendasi: str
    tanggapan: str = ""


@dataclass
class DataLhe:
    instansi: str
    pemda: str
    tahun: int
    hasil: HasilLke
    temuan: list[Temuan] = field(default_factory=list)
    evaluator: Pejabat | None = None
    kepala: Pejabat | None = None
    tempat: str = ""
    tanggal: date | None = None
    sintetis: bool = False
    nilai_mandiri: str = ""


def buat_lhe(d: DataLhe) -> Dokumen:
    h = d.hasil
    dok = Dokumen(
        judul=f"Laporan Hasil Evaluasi Akuntabilitas Kinerja {d.instansi} {d.tahun}",
        jenis="lhe",
        instansi=d.instansi,
        tahun=d.tahun,
        subjek="Laporan Hasil Evaluasi (LHE) AKIP",
    )
    dok.tambah(
        *judul_tengah(
            "LAPORAN HASIL EVALUASI",
            "AKUNTABILITAS KINERJA INSTANSI PEMERINTAH",
            f"{d.instansi.upper()} TAHUN {d.tahun}",
        )
    )
    if d.sintetis:
        dok.tambah(P(B("DATA SINTETIS (contoh): bukan hasil evaluasi sebenarnya."), rata="tengah", menjorok=False))
    dok.tambah(J("A. Dasar dan Ruang Lingkup", 1, daftar_isi=False))
    dok.tambah(
        P(
            f"Evaluasi atas implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) {d.instansi} tahun "
            f"{d.tahun} dilaksanakan berdasarkan {h.lke.sumber.split(', Lampiran')[0].rstrip('.')}, menggunakan {h.lke.nama}, "
            "meliputi komponen perencanaan kinerja, pengukuran kinerja, pelaporan kinerja dan evaluasi akuntabilitas "
            "kinerja internal."
        )
    )
    dok.tambah(J("B. Hasil Evaluasi", 1, daftar_isi=False))
    if h.nilai is None or h.predikat is None:
        dok.tambah(P(f"Penilaian belum lengkap: {len(h.belum_dijawab)} kriteria belum dinilai."))
    else:
        makna = MAKNA_PREDIKAT.get(h.predikat.kode, h.predikat.interpretasi.lower())
        dok.tambah(
            P(
                f"Hasil evaluasi menunjukkan Nilai Akuntabilitas Kinerja {d.instansi} tahun {d.tahun} sebesar ",
                B(format_angka(h.nilai, 2)),
                " dengan predikat ",
                B(f"{h.predikat.kode} ({h.predikat.interpretasi})"),
                f", yang berarti {makna}.",
            )
        )
        if d.nilai_mandiri:
            dok.tambah(
                P(f"Sebagai pembanding, penilaian mandiri perangkat daerah menghasilkan nilai {d.nilai_mandiri}.")
            )
    t = tabel_nilai_lke(h)
    t.catatan = [c for c in t.catatan if "belum dijawab" in c]
    dok.tambah(BlokTabel(t, nomor="1", judul="Nilai per komponen dan sub-komponen"))
    skala = Tabel(kode="predikat", judul="", kolom=["Predikat", "Nilai", "Interpretasi"], lebar=[12, 20, 40])
    for tk in h.lke.skala_predikat.tingkat:
        skala.baris.append(Baris([teks(tk.kode), teks(tk.rentang_teks().replace("≤ ", "0 – ")), teks(tk.interpretasi)]))
    dok.tambah(BlokTabel(skala, nomor="2", judul="Skala predikat"))
    dok.tambah(J("C. Catatan dan Rekomendasi", 1, daftar_isi=False))
    dengan = [x for x in d.temuan if x.catatan or x.rekomendasi]
    if not dengan:
        dok.tambah(P("Tidak ada catatan evaluator."))
    else:
        tt = Tabel(
            kode="temuan",
            judul="",
            kolom=["Kode", "Kriteria", "Jawaban", "Catatan", "Rekomendasi"],
            lebar=[7, 30, 8, 28, 28],
        )
        for x in dengan:
            tt.baris.append(
                Baris([teks(x.kode), teks(x.kriteria), teks(x.jawaban), teks(x.catatan), teks(x.rekomendasi)])
            )
        dok.tambah(BlokTabel(tt, nomor="3", judul="Catatan evaluator dan rekomendasi per kriteria", ukuran_huruf=8))
    rek = [kalimat(x.rekomendasi) for x in d.temuan if x.rekomendasi]
    if rek:
        dok.tambah(P("Rekomendasi yang perlu ditindaklanjuti:", lanjut=True))
        dok.tambah(L(rek))
    tempat = f"{d.tempat}, {format_tanggal(d.tanggal)}" if d.tanggal else d.tempat
    kanan = (
        penandatangan(d.evaluator, [tempat, "Evaluator,"], jabatan_besar=False)
        if d.evaluator
        else Penandatangan(atas=[tempat, "Evaluator Inspektorat,"], nama="")
    )
    kiri = penandatangan(d.kepala, ["Mengetahui,"]) if d.kepala else None
    dok.tambah(TandaTangan(kanan=kanan, kiri=kiri))
    return dok


def tulis_lhe(d: DataLhe, format: str) -> bytes:
    dok = buat_lhe(d)
    opsi = OpsiDokumen()
    if format == "docx":
        return tulis_docx(dok, opsi)
    if format == "pdf":
        return tulis_pdf(dok, opsi)
    raise ValueError(f"format LHE tidak dikenal: {format}")


# --- the district recap ---------------------------------------------------------------------------------------


@dataclass
class BarisRekapLhe:
    peringkat: int | None
    perangkat_daerah: str
    hasil: HasilLke | None
    nilai_lalu: Decimal | None = None
    sintetis: bool = False


@dataclass
class DataRekap:
    pemda: str
    tahun: int
    komponen: list[str]
    baris: list[BarisRekapLhe]
    tempat: str = ""
    tanggal: date | None = None


def buat_rekap(d: DataRekap) -> Dokumen:
    dok = Dokumen(
        judul=f"Rekapitulasi Hasil Evaluasi Akuntabilitas Kinerja {d.pemda} {d.tahun}",
        jenis="rekap-evaluasi",
        instansi=d.pemda,
        tahun=d.tahun,
        subjek="Rekapitulasi Evaluasi AKIP",
        orientasi="lanskap",
    )
    dok.tambah(
        *judul_tengah(
            "REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA",
            f"PERANGKAT DAERAH {d.pemda.upper()}",
            f"TAHUN {d.tahun}",
        )
    )
    if any(b.sintetis for b in d.baris):
        dok.tambah(P(B("Memuat DATA SINTETIS (contoh), bertanda *."), rata="tengah", menjorok=False))
    t = Tabel(
        kode="rekap",
        judul="",
        kolom=["Peringkat", "Perangkat daerah", *d.komponen, "Nilai", "Predikat", "Tahun lalu", "Perubahan"],
        lebar=[7, 26, *([10] * len(d.komponen)), 8, 14, 8, 8],
    )
    for b in d.baris:
        h = b.hasil
        kom = (
            [angka_sel(k.nilai) for k in h.komponen]
            if h and len(h.komponen) == len(d.komponen)
            else [teks("-") for _ in d.komponen]
        )
        perubahan = None if h is None or h.nilai is None or b.nilai_lalu is None else h.nilai - b.nilai_lalu
        t.baris.append(
            Baris(
                [
                    teks(str(b.peringkat or "-")),
                    teks(b.perangkat_daerah + (" *" if b.sintetis else "")),
                    *kom,
                    angka_sel(h.nilai if h else None),
                    teks(f"{h.predikat.kode} ({h.predikat.interpretasi})" if h and h.predikat else "-"),
                    angka_sel(b.nilai_lalu),
                    angka_sel(perubahan),
                ]
            )
        )
    t.catatan.append("Peringkat di antara evaluasi final menurut nilai yang ditampilkan (2 desimal).")
    dok.tambah(
        BlokTabel(t, nomor="1", judul=f"Nilai Akuntabilitas Kinerja per perangkat daerah {d.tahun}", ukuran_huruf=8)
    )
    return dok


def tulis_rekap(d: DataRekap, format: str) -> bytes:
    dok = buat_rekap(d)
    opsi = OpsiDokumen()
    if format == "docx":
        return tulis_docx(dok, opsi)
    if format == "pdf":
        return tulis_pdf(dok, opsi)
    raise ValueError(f"format rekap tidak dikenal: {format}")
