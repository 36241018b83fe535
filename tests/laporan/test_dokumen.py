"""The Perjanjian Kinerja (murni and perubahan) and the Renstra, RKT and IKU matrices, as DOCX, PDF and XLSX."""

from __future__ import annotations

import copy
import io
import itertools
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from sakip.core.model import JenisPk
from sakip.core.nilai import Angka
from sakip.laporan import DokumenTidakValid, OpsiDokumen, buat_dokumen

from .conftest import AKAR, isi_docx, pdf_ke_teks, teks_docx

DISKOMINFO = AKAR / "examples" / "diskominfo-jember-2023-sintetis.yaml"


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (60, 70), (20, 90, 160)).save(buf, format="PNG")
    return buf.getvalue()


def test_pk_perubahan_seperti_seed(kencong_asli):
    data = buat_dokumen(kencong_asli, dokumen="pk", format="docx", opsi=OpsiDokumen(logo=_png()))
    teks = teks_docx(data)
    for frasa in [
        "PEMERINTAH KABUPATEN JEMBER",
        "KECAMATAN KENCONG",
        "Jl. Diponegoro No. 323, Kencong Telp. (0336) 321005 Kode Pos 68167",
        "PERJANJIAN KINERJA – PERUBAHAN TAHUN 2023",
        "Nama | : | MUHAMMAD NAJMUL HUDA, S.STP, M.Si",
        "Jabatan | : | Bupati Jember",
        "selanjutnya disebut pihak pertama.",
        "Pihak pertama berjanji akan mewujudkan target kinerja",
        "Jember, 21 November 2023",
        "NIP. 197710271998101001",
        "Terbilang: Tiga Milyar Tujuh Ratus Tiga Puluh Sembilan Juta",
    ]:
        assert frasa in teks, frasa
    tabel = [b[1] for b in isi_docx(data) if b[0] == "t"]
    sasaran = next(t for t in tabel if t[0][:4] == ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET 2023"])
    assert [r[3] for r in sasaran[2:]] == ["91%", "91,5", "96,5%", "100%"]
    anggaran = next(t for t in tabel if t[0][:3] == ["NO.", "PROGRAM", "ANGGARAN"])
    assert [r[2] for r in anggaran[1:]] == [
        "Rp 2.482.163.194,00",
        "Rp 790.658.000,00",
        "Rp 117.230.200,00",
        "Rp 349.618.000,00",
        "Rp 3.739.669.394,00",
    ]
    # Signatures: pihak kedua on the left, pihak pertama (with place and date, rank and NIP) on the right.
    ttd = [t for t in tabel if len(t) == 1 and len(t[0]) == 2 and "Pihak Pertama," in t[0][1]]
    assert len(ttd) == 2
    kiri, kanan = ttd[0][0]
    assert "Pihak Kedua," in kiri and "BUPATI JEMBER," in kiri and "Ir. H. HENDY SISWANTO" in kiri
    assert kanan.startswith("Jember, 21 November 2023") and "CAMAT KENCONG," in kanan and "NIP. " in kanan


def test_pk_murni_dan_perubahan(kencong):
    ubah = kencong.pk[0]
    murni = copy.deepcopy(ubah)
    murni.jenis = JenisPk.MURNI
    murni.tanggal = date(2023, 1, 31)
    murni.target["IKU3"] = Angka(Decimal(97))
    murni.anggaran_program = {k: v + 1000 for k, v in ubah.anggaran_program.items()}
    murni.keterangan_anggaran = "APBD"
    kencong.pk.insert(0, murni)

    teks = teks_docx(buat_dokumen(kencong, dokumen="pk", format="docx", opsi=OpsiDokumen(pk="semua")))
    assert teks.index("PERJANJIAN KINERJA TAHUN 2023") < teks.index("PERJANJIAN KINERJA – PERUBAHAN TAHUN 2023")
    assert "Jember, 31 Januari 2023" in teks and "Jember, 21 November 2023" in teks
    # Each agreement prints the total of its own agreed amounts (computed by the core), in figures and words.
    assert "Rp 3.739.673.394,00" in teks and "Rp 3.739.669.394,00" in teks
    assert "Tiga Milyar Tujuh Ratus Tiga Puluh Sembilan Juta Enam Ratus Tujuh Puluh Tiga Ribu" in teks
    hanya_murni = teks_docx(buat_dokumen(kencong, dokumen="pk", format="docx", opsi=OpsiDokumen(pk="murni")))
    assert "PERUBAHAN TAHUN 2023" not in hanya_murni and "97%" in hanya_murni
    # The LKjIP measures against the perubahan and compares the two.
    lkjip = teks_docx(buat_dokumen(kencong, format="docx", opsi=OpsiDokumen(grafik=False)))
    assert "Perbandingan Target Perjanjian Kinerja Murni dan Perubahan" in lkjip


def test_pk_yang_tidak_ada(kencong_asli):
    with pytest.raises(DokumenTidakValid, match="Perjanjian Kinerja murni"):
        buat_dokumen(kencong_asli, dokumen="pk", format="docx", opsi=OpsiDokumen(pk="murni"))


def test_pk_pdf(kencong_asli, tmp_path):
    teks = pdf_ke_teks(buat_dokumen(kencong_asli, dokumen="pk", format="pdf"), tmp_path)
    assert "PERJANJIAN KINERJA – PERUBAHAN TAHUN 2023" in teks
    assert "Rp 3.739.669.394,00" in teks


def test_matriks_renstra_docx_dan_xlsx(kencong_asli):
    teks = teks_docx(buat_dokumen(kencong_asli, dokumen="renstra", format="docx"))
    assert "MATRIKS RENCANA STRATEGIS (RENSTRA) KECAMATAN KENCONG" in teks
    assert "Meningkatkan dan mengembangkan kompetensi SDM Aparatur" in teks  # strategi
    assert "SKM Aparatur" in teks  # the version before the revision is kept
    wb = openpyxl.load_workbook(io.BytesIO(buat_dokumen(kencong_asli, dokumen="renstra", format="xlsx")))
    ws = wb.worksheets[0]
    nilai = [[c.value for c in r] for r in ws.iter_rows()]
    ikm = next(r for r in nilai if "Indeks Kepuasan Masyarakat" in r)
    # Plain numbers are numbers; graded values stay text.
    assert Decimal(str(ikm[ikm.index("Indeks Kepuasan Masyarakat") + 3])) == Decimal("91.5")
    assert any("B (65)" in r for r in nilai)
    assert ws.print_title_rows and ws.freeze_panes


def test_rkt_jumlah_anggaran_dari_pohon(kencong_asli):
    wb = openpyxl.load_workbook(io.BytesIO(buat_dokumen(kencong_asli, dokumen="rkt", format="xlsx")))
    lembar = {ws.title: ws for ws in wb.worksheets}
    assert set(lembar) == {"RPJMD", "RKT"}
    rkt = [[c.value for c in r] for r in lembar["RKT"].iter_rows()]
    jumlah = next(r for r in rkt if r[0] == "JUMLAH")
    assert jumlah[-1] == Decimal("3739669394")
    gaji = next(r for r in rkt if "Penyediaan Gaji dan Tunjangan ASN" in r)
    assert gaji[-1] == Decimal("1941874135")
    assert lembar["RKT"][f"L{rkt.index(gaji) + 1}"].number_format == "#,##0"
    teks = teks_docx(buat_dokumen(kencong_asli, dokumen="rkt", format="docx"))
    assert "RENCANA KINERJA TAHUNAN (RKT) PERUBAHAN TAHUN 2023" in teks
    assert "Jember, 22 November 2023" in teks


def test_iku_docx(kencong_asli):
    teks = teks_docx(buat_dokumen(kencong_asli, dokumen="iku", format="docx"))
    assert "INDIKATOR KINERJA UTAMA (IKU)" in teks
    assert "Lampiran Keputusan Camat Kencong Nomor 065/85/35.09.02/2023 tanggal 3 April 2023" in teks
    assert "Kencong, 3 April 2023" in teks
    assert "SUKMA-e" in teks
    assert "Jumlah indikator program yang tercapai ÷ Jumlah indikator program × 100%" in teks


def test_lkjip_xlsx_semua_tabel(kencong_asli):
    wb = openpyxl.load_workbook(io.BytesIO(buat_dokumen(kencong_asli, format="xlsx", opsi=OpsiDokumen(grafik=False))))
    judul = [ws.title for ws in wb.worksheets]
    for n in ("Tabel 3.1", "Tabel 3.5", "Tabel 3.7", "Tabel 3.8"):
        assert n in judul
    ws = wb["Tabel 3.1"]
    # The exact capaian behind "102,20%" is written; Excel shows it with two decimals.
    sel = [c for r in ws.iter_rows() for c in r if isinstance(c.value, float) and abs(c.value - 102.1978022) < 1e-6]
    assert sel and sel[0].number_format == '0.00"%"'


def test_berkas_lain_tanpa_narasi(tmp_path):
    """Another agency (synthetic): multi-indicator sasaran, a negative indicator, only three quarters filled, a
    murni PK only. Every document is produced; missing narrative is replaced by neutral generated text."""
    from sakip.berkas.baca import baca_berkas

    b = baca_berkas(DISKOMINFO)
    for dok in ("lkjip", "pk", "renstra", "rkt", "iku"):
        for fmt in ("docx", "xlsx"):
            assert buat_dokumen(b, dokumen=dok, format=fmt, opsi=OpsiDokumen(grafik=False))
    teks = teks_docx(buat_dokumen(b, format="docx", opsi=OpsiDokumen(grafik=False)))
    assert "Dinas Komunikasi dan Informatika" in teks
    assert "rata-rata capaian" in teks
    # no empty section: every heading is followed by some text before the next heading
    isi = isi_docx(buat_dokumen(b, format="docx", opsi=OpsiDokumen(grafik=False)))
    judul = [i for i, x in enumerate(isi) if x[0] == "p" and x[1].startswith("Heading")]
    for a, z in itertools.pairwise(judul):
        if isi[z][1] > isi[a][1] or isi[a][1] == "Heading 1":
            continue  # a chapter title, or a heading whose subsections follow directly
        antara = [x for x in isi[a + 1 : z] if x[0] == "t" or x[2].strip()]
        assert antara, f"bagian kosong: {isi[a][2]}"
