"""The Pemda's own LKjIP: the DOCX and the PDF are opened and their figures checked against the consolidation."""

import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.berkas.daerah import baca_folder
from sakip.core.angka import format_angka, format_persen, format_rupiah
from sakip.core.cascading_daerah import JenisCelahDaerah, periksa_daerah, pohon_daerah
from sakip.core.konsolidasi import hitung_daerah
from sakip.core.model_daerah import RealisasiRpjmd
from sakip.core.nilai import Angka
from sakip.laporan import DokumenTidakValid, OpsiDokumen, buat_dokumen_daerah
from sakip.laporan.pohon import svg_pohon
from tests.laporan.conftest import isi_docx, pdf_ke_teks, tabel_bernomor, teks_docx

AKAR = Path(__file__).resolve().parents[2]
CONTOH = AKAR / "examples" / "jember-2023-sintetis"


@pytest.fixture(scope="module")
def daerah():
    return baca_folder(CONTOH)


@pytest.fixture(scope="module")
def hasil(daerah):
    return hitung_daerah(daerah)


@pytest.fixture(scope="module")
def docx(daerah):
    return buat_dokumen_daerah(daerah, format="docx")


@pytest.fixture(scope="module")
def teks_pdf(daerah, tmp_path_factory):
    return pdf_ke_teks(buat_dokumen_daerah(daerah, format="pdf"), tmp_path_factory.mktemp("pdf"))


def _satu_baris(teks: str) -> str:
    return " ".join(teks.split())


def test_docx_tabel_capaian_rpjmd_sama_dengan_mesin(docx, hasil):
    baris = tabel_bernomor(docx, "3.1")
    kepala, isi = baris[0], baris[1:]
    assert kepala[:5] == ["Sasaran RPJMD", "Indikator", "Target", "Realisasi", "Capaian"]
    semua = hasil.semua_indikator_sasaran()
    assert len(isi) == len(semua) == 7
    for r, x in zip(isi, semua, strict=True):
        assert r[1] == x.indikator.nama
        assert r[4] == x.capaian.tampil()
        assert r[5] == (x.predikat.kode if x.predikat else "-")


def test_docx_perangkat_daerah_dan_anggaran_sama_dengan_mesin(docx, hasil):
    pd = tabel_bernomor(docx, "3.2")[1:]
    assert [r[0] for r in pd] == [r.nama for r in hasil.perangkat_daerah]
    assert [r[3] for r in pd] == [r.predikat.kode for r in hasil.perangkat_daerah]
    urusan = tabel_bernomor(docx, "3.4")
    assert urusan[-1][1] == "Jumlah" and urusan[-1][2] == format_angka(hasil.pagu, 0)
    assert urusan[-1][4] == format_persen(hasil.serapan)


def test_docx_kalimat_dari_hasil(docx, hasil):
    teks = _satu_baris(teks_docx(docx))
    assert f"indikator sasaran RPJMD adalah {format_persen(hasil.rata_rata)} dengan predikat AA" in teks
    assert f"anggaran sebesar {format_rupiah(hasil.pagu)}" in teks
    n_aa, n_a = hasil.sebaran_predikat["AA"], hasil.sebaran_predikat["A"]
    assert (n_aa, n_a) == (9, 1)
    assert "Dari 10 (sepuluh) perangkat daerah, 9 (sembilan) berpredikat AA (Sangat Memuaskan) dan 1 (satu)" in teks
    # the agencies below target are named with their capaian as the engine computed it
    desa = next(x for x in hasil.semua_indikator_sasaran() if x.indikator.id == "ISR2.3")
    assert f"Jumlah desa mandiri (sasaran SR2.3, capaian {desa.capaian.tampil()})" in teks
    gaya = [b[1] for b in isi_docx(docx) if b[0] == "p"]
    assert "Heading 1" in gaya


def test_pdf_memuat_angka_pohon_dan_tanda_sintetis(teks_pdf, hasil):
    teks = _satu_baris(teks_pdf)
    assert "DATA SINTETIS" in teks
    assert "Grafik 2.1 Pohon Kinerja Kabupaten Jember Tahun 2023" in teks
    assert format_persen(hasil.rata_rata) in teks and format_rupiah(hasil.pagu) in teks
    for r in hasil.perangkat_daerah:
        assert r.nama in teks
    for x in hasil.semua_indikator_sasaran():
        assert x.capaian.tampil() in teks


