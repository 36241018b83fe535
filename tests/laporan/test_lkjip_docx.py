"""The Kencong 2023 LKjIP as DOCX: structure (headings, contents, captions, headers, page numbers) and the seed's
tables with corrected figures."""

from __future__ import annotations

import io
import re

import docx
from docx.oxml.ns import qn

from .conftest import isi_docx, tabel_bernomor, teks_docx


def _judul(data: bytes, gaya: str) -> list[str]:
    return [b[2] for b in isi_docx(data) if b[0] == "p" and b[1] == gaya]


def test_judul_bab_dan_bagian(docx_kencong):
    h1 = _judul(docx_kencong, "Heading 1")
    assert h1 == [
        "KATA PENGANTAR",
        "IKHTISAR EKSEKUTIF",
        "BAB I\nPENDAHULUAN",
        "BAB II\nPERENCANAAN DAN PERJANJIAN KINERJA",
        "BAB III\nAKUNTABILITAS KINERJA",
        "BAB IV\nPENUTUP",
        "LAMPIRAN",
    ]
    h2 = _judul(docx_kencong, "Heading 2")
    for awal in [
        "A. LATAR BELAKANG",
        "B. MAKSUD DAN TUJUAN",
        "C. KEDUDUKAN, TUGAS, FUNGSI DAN SUSUNAN ORGANISASI",
        "D. SUMBER DAYA MANUSIA",
        "E. PROFIL",
        "F. ISU STRATEGIS",
        "A. RENCANA STRATEGIS",
        "B. RENCANA KINERJA TAHUNAN (RKT) TAHUN 2023",
        "C. INDIKATOR KINERJA UTAMA (IKU)",
        "D. PERJANJIAN KINERJA TAHUN 2023",
        "A. KERANGKA PENGUKURAN KINERJA TAHUN 2023",
        "B. CAPAIAN KINERJA",
        "C. REALISASI ANGGARAN",
        "A. KESIMPULAN UMUM PENCAPAIAN KINERJA",
        "B. PERMASALAHAN DAN REKOMENDASI PERBAIKAN",
        "Lampiran 1. Matriks Rencana Strategis",
        "Lampiran 2. Rencana Kinerja Tahunan",
        "Lampiran 3. Perjanjian Kinerja",
        "Lampiran 4. Indikator Kinerja Utama",
        "Lampiran 5. Penghargaan",
    ]:
        assert any(x.startswith(awal) for x in h2), awal
    assert [x[:4] for x in _judul(docx_kencong, "Heading 3")] == ["B.1 ", "B.2 ", "B.3 ", "B.4 "]
    h4 = _judul(docx_kencong, "Heading 4")
    # The seven analyses per sasaran are spread over B.1 (1–4), B.2 (5), B.3 (7) and B.4 (6) as in the seed.
    assert len([x for x in h4 if x.startswith("Sasaran Strategis 1:")]) == 3
    assert len(h4) == 12


def test_daftar_isi_adalah_field_toc(docx_kencong):
    d = docx.Document(io.BytesIO(docx_kencong))
    instr = [e.text for e in d.element.body.iter(qn("w:instrText"))]
    assert any('TOC \\o "1-3"' in i for i in instr)
    assert any('TOC \\h \\z \\c "Tabel"' in i for i in instr)
    assert any('TOC \\h \\z \\c "Grafik"' in i for i in instr)
    # Word refreshes the contents and the page references on opening.
    assert d.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    toc = [b[2] for b in isi_docx(docx_kencong) if b[0] == "p" and b[1].lower() == "toc 1"]
    assert "BAB III AKUNTABILITAS KINERJA\t" in toc
    assert any(t.startswith("Tabel 3.8 Realisasi Anggaran") for t in toc)


def test_keterangan_tabel_bernomor_urut_dengan_seq(docx_kencong):
    isi = isi_docx(docx_kencong)
    nomor = []
    for i, b in enumerate(isi[:-1]):
        if b[0] == "p" and b[1] == "Caption" and isi[i + 1][0] == "t":
            nomor.append(re.match(r"Tabel (\d\.\d+) ", b[2]).group(1))
    assert nomor == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "2.6",
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "3.5",
        "3.6",
        "3.7",
        "3.8",
        "3.9",
    ]
    lanjutan = [b[2] for b in isi if b[0] == "p" and b[2] == "Tabel 3.6 (lanjutan)"]
    assert len(lanjutan) == 3  # Tabel 3.6 continues for sasaran 2, 3 and 4
    d = docx.Document(io.BytesIO(docx_kencong))
    seq = [e.text for e in d.element.body.iter(qn("w:instrText")) if "SEQ Tabel" in e.text]
    assert len(seq) == 19
    # The chapter's first caption restarts the sequence.
    assert sum(1 for s in seq if "\\r 1" in s) == 3


