"""Issue 9: hostile or careless files are refused before anything is built — alias bombs, deep nesting, YAML's
surprising number notations, huge numbers, over-long names, zip bombs, damaged spreadsheets — each with an
Indonesian message, and the CLI exits 2 without a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from sakip.berkas.aman import MasukanBerbahaya, periksa_data, periksa_zip
from sakip.berkas.baca import BerkasTidakValid, baca_teks
from sakip.berkas.survei_impor import ImporTidakValid, baca_lembar
from sakip.berkas.yaml_desimal import KesalahanSintaks, muat_json, muat_yaml

CONTOH = Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml"

BOM_ALIAS = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_bom_alias_ditolak_sebelum_dibangun():
    assert len(BOM_ALIAS) < 400
    with pytest.raises(KesalahanSintaks, match="terlalu banyak nilai"):
        muat_yaml(BOM_ALIAS)


@pytest.mark.parametrize(
    "teks",
    ["[" * 1000 + "]" * 1000, "- " * 1000 + "x", "a:\n" + "".join(" " * i + "- \n" for i in range(1, 200))],
    ids=["flow", "blok", "indentasi"],
)
def test_sarang_terlalu_dalam_ditolak(teks):
    with pytest.raises(KesalahanSintaks, match="bersarang terlalu dalam"):
        muat_yaml(teks)


def test_alias_melingkar_ditolak():
    with pytest.raises(KesalahanSintaks, match="merujuk dirinya sendiri"):
        muat_yaml("a: &x [1, *x]\n")


@pytest.mark.parametrize("angka", ["0x10", "010", "1:20", "1_000", ".inf", "-.inf", ".nan", "1.5e+3"])
def test_notasi_angka_yaml_yang_mengejutkan_ditolak_di_barisnya(angka):
    with pytest.raises(KesalahanSintaks) as e:
        muat_yaml(f"tahun: 2023\nnilai: {angka}\n")
    assert e.value.baris == 2 and "bukan angka yang sah" in str(e.value)


def test_angka_yaml_biasa_tetap_angka():
    from decimal import Decimal

    assert muat_yaml("a: 12\nb: -3.25\nc: 0\nd: '0x10'\n") == {"a": 12, "b": Decimal("-3.25"), "c": 0, "d": "0x10"}


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("[" * 100_000 + "]" * 100_000, "bersarang terlalu dalam"),
        ('{"a": NaN}', "bukan angka yang sah"),
        ('{"a": ' + "1" * 5000 + "}", "terlalu panjang"),
        ("[" * 50 + "]" * 50, "bersarang terlalu dalam"),
    ],
)
def test_json_dibatasi(teks, pesan):
    with pytest.raises(KesalahanSintaks, match=pesan):
        muat_json(teks)


def test_data_terlalu_banyak_nilai_ditolak():
    with pytest.raises(MasukanBerbahaya, match="terlalu banyak nilai"):
        periksa_data([[0] * 1000 for _ in range(300)])


def _kencong_dengan(ganti: str, dengan: str) -> str:
    teks = CONTOH.read_text(encoding="utf-8")
    assert ganti in teks
    return teks.replace(ganti, dengan, 1)


@pytest.mark.parametrize(
    ("nilai", "sebab"),
    [("'--84.52'", "lebih dari sekali"), ("'1e400'", "eksponen"), ("'0x10'", "heksadesimal"), ("1.0e+400", "")],
)
def test_realisasi_salah_dalam_berkas_ditolak_dengan_jalurnya(nilai, sebab):
    dasar = yaml.safe_load(CONTOH.read_text(encoding="utf-8"))
    lama = next(iter(dasar["realisasi"]["indikator"].values()))
    assert lama is not None
    teks = CONTOH.read_text(encoding="utf-8")
    # Replace the first realisation value written in the realisasi section.
    awal = teks.index("\nrealisasi:")
    baris = teks[awal:].split("\n")
    for i, b in enumerate(baris):
        if b.strip().startswith("tahunan:") and b.split(":", 1)[1].strip():
            baris[i] = b.split(":", 1)[0] + f": {nilai}"
            break
    else:  # pragma: no cover - the example always has one
        pytest.fail("tidak ada nilai tahunan")
    teks = teks[:awal] + "\n".join(baris)
    with pytest.raises(BerkasTidakValid) as e:
        baca_teks(teks)
    pesan = e.value.laporan()
    assert sebab in pesan
    assert "realisasi" in pesan or "baris" in pesan


def test_pagu_raksasa_ditolak():
    teks = CONTOH.read_text(encoding="utf-8")
    awal = teks.index("pagu:")
    akhir = teks.index("\n", awal)
    teks = teks[:awal] + "pagu: 1000000000000000000000000000000" + teks[akhir:]
    with pytest.raises(BerkasTidakValid) as e:
        baca_teks(teks)
    assert "melebihi batas" in e.value.laporan()


def test_nama_instansi_terlalu_panjang_ditolak_saat_dibaca():
    teks = _kencong_dengan("  nama: Kecamatan Kencong", "  nama: " + "Kecamatan Kencong " * 20)
    with pytest.raises(BerkasTidakValid) as e:
        baca_teks(teks)
    assert "instansi.nama: teks terlalu panjang" in e.value.laporan()


def test_dokumen_dengan_nama_panjang_tetap_dapat_ditulis():
    """The writer never fails on metadata even if a composed title is long (python-docx refuses > 255)."""
    import dataclasses

    import docx

    from sakip.berkas.baca import baca_berkas
    from sakip.laporan import buat_dokumen

    b = baca_berkas(CONTOH)
    b = dataclasses.replace(b, instansi=dataclasses.replace(b.instansi, nama="Kecamatan " + "Kencong " * 31))
    data = buat_dokumen(b, dokumen="pk", format="docx")
    d = docx.Document(io.BytesIO(data))
    assert len(d.core_properties.author) <= 255


def _xlsx_rusak() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["U1", "U2"])
    buf = io.BytesIO()
    wb.save(buf)
    masuk = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        for info in masuk.infolist():
            isi = masuk.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                isi = isi[: len(isi) // 2]  # the sheet's XML cut in half
            z.writestr(info.filename, isi)
    return keluar.getvalue()


def test_xlsx_dengan_xml_rusak_ditolak_dengan_pesan(tmp_path):
    p = tmp_path / "rusak.xlsx"
    p.write_bytes(_xlsx_rusak())
    with pytest.raises(ImporTidakValid, match="rusak"):
        baca_lembar(p)


def test_bom_zip_ditolak_sebelum_dibuka():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", "<a>" + " " * (50 * 1024 * 1024) + "</a>")
    with pytest.raises(MasukanBerbahaya, match="mengembang"):
        periksa_zip(buf.getvalue())


def test_cli_bom_alias_keluar_2_tanpa_traceback(tmp_path):
    p = tmp_path / "bom.yaml"
    p.write_text(BOM_ALIAS, encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "sakip", "hitung", str(p)], capture_output=True, text=True, timeout=60, check=False
    )
    assert r.returncode == 2
    assert "terlalu banyak nilai" in r.stderr + r.stdout
    assert "Traceback" not in r.stderr


def test_tanggal_mustahil_ditolak_di_barisnya():
    with pytest.raises(KesalahanSintaks, match="bukan tanggal yang sah") as e:
        muat_yaml("tahun: 2023\ntanggal: 2023-13-45\n")
    assert e.value.baris == 2


def test_jawaban_survei_angka_superskrip_ditolak():
    from sakip.core.ikm import JawabanTidakValid, baca_jawaban

    with pytest.raises(JawabanTidakValid):
        baca_jawaban("³")
