import json
import subprocess
import sys
from pathlib import Path

from sakip.cli import main

CONTOH = str(Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml")


def test_hitung_mencetak_tabel(capsys):
    assert main(["hitung", CONTOH, "--lebar", "160"]) == 0
    keluar = capsys.readouterr().out
    for teks in [
        "Tabel 3.1",
        "Tabel 3.2",
        "Tabel 3.3",
        "Tabel 3.4",
        "Tabel 3.5",
        "Tabel 3.7",
        "Tabel 3.8",
        "102,20%",
        "92,37%",
        "103,63%",
        "95,00%",
        "76,91%",
        "99,10%",
        "86,25%",
        "91,60%",
        "3.739.669.394",
        "3.114.077.597",
        "83,27%",
        "98,82%",
        "1,18%",
        "Tidak Efisien",
    ]:
        assert teks in keluar, teks


def test_hitung_json_angka_sebagai_teks_desimal(capsys):
    assert main(["hitung", CONTOH, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    capaian = [i["capaian"]["nilai"] for s in data["sasaran"] for i in s["indikator"]]
    assert all(isinstance(x, str) for x in capaian)
    assert capaian[0].startswith("102.197802197802")
    assert data["anggaran"]["pagu"] == "3739669394"
    assert data["sasaran"][1]["efisiensi"]["kelas"] == "Tidak Efisien"
    assert [t["kode"] for t in data["tabel"]][:3] == ["tujuan", "3.1", "3.2"]


def test_berkas_rusak_keluar_2_tanpa_traceback(tmp_path):
    rusak = tmp_path / "rusak.yaml"
    rusak.write_text("format: sakip-berkas\nversi: 1\ntahun: x\n", encoding="utf-8")
    hasil = subprocess.run(
        [sys.executable, "-m", "sakip", "hitung", str(rusak)], capture_output=True, text=True, check=False
    )
    assert hasil.returncode == 2
    assert "Traceback" not in hasil.stderr
    assert "tahun: harus berupa bilangan bulat" in hasil.stderr
    assert "kolom 'instansi' wajib diisi" in hasil.stderr


def test_berkas_tidak_ada_keluar_2(capsys):
    assert main(["hitung", "/tidak/ada.yaml"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_hitung_menunjukkan_realisasi_terhitung_di_samping_yang_diketik(capsys):
    assert main(["hitung", CONTOH, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    iku4 = data["sasaran"][3]["indikator"][0]["sumber_realisasi"]
    assert (iku4["terhitung"], iku4["manual"], iku4["dipakai"], iku4["selisih"]) == ("100", "95", "manual", "-5")
    assert "5 dari 5 aduan terselesaikan" in iku4["terhitung_uraian"]
    iku1 = data["sasaran"][0]["indikator"][0]["sumber_realisasi"]  # the IKU's own formula over program indicators
    assert (iku1["manual"], iku1["dipakai"]) == ("93", "manual")
    assert (iku1["terhitung"], iku1["selisih"]) == ("50", "43")
    assert "2 dari 4 indikator program tercapai = 50,00%" in iku1["terhitung_uraian"]
    assert main(["hitung", CONTOH, "--lebar", "200"]) == 0
    assert "IKU4: Dihitung dari aduan" in capsys.readouterr().out
