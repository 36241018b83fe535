"""Spreadsheet import with row-level validation, and `sakip ikm FILE`."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook

from sakip.berkas.survei_impor import ImporTidakValid, impor_aduan, impor_kegiatan, impor_respon
from sakip.cli import main
from sakip.core.ikm import UNSUR, hitung_ikm
from sakip.core.register import StatusAduan, StatusKegiatan

AKAR = Path(__file__).resolve().parents[2]
CSV_CONTOH = AKAR / "examples" / "kencong-2023-skm-sintetis.csv"
BERKAS_CONTOH = AKAR / "examples" / "kencong-2023.yaml"
JUDUL = ",".join(UNSUR)


def tulis(tmp_path: Path, nama: str, teks: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / nama
    p.write_bytes(teks.encode(encoding))
    return p


def masalah(fungsi, *args, **kw) -> list[str]:
    with pytest.raises(ImporTidakValid) as e:
        fungsi(*args, **kw)
    return [str(m) for m in e.value.masalah]


# --- survey import -------------------------------------------------------------------------------------------


def test_csv_contoh_diimpor_lengkap():
    h = impor_respon(CSV_CONTOH)
    assert len(h.data) == 625 and h.peringatan == []
    assert hitung_ikm(h.data).ikm == D("84.52")
    r = h.data[0]
    assert r.tanggal == date(2023, 1, 2) and r.jenis_layanan == "Legalisir"
    assert r.profil == {"jenis_kelamin": "P", "umur": "30-39", "pendidikan": "D1-D3", "pekerjaan": "WIRAUSAHA"}


def test_csv_titik_koma_cp1252_judul_bernama_dan_huruf(tmp_path):
    teks = (
        "U1 Persyaratan;U2 Prosedur;U3;U4;U5;U6;U7;U9 Sarana;U8 Pengaduan;Jenis Kelamin;Usia;Saran/Masukan;Catatan\n"
        "d;c;4;4;4;4;4;1;2;Perempuan;67;Ruang tunggu sempit, panas;x\n"
        ";;;;;;;;;;;;\n"
        "4;4;4;4;4;4;4;4;4;L;;Pelayanan ramah é;\n"
    )
    h = impor_respon(tulis(tmp_path, "kertas.csv", teks, "cp1252"), jenis_layanan="KTP")
    assert len(h.data) == 2
    a = h.data[0]
    assert a.jawaban == {"U1": 4, "U2": 3, "U3": 4, "U4": 4, "U5": 4, "U6": 4, "U7": 4, "U8": 2, "U9": 1}
    assert a.profil == {"jenis_kelamin": "P", "umur": "60+"}
    assert a.saran == "Ruang tunggu sempit, panas" and a.jenis_layanan == "KTP"
    assert h.data[1].saran == "Pelayanan ramah é"
    assert h.peringatan == ["kolom 'Catatan' tidak dikenal dan diabaikan"]


def test_kesalahan_per_baris_dan_kolom_tanpa_hasil_sebagian(tmp_path):
    teks = (
        f"{JUDUL},tanggal,jenis_kelamin\n"
        "4,4,4,4,4,4,4,4,4,2023-01-05,L\n"
        "4,5,x,,4,4,4,4,4,31/02/2023,W\n"
        "4,4,4,4,4,4,4,4,0,,\n"
    )
    pesan = masalah(impor_respon, tulis(tmp_path, "a.csv", teks))
    assert pesan == [
        "baris 3, kolom U2: jawaban 5 di luar 1–4",
        "baris 3, kolom U3: 'x' bukan jawaban 1–4",
        "baris 3, kolom U4: jawaban kosong (isi 1–4)",
        "baris 3, kolom tanggal: '31/02/2023' bukan tanggal yang ada",
        "baris 3, kolom jenis_kelamin: 'W' bukan pilihan jenis kelamin (L, P)",
        "baris 4, kolom U9: jawaban 0 di luar 1–4",
    ]


@pytest.mark.parametrize(
    ("teks", "harap"),
    [
        ("U1,U2,U3,U4,U5,U6,U7,U9\n4,4,4,4,4,4,4,4\n", "baris 1, kolom U8: kolom U8 tidak ada di baris judul"),
        (f"{JUDUL},U3\n" + "4," * 9 + "4\n", "baris 1, kolom U3: kolom U3 ditulis dua kali"),
        (f"{JUDUL}\n", "berkas tidak berisi baris data di bawah judul kolom"),
        ("", "berkas kosong: tidak ada judul kolom maupun data"),
        ("U1,U2,U3,U4,U5,U6,U7,U8,U10\n4,4,4,4,4,4,4,4,4\n", "baris 1, kolom U9: kolom U9 tidak ada di baris judul"),
    ],
)
def test_judul_salah(tmp_path, teks, harap):
    assert masalah(impor_respon, tulis(tmp_path, "a.csv", teks)) == [harap]


def _xlsx(tmp_path: Path, baris: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    for b in baris:
        ws.append(b)
    p = tmp_path / "skm.xlsx"
    wb.save(p)
    return p


def test_xlsx_angka_tanggal_dan_kesalahan(tmp_path):
    ok = _xlsx(
        tmp_path,
        [
            ["Rekap SKM (judul di atas tabel)"],
            [],
        ]
        if False
        else [[*UNSUR, "Tanggal", "Layanan"], [4, 3.0, "2", 4, 4, 4, 4, 4, 1, datetime(2023, 3, 14), "KK"]],
    )
    h = impor_respon(ok)
    assert h.data[0].jawaban["U2"] == 3 and h.data[0].jawaban["U3"] == 2
    assert h.data[0].tanggal == date(2023, 3, 14) and h.data[0].jenis_layanan == "KK"
    buruk = _xlsx(tmp_path, [[*UNSUR], [4, 4, 4, 4, 4, 4, 4, 4.5, 4]])
    assert masalah(impor_respon, buruk) == ["baris 2, kolom U8: '4.5' bukan bilangan bulat 1–4"]


@pytest.mark.parametrize(
    ("nama", "isi", "harap"),
    [
        ("rusak.xlsx", b"PK\x03\x04bukan zip", "berkas XLSX rusak atau bukan lembar kerja Excel (.xlsx)"),
        ("teks.xlsx", b"U1,U2\n", "berkas XLSX rusak atau bukan lembar kerja Excel (.xlsx)"),
        ("lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "format .xls (Excel lama) tidak didukung"),
        ("gambar.png", b"\x89PNG\r\n", "jenis berkas '.png' tidak dikenal"),
        ("biner.csv", b"U1\x00\x00\x00", "berkas bukan CSV teks"),
    ],
)
def test_berkas_rusak(tmp_path, nama, isi, harap):
    p = tmp_path / nama
    p.write_bytes(isi)
    assert masalah(impor_respon, p)[0].startswith(harap)


def test_impor_dari_bytes_dengan_nama():
    h = impor_respon(CSV_CONTOH.read_bytes(), nama="unggahan.csv", instansi="Kecamatan Kencong")
    assert len(h.data) == 625 and h.data[0].instansi == "Kecamatan Kencong"


# --- register import ------------------------------------------------------------------------------------------


def test_impor_aduan(tmp_path):
    teks = (
        "Nomor;Tanggal;Kanal;Kategori;Uraian;Tindak lanjut;Status;Tanggal selesai;Bukti\n"
        "A-1;14/03/2023;WhatsApp;Ketertiban umum;PKL alun-alun;Pembinaan;Selesai;17 Maret 2023;foto.jpg; BA.pdf\n"
        "A-2;2023-06-05;;Ketentraman masyarakat;Kebakaran;;diproses;;\n"
    )
    h = impor_aduan(tulis(tmp_path, "aduan.csv", teks))
    a1, a2 = h.data
    assert a1.status is StatusAduan.SELESAI and a1.tanggal_selesai == date(2023, 3, 17)
    assert a1.bukti == ["foto.jpg"]  # ';' is the CSV separator here: the second file lands in an extra cell
    assert a2.status is StatusAduan.DIPROSES and a2.kanal == ""


def test_impor_aduan_salah(tmp_path):
    teks = (
        "id,tanggal_diterima,status,tanggal_selesai,penanganan\n"
        "A-1,2023-03-14,selesai,,x\n"
        "A-1,2023-03-15,beres,,\n"
        ",2023-03-16,,,\n"
        "A-3,,diterima,2023-01-01,\n"
        "A-4,2023-03-16,selesai,2023-03-17,\n"
    )
    assert masalah(impor_aduan, tulis(tmp_path, "aduan.csv", teks)) == [
        "baris 2, kolom tanggal_selesai: aduan berstatus 'selesai' wajib mencatat tanggal selesai",
        "baris 3, kolom status: 'beres' tidak dikenal; pilihan: diterima, diproses, selesai, diteruskan, tidak_valid",
        "baris 4, kolom id: nomor aduan kosong",
        "baris 5, kolom tanggal_diterima: tanggal diterima kosong",
        "baris 6, kolom penanganan: aduan selesai wajib mencatat penanganannya",
    ]


def test_impor_aduan_nomor_ganda(tmp_path):
    teks = "id,tanggal_diterima\nA-1,2023-03-14\nA-1,2023-03-15\n"
    assert masalah(impor_aduan, tulis(tmp_path, "aduan.csv", teks)) == [
        "baris 3, kolom id: nomor 'A-1' sudah dipakai di baris 2"
    ]


def test_impor_kegiatan(tmp_path):
    teks = (
        "No,Kegiatan,Indikator,Direncanakan,Triwulan,Status,Tanggal pelaksanaan,Volume,Tahun\n"
        "K1,Sosialisasi stunting,IKU3,ya,II,terlaksana,2023-05-16,5 kegiatan,\n"
        "K2,Bansos CPN,IKU3,tidak,,terlaksana,06/12/2023,4.766 penerima,\n"
        "K3,Rapat PKK,IKU3,,TW4,,,,2024\n"
    )
    h = impor_kegiatan(tulis(tmp_path, "keg.csv", teks), tahun=2023)
    k1, k2, k3 = h.data
    assert k1.triwulan_rencana == 2 and k1.status is StatusKegiatan.TERLAKSANA and k1.tahun == 2023
    assert not k2.direncanakan and k2.tanggal_pelaksanaan == date(2023, 12, 6)
    assert k3.triwulan_rencana == 4 and k3.tahun == 2024 and k3.status is StatusKegiatan.DIRENCANAKAN
    salah = "id,uraian,triwulan_rencana,direncanakan,tahun\nK1,,5,mungkin,20x\n"
    assert masalah(impor_kegiatan, tulis(tmp_path, "k.csv", salah), tahun=2023) == [
        "baris 2, kolom uraian: uraian kegiatan kosong",
        "baris 2, kolom tahun: '20x' bukan tahun",
        "baris 2, kolom triwulan_rencana: '5' bukan triwulan 1–4",
        "baris 2, kolom direncanakan: 'mungkin' bukan ya/tidak",
    ]


# --- the command ----------------------------------------------------------------------------------------------


def test_cli_csv(capsys):
    assert main(["ikm", str(CSV_CONTOH), "--lebar", "140"]) == 0
    out = capsys.readouterr().out
    assert "IKM 84,52 — mutu pelayanan B (Baik), 625 responden." in out
    assert "U9  Sarana dan prasarana" in out
    assert "Unsur terlemah: U9 Sarana dan prasarana (NRR 3,120)" in out


def test_cli_json_dan_sampel(capsys):
    assert main(["ikm", str(CSV_CONTOH), "--json", "--populasi", "100000", "--per", "layanan"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["ikm"] == "84.52" and d["ikm_bulat"] == "84.52"
    assert d["mutu"] == {"huruf": "B", "kinerja": "Baik"}
    assert d["sampel"]["minimum"] == 383 and d["sampel"]["cukup"] is True
    assert [u["kode"] for u in d["unsur"]] == list(UNSUR)
    assert d["unsur"][0]["sebaran"] == {"1": 0, "2": 39, "3": 297, "4": 289}
    assert d["unsur_terlemah"][:2] == ["U9", "U8"]
    assert set(d["per"]["kelompok"]) == {
        "Administrasi kependudukan",
        "Akta kelahiran dan kematian",
        "Legalisir",
        "Surat keterangan",
    }


def test_cli_bobot_0111(capsys):
    assert main(["ikm", str(CSV_CONTOH), "--json", "--bobot", "0,111"]) == 0
    assert json.loads(capsys.readouterr().out)["ikm_bulat"] == "84.44"


def test_cli_sampel_kurang_peringatan(tmp_path, capsys):
    p = tulis(tmp_path, "kecil.csv", f"{JUDUL}\n" + "4,4,4,4,4,4,4,4,4\n" * 3)
    assert main(["ikm", str(p), "--populasi", "100"]) == 0
    hasil = capsys.readouterr()
    assert "IKM 100,00 — mutu pelayanan A (Sangat Baik)" in hasil.out
    assert "PERINGATAN: sampel kurang 77 responden" in hasil.err


def test_cli_masukan_salah_keluar_2(tmp_path, capsys):
    p = tulis(tmp_path, "salah.csv", f"{JUDUL}\n4,4,4,4,4,4,4,4,4\n4,4,4,4,4,4,4,4,7\n")
    assert main(["ikm", str(p)]) == 2
    hasil = capsys.readouterr()
    assert hasil.out == ""
    assert "salah.csv tidak dapat diimpor (1 masalah; tidak ada data yang diimpor):" in hasil.err
    assert "baris 3, kolom U9: jawaban 7 di luar 1–4" in hasil.err


@pytest.mark.parametrize("nama", ["tidak-ada.csv", "rusak.xlsx"])
def test_cli_berkas_rusak_keluar_2(tmp_path, capsys, nama):
    if nama == "rusak.xlsx":
        (tmp_path / nama).write_bytes(b"PK\x03\x04rusak")
    assert main(["ikm", str(tmp_path / nama)]) == 2
    assert capsys.readouterr().out == ""


def test_cli_populasi_salah():
    with pytest.raises(SystemExit) as e:
        main(["ikm", str(CSV_CONTOH), "--populasi", "0"])
    assert e.value.code == 2


def test_cli_berkas_sakip(capsys):
    assert main(["ikm", str(BERKAS_CONTOH), "--lebar", "200"]) == 0
    out = capsys.readouterr().out
    assert "DATA SINTETIS" in out
    assert "IKM 84,52 — mutu pelayanan B (Baik), 625 responden." in out
    assert "5 dari 5 aduan terselesaikan = 100,00%" in out
    assert "7 dari 7 kegiatan terlaksana = 100,00%" in out


def test_cli_berkas_json(capsys):
    assert main(["ikm", str(BERKAS_CONTOH), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["survei"][0]["ikm"] == "84.52" and d["survei"][0]["sintetis"] is True
    assert d["realisasi_terhitung"]["IKU4"] == {
        "sumber": "aduan (status selesai) ÷ aduan (kategori Ketertiban umum / Ketentraman masyarakat) × 100%",
        "nilai": "100",
        "teks": "5 dari 5 aduan terselesaikan = 100,00%",
        "dipakai": "manual",
        "nilai_diketik": "95",
        "alasan_manual": "Sebagaimana dilaporkan (Tabel 3.1), walaupun register mencatat 5 dari 5 aduan selesai.",
    }


def test_cli_berkas_tanpa_survei(tmp_path, capsys):
    teks = BERKAS_CONTOH.read_text(encoding="utf-8")
    from sakip.berkas.baca import baca_teks
    from sakip.berkas.tulis import tulis_berkas

    b = baca_teks(teks)
    b.survei = []
    b.renstra.sasaran[1].indikator[0].sumber_realisasi = None
    p = tmp_path / "tanpa.yaml"
    tulis_berkas(b, p)
    assert main(["ikm", str(p)]) == 2
    assert "tidak memuat survei" in capsys.readouterr().err


def test_cli_sebagai_proses():
    hasil = subprocess.run(
        [str(AKAR / ".venv" / "bin" / "sakip"), "ikm", str(CSV_CONTOH), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert hasil.returncode == 0, hasil.stderr
    assert json.loads(hasil.stdout)["ikm"] == "84.52"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) tidak terpasang")
def test_cli_laporan_pdf(tmp_path, capsys):
    keluaran = tmp_path / "skm.pdf"
    assert (
        main(
            [
                "ikm",
                str(CSV_CONTOH),
                "--populasi",
                "2400",
                "--laporan",
                str(keluaran),
                "--instansi",
                "Kecamatan Kencong",
            ]
        )
        == 0
    )
    teks = subprocess.run(["pdftotext", "-layout", str(keluaran), "-"], capture_output=True, text=True).stdout
    assert "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT" in teks
    assert "84,52" in teks and "Krejcie" in teks


def test_cli_laporan_akhiran_salah(tmp_path, capsys):
    assert main(["ikm", str(CSV_CONTOH), "--laporan", str(tmp_path / "skm.odt")]) == 2
    assert "akhiran '.odt' tidak dikenal" in capsys.readouterr().err
