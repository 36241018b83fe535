"""The SKM report document (DOCX, PDF, HTML): the regulation's tables with the engine's figures."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from sakip.berkas.baca import baca_berkas
from sakip.core.ikm import Survei, analisis_survei
from sakip.laporan.skm import LaporanTidakDapatDibuat, buat_laporan_skm, tulis_laporan_skm

from .pabrik import respon

CONTOH = Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml"


@pytest.fixture(scope="module")
def analisis():
    return analisis_survei(baca_berkas(CONTOH).survei[0])


def _teks_docx(data: bytes) -> tuple[str, list[list[list[str]]]]:
    doc = Document(io.BytesIO(data))
    paragraf = "\n".join(p.text for p in doc.paragraphs)
    tabel = [[[c.text for c in r.cells] for r in t.rows] for t in doc.tables]
    return paragraf, tabel


def test_docx_berisi_tabel_yang_diminta_peraturan(analisis):
    paragraf, tabel = _teks_docx(buat_laporan_skm(analisis, format="docx", instansi="Kecamatan Kencong"))
    for judul in [
        "Tabel 3.1 Profil Responden",
        "Tabel 3.2 Nilai Rata-rata per Unsur dan Indeks Kepuasan Masyarakat",
        "Tabel 3.3 IKM per Jenis Layanan",
        "Tabel 4.1 Prioritas Perbaikan",
        "Tabel 4.2 Rencana Tindak Lanjut",
        "Tabel 4.3 Tren IKM per Periode",
        "Tabel 4.4 Saran dan Masukan Responden",
        "Tabel L.1 Kuesioner",
    ]:
        assert judul in paragraf, judul
    assert "DATA SINTETIS" in paragraf
    assert "IKM Kecamatan Kencong adalah 84,52 dengan mutu pelayanan B (Baik)" in paragraf
    nrr = next(t for t in tabel if t[0][1] == "Unsur" and len(t[0]) == 11)
    assert nrr[1][:2] == ["U1", "Persyaratan"] and nrr[1][7] == "3,400"
    assert nrr[-1][9] == "84,52" and nrr[-1][10] == "B"
    prioritas = next(t for t in tabel if t[0][0] == "Peringkat")
    assert prioritas[1][1] == "U9 Sarana dan prasarana"
    tren = next(t for t in tabel if t[0][0] == "Periode")
    assert [r[0] for r in tren[1:]] == ["Triwulan I 2023", "Triwulan II 2023", "Triwulan III 2023", "Triwulan IV 2023"]
    kuesioner = next(t for t in tabel if t[0][2] == "Pertanyaan")
    # The form asks sarana (U9) eighth and pengaduan (U8) ninth.
    assert kuesioner[8][1].startswith("U9") and kuesioner[9][1].startswith("U8")


def test_html_dan_pdf(analisis, tmp_path):
    html = buat_laporan_skm(analisis, format="html", instansi="Kecamatan Kencong").decode("utf-8")
    assert "<svg" in html and "84,52" in html
    p = tulis_laporan_skm(analisis, tmp_path / "skm.pdf", instansi="Kecamatan Kencong")
    assert p.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        teks = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
        assert "Tabel 3.2" in teks and "84,52" in teks


def test_tanpa_responden_dan_format_salah(tmp_path):
    with pytest.raises(LaporanTidakDapatDibuat, match="belum memiliki responden"):
        buat_laporan_skm(analisis_survei(Survei(id="kosong")), format="docx")
    a = analisis_survei(Survei(id="s", responden=[respon(4)]))
    with pytest.raises(LaporanTidakDapatDibuat, match="format 'odt'"):
        buat_laporan_skm(a, format="odt")
    paragraf, _ = _teks_docx(buat_laporan_skm(a, format="docx", instansi="Unit Uji"))
    assert "IKM Unit Uji adalah 100,00 dengan mutu pelayanan A (Sangat Baik)" in paragraf
    assert "kecukupan sampel menurut tabel Krejcie dan Morgan tidak dapat diperiksa" in paragraf
    assert "DATA SINTETIS" not in paragraf