def test_baris_kepala_berulang_di_setiap_tabel_data(docx_kencong):
    d = docx.Document(io.BytesIO(docx_kencong))
    data = [t for t in d.tables if t._tbl.find(qn("w:tblPr")).find(qn("w:tblBorders")) is not None]
    data = [t for t in data if t._tbl.find(qn("w:tblPr")).find(qn("w:tblBorders"))[0].get(qn("w:val")) == "single"]
    assert len(data) >= 25
    for t in data:
        pertama = t._tbl.findall(qn("w:tr"))[0]
        assert pertama.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None


def test_nomor_halaman_romawi_lalu_arab_dan_lampiran_lanskap(docx_kencong):
    d = docx.Document(io.BytesIO(docx_kencong))
    footer = d.sections[0].footer._element
    assert any("PAGE" in e.text for e in footer.iter(qn("w:instrText")))
    bagian = d.sections
    assert bagian[0]._sectPr.find(qn("w:titlePg")) is not None  # the cover has no number
    fmt = [
        (s._sectPr.find(qn("w:pgNumType")).get(qn("w:fmt")), s._sectPr.find(qn("w:pgNumType")).get(qn("w:start")))
        for s in bagian
    ]
    assert fmt[1] == ("lowerRoman", "1")
    assert fmt[2] == ("decimal", "1")
    orient = [s._sectPr.find(qn("w:pgSz")).get(qn("w:orient")) for s in bagian]
    assert "landscape" in orient
    w = bagian[0]._sectPr.find(qn("w:pgSz"))
    assert (w.get(qn("w:w")), w.get(qn("w:h"))) == ("11906", "16838")  # A4


def test_tabel_3_1_dengan_angka_terkoreksi(docx_kencong):
    rows = tabel_bernomor(docx_kencong, "3.1")
    assert rows[0][:6] == [
        "NO.",
        "SASARAN STRATEGIS",
        "INDIKATOR SASARAN",
        "TARGET 2023",
        "REALISASI 2023",
        "CAPAIAN 2023",
    ]
    assert rows[1][:3] == ["(1)", "(2)", "(3)"]
    data = {r[2]: r for r in rows[2:] if r[2]}
    assert data["Persentase Indikator Program yang tercapai"][3:6] == ["91%", "93%", "102,20%"]
    assert data["Indeks Kepuasan Masyarakat"][3:6] == ["91,5", "84,52", "92,37%"]
    assert data["Persentase Fasilitasi Kesejahteraan Masyarakat yang dilaksanakan"][5] == "103,63%"
    assert (
        data["Persentase Tingkat Penyelesaian Laporan dan Pelanggaran Ketertiban Umum serta Ketentraman Masyarakat"][5]
        == "95,00%"
    )
    rata = next(r for r in rows if r[1] == "Rata-rata capaian")
    # The report's own rule (above 100 counts as 100) — not the seed's 98,29%.
    assert rata[5] == "96,84%"


def test_tabel_3_2_3_3_3_4_3_5(docx_kencong):
    t32 = tabel_bernomor(docx_kencong, "3.2")
    assert t32[0][2] == "TARGET" and t32[1][2:5] == ["2021", "2022", "2023"]
    ikm = next(r for r in t32 if r[1] == "Indeks Kepuasan Masyarakat")
    assert ikm[2:8] == ["-", "91", "91,5", "-", "91", "84,52"]
    t33 = tabel_bernomor(docx_kencong, "3.3")
    assert [r[5] for r in t33[2:]] == ["100,54%", "90,88%", "102,04%", "95,00%"]
    t34 = tabel_bernomor(docx_kencong, "3.4")
    assert [r[3] for r in t34[2:]] == ["93%", "84,52", "100%", "95%"]
    t35 = tabel_bernomor(docx_kencong, "3.5")
    assert t35[0][2] == "PREDIKAT" and t35[1][2] == "SANGAT MEMUASKAN"
    rata = [r for r in t35 if r[0] == "Rata-rata capaian"]
    assert [r[1] for r in rata] == ["100,00%", "92,37%", "100,00%", "95,00%"]
    assert all(r[2] == "✓" for r in rata)


def test_tabel_3_6_per_sasaran_dengan_input_output_outcome(docx_kencong):
    isi = isi_docx(docx_kencong)
    bagian = [
        isi[i + 1][1]
        for i, b in enumerate(isi[:-1])
        if b[0] == "p" and b[2].startswith("Tabel 3.6") and isi[i + 1][0] == "t"
    ]
    assert len(bagian) == 4
    program = [r for t in bagian for r in t if r[1].startswith("Program:")]
    assert [r[4] for r in program] == ["76,91%", "99,10%", "86,25%", "91,60%"]
    semua = [r[1] for t in bagian for r in t]
    assert any(x.startswith("Input: Dana") for x in semua)
    assert any(x.startswith("Output: Jumlah Laporan Fasilitasi Kunjungan Tamu") for x in semua)
    assert any(x.startswith("Outcome: Terlaksananya Fasilitasi Kunjungan Tamu") for x in semua)
    tamu = next(r for t in bagian for r in t if r[1] == "Output: Jumlah Laporan Fasilitasi Kunjungan Tamu")
    assert tamu[2:] == ["12 Laporan", "9 Laporan", "75,00%"]