def test_angka_mengikuti_data(daerah):
    """A Bappeda realisasi changes the figure in the document: nothing is typed into the report."""
    bd = replace(daerah.berkas, realisasi={**daerah.berkas.realisasi, "ISR2.3": RealisasiRpjmd(Angka(Decimal(8)))})
    lain = replace(daerah, berkas=bd)
    h = hitung_daerah(lain)
    desa = next(x for x in h.semua_indikator_sasaran() if x.indikator.id == "ISR2.3")
    assert desa.capaian.tampil() == "114,29%"
    baris = tabel_bernomor(buat_dokumen_daerah(lain, format="docx", opsi=OpsiDokumen(grafik=False)), "3.1")
    r = next(r for r in baris if r[1] == "Jumlah desa mandiri")
    assert r[3] == "8" and r[4] == "114,29%" and r[6] == "Bappeda"


def test_format_tidak_tersedia(daerah):
    with pytest.raises(DokumenTidakValid, match="tidak tersedia dalam format xlsx"):
        buat_dokumen_daerah(daerah, format="xlsx")


def test_pohon_daerah_dan_celah(daerah, hasil):
    pohon = pohon_daerah(daerah, hasil)
    sasaran = [n for n in pohon.semua() if n.jenis.value == "sasaran_rpjmd"]
    assert len(sasaran) == len(daerah.berkas.rpjmd.sasaran) and not any(n.celah for n in sasaran)
    svg = svg_pohon(pohon)
    assert svg.count('class="simpul ') == pohon.jumlah_simpul
    assert "capaian 85,71% (A) — konsolidasi 2 PD" in svg
    assert periksa_daerah(daerah) == []
    # Drop the only agency serving SR3.1: the sasaran becomes a gap in the checks and in the tree.
    tanpa_pu = replace(
        daerah, perangkat_daerah=[b for b in daerah.perangkat_daerah if "Bina Marga" not in b.instansi.nama]
    )
    celah = periksa_daerah(tanpa_pu)
    jenis = {(c.jenis, c.lokasi) for c in celah}
    assert (JenisCelahDaerah.SASARAN_RPJMD_TANPA_PD, "sasaran RPJMD SR3.1") in jenis
    assert (JenisCelahDaerah.INDIKATOR_RPJMD_TANPA_SUMBER, "indikator RPJMD ISR3.1") in jenis
    sr31 = next(n for n in pohon_daerah(tanpa_pu).semua() if n.kunci == "SR3.1")
    assert sr31.celah is True and not sr31.anak


def _sakip(*arg: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sakip", *arg], capture_output=True, text=True, cwd=AKAR)


def test_cli_folder_ke_pdf_dan_docx(tmp_path):
    for akhiran in ("pdf", "docx"):
        tujuan = tmp_path / f"lkjip.{akhiran}"
        r = _sakip("laporan", str(CONTOH), "--dokumen", "lkjip-daerah", "-o", str(tujuan))
        assert r.returncode == 0, r.stderr
        assert "Kabupaten Jember 2023 (10 perangkat daerah)" in r.stdout
        assert tujuan.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")


def test_cli_salah_pakai(tmp_path):
    r = _sakip("laporan", str(CONTOH), "--dokumen", "pk", "-o", str(tmp_path / "x.docx"))
    assert r.returncode == 2 and "adalah folder" in r.stderr
    r = _sakip(
        "laporan", str(CONTOH / "kencong-2023.yaml"), "--dokumen", "lkjip-daerah", "-o", str(tmp_path / "x.docx")
    )
    assert r.returncode == 2 and "dibuat dari folder daerah" in r.stderr
    r = _sakip("laporan", str(CONTOH), "-o", str(tmp_path / "x.xlsx"))
    assert r.returncode == 2 and "tidak tersedia untuk dokumen lkjip-daerah" in r.stderr
    assert not list(tmp_path.iterdir())


def test_cli_folder_rusak_tidak_menulis(tmp_path):
    folder = tmp_path / "daerah"
    folder.mkdir()
    for p in CONTOH.iterdir():
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    pu = folder / "dinas-pekerjaan-umum-bina-marga-2023-sintetis.yaml"
    pu.write_text(pu.read_text(encoding="utf-8").replace("sasaran: SR3.1", "sasaran: SR9.9"), encoding="utf-8")
    tujuan = tmp_path / "lkjip.pdf"
    r = _sakip("laporan", str(folder), "-o", str(tujuan))
    assert r.returncode == 2, r.stdout
    assert "sasaran RPJMD 'SR9.9' tidak ada" in r.stderr and "Traceback" not in r.stderr
    assert not tujuan.exists()
