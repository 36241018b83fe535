"""Every printed-report rule, positive and negative, on a clean report.

`data/bersih.txt` is the LKjIP our system wrote for the Kencong berkas with the source's errors repaired
(`bantu.berkas_bersih`), read back as extracted text. It reviews with no finding at all: that is every rule's
negative case. Each positive case changes the text the way a typist would and expects exactly that rule to
fire (other rules may fire too: a wrong figure is often wrong in two ways).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from sakip.berkas.laporan_cetak import baca_laporan_teks
from sakip.core.reviu import reviu_laporan
from sakip.core.reviu.temuan import Tingkat

BERSIH = Path(__file__).parent / "data" / "bersih.txt"


@cache
def teks_bersih() -> str:
    return BERSIH.read_text(encoding="utf-8")


def ganti(*pasangan: tuple[str, str]) -> Callable[[str], str]:
    def ubah(teks: str) -> str:
        for lama, baru in pasangan:
            assert lama in teks, f"teks acuan tidak ada di laporan bersih: {lama!r}"
            teks = teks.replace(lama, baru, 1)
        return teks

    return ubah


def hapus_tabel(caption: str) -> Callable[[str], str]:
    def ubah(teks: str) -> str:
        pola = re.compile(rf"{re.escape(caption)}[^\n]*\n\n(?:[^\n]*\t[^\n]*\n)+", re.M)
        assert pola.search(teks), caption
        return pola.sub("", teks, count=1)

    return ubah


S2_B2 = "Hasil evaluasi terhadap sasaran ini menunjukkan predikat AA (Sangat Memuaskan) dengan nilai capaian 92,37%"

KASUS: dict[str, Callable[[str], str]] = {
    "ARIT-CAPAIAN": ganti(
        ("Indeks Kepuasan Masyarakat\t91,5\t84,52\t92,37%", "Indeks Kepuasan Masyarakat\t91,5\t84,52\t95,37%")
    ),
    "ARIT-PEMBULATAN": ganti(("96,5%\t100%\t103,63%\tAA", "96,5%\t100%\t103,62%\tAA")),
    "ARIT-POLARITAS": ganti(
        ("Indeks Kepuasan Masyarakat\t91,5\t84,52\t92,37%", "Indeks Kepuasan Masyarakat\t91,5\t84,52\t107,63%")
    ),
    "ARIT-RATA": ganti(("Rata-rata capaian\t92,37%", "Rata-rata capaian\t91,00%")),
    "ARIT-RATA-BATAS": ganti(("Rata-rata capaian\t100,00%", "Rata-rata capaian\t103,63%")),
    "ARIT-PREDIKAT": ganti(("75%\t82,42%\tA\n", "75%\t82,42%\tBB\n")),
    "ARIT-PERSEN": ganti(
        ("7.01.01\t2.482.163.194\t1.909.122.597\t76,91%", "7.01.01\t2.482.163.194\t1.909.122.597\t77,91%")
    ),
    "ARIT-EFISIENSI": ganti(("92,37%\t99,10%\tTidak Efisien", "92,37%\t99,10%\tEfisien")),
    "ARIT-JUMLAH": ganti(
        (
            "14\tPengadministrasi Kependudukan\t1\tPelaksana\n",
            "14\tPengadministrasi Kependudukan\t1\tPelaksana\n\tJumlah\t12\t\n",
        )
    ),
    "ARIT-RINCIAN": ganti(
        (
            "Komposisi penduduk menurut pekerjaan disajikan dalam tabel berikut.",
            "Jumlah penduduk sebanyak 72.067 jiwa. Sebanyak 17.639 jiwa belum bekerja, 570 jiwa tenaga pengajar dan "
            "19.769 jiwa wiraswasta.",
        )
    ),
    "ARIT-TERBILANG": ganti(("Sembilan Puluh Empat Rupiah)", "Sembilan Puluh Lima Rupiah)")),
    "ARIT-IKU-RUMUS": ganti(
        (
            "Indikator keberhasilan sasaran ini diukur dengan menghitung persentase indikator program yang tercapai.\n",
            "Indikator keberhasilan sasaran ini diukur dengan menghitung persentase indikator program yang tercapai.\n\n"
            "- Program Penunjang tercapai 50 %\n\n- Program Penyelenggaraan tercapai 100 %\n\n"
            "Sehingga rata rata % indikator program adalah 75%\n",
        )
    ),
    "ANGG-JUMLAH-ANAK": ganti(
        ("Perangkat Daerah\t7.01.01.2.02\t2.011.074.135", "Perangkat Daerah\t7.01.01.2.02\t2.011.074.136")
    ),
    "ANGG-JUMLAH-TOTAL": ganti(("JUMLAH\t\t3.739.669.394\t3.114.077.597", "JUMLAH\t\t3.739.669.395\t3.114.077.597")),
    "ANGG-REALISASI-LEBIH": ganti(
        ("7.01.01.2.08.0004\t83.750.000\t83.750.000", "7.01.01.2.08.0004\t83.750.000\t83.750.001")
    ),
    "ANGG-REFOCUSING": ganti(("\tJumlah\t509.937.950", "\tJumlah\t333.627.175")),
    "ANGG-KOMPOSISI": ganti(
        ("1. Belanja Operasi sebesar Rp 3.695.629.794,00", "1. Belanja Operasi sebesar Rp 3.695.629.795,00")
    ),
    "ANGG-PK": lambda t: t.replace("Kabupaten/Kota\tRp 2.482.163.194,00", "Kabupaten/Kota\tRp 2.482.163.195,00"),
    "SILANG-ANGKA-BEDA": ganti(
        ("Indeks Kepuasan Masyarakat\t93\t84,52\t90,88%", "Indeks Kepuasan Masyarakat\t93\t84,50\t90,86%")
    ),
    "SILANG-BARIS-TERTUKAR": ganti(
        (
            "PELAYANAN PUBLIK\t7.01.02\t790.658.000\t783.580.000\t99,10%",
            "PELAYANAN PUBLIK\t7.01.02\t117.230.200\t101.115.000\t86,25%",
        )
    ),
    "SILANG-TIDAK-ADA": ganti(
        (
            "\tKegiatan: Pemberdayaan dan Kesejahteraan Keluarga Tingkat Kecamatan dan Kelurahan\t29.480.000",
            "\tKegiatan: Pembinaan Lembaga Adat Desa\t29.480.000",
        )
    ),
    "SILANG-TAHUN-LALU": ganti(
        (
            "Indeks Kepuasan Masyarakat\t-\t91\t91,5\t-\t91\t84,52",
            "Indeks Kepuasan Masyarakat\t-\t90\t91,5\t-\t91\t84,52",
        )
    ),
    "SILANG-NOMOR": ganti(
        ("Nomor 065/85/35.09.02/2023 tanggal 3 April 2023", "Nomor 065/33/35.09.02/2023 tanggal 3 April 2023")
    ),
    "SILANG-RUJUKAN": ganti(
        (
            "Akhir kata, kami",
            "Laporan ini juga mengacu pada Peraturan Menteri PANRB Nomor 53 Tahun 2015 tentang Petunjuk Teknis Perjanjian "
            "Kinerja, Pelaporan Kinerja dan Tata Cara Reviu. Akhir kata, kami",
        )
    ),
    "RENC-TARGET-BEDA": ganti(
        (
            "Nilai SAKIP OPD\tMeningkatnya Efektifitas Pencapaian Target Kinerja Perangkat Daerah\t"
            "Persentase Indikator Program yang tercapai\t91%",
            "Nilai SAKIP OPD\tMeningkatnya Efektifitas Pencapaian Target Kinerja Perangkat Daerah\t"
            "Persentase Indikator Program yang tercapai\t92%",
        )
    ),
    "RENC-OUTPUT-BEDA": ganti(("Gaji dan Tunjangan ASN\t11 OB\t14 OB", "Gaji dan Tunjangan ASN\t12 OB\t14 OB")),
    "RENC-OUTPUT-SATUAN": ganti(("Keuangan\t12 Dokumen\t12 Dokumen", "Keuangan\t12 Laporan\t12 Laporan")),
    "RENC-IKU-RUMUS": ganti(
        ("Jumlah kegiatan pemberdayaan yang difasilitasi ÷ Jumlah", "Jumlah kegiatan pemberdayaan ÷ Jumlah"),
    ),
    "RENC-IKU-KOSONG": ganti(
        ("Nilai SAKIP OPD\tNilai hasil evaluasi SAKIP oleh Inspektorat\tCamat", "Nilai SAKIP OPD\t-\tCamat")
    ),
    "PROSA-PREDIKAT": ganti(
        (S2_B2, "Hasil evaluasi terhadap sasaran ini menunjukkan predikat A (Memuaskan) dengan nilai capaian 92,37%")
    ),
    "PROSA-PREDIKAT-KATA": ganti(
        (S2_B2, "Hasil evaluasi terhadap sasaran ini menunjukkan capaian yang sangat baik yaitu 92,37%")
    ),
    "PROSA-SEBARAN": ganti(("3 (tiga) indikator berpredikat AA", "2 (dua) indikator berpredikat AA")),
    "PROSA-TARGET": ganti(
        ("sasaran, 1 (satu) indikator melampaui target", "sasaran, 2 (dua) indikator melampaui target")
    ),
    "PROSA-TAHUN-LALU": ganti(
        ("Realisasi tahun 2023 sama dengan tahun 2022", "Realisasi tahun 2023 lebih rendah dari tahun 2022")
    ),
    "PROSA-EFISIENSI": ganti(
        (
            "Hasil analisis efisiensi menunjukkan bahwa Sasaran 1, 3 dan 4 dinilai efisien sedangkan Sasaran 2 dinilai tidak efisien.",
            "Hasil analisis efisiensi menunjukkan tidak ada efisiensi.",
        )
    ),
    "PROSA-JUMLAH": ganti(("4 (empat) program, 11 (sebelas) kegiatan", "4 (empat) program, 12 (dua belas) kegiatan")),
    "PROSA-ANGKA": ganti(
        (
            S2_B2,
            "Hasil evaluasi terhadap sasaran ini menunjukkan predikat AA (Sangat Memuaskan) dengan nilai capaian 93,37%",
        )
    ),
    "PROSA-ANGKA-LAIN": ganti(
        (
            S2_B2,
            "Hasil evaluasi terhadap sasaran ini menunjukkan predikat AA (Sangat Memuaskan) dengan nilai capaian 84,52%",
        )
    ),
    "PROSA-SELISIH": ganti(("Serapan tahun 2023 turun 9,68 poin", "Serapan tahun 2023 turun 8,89 poin")),
    "PROSA-TAHUN": ganti(("sasaran strategis Tahun Anggaran 2023", "sasaran strategis Tahun Anggaran 2022")),
    "PROSA-TANGGAL": ganti(("Jember, 31 Januari 2024", "Jember, 31 Januari 2023")),
    "PROSA-SELURUH": ganti(
        (
            "Target dan realisasi. Indikator Persentase Tingkat Penyelesaian",
            "Seluruh aduan yang masuk telah diselesaikan. Target dan realisasi. Indikator Persentase Tingkat Penyelesaian",
        )
    ),
    "PROSA-ISIAN": ganti(
        ("Akhir kata, kami", "Dari analisis yang dilakukan (* Ada / tidak ada) efisiensi. Akhir kata, kami")
    ),
    "LENGKAP-BAGIAN": ganti(("# BAB IV PENUTUP", "# KESIMPULAN AKHIR")),
    "LENGKAP-TABEL": hapus_tabel("Tabel 3.4 Perbandingan Realisasi Kinerja dengan Realisasi Nasional"),
    "LENGKAP-ANALISIS": ganti(("-\t100%\t100%\t-\t100%\t95%", "-\t100%\t100%\t-\t-\t95%")),
    "LENGKAP-PK": lambda t: re.sub(r"(?i)pihak pertama", "yang bertanda tangan", t),
    "LENGKAP-SEL-KOSONG": ganti(
        ("9\tPengadministrasi Pemerintahan\t0\tPelaksana", "9\tPengadministrasi Pemerintahan\t\tPelaksana")
    ),
    "LENGKAP-DIKTUM": ganti(
        (
            "## Lampiran 5.",
            "- KESATU : Menetapkan IKU.\n\n- KEDUA : IKU dimanfaatkan.\n\n- KEEMPAT : Berlaku sejak ditetapkan.\n\n## Lampiran 5.",
        )
    ),
    "DATA-PANGKAT": ganti(("2\tPembina\tIV/a\t0", "2\tPenata\tIV/a\t0")),
    # a scanned table whose realisation OCR could not read: listed, never guessed
    "LENGKAP-OCR": ganti(
        ("Indeks Kepuasan Masyarakat\t91,5\t84,52\t92,37%", "Indeks Kepuasan Masyarakat\t91,5\t\u2047\t92,37%")
    ),
}


def test_laporan_bersih_tanpa_temuan():
    """The negative case of every rule at once: a consistent report gives no finding."""
    temuan = reviu_laporan(baca_laporan_teks(teks_bersih()))
    assert [(t.kode, t.lokasi, t.pesan) for t in temuan] == []


@pytest.mark.parametrize("kode", sorted(KASUS))
def test_aturan_menemukan_yang_diubah(kode):
    temuan = reviu_laporan(baca_laporan_teks(KASUS[kode](teks_bersih())))
    kena = [t for t in temuan if t.kode == kode]
    assert kena, f"{kode} tidak muncul; temuan: {[(t.kode, t.pesan[:80]) for t in temuan]}"
    for t in kena:
        assert t.pesan and t.lokasi
        assert t.tingkat in Tingkat


@pytest.mark.parametrize(
    ("lama", "baru", "lingkup"),
    [
        (
            "Sasaran 2 didukung anggaran sebesar Rp 790.658.000,00",
            "Sasaran 2 didukung anggaran sebesar Rp 790.658.100,00",
            "Program Penyelenggaraan",
        ),
        (
            "tahun 2023 sebesar Rp 3.114.077.597,00 dari pagu Rp 3.739.669.394,00",
            "tahun 2023 sebesar Rp 3.114.077.598,00 dari pagu Rp 3.739.669.394,00",
            "seluruhnya",
        ),
    ],
)
def test_angka_anggaran_dalam_uraian(lama, baru, lingkup):
    temuan = reviu_laporan(baca_laporan_teks(ganti((lama, baru))(teks_bersih())))
    kena = [t for t in temuan if t.kode == "PROSA-ANGKA" and lingkup.lower() in t.pesan.lower()]
    assert kena, [(t.kode, t.pesan[:100]) for t in temuan]


def test_pangkat_di_bawah_tanda_tangan():
    teks = ganti(("Pembina Tingkat I – IV/b", "Penata Tingkat I – IV/b"))(teks_bersih())
    kena = [t for t in reviu_laporan(baca_laporan_teks(teks)) if t.kode == "DATA-PANGKAT"]
    assert [(t.tercetak, t.seharusnya) for t in kena] == [("Penata Tingkat I – IV/b", "Pembina Tingkat I – IV/b")]
