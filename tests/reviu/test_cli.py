"""`sakip reviu`: terminal, JSON and CHR output, exit codes."""

from __future__ import annotations

import json

import pytest

from sakip.cli import main

from .bantu import CONTOH, SEED, berkas_bersih

butuh_seed = pytest.mark.skipif(not SEED.exists(), reason="seed report not available at ../shared/seed")


@butuh_seed
def test_seed_ada_galat_keluar_1(capsys):
    assert main(["reviu", str(SEED)]) == 1
    keluar = capsys.readouterr().out
    assert "41 galat" in keluar
    assert "GALAT (41)" in keluar and "PERINGATAN" in keluar and "CATATAN" in keluar
    assert "[SILANG-BARIS-TERTUKAR]" in keluar
    assert keluar.index("GALAT (") < keluar.index("PERINGATAN (") < keluar.index("CATATAN (")


@butuh_seed
def test_json_daftar_temuan(capsys):
    assert main(["reviu", str(SEED), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 75
    for t in data:
        assert {"kode", "tingkat", "lokasi", "pesan", "tercetak", "seharusnya", "kunci"} <= set(t)
    assert {t["tingkat"] for t in data} == {"galat", "peringatan", "catatan"}


@butuh_seed
def test_tingkat_membatasi_tampilan_bukan_kode_keluar(capsys):
    assert main(["reviu", str(SEED), "--json", "--tingkat", "galat"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {t["tingkat"] for t in data} == {"galat"}


@butuh_seed
def test_catatan_hasil_reviu_docx(tmp_path, capsys):
    from docx import Document

    chr_ = tmp_path / "chr.docx"
    assert main(["reviu", str(SEED), "--chr", str(chr_)]) == 1
    capsys.readouterr()
    doc = Document(str(chr_))
    teks = "\n".join(p.text for p in doc.paragraphs)
    assert "CATATAN HASIL REVIU" in teks
    tabel = doc.tables[-1]
    assert [c.text for c in tabel.rows[0].cells] == [
        "No",
        "Tingkat",
        "Kode",
        "Lokasi",
        "Uraian temuan",
        "Tercetak",
        "Seharusnya",
        "Tindak lanjut",
    ]
    assert len(tabel.rows) == 1 + 75
    assert tabel.rows[1].cells[1].text == "Galat"
    ringkas = doc.tables[1]
    assert [c.text for c in ringkas.rows[1].cells] == ["41", "25", "9", "75"]


def test_berkas_tanpa_galat_keluar_0(tmp_path, capsys):
    from sakip.berkas.tulis import tulis_berkas

    path = tmp_path / "bersih.yaml"
    tulis_berkas(berkas_bersih(), path)
    assert main(["reviu", str(path)]) == 0
    assert "0 galat, 0 peringatan, 0 catatan" in capsys.readouterr().out


def test_berkas_kencong_ada_galat(capsys):
    assert main(["reviu", str(CONTOH), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert all(t["sumber"] == "berkas" and t["jalur"] for t in data)


@pytest.mark.parametrize(
    ("nama", "isi", "pesan"),
    [
        ("rusak.docx", b"bukan word", "bukan berkas Word"),
        ("kosong.txt", b"", "kosong"),
        ("laporan.pdf", b"%PDF-1.4", "bukan berkas PDF"),
        ("laporan.odt", b"PK", "tidak dikenal"),
        ("data.yaml", b"format: sakip-berkas\nversi: 1\n", "tidak dapat dimuat"),
        ("data.json", b"{bukan json", "tidak dapat dimuat"),
    ],
)
def test_masukan_tidak_terbaca_keluar_2(tmp_path, capsys, nama, isi, pesan):
    path = tmp_path / nama
    path.write_bytes(isi)
    assert main(["reviu", str(path)]) == 2
    galat = capsys.readouterr().err
    assert pesan in galat
    assert "Traceback" not in galat


def test_berkas_tidak_ada(tmp_path, capsys):
    assert main(["reviu", str(tmp_path / "tidak-ada.md")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