def test_tabel_3_7_dan_3_8(docx_kencong):
    t37 = tabel_bernomor(docx_kencong, "3.7")
    assert t37[0] == ["SASARAN", "% CAPAIAN KINERJA", "% SERAPAN ANGGARAN", "TINGKAT EFISIENSI"]
    assert [r[1:] for r in t37[1:]] == [
        ["102,20%", "76,91%", "Efisien"],
        ["92,37%", "99,10%", "Tidak Efisien"],
        ["103,63%", "86,25%", "Efisien"],
        ["95,00%", "91,60%", "Efisien"],
    ]
    t38 = tabel_bernomor(docx_kencong, "3.8")
    program = [r for r in t38 if r[1].startswith("Program:")]
    assert [(r[3], r[4], r[5]) for r in program] == [
        ("2.482.163.194", "1.909.122.597", "76,91%"),
        ("790.658.000", "783.580.000", "99,10%"),  # the seed printed Program III's figures here
        ("117.230.200", "101.115.000", "86,25%"),
        ("349.618.000", "320.260.000", "91,60%"),
    ]
    jumlah = next(r for r in t38 if r[1] == "JUMLAH")
    assert jumlah[3:] == ["3.739.669.394", "3.114.077.597", "83,27%"]


def test_tabel_bab_i_dan_bab_ii(docx_kencong):
    assert tabel_bernomor(docx_kencong, "1.1")[0] == ["NO.", "NAMA JABATAN", "JUMLAH", "KETERANGAN"]
    assert len(tabel_bernomor(docx_kencong, "1.2")) == 15
    assert tabel_bernomor(docx_kencong, "1.2")[-1][1:] == ["Jumlah", "", "11"]
    assert tabel_bernomor(docx_kencong, "1.3")[-1][1:3] == ["Jumlah", "28"]
    assert len(tabel_bernomor(docx_kencong, "1.3")) == 15
    pk = tabel_bernomor(docx_kencong, "2.5")
    assert [r[3] for r in pk[2:]] == ["91%", "91,5", "96,5%", "100%"]
    ang = tabel_bernomor(docx_kencong, "2.6")
    assert ang[-1][1:3] == ["Jumlah", "Rp 3.739.669.394,00"]
    iku = tabel_bernomor(docx_kencong, "2.4")
    assert iku[0][3] == "FORMULASI PERHITUNGAN DAN PENJELASAN"
    assert len(iku) == 7


def test_prosa_dari_hasil_pengukuran(docx_kencong):
    teks = teks_docx(docx_kencong)
    for frasa in [
        "4 (empat) program, 11 (sebelas) kegiatan dan 36 (tiga puluh enam) sub kegiatan",
        "Rp 3.739.669.394,00 (Tiga Milyar Tujuh Ratus Tiga Puluh Sembilan Juta Enam Ratus Enam Puluh Sembilan Ribu "
        "Tiga Ratus Sembilan Puluh Empat Rupiah)",
        "Jember, 31 Januari 2024",
        "rata-rata capaian 4 (empat) indikator sasaran adalah 96,84% dengan predikat AA (Sangat Memuaskan)",
        "tanpa pembatasan tersebut rata-ratanya 98,30%",
        "Sasaran 1, 3 dan 4 dinilai efisien, sedangkan Sasaran 2 dinilai tidak efisien",
        "Realisasi tahun 2023 sebesar 84,52 lebih rendah 6,48 poin dibandingkan tahun 2022",
        "serapan 83,27%",
        "Belanja Operasi sebesar Rp 3.695.629.794,00 (98,82%)",
        "Belanja Modal sebesar Rp 44.039.600,00 (1,18%)",
        "Serapan tahun 2023 turun 9,68 poin persentase",
        "2 (dua) indikator belum mencapai target",
        "refocusing",
    ]:
        assert frasa in teks, frasa
    # None of the seed's contradictions.
    for salah in ["98,29", "tidak ada efisiensi", "102,19", "103,62", "Tahun Anggaran 2022"]:
        assert salah not in teks


def test_kop_tanda_tangan_dan_lampiran_pk(docx_kencong):
    teks = teks_docx(docx_kencong)
    assert "PERJANJIAN KINERJA – PERUBAHAN TAHUN 2023" in teks
    assert "NIP. 19771027 199810 1 001" in teks
    assert "Pihak Pertama," in teks and "Pihak Kedua," in teks
    assert "Ir. H. HENDY SISWANTO, ST, IPU." in teks


def test_reviu_otomatis_tidak_menemukan_galat(docx_kencong, kencong_asli, tmp_path):
    """The automatic reviu (issue 5) reads the generated DOCX back and finds no error in it."""
    from sakip.berkas.laporan_cetak import baca_laporan
    from sakip.core.reviu import Tingkat, reviu_laporan

    berkas = tmp_path / "lkjip.docx"
    berkas.write_bytes(docx_kencong)
    temuan = reviu_laporan(baca_laporan(berkas), kencong_asli)
    galat = [t for t in temuan if t.tingkat is Tingkat.GALAT]
    assert galat == [], "\n".join(f"{t.lokasi}: {t.pesan}" for t in galat)
