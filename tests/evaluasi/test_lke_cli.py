"""`sakip lke --kriteria [--json]` and `sakip lke JAWABAN.csv [--json]`."""

import json

import pytest

from sakip.cli import main
from sakip.core.lke import muat_lke

LKE = muat_lke()


def tulis_csv(tmp_path, baris, *, judul="kode,jawaban,catatan", pemisah=",", bom=False):
    p = tmp_path / "jawaban.csv"
    teks = "\n".join([judul, *[pemisah.join(b) for b in baris]]) + "\n"
    p.write_text(("\ufeff" if bom else "") + teks, encoding="utf-8")
    return str(p)


def lengkap(skala="BB", yt="Y"):
    return [(k.kode, yt if k.jenis.kode == "yt" else skala, "") for k in LKE.semua_kriteria()]


def test_kriteria_teks(capsys):
    assert main(["lke", "--kriteria", "--lebar", "200"]) == 0
    out = capsys.readouterr().out
    assert "1.a.1" in out and "Terdapat pedoman teknis perencanaan kinerja." in out
    assert "4.c.5" in out and "Evaluasi Akuntabilitas Kinerja Internal" in out


def test_kriteria_json(capsys):
    assert main(["lke", "--kriteria", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["lke"] == "permenpanrb-88-2021"
    assert d["kriteria"][0] == {
        "kode": "1.a.1",
        "komponen": "Perencanaan Kinerja",
        "sub_komponen": "Keberadaan",
        "jenis_jawaban": "yt",
        "teks": "Terdapat pedoman teknis perencanaan kinerja.",
    }
    assert len(d["kriteria"]) == len(LKE.semua_kriteria())
    assert d["jawaban"]["skala"]["nilai"]["BB"] == "80"


def test_kriteria_versi_lama(capsys):
    assert main(["lke", "--kriteria", "--json", "--lke", "permenpanrb-12-2015"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert {k["komponen"] for k in d["kriteria"]} >= {"Capaian Kinerja"}


def test_hitung_json(tmp_path, capsys):
    baris = lengkap()
    baris[0] = ("1.a.1", "T", "pedoman belum ditetapkan")
    assert main(["lke", tulis_csv(tmp_path, baris), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    # 1.a: 5 of 6 Y → 5 of 6 points; 1.b and 1.c at BB (80 %): 7,2 + 12.
    assert d["komponen"][0]["sub_komponen"][0]["nilai"] == "5.00"
    assert d["komponen"][0]["nilai"] == "24.20"
    assert d["nilai"] == "83.00" and d["nilai_tepat"] == "83"
    assert d["predikat"] == "A" and d["interpretasi"] == "Memuaskan"
    assert all(isinstance(k["nilai"], str) for k in d["komponen"])


def test_hitung_teks_pemisah_titik_koma_dan_bom(tmp_path, capsys):
    p = tulis_csv(tmp_path, [(k, j) for k, j, _ in lengkap("B")], judul="kode;jawaban", pemisah=";", bom=True)
    assert main(["lke", p, "--lebar", "120"]) == 0
    out = capsys.readouterr().out
    # 20 + 80 × 0,7 = 76
    assert "Nilai Akuntabilitas Kinerja 76,00 — predikat BB (Sangat Baik)" in out
    assert "Perencanaan Kinerja" in out and "22,80" in out


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        (
            lambda b: [*b, ("5.a.1", "A", "")],
            "baris 79, kolom 1 (kode): kode '5.a.1' tidak ada dalam LKE Akuntabilitas Kinerja (PermenPANRB 88/2021)",
        ),
        (lambda b: b[1:], "1 kriteria tidak ada dalam berkas: 1.a.1"),
        (
            lambda b: [("1.a.1", "A", ""), *b[1:]],
            "baris 2, kolom 2 (jawaban): kriteria 1.a.1: jawaban 'A' tidak sah; Ya/Tidak hanya menerima Y, T",
        ),
        (
            lambda b: [*b[:6], ("1.b.1", "100", ""), *b[7:]],
            "baris 8, kolom 2 (jawaban): kriteria 1.b.1: jawaban '100' tidak sah; Skala AA–E hanya menerima AA, A, BB, B, CC, C, D, E",
        ),
        (lambda b: [*b, b[0]], "baris 79, kolom 1 (kode): kriteria 1.a.1 sudah dijawab di baris 2"),
        (lambda b: [("1.a.1", "", ""), *b[1:]], "baris 2, kolom 2 (jawaban): jawaban kriteria 1.a.1 kosong"),
    ],
)
def test_jawaban_salah_keluar_2(tmp_path, capsys, ubah, pesan):
    assert main(["lke", tulis_csv(tmp_path, ubah(lengkap()))]) == 2
    cap = capsys.readouterr()
    assert cap.out == ""
    assert f"  - {pesan}\n" in cap.err
    assert "jawaban tidak dapat dihitung" in cap.err


def test_judul_kolom_salah(tmp_path, capsys):
    assert main(["lke", tulis_csv(tmp_path, [("1.a.1", "Y")], judul="kriteria,nilai")]) == 2
    err = capsys.readouterr().err
    assert "baris 1: kolom kode, jawaban tidak ada (judul kolom harus kode,jawaban[,catatan])" in err


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        (None, "berkas tidak ditemukan"),
        (b"\xff\xfe\x00k", "berkas bukan teks UTF-8"),
        (b"", "berkas jawaban kosong"),
    ],
)
def test_berkas_tidak_terbaca(tmp_path, capsys, isi, pesan):
    p = tmp_path / "j.csv"
    if isi is not None:
        p.write_bytes(isi)
    assert main(["lke", str(p)]) == 2
    assert pesan in capsys.readouterr().err


def test_bukan_csv_dan_tanpa_argumen(tmp_path, capsys):
    assert main(["lke", str(tmp_path / "j.xlsx")]) == 2
    assert "berkas jawaban harus .csv" in capsys.readouterr().err
    assert main(["lke"]) == 2
    assert "gunakan --kriteria" in capsys.readouterr().err


def test_versi_lke_tidak_ada(capsys):
    assert main(["lke", "--kriteria", "--lke", "permenpanrb-1-1999"]) == 2
    assert "bukan versi LKE yang tersedia" in capsys.readouterr().err


def test_usulan_dari_berkas(capsys):
    from pathlib import Path

    contoh = str(Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml")
    assert main(["lke", "--usulan", contoh, "--json"]) == 0
    d = {x["kode"]: x for x in json.loads(capsys.readouterr().out)}
    assert d["1.a.3"]["jawaban"] == "Y" and d["1.a.1"]["jawaban"] is None
    assert d["1.a.1"]["alasan"].startswith("perlu jawaban evaluator")
    assert main(["lke", "--usulan", contoh, "--lebar", "160"]) == 0
    assert "kriteria dapat diusulkan dari data" in capsys.readouterr().out
