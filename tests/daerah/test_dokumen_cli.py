import io
import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from sakip.berkas.baca import baca_berkas
from sakip.core.cascading import pohon_kinerja
from sakip.laporan import buat_dokumen
from sakip.laporan.pohon import svg_pohon

AKAR = Path(__file__).resolve().parents[2]
CONTOH = AKAR / "examples" / "jember-2023-sintetis"
KENCONG = CONTOH / "kencong-2023.yaml"


def test_svg_pohon_memuat_setiap_simpul():
    b = baca_berkas(KENCONG)
    pohon = pohon_kinerja(b)
    svg = svg_pohon(pohon, "Pohon")
    assert svg.count('class="simpul ') == pohon.jumlah_simpul
    assert "(sintetis) Kasi Trantib" in svg


def test_matriks_cascading_xlsx():
    b = baca_berkas(KENCONG)
    wb = load_workbook(io.BytesIO(buat_dokumen(b, dokumen="cascading", format="xlsx")))
    teks = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert "Indikator Program" in teks and "Sekretaris Kecamatan" in teks and "7.01.04.2.01" in teks


def test_pk_jabatan_docx_ditandatangani_atasan():
    b = baca_berkas(KENCONG)
    data = buat_dokumen(b, dokumen="pk-jabatan", format="docx")
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert xml.count("PERJANJIAN KINERJA TAHUN 2023") == 5
    assert "Kepala Seksi Pemerintahan" in xml and b.instansi.kepala.nama in xml


def test_lkjip_bab2_memuat_pohon_kinerja():
    b = baca_berkas(KENCONG)
    xml = zipfile.ZipFile(io.BytesIO(buat_dokumen(b, dokumen="lkjip", format="docx"))).read("word/document.xml")
    assert b"Pohon Kinerja Kecamatan Kencong Tahun 2023" in xml


def test_cli_hitung_folder():
    r = subprocess.run(
        [sys.executable, "-m", "sakip", "hitung", str(CONTOH), "--lebar", "160"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    assert "Kabupaten Jember — Tahun 2023 (DATA SINTETIS)" in r.stdout
    assert "Capaian Indikator Sasaran RPJMD" in r.stdout and "Anggaran per Urusan" in r.stdout


def test_cli_hitung_folder_salah(tmp_path):
    (tmp_path / "daerah.yaml").write_text("format: sakip-daerah\nversi: 1\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "sakip", "hitung", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 2 and "kolom 'pemda' wajib diisi" in r.stderr and "Traceback" not in r.stderr
