"""`sakip laporan`: one document, a batch folder, and Indonesian messages with exit code 2 for bad input."""

from __future__ import annotations

import shutil

import pytest

from sakip.cli import main

from .conftest import CONTOH


def test_satu_dokumen(tmp_path, capsys):
    tujuan = tmp_path / "pk.docx"
    assert main(["laporan", str(CONTOH), "-o", str(tujuan), "--dokumen", "pk"]) == 0
    assert tujuan.read_bytes()[:2] == b"PK"
    assert "Perjanjian Kinerja Kecamatan Kencong 2023" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["pk.docx"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("argumen", "pesan"),
    [
        (["-o", "{t}/a.odt"], "akhiran '.odt' tidak dikenal"),
        (["-o", "{t}/a.docx", "--dokumen", "lakip"], "dokumen 'lakip' tidak dikenal"),
        (["-o", "{t}/a.docx", "--pk", "lama"], "pilihan --pk 'lama' tidak dikenal"),
        (["-o", "{t}/a.docx", "--dokumen", "pk", "--pk", "murni"], "tidak memuat Perjanjian Kinerja murni"),
        (["-o", "{t}/a.docx", "--logo", "{t}/tidak-ada.png"], "logo '{t}/tidak-ada.png' tidak ditemukan"),
        (["-o", "{t}/a.docx", "--logo", "{t}/palsu.png"], "logo bukan gambar"),
        (["-o", "{t}/a.pdf", "--templat", "{t}/palsu.docx"], "--templat hanya berlaku untuk keluaran .docx"),
        (["-o", "{t}/a.docx", "--templat", "{t}/t.dotx"], "harus berkas Word .docx"),
        (["-o", "{t}/tidak/ada/a.pdf"], "folder '{t}/tidak/ada' tidak ada"),
        ([], "sebutkan berkas keluaran dengan -o"),
    ],
)
def test_masukan_salah(tmp_path, capsys, argumen, pesan):
    (tmp_path / "palsu.png").write_text("bukan gambar")
    (tmp_path / "palsu.docx").write_text("bukan docx")
    argumen = [a.format(t=tmp_path) for a in argumen]
    assert main(["laporan", str(CONTOH), *argumen]) == 2
    err = capsys.readouterr().err
    assert pesan.format(t=tmp_path) in err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("a.*"))


def test_berkas_tidak_valid(tmp_path, capsys):
    rusak = tmp_path / "rusak.yaml"
    rusak.write_text("format: sakip-berkas\nversi: 1\ntahun: dua ribu\n")
    assert main(["laporan", str(rusak), "-o", str(tmp_path / "a.docx")]) == 2
    err = capsys.readouterr().err
    assert "tidak dapat dimuat" in err and "Traceback" not in err


def test_argumen_wajib_dalam_bahasa_indonesia(capsys):
    with pytest.raises(SystemExit) as e:
        main(["laporan"])
    assert e.value.code == 2
    assert "argumen wajib belum diisi" in capsys.readouterr().err


def test_banyak_berkas_ke_folder(tmp_path, capsys):
    a = tmp_path / "a-2023.yaml"
    b = tmp_path / "b-2023.yaml"
    shutil.copy(CONTOH, a)
    shutil.copy(CONTOH, b)
    keluar = tmp_path / "keluar"
    kode = main(
        [
            "laporan",
            str(a),
            str(b),
            "--folder",
            str(keluar),
            "--format",
            "docx,xlsx",
            "--dokumen",
            "rkt",
            "--pekerja",
            "2",
        ]
    )
    assert kode == 0
    nama = sorted(p.name for p in keluar.iterdir())
    # The same agency twice: the second file gets a number instead of overwriting the first.
    assert len(nama) == 4 and all(n.startswith("rkt-2023-kecamatan-kencong") for n in nama)
    assert "4 dokumen tersimpan" in capsys.readouterr().out
