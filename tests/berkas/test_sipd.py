"""SIPD exports, built to the documented layouts: structure and realisation, 2- and 4-digit codes, every row
accounted for, configurable header mapping, unreadable rows refused with row and column."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest

from sakip.berkas.baca import baca_berkas, baca_teks
from sakip.berkas.excel import ExcelTidakValid
from sakip.berkas.sipd import Pemetaan, impor_sipd
from sakip.berkas.tulis import tulis_berkas

CONTOH = Path(__file__).resolve().parents[2] / "examples"
KENCONG = CONTOH / "kencong-2023.yaml"
DISKOMINFO = CONTOH / "diskominfo-jember-2023-sintetis.yaml"

JUDUL_STRUKTUR = ["Kode", "Uraian", "Pagu Murni (Rp)", "Pagu Perubahan (Rp)", "Belanja Operasi", "Belanja Modal"]


def xlsx(rows: list[list[object]]) -> bytes:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    keluar = BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


def struktur() -> bytes:
    return xlsx(
        [
            ["PEMERINTAH KABUPATEN JEMBER"],
            ["RINCIAN APBD MENURUT URUSAN, ORGANISASI, PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN 2023"],
            [],
            JUDUL_STRUKTUR,
            ["7", "UNSUR KEWILAYAHAN", None, None, None, None],
            ["7.01", "KECAMATAN", None, None, None, None],
            ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", None, None, None, None],
            ["7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", None, None, None, None],
            # 2-digit code (budget year 2023) for a sub kegiatan the RKT has in 4 digits
            ["7.01.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", 1900000000, 1941874135.5, 1941874135.5, 0],
            ["5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", None, 1200000000, None, None],
            # 4-digit code of a new sub kegiatan under an existing kegiatan
            [
                "7.01.01.2.02.0007",
                "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                None,
                "25.000.000,00",
                "20.000.000",
                "5.000.000",
            ],
            [None, "JUMLAH", None, 9999, None, None],
        ]
    )


def test_structure_import_updates_adds_and_lists_every_row():
    dasar = baca_berkas(KENCONG)
    hasil = impor_sipd(struktur(), dasar, jenis="struktur", nama_berkas="rincian.xlsx")
    label = {p.label: (p.lama, p.baru) for p in hasil.perubahan}
    assert label["7.01.01.2.02.0001 · pagu"] == ("1.941.874.135", "1.941.874.135,50")
    assert label["7.01.01.2.02.0001 · pagu murni"][1] == "1.900.000.000"
    assert "7.01.01.2.02.0007 · sub kegiatan baru" in label
    s = {x.kode: x for x in hasil.berkas.rkt.semua_sub_kegiatan()}
    assert s["7.01.01.2.02.0001"].pagu == Decimal("1941874135.5")
    assert s["7.01.01.2.02.0007"].pagu == Decimal(25000000) and s["7.01.01.2.02.0007"].belanja_modal == Decimal(5000000)
    catatan = [str(c) for c in hasil.catatan]
    assert any(c.startswith("baris 5 (7):") and "bukan kode program" in c for c in catatan)
    assert any(c.startswith("baris 10 (5.1.01.01.01.0001)") for c in catatan)
    assert any(c.startswith("baris 12:") and "JUMLAH" in c for c in catatan)
    assert any("7.01.01.2.02.0003" in c and "tidak ada di ekspor SIPD" in c for c in catatan)  # kept, listed
    assert hasil.kolom["pagu"] == "Pagu Perubahan (Rp)"
    assert baca_teks(tulis_berkas(hasil.berkas)) == hasil.berkas
    assert len(dasar.rkt.semua_sub_kegiatan()) + 1 == len(hasil.berkas.rkt.semua_sub_kegiatan())


def test_structure_problems_refused_with_row_and_column():
    data = xlsx(
        [
            JUDUL_STRUKTUR,
            ["7.01.01.2.02.0001", "Gaji", None, "satu miliar", None, None],
            ["7.01.01.2.02.0003", "Verifikasi", None, 100, None, 200],
            ["7.01.01.2.02.03", "Verifikasi (lagi)", None, 100, None, None],
            ["7.01.09.2.01.0001", "Tanpa induk", None, 100, None, None],
        ]
    )
    with pytest.raises(ExcelTidakValid) as e:
        impor_sipd(data, baca_berkas(KENCONG), jenis="struktur")
    pesan = [str(m) for m in e.value.rinci]
    assert "lembar 'SIPD', baris 2, kolom D (Pagu Perubahan (Rp)): 'satu miliar' bukan angka" in pesan
    assert any("baris 4" in m and "juga ada di baris 3" in m for m in pesan), pesan


def test_structure_parent_missing_and_capital_over_ceiling():
    data = xlsx(
        [
            JUDUL_STRUKTUR,
            ["7.01.01.2.02.0003", "Verifikasi", None, 100, None, 200],
            ["7.01.09.2.01.0001", "Tanpa induk", None, 100, None, None],
        ]
    )
    with pytest.raises(ExcelTidakValid) as e:
        impor_sipd(data, baca_berkas(KENCONG), jenis="struktur")
    pesan = " | ".join(str(m) for m in e.value.rinci)
    assert "belanja modal 200 melebihi pagu 100" in pesan
    assert "kegiatannya 7.01.09.2.01 tidak ada" in pesan


def test_realisation_csv_semicolon_annual():
    csv = (
        b"Laporan Realisasi Anggaran per Sub Kegiatan\n"
        b"Kode Sub Kegiatan;Nama Sub Kegiatan;Anggaran;Realisasi\n"
        b"7.01.01;Program Penunjang;2.000.000.000,00;1.500.000.000,00\n"
        b"7.01.01.2.02.01;Penyediaan Gaji dan Tunjangan ASN;1.941.874.135,00;1.500.000.000,25\n"
        b"7.01.01.2.02.0003;Verifikasi Keuangan;69.200.000,00;65.160.000,00\n"
        b"9.99.99.2.01.0001;Tidak dikenal;1,00;1,00\n"
    )
    hasil = impor_sipd(csv, baca_berkas(KENCONG), jenis="realisasi", nama_berkas="realisasi.csv")
    assert [(p.label, p.baru) for p in hasil.perubahan] == [
        ("7.01.01.2.02.0001 · realisasi anggaran setahun", "1.500.000.000,25")
    ]
    assert hasil.berkas.realisasi.sub_kegiatan["7.01.01.2.02.0001"].anggaran == Decimal("1500000000.25")
    catatan = " | ".join(str(c) for c in hasil.catatan)
    assert "baris 3 (7.01.01): baris program" in catatan
    assert "baris 6 (9.99.99.2.01.0001): sub kegiatan ini tidak ada di RKT" in catatan


def test_realisation_cumulative_to_a_quarter():
    dasar = baca_berkas(DISKOMINFO)
    data = xlsx([["Kode", "Uraian", "Realisasi s.d. Triwulan (Rp)"], ["2.16.01.2.02.0001", "Gaji", 4100000000]])
    hasil = impor_sipd(data, dasar, jenis="realisasi", triwulan=4)
    # 1.020 + 1.035 + 1.041 million in quarters I–III: quarter IV is the rest of the cumulative figure
    assert hasil.berkas.realisasi.sub_kegiatan["2.16.01.2.02.0001"].anggaran_triwulan[4] == Decimal(1004000000)
    (p,) = hasil.perubahan
    assert (p.medan, p.triwulan) == ("anggaran_tw:4", 4)
    terlalu_kecil = xlsx([["Kode", "Uraian", "Realisasi"], ["2.16.01.2.02.0001", "Gaji", 1]])
    with pytest.raises(ExcelTidakValid, match="lebih kecil dari jumlah triwulan sebelumnya"):
        impor_sipd(terlalu_kecil, dasar, jenis="realisasi", triwulan=4)
    with pytest.raises(ExcelTidakValid, match="dicatat per triwulan"):
        impor_sipd(terlalu_kecil, dasar, jenis="realisasi")


def test_header_mapping_is_configurable_and_ambiguity_refused():
    data = xlsx([["No Rek", "Nama Kegiatan", "Nilai Realisasi"], ["7.01.01.2.02.0003", "x", 100]])
    with pytest.raises(ExcelTidakValid, match="baris judul kolom tidak ditemukan"):
        impor_sipd(data, baca_berkas(KENCONG), jenis="realisasi")
    pem = Pemetaan.dari_dict(
        {"realisasi": {"kode": ["No Rek"], "nama": "Nama Kegiatan", "realisasi": ["Nilai Realisasi"]}}
    )
    hasil = impor_sipd(data, baca_berkas(KENCONG), jenis="realisasi", pemetaan=pem)
    assert hasil.berkas.realisasi.sub_kegiatan["7.01.01.2.02.0003"].anggaran == Decimal(100)
    ganda = xlsx([["Kode", "Uraian", "Realisasi", "Realisasi Anggaran"], ["7.01.01.2.02.0003", "x", 1, 2]])
    with pytest.raises(ExcelTidakValid, match=r"kolom untuk 'realisasi' tidak jelas: C .*D"):
        impor_sipd(ganda, baca_berkas(KENCONG), jenis="realisasi")
    with pytest.raises(ValueError, match="medan 'tanggal' tidak dikenal"):
        Pemetaan.dari_dict({"realisasi": {"tanggal": ["x"]}})


@pytest.mark.parametrize(
    ("data", "pesan"),
    [(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "format .xls"), (b"PK\x03\x04rusak", "rusak")],
    ids=["xls", "zip-rusak"],
)
def test_not_an_export(data, pesan):
    with pytest.raises(ExcelTidakValid, match=pesan):
        impor_sipd(data, baca_berkas(KENCONG), jenis="struktur", nama_berkas="x.xls")


def test_cli(tmp_path, capsys):
    from sakip.cli import main

    f = tmp_path / "rincian.xlsx"
    f.write_bytes(struktur())
    baru = tmp_path / "baru.yaml"
    assert main(["sipd", str(KENCONG), str(f), "--jenis", "struktur", "-o", str(baru)]) == 0
    keluar = capsys.readouterr().out
    assert "7.01.01.2.02.0007 · sub kegiatan baru" in keluar and "tidak dibaca" in keluar
    assert "7.01.01.2.02.0007" in {s.kode for s in baca_berkas(baru).rkt.semua_sub_kegiatan()}
    pem = tmp_path / "pemetaan.yaml"
    pem.write_text("struktur:\n  pagu: [Jumlah Anggaran]\n")
    assert main(["sipd", str(KENCONG), str(f), "--jenis", "struktur", "--pemetaan", str(pem)]) == 2
    assert "baris judul kolom tidak ditemukan" in capsys.readouterr().err
