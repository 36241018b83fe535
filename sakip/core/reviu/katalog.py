"""The catalogue of reviu rules: one code, one severity, one family, one plain-Indonesian description.

Codes are ``KELUARGA-SUBJEK``:

- ``ARIT-*``   arithmetic: a printed figure recomputed from the figures it is made of;
- ``ANGG-*``   budget tables: children against parents, totals, refocusing, realisation against ceiling;
- ``SILANG-*`` cross-table: the same figure or item in two places of the report (or report vs data);
- ``RENC-*``   plan consistency: Renstra, RKT, PK and IKU against each other;
- ``PROSA-*``  the text against the tables: predikat words, comparisons, conclusions, counts, dates;
- ``LENGKAP-*`` completeness: sections, tables, the seven analyses, the PK, blank cells;
- ``DATA-*``   the validity of a single value (rank against grade).

A code's severity never varies: where a check can be serious or minor, it has two codes. docs/reviu.md
describes every code for auditors; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from .temuan import Temuan, Tingkat

G, P, C = Tingkat.GALAT, Tingkat.PERINGATAN, Tingkat.CATATAN


@dataclass(frozen=True, slots=True)
class Aturan:
    kode: str
    tingkat: Tingkat
    judul: str

    @property
    def keluarga(self) -> str:
        return self.kode.split("-", 1)[0]


_DAFTAR = [
    # arithmetic
    Aturan("ARIT-CAPAIAN", G, "Capaian tidak sesuai target dan realisasi"),
    Aturan("ARIT-PEMBULATAN", C, "Angka dipotong, bukan dibulatkan"),
    Aturan("ARIT-POLARITAS", C, "Capaian dihitung dengan rumus polaritas negatif"),
    Aturan("ARIT-RATA", G, "Rata-rata tidak sesuai angka yang dirata-ratakan"),
    Aturan("ARIT-RATA-BATAS", G, "Rata-rata mengabaikan batas capaian kerangka pengukuran"),
    Aturan("ARIT-PREDIKAT", G, "Predikat tidak sesuai capaian"),
    Aturan("ARIT-PERSEN", G, "Persentase tidak sesuai angka rupiah atau jumlahnya"),
    Aturan("ARIT-EFISIENSI", G, "Tingkat efisiensi tidak sesuai aturan efisiensi"),
    Aturan("ARIT-JUMLAH", G, "Baris jumlah tidak sama dengan jumlah rinciannya"),
    Aturan("ARIT-RINCIAN", P, "Rincian dalam uraian tidak berjumlah sama dengan totalnya"),
    Aturan("ARIT-TERBILANG", G, "Terbilang tidak sesuai angkanya"),
    Aturan("ARIT-IKU-RUMUS", G, "Realisasi tidak sesuai formula indikatornya"),
    Aturan("ARIT-TERHITUNG", G, "Realisasi diketik berbeda dari nilai yang dihitung dari catatan"),
    # budget
    Aturan("ANGG-JUMLAH-ANAK", G, "Angka induk tidak sama dengan jumlah rinciannya"),
    Aturan("ANGG-JUMLAH-TOTAL", G, "Total anggaran tidak sama dengan jumlah program"),
    Aturan("ANGG-REALISASI-LEBIH", G, "Realisasi melebihi pagu"),
    Aturan("ANGG-REFOCUSING", G, "Total refocusing tidak sama dengan jumlah rinciannya"),
    Aturan("ANGG-KOMPOSISI", G, "Belanja operasi dan modal tidak berjumlah sama dengan total"),
    Aturan("ANGG-PK", G, "Anggaran program berbeda dengan Perjanjian Kinerja"),
    Aturan("ANGG-TIDAK-DIRINCI", C, "Anggaran dicatat tanpa rincian sub kegiatan"),
    Aturan("ANGG-REALISASI-KOSONG", P, "Realisasi anggaran belum diisi"),
    # cross-table
    Aturan("SILANG-ANGKA-BEDA", G, "Angka yang sama tercetak berbeda di dua tempat"),
    Aturan("SILANG-BARIS-TERTUKAR", G, "Baris memuat angka baris lain"),
    Aturan("SILANG-TIDAK-ADA", P, "Butir di satu tabel tidak ada di tabel lain"),
    Aturan("SILANG-TAHUN-LALU", P, "Angka tahun sebelumnya tidak sesuai sumbernya"),
    Aturan("SILANG-NOMOR", P, "Nomor dokumen yang sama tertulis berbeda"),
    Aturan("SILANG-RUJUKAN", P, "Peraturan yang sama dirujuk dengan nomor atau tahun berbeda"),
    # plan
    Aturan("RENC-TARGET-BEDA", P, "Target Renstra, RKT dan PK berbeda tanpa perubahan tercatat"),
    Aturan("RENC-OUTPUT-BEDA", P, "Target output RKT berbeda dengan tabel realisasi"),
    Aturan("RENC-OUTPUT-SATUAN", C, "Satuan output RKT berbeda dengan tabel realisasi"),
    Aturan("RENC-IKU-RUMUS", G, "Formula IKU merosot (pembilang sama dengan penyebut)"),
    Aturan("RENC-IKU-KOSONG", P, "IKU tanpa formula, penanggung jawab atau sumber data"),
    Aturan("RENC-POLARITAS", P, "Indikator tanpa polaritas"),
    Aturan("RENC-TARGET-KOSONG", P, "Indikator tanpa target"),
    Aturan("RENC-OUTPUT-KOSONG", P, "Sub kegiatan tanpa indikator output"),
    Aturan("RENC-PK-PERUBAHAN", P, "PK perubahan tanpa alasan perubahan"),
    # prose
    Aturan("PROSA-PREDIKAT", G, "Predikat dalam uraian bertentangan dengan tabel"),
    Aturan("PROSA-PREDIKAT-KATA", P, "Sebutan capaian dalam uraian memakai kata predikat lain"),
    Aturan("PROSA-SEBARAN", G, "Sebaran predikat dalam uraian bertentangan dengan tabel"),
    Aturan("PROSA-TARGET", G, "Pernyataan di atas / di bawah / sesuai target keliru"),
    Aturan("PROSA-TAHUN-LALU", G, "Perbandingan dengan tahun sebelumnya keliru"),
    Aturan("PROSA-EFISIENSI", G, "Kesimpulan efisiensi bertentangan dengan Tabel 3.7"),
    Aturan("PROSA-JUMLAH", G, "Jumlah yang disebut dalam uraian tidak sesuai tabel"),
    Aturan("PROSA-ANGKA", G, "Angka dalam uraian tidak sesuai tabel"),
    Aturan("PROSA-ANGKA-LAIN", P, "Angka dalam uraian adalah besaran lain dari yang disebut"),
    Aturan("PROSA-SELISIH", G, "Kenaikan / penurunan yang disebut tidak sesuai angkanya"),
    Aturan("PROSA-TAHUN", G, "Tahun anggaran yang disebut bukan tahun laporan"),
    Aturan("PROSA-TANGGAL", G, "Tanggal laporan sebelum tahun laporan berakhir"),
    Aturan("PROSA-SELURUH", P, "Uraian menyatakan seluruhnya tercapai, realisasi tidak 100%"),
    Aturan("PROSA-ISIAN", P, "Isian templat belum diisi atau angka hilang"),
    # completeness
    Aturan("LENGKAP-BAGIAN", G, "Bagian wajib laporan tidak ada"),
    Aturan("LENGKAP-TABEL", P, "Tabel baku tidak ditemukan"),
    Aturan("LENGKAP-ANALISIS", P, "Analisis capaian per sasaran tidak lengkap"),
    Aturan("LENGKAP-PK", G, "Perjanjian Kinerja tidak dilampirkan atau tidak lengkap"),
    Aturan("LENGKAP-SEL-KOSONG", C, "Sel angka atau keterangan kosong"),
    Aturan("LENGKAP-DIKTUM", C, "Penomoran diktum keputusan melompat"),
    Aturan("LENGKAP-OCR", P, "Angka hasil pindai tidak terbaca dengan yakin oleh OCR"),
    # single values
    Aturan("DATA-PANGKAT", P, "Pangkat tidak sesuai golongan ruang"),
]

KATALOG: dict[str, Aturan] = {a.kode: a for a in _DAFTAR}


def temuan(
    kode: str,
    lokasi: str,
    pesan: str,
    *,
    tercetak: str = "",
    seharusnya: str = "",
    subjek: str = "",
    jalur: str = "",
    sumber: str = "",
) -> Temuan:
    """A finding of a catalogued rule (its severity comes from the catalogue)."""
    aturan = KATALOG[kode]
    return Temuan(
        kode=kode,
        tingkat=aturan.tingkat,
        lokasi=lokasi,
        pesan=pesan,
        tercetak=tercetak,
        seharusnya=seharusnya,
        subjek=subjek,
        jalur=jalur,
        sumber=sumber,
    )
